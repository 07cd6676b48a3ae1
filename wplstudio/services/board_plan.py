"""Planning on the board: put a job on a person and a day (or several), move a card,
take it off, pair a learner with a mentor.

Every change checks "board" "edit" and the rules of domain/board.py. Someone who has
left (or not yet started) is refused. A card that would warn (absent, too many hours,
nobody deployable on a needed task) is refused with NeedsReason unless the manager gives
a reason, which is kept on the card. A card changed on another PC since this one read it
is refused with a Conflict (its version), so the board reloads instead of overwriting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, NotFound, WplError
from wplstudio.domain.people import full_name
from wplstudio.domain.permissions import require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import board_facts as facts
from wplstudio.services.records import add_row, changed_by_other, delete_versioned, fetch, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_board import BoardAssignment, BoardJob

GONE = QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list.")


class NeedsReason(WplError):
    """The plan warns; it is saved only with a reason. warnings: what is wrong per day;
    suggestions: who is qualified and free on the first day that warns."""

    def __init__(self, warnings: list[tuple[date, rules.Warning]], suggestions: list["Suggestion"]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "This plan has {n} warning(s). Choose someone else, or plan anyway with a short reason."),
                         n=len(warnings))
        self.warnings = warnings
        self.suggestions = suggestions


@dataclass(frozen=True)
class Suggestion:
    employee_id: int
    name: str
    planned_hours: int
    same_team: bool


@dataclass(frozen=True)
class CardRef:
    id: int
    version: int


@dataclass(frozen=True)
class CardState:
    """Everything to put a removed card back (undo)."""

    job_id: int
    employee_id: int
    day: date
    hours: int
    mentor_id: int | None
    learning_task_id: int | None
    override_reason: str


def plan(db: Database, actor: Actor, job_id: int, employee_id: int, days: list[date], hours: int = rules.DAY_HOURS,
         reason: str | None = None) -> list[CardRef]:
    """One card per day, all or nothing."""
    require(actor, "board", "edit")
    rules.check_hours(hours)
    reason = _clean_reason(reason)
    with db.session() as s:
        return plan_in(s, actor, job_id, employee_id, days, hours, reason)


def plan_in(s: Session, actor: Actor, job_id: int, employee_id: int, days: list[date], hours: int, reason: str | None) -> list[CardRef]:
    """plan() inside the caller's transaction (the demo plans two weeks in one)."""
    job = fetch(s, BoardJob, job_id)
    employee = _employee(s, employee_id, days)
    _check_or_refuse(s, job.id, employee, days, hours, reason, exclude_card=None)
    rows = [add_row(s, actor, BoardAssignment(job_id=job.id, employee_id=employee.id, day=d, hours=hours,
                                              override_reason=reason or "", **stamp(actor))) for d in days]
    return [CardRef(r.id, r.version) for r in rows]


def move(db: Database, actor: Actor, card_id: int, version: int, employee_id: int, day: date,
         reason: str | None = None, check: bool = True) -> CardRef:
    """Move a card to another person and/or day. check=False is for undo, which puts a card back where it was."""
    require(actor, "board", "edit")
    reason = _clean_reason(reason)
    with db.session() as s:
        card = _current(s, card_id, version)
        employee = _employee(s, employee_id, [day])
        if check:
            _check_or_refuse(s, card.job_id, employee, [day], card.hours, reason, exclude_card=card.id)
        values = {"employee_id": employee.id, "day": day}
        if employee.id != card.employee_id:  # a pair belongs to the person, not the slot
            values.update(mentor_id=None, learning_task_id=None)
        if reason:
            values["override_reason"] = reason
        update_versioned(s, BoardAssignment, card.id, version, actor, values)
        return CardRef(card.id, version + 1)


def set_hours(db: Database, actor: Actor, card_id: int, version: int, hours: int) -> CardRef:
    require(actor, "board", "edit")
    rules.check_hours(hours)
    with db.session() as s:
        update_versioned(s, BoardAssignment, card_id, version, actor, {"hours": hours})
        return CardRef(card_id, version + 1)


def remove(db: Database, actor: Actor, card_id: int, version: int) -> CardState:
    require(actor, "board", "edit")
    with db.session() as s:
        card = _current(s, card_id, version)
        state = CardState(card.job_id, card.employee_id, card.day, card.hours, card.mentor_id, card.learning_task_id, card.override_reason)
        delete_versioned(s, BoardAssignment, card.id, version, actor)
        return state


def restore(db: Database, actor: Actor, state: CardState) -> CardRef:
    """Undo of remove: the card as it was (no new warnings asked: it was there before)."""
    require(actor, "board", "edit")
    with db.session() as s:
        fetch(s, BoardJob, state.job_id)
        _employee(s, state.employee_id, [state.day])
        row = add_row(s, actor, BoardAssignment(job_id=state.job_id, employee_id=state.employee_id, day=state.day, hours=state.hours,
                                                mentor_id=state.mentor_id, learning_task_id=state.learning_task_id,
                                                override_reason=state.override_reason, **stamp(actor)))
        return CardRef(row.id, row.version)


def check_plan(db: Database, actor: Actor, job_id: int, employee_id: int, day: date, hours: int = rules.DAY_HOURS,
               exclude_card: int | None = None) -> tuple[list[rules.Warning], list[Suggestion]]:
    """What a card for this person on this day would warn about, and who would fit instead."""
    require(actor, "board", "edit")
    with db.session() as s:
        job = fetch(s, BoardJob, job_id)
        employee = _employee(s, employee_id, [day])
        warnings = _warnings(s, job.id, employee.id, day, hours, exclude_card)
        return warnings, (_suggestions(s, job.id, employee, day, exclude_card) if warnings else [])


# --- rules inside the transaction ---------------------------------------------------

def _clean_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    return rules.clean_text(QT_TRANSLATE_NOOP("fields", "reason"), reason, 500) or None


def _current(s: Session, card_id: int, version: int) -> BoardAssignment:
    card = s.get(BoardAssignment, card_id)
    if card is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This card was removed on another PC. The board is reloaded."))
    if card.version != version:
        raise changed_by_other(card)
    return card


def _employee(s: Session, employee_id: int, days: list[date]) -> Employee:
    employee = s.get(Employee, employee_id)
    if employee is None:
        raise NotFound(GONE)
    name = full_name(employee.first_name, employee.prefix, employee.last_name)
    for day in days:
        if employee.end_date is not None and day > employee.end_date:
            raise WplError(QT_TRANSLATE_NOOP("errors", "{name} no longer works here on {day} and cannot be planned."),
                           name=name, day=day.strftime("%d-%m-%Y"))
        if employee.start_date is not None and day < employee.start_date:
            raise WplError(QT_TRANSLATE_NOOP("errors", "{name} does not work here yet on {day} and cannot be planned."),
                           name=name, day=day.strftime("%d-%m-%Y"))
    return employee


def _warnings(s: Session, job_id: int, employee_id: int, day: date, hours: int, exclude_card: int | None) -> list[rules.Warning]:
    return [w for _d, w in _warnings_on(s, job_id, employee_id, [day], hours, exclude_card)]


def _warnings_on(s: Session, job_id: int, employee_id: int, days: list[date], hours: int,
                 exclude_card: int | None) -> list[tuple[date, rules.Warning]]:
    """The warnings of a card for this person on each of the days, with a fixed number of queries."""
    tasks = facts.job_tasks(s, [job_id])[job_id]
    crews = facts.crews(s, job_id, days, exclude_card)
    levels = facts.levels_by_day(s, {employee_id, *(e for crew in crews.values() for e in crew)}, tasks, days)
    spans = facts.absences(s, [employee_id], min(days), max(days)).get(employee_id, ())
    planned = facts.hours_on(s, employee_id, days, exclude_card)
    found = []
    for day in days:
        found += [(day, w) for w in rules.deployability_warnings(employee_id, tasks, crews.get(day, ()), levels[day])
                  + rules.day_warnings(rules.absence_on(spans, day), planned.get(day, 0) + hours)]
    return found


def _check_or_refuse(s: Session, job_id: int, employee: Employee, days: list[date], hours: int, reason: str | None,
                     exclude_card: int | None) -> None:
    found = _warnings_on(s, job_id, employee.id, days, hours, exclude_card)
    if found and not reason:
        raise NeedsReason(found, _suggestions(s, job_id, employee, found[0][0], exclude_card))


def _suggestions(s: Session, job_id: int, employee: Employee, day: date, exclude_card: int | None) -> list[Suggestion]:
    tasks = facts.job_tasks(s, [job_id])[job_id]
    staff = [e for e in s.scalars(select(Employee)) if (e.end_date is None or e.end_date >= day)
             and (e.start_date is None or e.start_date <= day)]
    levels = facts.levels_by_day(s, None, tasks, [day])[day]
    absent = {e for e, spans in facts.absences(s, None, day, day).items() if spans}
    planned = facts.day_hours(s, None, day, exclude_card)
    on_job = set(facts.colleagues(s, job_id, day, exclude_card))
    found = rules.suggest([(e.id, e.team_id) for e in staff], tasks, levels, planned, absent, employee.team_id,
                          exclude={employee.id, *on_job})
    names = {e.id: full_name(e.first_name, e.prefix, e.last_name) for e in staff}
    return [Suggestion(c.employee_id, names[c.employee_id], c.planned_hours, c.same_team) for c in found]


def task_name(s: Session, task_id: int) -> str:
    return fetch(s, Task, task_id).name
