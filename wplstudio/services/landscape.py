"""The task landscape: core tasks (kerntaken) split into tasks, the matrix's columns."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain import landscape as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.people import normalise_simple_name
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.records import delete_versioned, fetch, insert_or_update, refuse_duplicate, refuse_if_used
from wplstudio.storage.database import Database
from wplstudio.storage.models import CoreTask, Task


@dataclass(frozen=True)
class CoreTaskRow:
    id: int
    name: str
    position: int
    version: int
    task_count: int


@dataclass(frozen=True)
class TaskRow:
    id: int
    core_task_id: int
    core_task_name: str
    name: str
    description: str
    why: str
    is_certificate: bool
    validity_months: int | None
    position: int
    version: int


def list_core_tasks(db: Database, actor: Actor) -> list[CoreTaskRow]:
    require(actor, "landscape", "view", OTHERS)
    with db.session() as s:
        counts = dict(s.execute(select(Task.core_task_id, func.count()).group_by(Task.core_task_id)).all())
        rows = s.scalars(select(CoreTask).order_by(CoreTask.position, CoreTask.name))
        return [CoreTaskRow(c.id, c.name, c.position, c.version, counts.get(c.id, 0)) for c in rows]


def save_core_task(db: Database, actor: Actor, name: str, core_task_id: int | None = None,
                   version: int | None = None) -> CoreTaskRow:
    with db.session() as s:
        core_task_id = write_core_task(s, actor, name, core_task_id, version)
    return next(r for r in list_core_tasks(db, actor) if r.id == core_task_id)


def write_core_task(s: Session, actor: Actor, name: str, core_task_id: int | None = None, version: int | None = None) -> int:
    """save_core_task inside the caller's transaction (the Excel import)."""
    require(actor, "landscape", "edit", OTHERS)
    name = normalise_simple_name(QT_TRANSLATE_NOOP("fields", "core task name"), name)
    refuse_duplicate(s, CoreTask.name, name, core_task_id, QT_TRANSLATE_NOOP("errors", "A core task named {name} already exists."))
    values = {"name": name}
    if core_task_id is None:
        values["position"] = (s.scalar(select(func.max(CoreTask.position))) or 0) + 1
    return insert_or_update(s, actor, CoreTask, core_task_id, version, values)


def delete_core_task(db: Database, actor: Actor, core_task_id: int, version: int) -> None:
    require(actor, "landscape", "edit", OTHERS)
    with db.session() as s:
        core = fetch(s, CoreTask, core_task_id)
        refuse_if_used(s, Task.core_task_id, core_task_id, QT_TRANSLATE_NOOP(
            "errors", "The core task {name} still holds {count} task(s). Move or remove them first."), name=core.name)
        delete_versioned(s, CoreTask, core_task_id, version, actor)


def list_tasks(db: Database, actor: Actor) -> list[TaskRow]:
    """All tasks in landscape order: by core task, then by position within it."""
    require(actor, "landscape", "view", OTHERS)
    with db.session() as s:
        query = (
            select(Task, CoreTask.name).join(CoreTask, Task.core_task_id == CoreTask.id)
            .order_by(CoreTask.position, CoreTask.name, Task.position, Task.name)
        )
        return [_task_row(t, core) for t, core in s.execute(query)]


def get_task(db: Database, actor: Actor, task_id: int) -> TaskRow:
    require(actor, "landscape", "view", OTHERS)
    with db.session() as s:
        task = fetch(s, Task, task_id)
        return _task_row(task, s.get(CoreTask, task.core_task_id).name)


def save_task(db: Database, actor: Actor, draft: rules.TaskDraft, task_id: int | None = None,
              version: int | None = None) -> TaskRow:
    with db.session() as s:
        task_id = write_task(s, actor, draft, task_id, version)
    return get_task(db, actor, task_id)


def write_task(s: Session, actor: Actor, draft: rules.TaskDraft, task_id: int | None = None, version: int | None = None) -> int:
    """save_task inside the caller's transaction (the Excel import)."""
    require(actor, "landscape", "edit", OTHERS)
    draft = rules.normalise_task(draft)
    values = {k: getattr(draft, k) for k in draft.__dataclass_fields__}
    if s.get(CoreTask, draft.core_task_id) is None:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "core task"), QT_TRANSLATE_NOOP(
            "errors", "That core task no longer exists; choose another."))])
    refuse_duplicate(s, Task.name, draft.name, task_id, QT_TRANSLATE_NOOP(
        "errors", "This core task already has a task named {name}."), scope=Task.core_task_id == draft.core_task_id)
    if task_id is None:
        values["position"] = (s.scalar(select(func.max(Task.position)).where(Task.core_task_id == draft.core_task_id)) or 0) + 1
    return insert_or_update(s, actor, Task, task_id, version, values)


def delete_task(db: Database, actor: Actor, task_id: int, version: int) -> None:
    require(actor, "landscape", "edit", OTHERS)
    with db.session() as s:
        delete_versioned(s, Task, task_id, version, actor)


def _task_row(t: Task, core_name: str) -> TaskRow:
    return TaskRow(t.id, t.core_task_id, core_name, t.name, t.description, t.why, t.is_certificate,
                   t.validity_months, t.position, t.version)
