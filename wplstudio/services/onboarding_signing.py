"""Signing off a module: the trainee and the mentor each confirm with their own PIN or
password; when both have signed, the matrix learns in the same transaction.

Two steps, because checking a PIN takes a few hundred milliseconds on purpose and must
not hold a transaction open: confirm() checks the secret through services/accounts.py
and hands back a Signer; sign() writes the signature in one short transaction. A Signer
can only come from confirm() (it carries a private seal), so no screen can sign for
someone by naming them.

Rules (issue 5, part 4 and 11): the trainee signs as trainee; as mentor signs the
trajectory's mentor, or an owner or manager (the permission table: "sign" with scope
"team" is a mentor's own trainees). Everything is refused with a clear message and
nothing written when: the person already signed this round, the trainee or signer has
left, the module belongs to another trajectory, not every assignment is ticked, an
assessment has no result, or earlier modules are open and that was not accepted.
Sign-offs are never changed or deleted; revoke() adds a revocation with a reason and
opens a new round. Revoking never lowers the matrix (a manager changes levels there).

Concurrency: the first statement of sign() and revoke() updates the trajectory row, so
two PCs signing at the same moment are serialised (a row lock on PostgreSQL, the write
lock on SQLite); the unique constraint on (trajectory, module, round, role) is the
last guard: exactly one signature per person, never half a sign-off."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wplstudio.domain import learning as learning_rules
from wplstudio.domain import onboarding as rules
from wplstudio.domain.accounts import SignInRefused
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotAllowed, NotFound, WplError
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import allowed
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import accounts, audit, learning, matrix
from wplstudio.services.access import employee_scope, require_for_employee
from wplstudio.services.onboarding import GONE, module_of
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, User
from wplstudio.storage.models_onboarding import (OnboardingAssignment, OnboardingModule, OnboardingModuleTask, OnboardingProgram,
                                                 OnboardingRevocation, OnboardingSignoff, OnboardingTick, OnboardingTrajectory)

_SEAL = object()


@dataclass(frozen=True)
class Signer:
    """A person who just confirmed with their own PIN or password. Made only by confirm()."""

    actor: Actor
    seal: object = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class SignOutcome:
    complete: bool  # both have signed now
    raised: tuple[tuple[str, int, int], ...]  # (task name, old level, new level) for each cell the matrix raised
    trajectory_completed: bool


class EarlierModulesOpen(WplError):
    """Signing a module while earlier ones are open: the person is asked first (accept_open_earlier)."""


# --- confirming ------------------------------------------------------------------------

@dataclass(frozen=True)
class SignerChoice:
    user_id: int
    name: str
    has_pin: bool


def signer_account(db: Database, actor: Actor, employee_id: int | None) -> SignerChoice | None:
    """The active account of an employee (to offer at the sign dialog), or None when they have none."""
    if employee_id is None:
        return None
    with db.session() as s:
        require_for_employee(s, actor, "onboarding", "view", employee_id)
        user = s.scalar(select(User).where(User.employee_id == employee_id, User.active.is_(True)))
        return SignerChoice(user.id, user.display_name or user.username, bool(user.pin_hash)) if user else None


def confirm(db: Database, user_id: int, secret: str) -> Signer:
    """The person's own PIN (digits, when they have one) or password, checked by services/accounts.py
    with its wrong-attempt counting and waits."""
    with db.session() as s:
        user = s.get(User, user_id)
        username, has_pin = (user.username, bool(user.pin_hash)) if user else ("", False)
    if not user_id or not username:
        raise SignInRefused(accounts.WRONG_PIN)
    if has_pin and secret.isdigit():
        found = accounts.confirm_with_pin(db, user_id, secret)
    else:
        found = accounts.sign_in(db, username, secret)
    return Signer(found, _SEAL)


# --- signing ---------------------------------------------------------------------------

def current_round(s: Session, trajectory_id: int, module_id: int) -> int:
    revoked = s.scalar(select(func.count()).select_from(OnboardingRevocation).where(
        OnboardingRevocation.trajectory_id == trajectory_id, OnboardingRevocation.module_id == module_id))
    return (revoked or 0) + 1


def open_before(db: Database, actor: Actor, trajectory_id: int, module_id: int) -> list[str]:
    """Titles of earlier modules not signed yet (the GUI asks before it asks for a PIN)."""
    with db.session() as s:
        t = _lock_free_trajectory(s, trajectory_id)
        require_for_employee(s, actor, "onboarding", "view", t.employee_id)
        return _open_before(s, t, module_of(s, t, module_id))


def _lock_free_trajectory(s: Session, trajectory_id: int) -> OnboardingTrajectory:
    t = s.get(OnboardingTrajectory, trajectory_id)
    if t is None:
        raise NotFound(GONE)
    return t


def _open_before(s: Session, t: OnboardingTrajectory, module: OnboardingModule) -> list[str]:
    earlier = s.scalars(select(OnboardingModule).where(OnboardingModule.program_id == t.program_id)
                        .order_by(OnboardingModule.position, OnboardingModule.id))
    titles = []
    for m in earlier:
        if m.id == module.id:
            break
        if _signed_roles(s, t.id, m.id) != set(rules.SIGNER_ROLES):
            titles.append(m.title)
    return titles


def _signed_roles(s: Session, trajectory_id: int, module_id: int, rnd: int | None = None) -> set[str]:
    rnd = rnd or current_round(s, trajectory_id, module_id)
    return set(s.scalars(select(OnboardingSignoff.role).where(
        OnboardingSignoff.trajectory_id == trajectory_id, OnboardingSignoff.module_id == module_id, OnboardingSignoff.round == rnd)))


def sign(db: Database, actor: Actor, trajectory_id: int, module_id: int, role: str, signer: Signer, comment: str = "",
         result: str = "", accept_open_earlier: bool = False, today: date | None = None) -> SignOutcome:
    """One signature, as trainee or as mentor. actor: who is signed in at the PC (may view the trajectory);
    signer: who confirmed. When this completes the module, the matrix rises in the same transaction."""
    rules.check_signer_role(role)
    if not isinstance(signer, Signer) or signer.seal is not _SEAL:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "A sign-off needs the person's own PIN or password."))
    today = today or date.today()
    try:
        with db.session() as s:
            t = _lock(s, trajectory_id)
            require_for_employee(s, actor, "onboarding", "view", t.employee_id)
            module = module_of(s, t, module_id)
            _check_people(s, t, role, signer.actor, today)
            rnd = current_round(s, t.id, module.id)
            _check_module_ready(s, t, module, role, result, accept_open_earlier, rnd)
            return _write_signature(s, t, module, role, signer.actor, comment, result, today, rnd=rnd)
    except IntegrityError as exc:  # another PC wrote the same signature between our check and our insert
        raise WplError(QT_TRANSLATE_NOOP("errors", "This module was just signed on another PC. Refresh to see it.")) from exc


def _lock(s: Session, trajectory_id: int) -> OnboardingTrajectory:
    """The first statement writes, so the transaction holds the write lock before it reads anything."""
    done = s.execute(update(OnboardingTrajectory).where(OnboardingTrajectory.id == trajectory_id)
                     .values(version=OnboardingTrajectory.version + 1).execution_options(synchronize_session=False))
    if done.rowcount != 1:
        raise NotFound(GONE)
    return s.get(OnboardingTrajectory, trajectory_id, populate_existing=True)


def _check_people(s: Session, t: OnboardingTrajectory, role: str, signer: Actor, today: date) -> None:
    trainee = s.get(Employee, t.employee_id)
    if t.status == rules.STOPPED:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This trajectory was stopped; nothing more can be signed in it."))
    if trainee is None or not is_active(trainee.end_date, today):
        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} no longer works here, so this module can no longer be signed."),
                       name=_name(trainee))
    _refuse_signer_who_left(s, signer, today)
    if role == rules.TRAINEE:
        if signer.employee_id != t.employee_id:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only {name} can sign as trainee, with their own PIN or password."), name=_name(trainee))
        return
    if signer.employee_id is not None and signer.employee_id == t.employee_id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "A trainee cannot sign as their own mentor."))
    scope = employee_scope(s, signer, "onboarding", t.employee_id)
    if not allowed(signer.role, "onboarding", "sign", scope) or scope == "own":
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only the mentor of {name} (or a manager) can sign as mentor."), name=_name(trainee))


def _refuse_signer_who_left(s: Session, signer: Actor, today: date) -> None:
    if signer.employee_id is None:
        return
    person = s.get(Employee, signer.employee_id)
    if person is None or not is_active(person.end_date, today):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{name} no longer works here and cannot sign."), name=signer.name)


def _check_module_ready(s: Session, t: OnboardingTrajectory, module: OnboardingModule, role: str, result: str, accept: bool,
                        rnd: int) -> None:
    earlier = s.scalar(select(OnboardingSignoff).where(OnboardingSignoff.trajectory_id == t.id, OnboardingSignoff.module_id == module.id,
                                                       OnboardingSignoff.round == rnd, OnboardingSignoff.role == role))
    if earlier is not None:
        from wplstudio.services.records import local_time

        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} already signed this module as {role} on {when}. A signature is given once."),
                       name=earlier.signer_name, role=rules.ROLE_WORDS[role], when=local_time(earlier.at))
    open_count = s.scalar(select(func.count()).select_from(OnboardingAssignment).outerjoin(OnboardingTick, (
        OnboardingTick.assignment_id == OnboardingAssignment.id) & (OnboardingTick.trajectory_id == t.id)).where(
        OnboardingAssignment.module_id == module.id, OnboardingTick.assignment_id.is_(None)))
    if open_count:
        raise WplError(QT_TRANSLATE_NOOP("errors", "{count} assignment(s) of this module are not ticked yet. Tick them all first."),
                       count=open_count)
    if role == rules.MENTOR and module.assessment.strip() and not (result or "").strip():
        raise WplError(QT_TRANSLATE_NOOP("errors", "This module has an assessment. Fill in the result before the mentor signs."))
    if not accept:
        open_titles = _open_before(s, t, module)
        if open_titles:
            raise EarlierModulesOpen(QT_TRANSLATE_NOOP("errors", "Earlier modules are still open: {titles}. Sign this one anyway?"),
                                     titles=", ".join(open_titles))


def _write_signature(s: Session, t: OnboardingTrajectory, module: OnboardingModule, role: str, signer: Actor, comment: str,
                     result: str, today: date, at: datetime | None = None, rnd: int | None = None) -> SignOutcome:
    """at: only the demo gives a moment in the past; a real signature is made now."""
    rnd = rnd or current_round(s, t.id, module.id)
    row = OnboardingSignoff(trajectory_id=t.id, module_id=module.id, round=rnd, role=role, signer_name=signer.name[:120],
                            signer_user_id=signer.user_id, signer_employee_id=signer.employee_id, at=at or now(),
                            comment=(comment or "").strip()[:2000], result=(result or "").strip()[:2000])
    s.add(row)
    s.flush()
    audit.record(s, signer, "sign", "onboarding_signoffs", row.id, None,
                 {"trajectory_id": t.id, "module_id": module.id, "round": rnd, "role": role, "comment": row.comment, "result": row.result})
    if _signed_roles(s, t.id, module.id, rnd) != set(rules.SIGNER_ROLES):
        return SignOutcome(False, (), False)
    raised = _matrix_learns(s, t, module, signer, rnd)
    _register_learning(s, t, module, signer, (at.date() if at else today))
    finished = _finish_if_all_signed(s, t, signer, today)
    return SignOutcome(True, raised, finished)


def _register_learning(s: Session, t: OnboardingTrajectory, module: OnboardingModule, signer: Actor, held_on: date) -> None:
    """A signed module is training on the job: it lands in the learning register with the module's hours.
    One entry per module of a trajectory: signing it again after a revocation adds no second one."""
    program = s.get(OnboardingProgram, t.program_id)
    title = "{program}: {module}".format(program=program.name if program else "?", module=module.title)
    learning.register_from_area(s, signer, employee_id=t.employee_id, kind=learning_rules.ON_THE_JOB, title=title,
                                held_on=held_on, hours=module.hours, source=learning_rules.FROM_ONBOARDING,
                                source_ref=f"module:{t.id}:{module.id}")


def _matrix_learns(s: Session, t: OnboardingTrajectory, module: OnboardingModule, signer: Actor, rnd: int) -> tuple:
    links = dict(s.execute(select(OnboardingModuleTask.task_id, OnboardingModuleTask.level).where(OnboardingModuleTask.module_id == module.id)).all())
    names = dict(s.execute(select(OnboardingSignoff.role, OnboardingSignoff.signer_name).where(
        OnboardingSignoff.trajectory_id == t.id, OnboardingSignoff.module_id == module.id, OnboardingSignoff.round == rnd)).all())
    program = s.get(OnboardingProgram, t.program_id)
    note = "Onboarding {program}, module {module}: signed by {trainee} (trainee) and {mentor} (mentor)".format(
        program=program.name if program else "?", module=module.title, trainee=names.get(rules.TRAINEE, "?"), mentor=names.get(rules.MENTOR, "?"))
    changed = matrix.raise_levels_in(s, signer, t.employee_id, links, note)
    from wplstudio.storage.models import Task

    task_names = dict(s.execute(select(Task.id, Task.name).where(Task.id.in_(links))).all()) if links else {}
    return tuple((task_names.get(c.task_id, "?"), c.old_level, c.new_level) for c in changed)


def _finish_if_all_signed(s: Session, t: OnboardingTrajectory, signer: Actor, today: date) -> bool:
    modules = set(s.scalars(select(OnboardingModule.id).where(OnboardingModule.program_id == t.program_id)))
    revoked: dict[int, int] = {}
    for module_id in s.scalars(select(OnboardingRevocation.module_id).where(OnboardingRevocation.trajectory_id == t.id)):
        revoked[module_id] = revoked.get(module_id, 0) + 1
    roles: dict[int, set] = {}
    for module_id, rnd, role in s.execute(select(OnboardingSignoff.module_id, OnboardingSignoff.round, OnboardingSignoff.role)
                                          .where(OnboardingSignoff.trajectory_id == t.id)):
        if rnd == revoked.get(module_id, 0) + 1:
            roles.setdefault(module_id, set()).add(role)
    if any(roles.get(m, set()) != set(rules.SIGNER_ROLES) for m in modules):
        return False
    t.status, t.completed_on = rules.COMPLETED, today
    audit.record(s, signer, "complete", "onboarding_trajectories", t.id, None, {"completed_on": today})
    return True


# --- revoking --------------------------------------------------------------------------

def revoke(db: Database, actor: Actor, trajectory_id: int, module_id: int, reason: str) -> None:
    """Undo a mistaken sign-off: the signatures stay visible with the revocation and its reason, and
    the module opens again for a new round. Levels already raised in the matrix stay."""
    reason = rules.check_reason(reason, QT_TRANSLATE_NOOP("fields", "reason"))
    with db.session() as s:
        t = _lock(s, trajectory_id)
        require_for_employee(s, actor, "onboarding", "edit", t.employee_id)
        module = module_of(s, t, module_id)
        rnd = current_round(s, t.id, module.id)
        if not _signed_roles(s, t.id, module.id):
            raise WplError(QT_TRANSLATE_NOOP("errors", "This module has no signature to revoke."))
        row = OnboardingRevocation(trajectory_id=t.id, module_id=module.id, round=rnd, at=now(), by=actor.name[:120], reason=reason)
        s.add(row)
        if t.status == rules.COMPLETED:
            t.status, t.completed_on = rules.ACTIVE, None
        s.flush()
        audit.record(s, actor, "revoke", "onboarding_revocations", row.id, None,
                     {"trajectory_id": t.id, "module_id": module.id, "round": rnd, "reason": reason})


def _name(e: Employee | None) -> str:
    return full_name(e.first_name, e.prefix, e.last_name) if e else "?"

