"""Onboarding for the synthetic company of `wplstudio bench`: one program of ten modules,
100 completed trajectories (for the batch of certificates) and 20 under way. Bulk inserts
in one transaction; the program itself goes through the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import insert, select

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.services import onboarding_programs as programs
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_onboarding import OnboardingSignoff, OnboardingTick, OnboardingTrajectory

MODULES = 10


def add_onboarding(db: Database, completed: int = 100, active: int = 20) -> int:
    """Returns the program's id."""
    with db.session() as s:
        tasks = list(s.scalars(select(Task.id).order_by(Task.id).limit(MODULES * 2)))
        staff = [e.id for e in s.scalars(select(Employee).order_by(Employee.id)) if e.end_date is None or e.end_date > date.today()]
    program = programs.save_program(db, SYSTEM, "Inwerken (synthetisch)", None, "Tien modules")
    for m in range(MODULES):
        links = {t: 2 + (m % 2) for t in tasks[2 * m:2 * m + 2]}
        programs.save_module(db, SYSTEM, program.id, ModuleDraft(f"Module {m + 1}", "Doel", "Waarom", "", 16, "", "",
                                                                 ("Voordoen", "Samen doen", "Zelf doen"), links))
    modules = programs.get_program(db, SYSTEM, program.id).modules
    mentors = staff[-max(2, min(40, len(staff) // 6)):]
    pool = staff[:len(staff) - len(mentors)]
    active = max(1, min(active, len(pool) // 5))  # a small company (tests) still gets one trajectory under way
    completed = min(completed, len(pool) - active)
    _bulk_trajectories(db, program.id, modules, pool[:completed + active], mentors, completed)
    return program.id


def _bulk_trajectories(db: Database, program_id: int, modules, trainees: list[int], mentors: list[int], completed: int) -> None:
    at = datetime.now(timezone.utc) - timedelta(days=30)
    today = date.today()
    with db.session() as s:
        rows = [dict(employee_id=t, program_id=program_id, mentor_id=mentors[i % len(mentors)], start_date=today - timedelta(days=120),
                     talk_weeks=4, status="completed" if i < completed else "active", completed_on=today - timedelta(days=10) if i < completed else None,
                     updated_by="bench") for i, t in enumerate(trainees)]
        s.execute(insert(OnboardingTrajectory), rows)
        ids = list(s.scalars(select(OnboardingTrajectory.id).where(OnboardingTrajectory.program_id == program_id).order_by(OnboardingTrajectory.id)))
        ticks, signs = [], []
        for i, trajectory_id in enumerate(ids):
            for module in modules:
                ticks += [dict(trajectory_id=trajectory_id, assignment_id=a, at=at, by="bench") for a, _ in module.assignments]
                if i < completed:
                    signs += [dict(trajectory_id=trajectory_id, module_id=module.id, round=1, role=role, signer_name=role, at=at)
                              for role in ("trainee", "mentor")]
        s.execute(insert(OnboardingTick), ticks)
        s.execute(insert(OnboardingSignoff), signs)
