"""Onboarding trajectories: pairing a trainee with a mentor, the timeline in working days,
ticking assignments, comments both ways, progress talks and the views of mentor and trainee.

Permissions (area "onboarding"): pairing (start, change mentor, stop) is the company's
decision, so it needs "edit" on others (owner, manager). A trajectory is the trainee's
record: the trainee has scope "own", their mentor scope "team". Ticking an assignment
and writing a comment are the trainee's and mentor's own marks on the work, checked as
"sign" (the trainee may, the mentor for their trainees); progress talks are "edit".
Signing off: services/onboarding_signing.py. Programs: services/onboarding_programs.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain import learning as learning_rules
from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, NotFound, ValidationFailed, WplError
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import OTHERS, allowed, require, scope_of
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit, learning
from wplstudio.services.access import actor_team, require_for_employee, require_some, trainees_of
from wplstudio.services.onboarding_programs import ModuleRow, modules_of
from wplstudio.services.records import add_row, fetch, now, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Level, Setting, Team
from wplstudio.storage.models_onboarding import (OnboardingAssignment, OnboardingComment, OnboardingMentorChange,
                                                 OnboardingModule, OnboardingModuleTask, OnboardingProgram, OnboardingRevocation,
                                                 OnboardingSignoff, OnboardingTalk, OnboardingTick, OnboardingTrajectory)

MAX_TRAINEES_KEY = "onboarding.max_trainees"
HOLIDAYS_KEY = "onboarding.holidays"
GONE = QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list.")


@dataclass(frozen=True)
class Signature:
    id: int
    round: int
    role: str
    signer_name: str
    at: datetime
    comment: str
    result: str
    revoked: bool


@dataclass(frozen=True)
class Revocation:
    round: int
    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class Comment:
    at: datetime
    author: str
    author_role: str
    text: str


@dataclass(frozen=True)
class ModuleProgress:
    module: ModuleRow
    planned: date
    status: str
    overdue: bool
    ticked: frozenset[int]  # assignment ids
    signatures: tuple[Signature, ...]  # every round, oldest first; revoked ones say so
    revocations: tuple[Revocation, ...]
    comments: tuple[Comment, ...]
    signed_on: date | None  # the day the current round was completed

    def current(self, role: str) -> Signature | None:
        return next((s for s in self.signatures if s.role == role and not s.revoked), None)


@dataclass(frozen=True)
class TrajectoryRow:
    id: int
    employee_id: int
    trainee_name: str
    team_id: int | None
    team_name: str
    program_id: int
    program_name: str
    mentor_id: int | None
    mentor_name: str
    start_date: date
    status: str
    talk_weeks: int
    percent: int
    modules: int
    signed: int
    overdue: int
    ready: tuple[str, ...]  # titles of modules ready to sign
    next_module: str  # the first module not signed yet
    next_talk: date
    talk_due: bool
    trainee_left: bool
    version: int


@dataclass(frozen=True)
class Talk:
    id: int
    held_on: date
    by: str
    notes: str
    next_steps: str


@dataclass(frozen=True)
class MentorChange:
    at: datetime
    by: str
    old_mentor: str
    new_mentor: str
    reason: str


@dataclass(frozen=True)
class TrajectoryDetail:
    row: TrajectoryRow
    modules: tuple[ModuleProgress, ...]
    talks: tuple[Talk, ...]
    mentor_changes: tuple[MentorChange, ...]
    curve: tuple[rules.CurvePoint, ...] = field(default=())


@dataclass(frozen=True)
class MentorSuggestion:
    employee_id: int
    name: str
    team_name: str
    same_team: bool
    teaches: int  # program tasks at level 4
    of_tasks: int
    trainees: int
    full: bool  # at the maximum number of trainees


# --- settings --------------------------------------------------------------------------

def _setting(s: Session, key: str) -> str:
    row = s.get(Setting, key)
    return row.value if row else ""


def max_trainees_in(s: Session) -> int:
    try:
        return max(1, int(_setting(s, MAX_TRAINEES_KEY) or rules.DEFAULT_MAX_TRAINEES))
    except ValueError:
        return rules.DEFAULT_MAX_TRAINEES


def holidays_in(s: Session) -> frozenset[date]:
    return rules.parse_holidays(_setting(s, HOLIDAYS_KEY))


@dataclass(frozen=True)
class OnboardingSettings:
    max_trainees: int
    holidays: tuple[date, ...]


def get_settings(db: Database, actor: Actor) -> OnboardingSettings:
    require(actor, "onboarding", "view", OTHERS)  # company settings: owner and manager
    with db.session() as s:
        return OnboardingSettings(max_trainees_in(s), tuple(sorted(holidays_in(s))))


def save_settings(db: Database, actor: Actor, max_trainees: int, holidays: list[date]) -> OnboardingSettings:
    require(actor, "settings", "edit", OTHERS)
    if not 1 <= max_trainees <= 10:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "trainees per mentor"), QT_TRANSLATE_NOOP(
            "errors", "A mentor can have 1 to 10 trainees at a time."))])
    with db.session() as s:
        for key, value in ((MAX_TRAINEES_KEY, str(max_trainees)), (HOLIDAYS_KEY, ",".join(d.isoformat() for d in sorted(set(holidays))))):
            old = s.get(Setting, key)
            s.merge(Setting(key=key, value=value, version=(old.version + 1) if old else 1, **stamp(actor)))
            audit.record(s, actor, "update", "settings", key, {"value": old.value} if old else None, {"value": value})
    return get_settings(db, actor)


# --- reading ---------------------------------------------------------------------------

def _names(s: Session, ids) -> dict[int, Employee]:
    ids = {i for i in ids if i is not None}
    return {e.id: e for e in s.scalars(select(Employee).where(Employee.id.in_(ids)))} if ids else {}


def _name(e: Employee | None) -> str:
    return full_name(e.first_name, e.prefix, e.last_name) if e else ""


def progress_of(s: Session, t: OnboardingTrajectory, today: date) -> list[ModuleProgress]:
    modules = modules_of(s, t.program_id)
    planned = rules.planned_dates(t.start_date, [m.hours for m in modules], holidays_in(s))
    ticked = set(s.scalars(select(OnboardingTick.assignment_id).where(OnboardingTick.trajectory_id == t.id)))
    sigs = list(s.scalars(select(OnboardingSignoff).where(OnboardingSignoff.trajectory_id == t.id).order_by(OnboardingSignoff.id)))
    revs = list(s.scalars(select(OnboardingRevocation).where(OnboardingRevocation.trajectory_id == t.id).order_by(OnboardingRevocation.id)))
    comments = list(s.scalars(select(OnboardingComment).where(OnboardingComment.trajectory_id == t.id).order_by(OnboardingComment.id)))
    return [_module_progress(m, p, ticked, sigs, revs, comments, today) for m, p in zip(modules, planned)]


def _module_progress(m: ModuleRow, planned: date, ticked: set[int], sigs, revs, comments, today: date) -> ModuleProgress:
    revoked_rounds = {r.round for r in revs if r.module_id == m.id}
    signatures = tuple(Signature(x.id, x.round, x.role, x.signer_name, audit.as_utc(x.at), x.comment, x.result, x.round in revoked_rounds)
                       for x in sigs if x.module_id == m.id)
    mine = frozenset(a for a, _ in m.assignments if a in ticked)
    live = [x for x in signatures if not x.revoked]
    state = rules.ModuleState(len(m.assignments), len(mine), any(x.role == rules.TRAINEE for x in live),
                              any(x.role == rules.MENTOR for x in live))
    signed_on = max((x.at for x in live), default=None) if state.status == rules.SIGNED else None
    return ModuleProgress(m, planned, state.status, rules.is_overdue(state.status, planned, today), mine, signatures,
                          tuple(Revocation(r.round, audit.as_utc(r.at), r.by, r.reason) for r in revs if r.module_id == m.id),
                          tuple(Comment(audit.as_utc(c.at), c.author, c.author_role, c.text) for c in comments if c.module_id == m.id),
                          signed_on.astimezone().date() if signed_on else None)


def _row(s: Session, t: OnboardingTrajectory, people: dict[int, Employee], teams: dict[int, str], programs: dict[int, str],
         progress: list[ModuleProgress], today: date) -> TrajectoryRow:
    trainee = people.get(t.employee_id)
    statuses = [p.status for p in progress]
    held = list(s.scalars(select(OnboardingTalk.held_on).where(OnboardingTalk.trajectory_id == t.id)))
    upcoming = next((p.module.title for p in progress if p.status != rules.SIGNED), "")
    next_talk = rules.next_talk(t.start_date, held, t.talk_weeks)
    return TrajectoryRow(
        t.id, t.employee_id, _name(trainee), trainee.team_id if trainee else None, teams.get(trainee.team_id, "") if trainee else "",
        t.program_id, programs.get(t.program_id, ""), t.mentor_id, _name(people.get(t.mentor_id)), t.start_date, t.status,
        t.talk_weeks, rules.progress_percent(statuses), len(statuses), statuses.count(rules.SIGNED),
        sum(1 for p in progress if p.overdue), tuple(p.module.title for p in progress if p.status == rules.READY), upcoming,
        next_talk, t.status == rules.ACTIVE and next_talk <= today,
        bool(trainee and not is_active(trainee.end_date, today)), t.version)


def _lookups(s: Session, trajectories: list[OnboardingTrajectory]):
    people = _names(s, [t.employee_id for t in trajectories] + [t.mentor_id for t in trajectories])
    teams = dict(s.execute(select(Team.id, Team.name)).all())
    programs = dict(s.execute(select(OnboardingProgram.id, OnboardingProgram.name)).all())
    return people, teams, programs


def visible_trajectories(s: Session, actor: Actor, operation: str = "view") -> list[OnboardingTrajectory]:
    require_some(actor, "onboarding", operation)
    team, trainees = actor_team(s, actor), trainees_of(s, actor)
    rows = list(s.scalars(select(OnboardingTrajectory).order_by(OnboardingTrajectory.start_date.desc(), OnboardingTrajectory.id)))
    teams = dict(s.execute(select(Employee.id, Employee.team_id).where(Employee.id.in_({t.employee_id for t in rows}))).all())
    return [t for t in rows if allowed(actor.role, "onboarding", operation, scope_of(
        actor, "onboarding", t.employee_id, subject_team_id=teams.get(t.employee_id), actor_team_id=team, trainees=trainees))]


def list_trajectories(db: Database, actor: Actor, include_finished: bool = True, today: date | None = None) -> list[TrajectoryRow]:
    """Every trajectory the actor may see: all for owner and manager, their trainees for a mentor, their own for a trainee."""
    today = today or date.today()
    with db.session() as s:
        found = [t for t in visible_trajectories(s, actor) if include_finished or t.status == rules.ACTIVE]
        people, teams, programs = _lookups(s, found)
        return [_row(s, t, people, teams, programs, progress_of(s, t, today), today) for t in found]


def my_trainees(db: Database, actor: Actor, today: date | None = None) -> list[TrajectoryRow]:
    """The mentor's own view: the active trajectories they mentor, what is ready to sign first."""
    rows = [r for r in list_trajectories(db, actor, False, today) if actor.employee_id is not None and r.mentor_id == actor.employee_id]
    return sorted(rows, key=lambda r: (not r.ready, -r.overdue, r.trainee_name))


def where_i_am(db: Database, actor: Actor, today: date | None = None) -> list[TrajectoryRow]:
    """The trainee's own view: their trajectories."""
    return [r for r in list_trajectories(db, actor, True, today) if actor.employee_id is not None and r.employee_id == actor.employee_id]


def ready_to_sign(db: Database, actor: Actor, today: date | None = None) -> list[TrajectoryRow]:
    """For the dashboard: active trajectories with a module waiting for its signatures."""
    return [r for r in list_trajectories(db, actor, False, today) if r.ready]


def talks_due(db: Database, actor: Actor, today: date | None = None) -> list[TrajectoryRow]:
    """For the dashboard: active trajectories whose progress talk is due."""
    return [r for r in list_trajectories(db, actor, False, today) if r.talk_due]


def get_trajectory(db: Database, actor: Actor, trajectory_id: int, today: date | None = None) -> TrajectoryDetail:
    today = today or date.today()
    with db.session() as s:
        t = fetch(s, OnboardingTrajectory, trajectory_id)
        require_for_employee(s, actor, "onboarding", "view", t.employee_id)
        return detail_in(s, t, today)


def detail_in(s: Session, t: OnboardingTrajectory, today: date) -> TrajectoryDetail:
    people, teams, programs = _lookups(s, [t])
    progress = progress_of(s, t, today)
    talks = tuple(Talk(x.id, x.held_on, x.by, x.notes, x.next_steps) for x in s.scalars(
        select(OnboardingTalk).where(OnboardingTalk.trajectory_id == t.id).order_by(OnboardingTalk.held_on)))
    changes = list(s.scalars(select(OnboardingMentorChange).where(OnboardingMentorChange.trajectory_id == t.id).order_by(OnboardingMentorChange.id)))
    names = _names(s, [c.old_mentor_id for c in changes] + [c.new_mentor_id for c in changes])
    curve = rules.progress_curve(t.start_date, [p.planned for p in progress], [p.signed_on for p in progress], today)
    return TrajectoryDetail(_row(s, t, people, teams, programs, progress, today), tuple(progress), talks,
                            tuple(MentorChange(audit.as_utc(c.at), c.by, _name(names.get(c.old_mentor_id)), _name(names.get(c.new_mentor_id)),
                                               c.reason) for c in changes), tuple(curve))


# --- pairing ---------------------------------------------------------------------------

def suggest_mentors(db: Database, actor: Actor, program_id: int, trainee_id: int, today: date | None = None) -> list[MentorSuggestion]:
    """Colleagues at level 4 on the program's tasks: same team first, then who teaches most, then who has fewest trainees."""
    require(actor, "onboarding", "edit", OTHERS)
    today = today or date.today()
    with db.session() as s:
        trainee = fetch(s, Employee, trainee_id)
        fetch(s, OnboardingProgram, program_id)
        tasks = set(s.scalars(select(OnboardingModuleTask.task_id).join(OnboardingModule)
                              .where(OnboardingModule.program_id == program_id)))
        teaches = dict(s.execute(select(Level.employee_id, func.count()).where(Level.task_id.in_(tasks), Level.level >= 4)
                                 .group_by(Level.employee_id)).all()) if tasks else {}
        load, limit = _mentor_load(s), max_trainees_in(s)
        teams = dict(s.execute(select(Team.id, Team.name)).all())
        found = [MentorSuggestion(e.id, _name(e), teams.get(e.team_id, ""), e.team_id is not None and e.team_id == trainee.team_id,
                                  teaches.get(e.id, 0), len(tasks), load.get(e.id, 0), load.get(e.id, 0) >= limit)
                 for e in s.scalars(select(Employee)) if e.id != trainee_id and is_active(e.end_date, today) and teaches.get(e.id)]
    return sorted(found, key=lambda m: (m.full, not m.same_team, -m.teaches, m.trainees, m.name))


def _mentor_load(s: Session) -> dict[int, int]:
    return dict(s.execute(select(OnboardingTrajectory.mentor_id, func.count()).where(OnboardingTrajectory.status == rules.ACTIVE)
                          .group_by(OnboardingTrajectory.mentor_id)).all())


def _check_mentor(s: Session, trainee_id: int, mentor_id: int, today: date, trajectory_id: int | None = None) -> Employee:
    rules.check_not_own_mentor(trainee_id, mentor_id)
    mentor = s.get(Employee, mentor_id)
    if mentor is None:
        raise NotFound(GONE)
    if not is_active(mentor.end_date, today):
        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} no longer works here and cannot be a mentor."), name=_name(mentor))
    query = select(func.count()).select_from(OnboardingTrajectory).where(
        OnboardingTrajectory.mentor_id == mentor_id, OnboardingTrajectory.status == rules.ACTIVE, OnboardingTrajectory.id != (trajectory_id or -1))
    limit = max_trainees_in(s)
    if (s.scalar(query) or 0) >= limit:
        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} already mentors {count} trainees, the most allowed. Choose another mentor, or raise the maximum in the settings."),
                       name=_name(mentor), count=limit)
    return mentor


def start_trajectory(db: Database, actor: Actor, trainee_id: int, program_id: int, mentor_id: int, start_date: date,
                     talk_weeks: int = rules.DEFAULT_TALK_WEEKS, today: date | None = None) -> TrajectoryRow:
    require(actor, "onboarding", "edit", OTHERS)
    today = today or date.today()
    if not 1 <= talk_weeks <= 26:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "weeks between talks"), QT_TRANSLATE_NOOP(
            "errors", "Hold a progress talk every 1 to 26 weeks."))])
    with db.session() as s:
        trainee = fetch(s, Employee, trainee_id)
        if not is_active(trainee.end_date, today):
            raise WplError(QT_TRANSLATE_NOOP("errors", "{name} no longer works here; a trajectory cannot start."), name=_name(trainee))
        program = fetch(s, OnboardingProgram, program_id)
        if program.archived:
            raise WplError(QT_TRANSLATE_NOOP("errors", "The program {name} is archived. Take it out of the archive first."), name=program.name)
        if not s.scalar(select(func.count()).select_from(OnboardingModule).where(OnboardingModule.program_id == program_id)):
            raise WplError(QT_TRANSLATE_NOOP("errors", "The program {name} has no modules yet."), name=program.name)
        _refuse_second_active(s, trainee)
        _check_mentor(s, trainee_id, mentor_id, today)
        row = add_row(s, actor, OnboardingTrajectory(employee_id=trainee_id, program_id=program_id, mentor_id=mentor_id,
                                                     start_date=start_date, talk_weeks=talk_weeks, status=rules.ACTIVE, **stamp(actor)))
        s.add(OnboardingMentorChange(trajectory_id=row.id, old_mentor_id=None, new_mentor_id=mentor_id, at=now(), by=actor.name[:80]))
        trajectory_id = row.id
    return get_trajectory(db, actor, trajectory_id, today).row


def _refuse_second_active(s: Session, trainee: Employee) -> None:
    if s.scalar(select(func.count()).select_from(OnboardingTrajectory).where(
            OnboardingTrajectory.employee_id == trainee.id, OnboardingTrajectory.status == rules.ACTIVE)):
        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} already follows a trajectory. Finish or stop that one first."), name=_name(trainee))


def change_mentor(db: Database, actor: Actor, trajectory_id: int, version: int, mentor_id: int, reason: str,
                  today: date | None = None) -> TrajectoryRow:
    """A new mentor, with the reason kept in the trajectory's history. The GUI reminds gently that a
    trainee learns best from one steady mentor; swapping pairs under production pressure spoils it."""
    require(actor, "onboarding", "edit", OTHERS)
    today = today or date.today()
    reason = rules.check_reason(reason, QT_TRANSLATE_NOOP("fields", "reason"))
    with db.session() as s:
        t = fetch(s, OnboardingTrajectory, trajectory_id)
        if t.status != rules.ACTIVE:
            raise WplError(QT_TRANSLATE_NOOP("errors", "This trajectory is finished; its mentor stays as it was."))
        if mentor_id == t.mentor_id:
            raise WplError(QT_TRANSLATE_NOOP("errors", "That is already the mentor."))
        _check_mentor(s, t.employee_id, mentor_id, today, trajectory_id)
        old = t.mentor_id
        update_versioned(s, OnboardingTrajectory, trajectory_id, version, actor, {"mentor_id": mentor_id})
        s.add(OnboardingMentorChange(trajectory_id=trajectory_id, old_mentor_id=old, new_mentor_id=mentor_id, at=now(),
                                     by=actor.name[:80], reason=reason))
    return get_trajectory(db, actor, trajectory_id, today).row


def stop_trajectory(db: Database, actor: Actor, trajectory_id: int, version: int, reason: str) -> None:
    """Ended before the end (the trainee left, another function): kept, with its signatures."""
    require(actor, "onboarding", "edit", OTHERS)
    reason = rules.check_reason(reason, QT_TRANSLATE_NOOP("fields", "reason"))
    with db.session() as s:
        update_versioned(s, OnboardingTrajectory, trajectory_id, version, actor, {"status": rules.STOPPED})
        audit.record(s, actor, "stop", "onboarding_trajectories", trajectory_id, None, {"reason": reason})


# --- working on modules ------------------------------------------------------------------

def _trajectory_for(s: Session, actor: Actor, trajectory_id: int, operation: str) -> OnboardingTrajectory:
    t = s.get(OnboardingTrajectory, trajectory_id)
    if t is None:
        raise NotFound(GONE)
    require_for_employee(s, actor, "onboarding", operation, t.employee_id)
    return t


def module_of(s: Session, t: OnboardingTrajectory, module_id: int) -> OnboardingModule:
    """The module, refused when it belongs to another trajectory's program."""
    module = s.get(OnboardingModule, module_id)
    if module is None or module.program_id != t.program_id:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This module is not part of this trajectory's program. Open the right trainee and try again."))
    return module


def _refuse_if_signed(s: Session, t: OnboardingTrajectory, module_id: int) -> None:
    from wplstudio.services.onboarding_signing import current_round

    rnd = current_round(s, t.id, module_id)
    roles = set(s.scalars(select(OnboardingSignoff.role).where(OnboardingSignoff.trajectory_id == t.id,
                                                               OnboardingSignoff.module_id == module_id, OnboardingSignoff.round == rnd)))
    if roles >= set(rules.SIGNER_ROLES):
        raise WplError(QT_TRANSLATE_NOOP("errors", "This module is signed and locked. To change it, revoke the sign-off with a reason first."))


def set_ticked(db: Database, actor: Actor, trajectory_id: int, assignment_id: int, ticked: bool) -> None:
    with db.session() as s:
        t = _trajectory_for(s, actor, trajectory_id, "sign")
        assignment = s.get(OnboardingAssignment, assignment_id)
        if assignment is None:
            raise NotFound(GONE)
        module_of(s, t, assignment.module_id)
        _refuse_if_signed(s, t, assignment.module_id)
        row = s.get(OnboardingTick, (trajectory_id, assignment_id))
        if ticked and row is None:
            s.add(OnboardingTick(trajectory_id=trajectory_id, assignment_id=assignment_id, at=now(), by=actor.name[:80]))
        elif not ticked and row is not None:
            s.delete(row)
        else:
            return
        audit.record(s, actor, "tick" if ticked else "untick", "onboarding_ticks", f"{trajectory_id}/{assignment_id}")


def add_comment(db: Database, actor: Actor, trajectory_id: int, module_id: int, text: str) -> None:
    text = (text or "").strip()
    if not text:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "comment"), QT_TRANSLATE_NOOP("errors", "Write something first."))])
    with db.session() as s:
        t = _trajectory_for(s, actor, trajectory_id, "sign")
        module_of(s, t, module_id)
        role = rules.TRAINEE if actor.employee_id == t.employee_id else rules.MENTOR if actor.employee_id == t.mentor_id else actor.role
        row = OnboardingComment(trajectory_id=trajectory_id, module_id=module_id, at=now(), author=actor.name[:80],
                                author_role=role, text=text[:4000])
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "onboarding_comments", row.id, None, {"module_id": module_id, "text": text})


def record_talk(db: Database, actor: Actor, trajectory_id: int, held_on: date, notes: str, next_steps: str) -> Talk:
    with db.session() as s:
        _trajectory_for(s, actor, trajectory_id, "edit")
        row = OnboardingTalk(trajectory_id=trajectory_id, held_on=held_on, by=actor.name[:80], notes=(notes or "").strip(),
                             next_steps=(next_steps or "").strip())
        s.add(row)
        s.flush()
        audit.record(s, actor, "create", "onboarding_talks", row.id, None, {"held_on": held_on, "notes": row.notes, "next_steps": row.next_steps})
        _register_talk(s, actor, row)
        return Talk(row.id, row.held_on, row.by, row.notes, row.next_steps)


def _register_talk(s: Session, actor: Actor, talk: OnboardingTalk) -> None:
    """A held progress talk is coaching: it lands in the learning register (the talk's length is not
    known, so no hours; the register shows it happened and a manager may add the time)."""
    t = s.get(OnboardingTrajectory, talk.trajectory_id)
    program = s.get(OnboardingProgram, t.program_id)
    title = "Voortgangsgesprek inwerken: {program}".format(program=program.name if program else "?")
    learning.register_from_area(s, actor, employee_id=t.employee_id, kind=learning_rules.COACHING, title=title,
                                held_on=talk.held_on, source=learning_rules.FROM_ONBOARDING, source_ref=f"talk:{talk.id}")


# --- privacy ---------------------------------------------------------------------------

def erase_personal(s: Session, employee_id: int) -> None:
    """Anonymising someone (services/privacy.py): the free text of their trajectories, and their name
    where they signed, commented or held a talk for others. The structure (which module, when) stays.
    The one place sign-offs are changed: the law asks it, and the signature's facts stay."""
    from sqlalchemy import update

    from wplstudio.domain.privacy import ANONYMOUS_FIRST_NAME, anonymous_last_name

    anonymous = f"{ANONYMOUS_FIRST_NAME} {anonymous_last_name(employee_id)}"
    own = select(OnboardingTrajectory.id).where(OnboardingTrajectory.employee_id == employee_id).scalar_subquery()
    s.execute(update(OnboardingComment).where(OnboardingComment.trajectory_id.in_(own)).values(text=""))
    s.execute(update(OnboardingTalk).where(OnboardingTalk.trajectory_id.in_(own)).values(notes="", next_steps=""))
    s.execute(update(OnboardingSignoff).where(OnboardingSignoff.trajectory_id.in_(own)).values(comment="", result=""))
    s.execute(update(OnboardingRevocation).where(OnboardingRevocation.trajectory_id.in_(own)).values(reason=""))
    s.execute(update(OnboardingMentorChange).where(OnboardingMentorChange.trajectory_id.in_(own)).values(reason=""))
    s.execute(update(OnboardingSignoff).where(OnboardingSignoff.signer_employee_id == employee_id).values(signer_name=anonymous))


def export_personal(s: Session, employee_id: int) -> dict[str, list[dict]]:
    """For the AVG export (services/privacy.py): what hangs on the person's trajectories but points at
    the trajectory, not at the employee: comments, progress talks, sign-offs and revocations."""
    own = select(OnboardingTrajectory.id).where(OnboardingTrajectory.employee_id == employee_id).scalar_subquery()
    found: dict[str, list[dict]] = {}
    for model in (OnboardingComment, OnboardingTalk, OnboardingSignoff, OnboardingRevocation, OnboardingMentorChange):
        table = model.__table__
        rows = s.execute(select(table).where(table.c.trajectory_id.in_(own))).mappings()
        found[table.name] = [{k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in r.items()} for r in rows]
    return found
