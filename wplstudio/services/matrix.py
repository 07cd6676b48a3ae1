"""The deployability matrix: loading the grid, changing levels with their history,
certificate dates and training targets per cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name, is_active
from wplstudio.services import audit
from wplstudio.services.records import now, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import CoreTask, Employee, JobFunction, Level, LevelChange, Task, Team


@dataclass(frozen=True)
class RowPerson:
    id: int
    name: str
    team_id: int | None
    team_name: str
    function_id: int | None
    function_name: str


@dataclass(frozen=True)
class ColumnTask:
    id: int
    name: str
    core_task_id: int
    core_task_name: str
    is_certificate: bool


@dataclass(frozen=True)
class MatrixData:
    people: list[RowPerson]
    tasks: list[ColumnTask]
    cells: dict[tuple[int, int], rules.Cell] = field(default_factory=dict)  # (employee_id, task_id) -> cell
    today: date = field(default_factory=date.today)

    def cell(self, employee_id: int, task_id: int) -> rules.Cell:
        return self.cells.get((employee_id, task_id), rules.EMPTY)


@dataclass(frozen=True)
class LevelEdit:
    employee_id: int
    task_id: int
    level: int


@dataclass(frozen=True)
class LevelChanged:
    employee_id: int
    task_id: int
    old_level: int
    new_level: int


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    by: str
    old_level: int
    new_level: int
    note: str


def load(db: Database, actor: Actor, today: date | None = None) -> MatrixData:
    """Everyone still employed against every task, in landscape order."""
    today = today or date.today()
    with db.session() as s:
        people = _people(s, today)
        tasks = _tasks(s)
        cells = {(e, t): rules.Cell(lv, vu, tl, td, v) for e, t, lv, vu, tl, td, v in s.execute(
            select(Level.employee_id, Level.task_id, Level.level, Level.valid_until, Level.target_level,
                   Level.target_date, Level.version))}
    return MatrixData(people, tasks, cells, today)


def _people(s, today: date) -> list[RowPerson]:
    query = (select(Employee.id, Employee.first_name, Employee.prefix, Employee.last_name, Employee.end_date,
                    Employee.team_id, Team.name, Employee.function_id, JobFunction.name)
             .outerjoin(Team, Employee.team_id == Team.id).outerjoin(JobFunction, Employee.function_id == JobFunction.id)
             .order_by(Team.name, Employee.last_name, Employee.first_name))
    return [RowPerson(i, full_name(f, p, l), t, tn or "", fn_id, fn or "")
            for i, f, p, l, end, t, tn, fn_id, fn in s.execute(query) if is_active(end, today)]


def _tasks(s) -> list[ColumnTask]:
    query = (select(Task.id, Task.name, Task.core_task_id, CoreTask.name, Task.is_certificate)
             .join(CoreTask, Task.core_task_id == CoreTask.id).order_by(CoreTask.position, CoreTask.name, Task.position, Task.name))
    return [ColumnTask(*row) for row in s.execute(query)]


def set_levels(db: Database, actor: Actor, edits: list[LevelEdit], note: str = "") -> list[LevelChanged]:
    """Change one or more cells in one transaction; unchanged cells are skipped. Each change goes into
    the cell's history and the audit trail."""
    for edit in edits:
        rules.check_level(edit.level)
    note = (note or "").strip()[:2000]
    changed: list[LevelChanged] = []
    with db.session() as s:
        for edit in edits:
            change = _set_one(s, actor, edit, note)
            if change:
                changed.append(change)
    return changed


def _set_one(s, actor: Actor, edit: LevelEdit, note: str) -> LevelChanged | None:
    row = s.get(Level, (edit.employee_id, edit.task_id))
    old = row.level if row else 0
    if old == edit.level:
        return None
    if row is None:
        s.add(Level(employee_id=edit.employee_id, task_id=edit.task_id, level=edit.level, **stamp(actor)))
    else:
        row.level, row.version = edit.level, row.version + 1
        row.updated_at, row.updated_by = now(), stamp(actor)["updated_by"]
    s.add(LevelChange(employee_id=edit.employee_id, task_id=edit.task_id, at=now(), by=actor.name[:80],
                      old_level=old, new_level=edit.level, note=note))
    s.flush()
    audit.record(s, actor, "update", "levels", f"{edit.employee_id}/{edit.task_id}", {"level": old}, {"level": edit.level})
    return LevelChanged(edit.employee_id, edit.task_id, old, edit.level)


def history(db: Database, actor: Actor, employee_id: int, task_id: int) -> list[HistoryRow]:
    with db.session() as s:
        query = (select(LevelChange).where(LevelChange.employee_id == employee_id, LevelChange.task_id == task_id)
                 .order_by(LevelChange.at.desc(), LevelChange.id.desc()))
        return [HistoryRow(audit.as_utc(h.at), h.by, h.old_level, h.new_level, h.note) for h in s.scalars(query)]


def set_certificate(db: Database, actor: Actor, employee_id: int, task_id: int, valid_until: date | None) -> None:
    """The date until which a person's certificate for this task is valid."""
    with db.session() as s:
        row = _row(s, actor, employee_id, task_id)
        before = row.valid_until
        row.valid_until = valid_until
        audit.record(s, actor, "update", "levels", f"{employee_id}/{task_id}", {"valid_until": before}, {"valid_until": valid_until})


def set_target(db: Database, actor: Actor, employee_id: int, task_id: int, target_level: int | None,
               target_date: date | None) -> None:
    """A line of the training timetable: this person should reach target_level by target_date."""
    if target_level is not None:
        rules.check_level(target_level)
    with db.session() as s:
        row = _row(s, actor, employee_id, task_id)
        before = {"target_level": row.target_level, "target_date": row.target_date}
        row.target_level, row.target_date = target_level, target_date if target_level is not None else None
        audit.record(s, actor, "update", "levels", f"{employee_id}/{task_id}", before,
                     {"target_level": row.target_level, "target_date": row.target_date})


def _row(s, actor: Actor, employee_id: int, task_id: int) -> Level:
    row = s.get(Level, (employee_id, task_id))
    if row is None:
        row = Level(employee_id=employee_id, task_id=task_id, level=0, version=1, **stamp(actor))
        s.add(row)
    else:
        row.version += 1
        row.updated_at, row.updated_by = now(), stamp(actor)["updated_by"]
    return row


def load_cell(db: Database, actor: Actor, employee_id: int, task_id: int) -> rules.Cell:
    with db.session() as s:
        row = s.get(Level, (employee_id, task_id))
        return rules.Cell(row.level, row.valid_until, row.target_level, row.target_date, row.version) if row else rules.EMPTY
