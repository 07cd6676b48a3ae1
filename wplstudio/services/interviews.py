"""Interviews: plan one, fill it in (every answer saved as it is typed), mark it held,
let the employee confirm it or ask for a correction, reopen it with a trace.

Confidential (area "interviews" of domain/permissions.py): the owner and managers
see every interview; everyone else only their own, and the shop screen none. The
interviewer's private note is read only by its author and the owner
(permissions.may_read_private_notes), never by the employee. The employee reads
the interviewer's answers once the talk has been held, and writes their own
preparation answers (the "sign" permission on their own interview: their own
words, like their signature) while it is still planned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import interviews as rules
from wplstudio.domain import learning as learning_rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.people import full_name
from wplstudio.domain.permissions import allowed, may_read_private_notes
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit, learning
from wplstudio.services.access import employee_scope, require_for_employee, visible_rows
from wplstudio.services.interview_at_hand import AtHand, at_hand
from wplstudio.services.interview_guides import ensure_builtin
from wplstudio.services.records import add_row, fetch, now, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, JobFunction, User
from wplstudio.storage.models_interviews import Interview, InterviewAnswer, InterviewEvent, InterviewGuide


@dataclass(frozen=True)
class InterviewRow:
    id: int
    employee_id: int
    employee_name: str
    team_id: int | None
    guide_id: int
    guide_name: str
    guide_version_no: int
    interviewer_name: str
    planned_on: date
    held_on: date | None
    status: str
    version: int


@dataclass(frozen=True)
class EventRow:
    at: datetime
    by: str
    kind: str
    note: str


@dataclass(frozen=True)
class InterviewDetail:
    row: InterviewRow
    function_name: str
    language: str
    content: rules.GuideContent
    answers: dict[str, str]  # the interviewer's, by question key; empty for the employee before the talk
    preparation: dict[str, str]  # the employee's preparation answers
    private_note: str | None  # None: this actor may not read it
    events: tuple[EventRow, ...]
    may_write: bool  # the interviewer side: answers, private note, agreements
    may_prepare: bool
    may_confirm: bool
    may_reopen: bool
    contents_erased: bool
    hand: AtHand = field(default_factory=AtHand)


# --- reading ------------------------------------------------------------------------

def _base_query():
    return (select(Interview, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id,
                   InterviewGuide.name, InterviewGuide.version_no)
            .join(Employee, Interview.employee_id == Employee.id).join(InterviewGuide, Interview.guide_id == InterviewGuide.id))


def _to_row(found) -> InterviewRow:
    i, first, prefix, last, team_id, guide_name, version_no = found
    return InterviewRow(i.id, i.employee_id, full_name(first, prefix, last), team_id, i.guide_id, guide_name, version_no,
                        i.interviewer_name, i.planned_on, i.held_on, i.status, i.version)


def list_interviews(db: Database, actor: Actor, employee_id: int | None = None) -> list[InterviewRow]:
    """Newest first; only the interviews the actor may see."""
    with db.session() as s:
        query = _base_query().order_by(Interview.planned_on.desc(), Interview.id.desc())
        if employee_id is not None:
            query = query.where(Interview.employee_id == employee_id)
        rows = [_to_row(r) for r in s.execute(query)]
        return visible_rows(s, actor, "interviews", rows, lambda r: r.employee_id, lambda r: r.team_id)


def _one_row(s: Session, interview_id: int) -> InterviewRow:
    found = s.execute(_base_query().where(Interview.id == interview_id)).first()
    if found is None:
        fetch(s, Interview, interview_id)  # raises the friendly NotFound
    return _to_row(found)


def load_interview(db: Database, actor: Actor, interview_id: int, today: date | None = None) -> InterviewDetail:
    today = today or date.today()
    with db.session() as s:
        interview = fetch(s, Interview, interview_id)
        require_for_employee(s, actor, "interviews", "view", interview.employee_id)
        return _detail(s, actor, interview, today)


def _detail(s: Session, actor: Actor, interview: Interview, today: date) -> InterviewDetail:
    guide = s.get(InterviewGuide, interview.guide_id)
    scope = employee_scope(s, actor, "interviews", interview.employee_id)
    writer = allowed(actor.role, "interviews", "edit", scope)
    signer = allowed(actor.role, "interviews", "sign", scope)
    answers = _answers(s, interview.id)
    talk = answers.get(rules.INTERVIEWER, {}) if writer or rules.employee_sees_talk(interview.status) else {}
    note = interview.private_note if may_read_private_notes(actor, interview.private_note_user_id) else None
    employee = s.get(Employee, interview.employee_id)
    function = s.get(JobFunction, employee.function_id) if employee.function_id else None
    return InterviewDetail(
        _one_row(s, interview.id), function.name if function else "", guide.language, rules.content_from_json(guide.content),
        talk, answers.get(rules.EMPLOYEE, {}), note, _events(s, interview.id),
        writer and rules.interviewer_may_write(interview.status),
        signer and rules.employee_may_prepare(interview.status),
        signer and interview.status == rules.HELD,
        writer and interview.status == rules.CONFIRMED,
        interview.contents_erased_at is not None,
        at_hand(s, actor, interview, today))


def _answers(s: Session, interview_id: int) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    query = select(InterviewAnswer.side, InterviewAnswer.question_key, InterviewAnswer.value).where(
        InterviewAnswer.interview_id == interview_id)
    for side, key, value in s.execute(query):
        found.setdefault(side, {})[key] = value
    return found


def _events(s: Session, interview_id: int) -> tuple[EventRow, ...]:
    query = select(InterviewEvent).where(InterviewEvent.interview_id == interview_id).order_by(InterviewEvent.id)
    return tuple(EventRow(audit.as_utc(e.at), e.by, e.kind, e.note) for e in s.scalars(query))


# --- planning -----------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    employee_id: int | None
    guide_id: int | None
    planned_on: date | None
    interviewer_name: str = ""
    interviewer_user_id: int | None = None


def plan_interview(db: Database, actor: Actor, plan: Plan, past_ok: bool = False, today: date | None = None) -> int:
    """A new planned interview. A date in the past raises rules.PastDate (a warning): ask, then past_ok=True."""
    _check_plan(plan)
    with db.session() as s:
        require_for_employee(s, actor, "interviews", "edit", plan.employee_id)
        fetch(s, Employee, plan.employee_id)
        _current_guide(s, plan.guide_id)
        planned_on = rules.check_planned_date(plan.planned_on, today or date.today(), past_ok)
        name, user_id = _interviewer(s, actor, plan)
        row = add_row(s, actor, Interview(employee_id=plan.employee_id, guide_id=plan.guide_id, planned_on=planned_on,
                                          interviewer_name=name, interviewer_user_id=user_id, status=rules.PLANNED,
                                          **stamp(actor)))
        _event(s, actor, row.id, "planned")
        return row.id


def _check_plan(plan: Plan) -> None:
    problems = []
    if plan.employee_id is None:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "employee"), QT_TRANSLATE_NOOP(
            "errors", "Choose the employee the interview is with.")))
    if plan.guide_id is None:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "guide"), QT_TRANSLATE_NOOP(
            "errors", "Choose the guide for the interview.")))
    if problems:
        raise ValidationFailed(problems)


def _current_guide(s: Session, guide_id: int) -> InterviewGuide:
    ensure_builtin(s)
    guide = fetch(s, InterviewGuide, guide_id)
    if not guide.current:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This is an old version of the guide; choose the newest version."))
    return guide


def _interviewer(s: Session, actor: Actor, plan: Plan) -> tuple[str, int | None]:
    if plan.interviewer_user_id is not None:
        user = fetch(s, User, plan.interviewer_user_id)
        return (plan.interviewer_name.strip() or user.display_name or user.username)[:120], user.id
    return (plan.interviewer_name.strip() or actor.name)[:120], actor.user_id if not plan.interviewer_name.strip() else None


def reschedule(db: Database, actor: Actor, interview_id: int, version: int, planned_on: date, past_ok: bool = False,
               today: date | None = None) -> None:
    with db.session() as s:
        interview = _for_interviewer(s, actor, interview_id)
        if interview.status != rules.PLANNED:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Only a planned interview can be moved to another date."))
        planned_on = rules.check_planned_date(planned_on, today or date.today(), past_ok)
        update_versioned(s, Interview, interview_id, version, actor, {"planned_on": planned_on})


def cancel_interview(db: Database, actor: Actor, interview_id: int, version: int) -> None:
    """Remove a planned interview that will not take place (nothing was said in it yet)."""
    from wplstudio.services.records import delete_versioned

    with db.session() as s:
        interview = _for_interviewer(s, actor, interview_id)
        if interview.status != rules.PLANNED:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Only a planned interview can be cancelled; a held one stays on record."))
        delete_versioned(s, Interview, interview_id, version, actor)


# --- filling in -------------------------------------------------------------------------

def _for_interviewer(s: Session, actor: Actor, interview_id: int) -> Interview:
    interview = fetch(s, Interview, interview_id)
    require_for_employee(s, actor, "interviews", "edit", interview.employee_id)
    return interview


def save_answer(db: Database, actor: Actor, interview_id: int, question_key: str, value: str | None,
                side: str = rules.INTERVIEWER) -> str:
    """Save one answer at once (the screen calls this a moment after each keystroke). Returns it as stored."""
    with db.session() as s:
        interview = fetch(s, Interview, interview_id)
        _may_answer(s, actor, interview, side)
        guide = s.get(InterviewGuide, interview.guide_id)
        content = rules.content_from_json(guide.content)
        question = content.question(question_key)
        if question is not None and (question in content.preparation) != (side == rules.EMPLOYEE):
            question = None  # a preparation answer belongs to the employee side, and the other way round
        stored = rules.check_answer(question, value)
        _put_answer(s, interview_id, side, question_key, stored)
        return stored


def _may_answer(s: Session, actor: Actor, interview: Interview, side: str) -> None:
    if side == rules.INTERVIEWER:
        require_for_employee(s, actor, "interviews", "edit", interview.employee_id)
        if not rules.interviewer_may_write(interview.status):
            raise rules.refuse_locked()
    elif side == rules.EMPLOYEE:
        require_for_employee(s, actor, "interviews", "sign", interview.employee_id)
        if not rules.employee_may_prepare(interview.status):
            raise WplError(QT_TRANSLATE_NOOP("errors", "The interview has been held; the preparation can no longer be changed."))
    else:
        raise ValueError(f"unknown side {side!r}")


def _put_answer(s: Session, interview_id: int, side: str, key: str, value: str) -> None:
    row = s.get(InterviewAnswer, (interview_id, side, key))
    if row is None:
        s.add(InterviewAnswer(interview_id=interview_id, side=side, question_key=key, value=value, saved_at=now()))
    else:
        row.value, row.saved_at = value, now()
    s.flush()


def save_private_note(db: Database, actor: Actor, interview_id: int, text: str) -> None:
    """The interviewer's own note. Someone who may not read an existing note may not overwrite it either."""
    text = rules.check_answer(rules.Question("note", rules.TEXT, "note"), text)
    with db.session() as s:
        interview = _for_interviewer(s, actor, interview_id)
        if not rules.interviewer_may_write(interview.status):
            raise rules.refuse_locked()
        if interview.private_note and not may_read_private_notes(actor, interview.private_note_user_id):
            raise WplError(QT_TRANSLATE_NOOP("errors", "Someone else keeps a private note on this interview; you cannot change it."))
        interview.private_note = text
        interview.private_note_user_id = actor.user_id if text else None
        s.flush()


# --- held, confirmed, corrected, reopened --------------------------------------------------

def _event(s: Session, actor: Actor, interview_id: int, kind: str, note: str = "") -> None:
    s.add(InterviewEvent(interview_id=interview_id, at=now(), by=actor.name[:80], kind=kind, note=note))
    s.flush()


def _move(s: Session, actor: Actor, interview: Interview, kind: str, values: dict, note: str = "") -> None:
    update_versioned(s, Interview, interview.id, interview.version, actor, values)
    _event(s, actor, interview.id, kind, note)


def mark_held(db: Database, actor: Actor, interview_id: int, held_on: date | None = None, today: date | None = None) -> None:
    today = today or date.today()
    with db.session() as s:
        interview = _for_interviewer(s, actor, interview_id)
        if interview.status not in (rules.PLANNED, rules.CORRECTION):
            raise WplError(QT_TRANSLATE_NOOP("errors", "This interview has already been marked as held."))
        held_on = held_on or interview.held_on or min(interview.planned_on, today)
        if held_on > today:
            raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "date"), QT_TRANSLATE_NOOP(
                "errors", "An interview cannot have been held on a day still to come."))])
        _move(s, actor, interview, "held", {"status": rules.HELD, "held_on": held_on})
        _register_progress_talk(s, actor, interview, held_on)


def _register_progress_talk(s: Session, actor: Actor, interview: Interview, held_on: date) -> None:
    """A held onboarding progress talk is coaching (issue 8: the learning register learns it from the area
    that knows). Only the fact and the date go there, never what was said. Once per interview."""
    guide = s.get(InterviewGuide, interview.guide_id)
    if not rules.is_progress_talk(guide.builtin):
        return
    learning.register_from_area(s, actor, employee_id=interview.employee_id, kind=learning_rules.COACHING, title=guide.name,
                                held_on=held_on, source=learning_rules.FROM_INTERVIEWS, source_ref=f"interview:{interview.id}")


def confirm(db: Database, actor: Actor, interview_id: int) -> None:
    """The employee has read it and agrees: from now on it is locked."""
    with db.session() as s:
        interview = fetch(s, Interview, interview_id)
        require_for_employee(s, actor, "interviews", "sign", interview.employee_id)
        if interview.status != rules.HELD:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Only a held interview that waits for the employee can be confirmed."))
        _move(s, actor, interview, "confirmed", {"status": rules.CONFIRMED, "confirmed_at": now()})


def ask_correction(db: Database, actor: Actor, interview_id: int, note: str) -> None:
    note = (note or "").strip()
    if not note:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "correction"), QT_TRANSLATE_NOOP(
            "errors", "Say what should be corrected."))])
    note = rules.check_answer(rules.Question("correction", rules.TEXT, "correction"), note)
    with db.session() as s:
        interview = fetch(s, Interview, interview_id)
        require_for_employee(s, actor, "interviews", "sign", interview.employee_id)
        if interview.status != rules.HELD:
            raise WplError(QT_TRANSLATE_NOOP("errors", "A correction can be asked on a held interview that waits for the employee."))
        _move(s, actor, interview, "correction", {"status": rules.CORRECTION, "correction_note": note}, note)


def reopen(db: Database, actor: Actor, interview_id: int, reason: str) -> None:
    """Unlock a confirmed interview. The reason, who and when stay on the interview and in the audit trail."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "reason"), QT_TRANSLATE_NOOP(
            "errors", "Say why the confirmed interview is reopened."))])
    with db.session() as s:
        interview = _for_interviewer(s, actor, interview_id)
        if interview.status != rules.CONFIRMED:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Only a confirmed interview needs reopening."))
        _move(s, actor, interview, "reopened", {"status": rules.HELD, "confirmed_at": None}, reason[:2000])


def interview_counts(db: Database, actor: Actor) -> dict[str, int]:
    """status -> how many interviews the actor may see (for the page's header)."""
    counts: dict[str, int] = {}
    for row in list_interviews(db, actor):
        counts[row.status] = counts.get(row.status, 0) + 1
    return counts


def employee_names(s: Session, ids: set[int]) -> dict[int, str]:
    query = select(Employee.id, Employee.first_name, Employee.prefix, Employee.last_name).where(Employee.id.in_(ids))
    return {i: full_name(f, p, l) for i, f, p, l in s.execute(query)}

