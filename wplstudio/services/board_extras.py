"""What the board shows beside the jobs: absences, learning time and improvement actions,
and the board's settings (Saturday, practice months)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import require
from wplstudio.domain.people import full_name
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_some
from wplstudio.services.records import add_row, delete_versioned, fetch, insert_or_update, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Setting
from wplstudio.storage.models_board import BoardAbsence, BoardImprovement, BoardLearningTime

PRACTICE_KEY = "board.practice_months"


# --- absences ---------------------------------------------------------------------

def save_absence(db: Database, actor: Actor, employee_id: int, first_day: date, last_day: date, kind: str,
                 absence_id: int | None = None, version: int | None = None) -> int:
    require(actor, "board", "edit")
    rules.check_days(first_day, last_day)
    rules.check_choice(kind, rules.ABSENCE_KINDS, QT_TRANSLATE_NOOP("fields", "kind of absence"))
    with db.session() as s:
        fetch(s, Employee, employee_id)
        values = {"employee_id": employee_id, "first_day": first_day, "last_day": last_day, "kind": kind}
        return insert_or_update(s, actor, BoardAbsence, absence_id, version, values)


def remove_absence(db: Database, actor: Actor, absence_id: int, version: int) -> None:
    require(actor, "board", "edit")
    with db.session() as s:
        delete_versioned(s, BoardAbsence, absence_id, version, actor)


# --- learning time ------------------------------------------------------------------

def add_learning_time(db: Database, actor: Actor, employee_id: int, day: date, hours: int, kind: str, topic: str = "") -> int:
    """Reserve time on a day for learning or for mentoring; it counts against the person's week."""
    require(actor, "board", "edit")
    rules.check_hours(hours)
    rules.check_choice(kind, rules.LEARNING_KINDS, QT_TRANSLATE_NOOP("fields", "kind of learning time"))
    topic = rules.clean_text(QT_TRANSLATE_NOOP("fields", "topic"), topic, 200)
    with db.session() as s:
        fetch(s, Employee, employee_id)
        return add_row(s, actor, BoardLearningTime(employee_id=employee_id, day=day, hours=hours, kind=kind, topic=topic,
                                                   **stamp(actor))).id


def remove_learning_time(db: Database, actor: Actor, block_id: int, version: int) -> None:
    require(actor, "board", "edit")
    with db.session() as s:
        delete_versioned(s, BoardLearningTime, block_id, version, actor)


# --- improvement actions --------------------------------------------------------------

@dataclass(frozen=True)
class ImprovementDraft:
    title: str
    description: str = ""
    status: str = "idea"
    proposed_by_id: int | None = None
    owner_id: int | None = None
    due: date | None = None


@dataclass(frozen=True)
class Improvement:
    id: int
    title: str
    description: str
    status: str
    proposed_by_id: int | None
    proposed_by: str
    owner_id: int | None
    owner: str
    due: date | None
    version: int

    def overdue(self, today: date) -> bool:
        return self.status != "done" and self.due is not None and self.due < today


def list_improvements(db: Database, actor: Actor, include_done: bool = True) -> list[Improvement]:
    require_some(actor, "board", "view")
    with db.session() as s:
        names = {e.id: full_name(e.first_name, e.prefix, e.last_name) for e in s.scalars(select(Employee))}
        query = select(BoardImprovement).order_by(BoardImprovement.status.desc(), BoardImprovement.due.is_(None), BoardImprovement.due,
                                                  BoardImprovement.title)
        if not include_done:
            query = query.where(BoardImprovement.status != "done")
        return [Improvement(i.id, i.title, i.description, i.status, i.proposed_by_id, names.get(i.proposed_by_id, ""),
                            i.owner_id, names.get(i.owner_id, ""), i.due, i.version) for i in s.scalars(query)]


def save_improvement(db: Database, actor: Actor, draft: ImprovementDraft, improvement_id: int | None = None,
                     version: int | None = None) -> int:
    require(actor, "board", "edit")
    values = {"title": rules.clean_text(QT_TRANSLATE_NOOP("fields", "title"), draft.title, 200, required=True),
              "description": rules.clean_text(QT_TRANSLATE_NOOP("fields", "description"), draft.description, 2000),
              "status": rules.check_choice(draft.status, rules.IMPROVEMENT_STATUSES, QT_TRANSLATE_NOOP("fields", "status")),
              "proposed_by_id": draft.proposed_by_id, "owner_id": draft.owner_id, "due": draft.due}
    with db.session() as s:
        for person in (draft.proposed_by_id, draft.owner_id):
            if person is not None:
                fetch(s, Employee, person)
        return insert_or_update(s, actor, BoardImprovement, improvement_id, version, values)


def remove_improvement(db: Database, actor: Actor, improvement_id: int, version: int) -> None:
    require(actor, "board", "edit")
    with db.session() as s:
        delete_versioned(s, BoardImprovement, improvement_id, version, actor)


# --- settings ---------------------------------------------------------------------

def practice_months(db: Database) -> int:
    with db.session() as s:
        row = s.get(Setting, PRACTICE_KEY)
    try:
        return max(1, int(row.value)) if row else rules.PRACTICE_MONTHS
    except ValueError:
        return rules.PRACTICE_MONTHS


def set_practice_months(db: Database, actor: Actor, months: int) -> int:
    """After how many months without practice on the board a deployable level counts as stale."""
    require(actor, "settings", "edit")
    rules.check_hours(months, QT_TRANSLATE_NOOP("fields", "months"), 1, 60)
    return _set(db, actor, PRACTICE_KEY, str(months)) and months


def set_saturday(db: Database, actor: Actor, planned: bool) -> None:
    """Whether the week on the board has a Saturday column."""
    from wplstudio.services.board import SATURDAY_KEY

    require(actor, "board", "edit")
    _set(db, actor, SATURDAY_KEY, "1" if planned else "0")


def _set(db: Database, actor: Actor, key: str, value: str) -> bool:
    with db.session() as s:
        row = s.get(Setting, key)
        if row is None:
            add_row(s, actor, Setting(key=key, value=value, **stamp(actor)))
        else:
            update_versioned(s, Setting, key, row.version, actor, {"value": value})
    return True


# --- privacy ----------------------------------------------------------------------

def erase_personal(s, employee_id: int) -> None:
    """Anonymising someone who left (services/privacy.py): the reasons kept on their cards and their
    learning topics are free text about them; why they were away (sick) is medical. The cards stay,
    so the board's history and practice counts remain right."""
    from sqlalchemy import delete, update

    from wplstudio.storage.models_board import BoardAssignment

    s.execute(update(BoardAssignment).where(BoardAssignment.employee_id == employee_id).values(override_reason=""))
    s.execute(update(BoardLearningTime).where(BoardLearningTime.employee_id == employee_id).values(topic=""))
    s.execute(delete(BoardAbsence).where(BoardAbsence.employee_id == employee_id))
