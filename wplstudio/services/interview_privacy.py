"""Interview contents and the AVG: erased when a person who left is anonymised
(services/privacy.py calls erase_person), and erasable once an interview is older
than the retention period (privacy.retention_months).

What is erased: every answer, the private note, the correction asked, the notes
on the interview's events; for an anonymised person also the goals and actions of
their plan. What stays: that a talk took place, when, with which guide, and the
status, so the cycle and the counts stay right."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.privacy import add_months
from wplstudio.services import audit
from wplstudio.services.records import now, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee
from wplstudio.storage.models_interviews import (DevelopmentGoal, FollowUpAction, Interview, InterviewAnswer,
                                                 InterviewEvent, InterviewGuide)

ERASED = "—"  # what an erased goal or action reads


@dataclass(frozen=True)
class ContentsDue:
    interview_id: int
    employee_id: int
    employee_name: str
    guide_name: str
    held_on: date
    due_since: date


def _erase_contents(s: Session, actor: Actor, interview_ids: list[int]) -> None:
    if not interview_ids:
        return
    s.execute(delete(InterviewAnswer).where(InterviewAnswer.interview_id.in_(interview_ids)))
    s.execute(update(InterviewEvent).where(InterviewEvent.interview_id.in_(interview_ids)).values(note="", by=""))
    s.execute(update(Interview).where(Interview.id.in_(interview_ids)).values(
        private_note="", private_note_user_id=None, correction_note="", contents_erased_at=now(),
        version=Interview.version + 1, **stamp(actor)))


def erase_person(s: Session, employee_id: int, actor: Actor) -> None:
    """Inside anonymising (privacy._erase): every interview content and the plan of this person."""
    ids = list(s.scalars(select(Interview.id).where(Interview.employee_id == employee_id)))
    _erase_contents(s, actor, ids)
    s.execute(update(Interview).where(Interview.employee_id == employee_id).values(interviewer_name=""))
    s.execute(update(DevelopmentGoal).where(DevelopmentGoal.employee_id == employee_id).values(
        title=ERASED, version=DevelopmentGoal.version + 1, **stamp(actor)))
    s.execute(update(FollowUpAction).where(FollowUpAction.employee_id == employee_id).values(
        what=ERASED, who=ERASED, version=FollowUpAction.version + 1, **stamp(actor)))


def contents_due(db: Database, actor: Actor, today: date | None = None) -> list[ContentsDue]:
    """Held interviews older than the retention period whose contents are still here."""
    from wplstudio.services.privacy import retention_months

    require(actor, "interviews", "edit", OTHERS)
    today, months = today or date.today(), retention_months(db)
    with db.session() as s:
        query = (select(Interview.id, Interview.employee_id, Employee.first_name, Employee.prefix, Employee.last_name,
                        InterviewGuide.name, Interview.held_on)
                 .join(Employee, Interview.employee_id == Employee.id).join(InterviewGuide, Interview.guide_id == InterviewGuide.id)
                 .where(Interview.held_on.is_not(None), Interview.contents_erased_at.is_(None)).order_by(Interview.held_on))
        rows = s.execute(query).all()
    return [ContentsDue(i, e, full_name(f, p, l), g, held, add_months(held, months))
            for i, e, f, p, l, g, held in rows if add_months(held, months) <= today]


def erase_due_contents(db: Database, actor: Actor, today: date | None = None) -> int:
    """Erase the contents of every interview past the retention period. Returns how many."""
    ids = [row.interview_id for row in contents_due(db, actor, today)]
    with db.session() as s:
        _erase_contents(s, actor, ids)
        for interview_id in ids:
            audit.record(s, actor, "erase-contents", "interviews", interview_id)
    return len(ids)


def scrub_copy(conn, employee_id: int) -> None:
    """The same erasure in a backup copy beside the database (plain sqlite3; privacy._scrub_copy).
    A copy made before this area existed has no interview tables: nothing to do."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='interviews'").fetchone():
        return
    talks = "SELECT id FROM interviews WHERE employee_id=?"
    conn.execute(f"DELETE FROM interview_answers WHERE interview_id IN ({talks})", (employee_id,))
    conn.execute(f"UPDATE interview_events SET note='', by='' WHERE interview_id IN ({talks})", (employee_id,))
    conn.execute("UPDATE interviews SET private_note='', correction_note='', interviewer_name='' WHERE employee_id=?",
                 (employee_id,))
    conn.execute("UPDATE development_goals SET title=? WHERE employee_id=?", (ERASED, employee_id))
    conn.execute("UPDATE followup_actions SET what=?, who=? WHERE employee_id=?", (ERASED, ERASED, employee_id))
