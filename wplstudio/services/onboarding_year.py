"""Onboarding over one year, for the owner's year report: which trajectories were completed
(and whether on time against their planned end), how many started, how many modules were
signed. Owner and managers (the whole company's onboarding)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.services.onboarding import holidays_in
from wplstudio.services.onboarding_programs import modules_of
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee
from wplstudio.storage.models_onboarding import OnboardingProgram, OnboardingRevocation, OnboardingSignoff, OnboardingTrajectory


@dataclass(frozen=True)
class Completed:
    trainee: str
    program: str
    started: date
    completed_on: date
    planned_end: date | None  # the last module's planned date (working days from the start)

    @property
    def late_days(self) -> int:
        """Calendar days after the planned end (0: on time or early)."""
        return max(0, (self.completed_on - self.planned_end).days) if self.planned_end else 0


@dataclass(frozen=True)
class OnboardingYear:
    completed: tuple[Completed, ...]
    started: int
    modules_signed: int  # modules whose sign-off was completed in the year (both signatures, not revoked)
    still_running: int  # trajectories started and not completed by the end of the year (stopped ones left out)

    @property
    def done(self) -> int:
        return len(self.completed)

    @property
    def expected(self) -> None:
        return None


def completions(db: Database, actor: Actor, year: int) -> OnboardingYear:
    require(actor, "onboarding", "view", OTHERS)
    with db.session() as s:
        finished = s.execute(select(OnboardingTrajectory, Employee.first_name, Employee.prefix, Employee.last_name, OnboardingProgram.name)
                             .join(Employee, OnboardingTrajectory.employee_id == Employee.id)
                             .join(OnboardingProgram, OnboardingTrajectory.program_id == OnboardingProgram.id)
                             .where(OnboardingTrajectory.status == rules.COMPLETED,
                                    extract("year", OnboardingTrajectory.completed_on) == year)
                             .order_by(OnboardingTrajectory.completed_on)).all()
        holidays = holidays_in(s)
        completed = tuple(Completed(full_name(f, p, la), program, t.start_date, t.completed_on, _planned_end(s, t, holidays))
                          for t, f, p, la, program in finished)
        started = s.scalar(select(func.count()).select_from(OnboardingTrajectory)
                           .where(extract("year", OnboardingTrajectory.start_date) == year)) or 0
        year_end = date(year, 12, 31)
        running = s.scalar(select(func.count()).select_from(OnboardingTrajectory).where(
            OnboardingTrajectory.status != rules.STOPPED, OnboardingTrajectory.start_date <= year_end,
            OnboardingTrajectory.completed_on.is_(None) | (OnboardingTrajectory.completed_on > year_end))) or 0
        return OnboardingYear(completed, started, _modules_signed(s, year), running)


def _planned_end(s: Session, t: OnboardingTrajectory, holidays: frozenset[date]) -> date | None:
    planned = rules.planned_dates(t.start_date, [m.hours for m in modules_of(s, t.program_id)], holidays)
    return planned[-1] if planned else None


def _modules_signed(s: Session, year: int) -> int:
    """A module counts in the year its second signature of a round not revoked was given."""
    revoked = set(s.execute(select(OnboardingRevocation.trajectory_id, OnboardingRevocation.module_id, OnboardingRevocation.round)).all())
    rounds: dict[tuple, list] = {}
    for trajectory_id, module_id, rnd, at in s.execute(select(OnboardingSignoff.trajectory_id, OnboardingSignoff.module_id,
                                                              OnboardingSignoff.round, OnboardingSignoff.at)):
        if (trajectory_id, module_id, rnd) not in revoked:
            rounds.setdefault((trajectory_id, module_id, rnd), []).append(at)
    return sum(1 for moments in rounds.values() if len(moments) == len(rules.SIGNER_ROLES) and max(moments).year == year)
