"""What the onboarding papers need, as plain data: the progress card and the certificate.

Printing is "print" in the permission table: the trainee prints their own card, a
mentor their trainees', owner and manager anyone's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotFound, WplError
from wplstudio.domain.people import full_name
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_for_employee
from wplstudio.services.onboarding import TrajectoryDetail, detail_in, visible_trajectories
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, JobFunction, Setting, User
from wplstudio.storage.models_onboarding import OnboardingImage, OnboardingProgram, OnboardingTrajectory


@dataclass(frozen=True)
class ProgressCard:
    company: str
    detail: TrajectoryDetail
    images: dict[int, list[tuple[bytes, str]]]  # module id -> (picture, caption)
    today: date


@dataclass(frozen=True)
class CertificateData:
    company: str
    trainee: str
    program: str
    function: str
    mentor: str
    owner: str
    start_date: date
    completed_on: date
    tasks: tuple[tuple[str, int], ...]  # (task, level reached)
    modules: tuple[str, ...]


def find_trajectory(db: Database, actor: Actor, employee: str) -> int:
    """The newest trajectory of the employee named (full name, case and spaces ignored)."""
    wanted = " ".join(employee.split()).casefold()
    with db.session() as s:
        for t in visible_trajectories(s, actor, "print"):
            person = s.get(Employee, t.employee_id)
            if person and full_name(person.first_name, person.prefix, person.last_name).casefold() == wanted:
                return t.id
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No onboarding trajectory found for {name}. Check the spelling of the full name."), name=employee)


def progress_card(db: Database, actor: Actor, trajectory_id: int, today: date | None = None) -> ProgressCard:
    today = today or date.today()
    with db.session() as s:
        t = _trajectory(s, actor, trajectory_id)
        detail = detail_in(s, t, today)
        ids = [m.module.id for m in detail.modules]
        images: dict[int, list] = {}
        for module_id, data, caption in s.execute(select(OnboardingImage.module_id, OnboardingImage.data, OnboardingImage.caption)
                                                  .where(OnboardingImage.module_id.in_(ids)).order_by(OnboardingImage.position)):
            images.setdefault(module_id, []).append((bytes(data), caption))
        return ProgressCard(_company(s), detail, images, today)


def _trajectory(s, actor: Actor, trajectory_id: int) -> OnboardingTrajectory:
    t = s.get(OnboardingTrajectory, trajectory_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))
    require_for_employee(s, actor, "onboarding", "print", t.employee_id)
    return t


def _company(s) -> str:
    row = s.get(Setting, "company.name")
    return row.value if row else ""


def certificate(db: Database, actor: Actor, trajectory_id: int, today: date | None = None) -> CertificateData:
    today = today or date.today()
    with db.session() as s:
        t = _trajectory(s, actor, trajectory_id)
        if t.status != rules.COMPLETED:
            raise WplError(QT_TRANSLATE_NOOP("errors", "A certificate is for a completed trajectory; this one is not finished yet."))
        return _certificate_in(s, t, today)


def _certificate_in(s, t: OnboardingTrajectory, today: date) -> CertificateData:
    detail = detail_in(s, t, today)
    reached: dict[str, int] = {}
    for m in detail.modules:
        for task in m.module.tasks:
            reached[task.task_name] = max(reached.get(task.task_name, 0), task.level)
    program = s.get(OnboardingProgram, t.program_id)
    function = s.get(JobFunction, program.function_id) if program and program.function_id else None
    owner = s.scalar(select(User.display_name).where(User.role == "owner", User.active.is_(True)).order_by(User.id))
    return CertificateData(_company(s), detail.row.trainee_name, detail.row.program_name, function.name if function else "",
                           detail.row.mentor_name, owner or "", t.start_date, t.completed_on or today,
                           tuple(sorted(reached.items())), tuple(m.module.title for m in detail.modules))


def completed_trajectories(db: Database, actor: Actor) -> list[int]:
    """The completed trajectories the actor may print a certificate for (for the batch)."""
    with db.session() as s:
        return [t.id for t in visible_trajectories(s, actor, "print") if t.status == rules.COMPLETED]
