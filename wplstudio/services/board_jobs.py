"""The job list beside the board: title, customer, location, estimated hours and the
tasks a job needs. A job on the board is not removed; mark it done instead."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services import board_facts as facts
from wplstudio.services.access import require_some
from wplstudio.services.records import delete_versioned, fetch, insert_or_update, refuse_if_used
from wplstudio.storage.database import Database
from wplstudio.storage.models import Task
from wplstudio.storage.models_board import BoardAssignment, BoardJob, BoardJobTask


@dataclass(frozen=True)
class JobRow:
    id: int
    title: str
    customer: str
    location: str
    estimated_hours: int
    planned_hours: int  # on the board, all weeks together
    task_ids: tuple[int, ...]
    task_names: tuple[str, ...]
    status: str
    version: int


def list_jobs(db: Database, actor: Actor, include_done: bool = False) -> list[JobRow]:
    require_some(actor, "board", "view")
    with db.session() as s:
        query = select(BoardJob).order_by(BoardJob.status.desc(), BoardJob.title)
        if not include_done:
            query = query.where(BoardJob.status == "open")
        jobs = list(s.scalars(query))
        tasks = facts.job_tasks(s, [j.id for j in jobs])
        names = dict(s.execute(select(Task.id, Task.name)).all())
        planned = dict(s.execute(select(BoardAssignment.job_id, func.sum(BoardAssignment.hours)).group_by(BoardAssignment.job_id)).all())
        return [JobRow(j.id, j.title, j.customer, j.location, j.estimated_hours, int(planned.get(j.id) or 0), tasks[j.id],
                       tuple(names.get(t, "?") for t in tasks[j.id]), j.status, j.version) for j in jobs]


def save_job(db: Database, actor: Actor, draft: rules.JobDraft, job_id: int | None = None, version: int | None = None) -> int:
    """A new job (job_id None) or a changed one; the tasks it needs are replaced as a whole."""
    require(actor, "board", "edit")
    with db.session() as s:
        return save_job_in(s, actor, draft, job_id, version)


def save_job_in(s, actor: Actor, draft: rules.JobDraft, job_id: int | None = None, version: int | None = None) -> int:
    """save_job() inside the caller's transaction."""
    draft = rules.check_job(draft)
    known = set(s.scalars(select(Task.id).where(Task.id.in_(draft.task_ids)))) if draft.task_ids else set()
    task_ids = [t for t in draft.task_ids if t in known]
    values = {"title": draft.title, "customer": draft.customer, "location": draft.location,
              "estimated_hours": draft.estimated_hours, "status": draft.status}
    job_id = insert_or_update(s, actor, BoardJob, job_id, version, values)
    before = facts.job_tasks(s, [job_id])[job_id]
    if tuple(task_ids) != before:
        s.execute(delete(BoardJobTask).where(BoardJobTask.job_id == job_id))
        if task_ids:
            s.execute(insert(BoardJobTask), [{"job_id": job_id, "task_id": t} for t in task_ids])
        audit.record(s, actor, "update", "board_job_tasks", job_id, {"task_ids": list(before)}, {"task_ids": task_ids})
    return job_id


def remove_job(db: Database, actor: Actor, job_id: int, version: int) -> None:
    require(actor, "board", "edit")
    with db.session() as s:
        fetch(s, BoardJob, job_id)
        refuse_if_used(s, BoardAssignment.job_id, job_id, QT_TRANSLATE_NOOP(
            "errors", "This job is on the board {count} time(s). Take those cards off first, or mark the job done."))
        delete_versioned(s, BoardJob, job_id, version, actor)
