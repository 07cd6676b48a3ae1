"""The deployability matrix: loading the grid, changing levels with their history,
certificate dates and training targets per cell.

Permissions (area "matrix" of domain/permissions.py): load() holds only the rows the
actor may view (an employee: their own row; the shop screen: nothing); every change
checks "edit" for the employee whose cell it is (a mentor: only their own trainees).
Targets, function profiles and level descriptions: services/matrix_targets.py;
the figures (coverage, gaps, single points of failure ...): services/matrix_figures.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import bindparam, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, NotFound, ValidationFailed, FieldProblem
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import allowed, refusal, scope_of
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.access import actor_team, require_for_employee, require_some, trainees_of
from wplstudio.services.records import changed_by_other, now, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import (CoreTask, Employee, FunctionRequirement, JobFunction, Level, LevelChange, Task,
                                      TaskTarget, Team)

BATCH = 5_000  # rows per bulk statement


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
    """The grid as the actor may see it, plus what the figures need (targets, function profiles).
    It fits domain.matrix.GridLike, so every figure there can be computed from it directly."""

    people: list[RowPerson]
    tasks: list[ColumnTask]
    cells: dict[tuple[int, int], rules.Cell] = field(default_factory=dict)  # (employee_id, task_id) -> cell
    today: date = field(default_factory=date.today)
    targets: list[rules.Target] = field(default_factory=list)
    requirements: dict[int, dict[int, int]] = field(default_factory=dict)  # function_id -> task_id -> level
    complete: bool = True  # False: some rows were left out because the actor may not see them

    def cell(self, employee_id: int, task_id: int) -> rules.Cell:
        return self.cells.get((employee_id, task_id), rules.EMPTY)


@dataclass(frozen=True)
class LevelEdit:
    employee_id: int
    task_id: int
    level: int
    version: int | None = None  # the cell's version as read (0: no row yet); None: do not check


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
    """Everyone still employed whom the actor may view, against every task, in landscape order.
    One query per table; the cells of rows the actor may not see are never handed out."""
    require_some(actor, "matrix", "view")
    with db.session() as s:
        return read(s, actor, today or date.today(), visible_only=True)


def read(s: Session, actor: Actor, today: date, visible_only: bool) -> MatrixData:
    """The matrix inside the caller's session. visible_only=False is for figures that count the whole
    company and then hand out only what the actor may see (services/matrix_figures.py)."""
    everyone = _people(s, today)
    people = visible_people(s, actor, everyone) if visible_only else everyone
    cells = _cells(s, {p.id for p in people} if len(people) < len(everyone) else None)
    targets = [rules.Target(*row) for row in s.execute(select(
        TaskTarget.task_id, TaskTarget.team_id, TaskTarget.deployable, TaskTarget.teachers, TaskTarget.version))]
    requirements: dict[int, dict[int, int]] = {}
    for function_id, task_id, level in s.execute(select(
            FunctionRequirement.function_id, FunctionRequirement.task_id, FunctionRequirement.required_level)):
        requirements.setdefault(function_id, {})[task_id] = level
    return MatrixData(people, _tasks(s), cells, today, targets, requirements, len(people) == len(everyone))


def _cells(s: Session, only: set[int] | None) -> dict[tuple[int, int], rules.Cell]:
    query = select(Level.employee_id, Level.task_id, Level.level, Level.valid_until, Level.target_level,
                   Level.target_date, Level.version)
    if only is not None:
        query = query.where(Level.employee_id.in_(only)) if only else query.where(False)
    return rules.cells_from_rows(s.connection().execute(query))  # Core rows: no ORM bookkeeping for 50,000 cells


def visible_people(s: Session, actor: Actor, people: list[RowPerson]) -> list[RowPerson]:
    """The rows of the matrix the actor may view."""
    team, trainees = actor_team(s, actor), trainees_of(s, actor)
    return [p for p in people if allowed(actor.role, "matrix", "view", scope_of(
        actor, "matrix", p.id, subject_team_id=p.team_id, actor_team_id=team, trainees=trainees))]


def visible_rows(s: Session, actor: Actor, today: date) -> list[RowPerson]:
    """The grid's rows (people still employed whom the actor may view), without its cells."""
    return visible_people(s, actor, _people(s, today))


def require_edit(s: Session, actor: Actor, employee_ids: set[int]) -> None:
    """Refuse the whole change when one cell belongs to someone the actor may not edit, or to no one."""
    team, trainees = actor_team(s, actor), trainees_of(s, actor)
    teams = dict(s.execute(select(Employee.id, Employee.team_id).where(Employee.id.in_(employee_ids))).all())
    for employee_id in employee_ids:
        if employee_id not in teams:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))
        scope = scope_of(actor, "matrix", employee_id, subject_team_id=teams[employee_id], actor_team_id=team, trainees=trainees)
        if not allowed(actor.role, "matrix", "edit", scope):
            raise refusal(actor.role, "matrix", "edit", scope)


def _require_tasks(s: Session, task_ids: set[int]) -> dict[int, Task]:
    found = {t.id: t for t in s.scalars(select(Task).where(Task.id.in_(task_ids)))}
    if len(found) < len(task_ids):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))
    return found


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
    the cell's history (with the note); the audit trail gets one entry for the whole change.
    All or nothing: one refused or stale cell refuses the lot."""
    for edit in edits:
        rules.check_level(edit.level)
    note = (note or "").strip()[:2000]
    edits = list({(e.employee_id, e.task_id): e for e in edits}.values())  # the last edit of a cell wins
    if not edits:
        return []
    with db.session() as s:
        require_edit(s, actor, {e.employee_id for e in edits})
        _require_tasks(s, {e.task_id for e in edits})
        rows = _stored(s, edits)
        changed = [c for c in (_set_one(s, actor, rows.get((e.employee_id, e.task_id)), e) for e in edits) if c]
        _flush(s)
        if changed:
            _remember(s, actor, changed, note)
    return changed


def write_levels(s: Session, actor: Actor, edits: list[LevelEdit], note: str) -> list[LevelChanged]:
    """set_levels() inside the caller's transaction, with bulk statements so that a whole company's
    sheet (50,000 cells) is written in well under a second: the same checks (level, edit permission
    per employee, tasks exist), the history rows with the note and one audit entry as set_levels writes.
    The Excel import calls it; versions are not compared (the importer checks the preview is not stale)."""
    edits = list({(e.employee_id, e.task_id): e for e in edits}.values())
    if not edits:
        return []
    for edit in edits:
        rules.check_level(edit.level)
    require_edit(s, actor, {e.employee_id for e in edits})
    _require_tasks(s, {e.task_id for e in edits})
    stored = stored_levels(s, {e.employee_id for e in edits}, {e.task_id for e in edits})
    at, by = now(), actor.name[:80]
    inserts, updates, changed = [], [], []
    for e in edits:
        old, version = stored.get((e.employee_id, e.task_id), (None, 0))
        if (old or 0) == e.level:
            continue
        row = {"level": e.level, "version": version + 1, "updated_at": at, "updated_by": by}
        if old is None:
            inserts.append({"employee_id": e.employee_id, "task_id": e.task_id, **row})
        else:
            updates.append({"e": e.employee_id, "t": e.task_id, **row})
        changed.append(LevelChanged(e.employee_id, e.task_id, old or 0, e.level))
    # Core statements on the tables, not the ORM's bulk path: for 20,000 rows that is most of the time saved.
    _bulk(s, insert(Level.__table__), inserts)
    _bulk(s, _update_level(), updates)
    if changed:
        _remember(s, actor, changed, note[:2000])
    return changed


def stored_levels(s: Session, employees: set[int], tasks: set[int]) -> dict[tuple[int, int], tuple[int, int]]:
    """(employee, task) -> (level, version) of the stored cells among these people and tasks."""
    query = select(Level.employee_id, Level.task_id, Level.level, Level.version).where(Level.employee_id.in_(employees))
    return {(e, t): (lv, v) for e, t, lv, v in s.execute(query) if t in tasks}


def _update_level():
    table = Level.__table__
    return (update(table).where(table.c.employee_id == bindparam("e"), table.c.task_id == bindparam("t"))
            .values(level=bindparam("level"), version=bindparam("version"), updated_at=bindparam("updated_at"),
                    updated_by=bindparam("updated_by")))


def _bulk(s: Session, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        s.execute(statement, rows[start:start + BATCH])


def _flush(s: Session) -> None:
    """Another PC may have filled the same empty cell a moment ago: say so instead of failing."""
    try:
        s.flush()
    except IntegrityError as exc:
        raise Conflict(QT_TRANSLATE_NOOP(
            "errors", "Someone else changed this cell while you were editing. Refresh and try again.")) from exc


def raise_levels_in(s: Session, actor: Actor, employee_id: int, levels: dict[int, int], note: str) -> list[LevelChanged]:
    """Raise one person's cells to at least the given levels (never lower them), with history and audit,
    inside the caller's transaction. For a completed onboarding module: the caller has checked that the
    signers may sign it, and the signatures are the authority, so no matrix "edit" check is made here."""
    edits = [LevelEdit(employee_id, task_id, level) for task_id, level in levels.items()]
    if not edits:
        return []
    rows = _stored(s, edits)
    rising = [e for e in edits if (rows[(e.employee_id, e.task_id)].level if (e.employee_id, e.task_id) in rows else 0) < e.level]
    changed = [c for c in (_set_one(s, actor, rows.get((e.employee_id, e.task_id)), e) for e in rising) if c]
    if changed:
        _remember(s, actor, changed, (note or "").strip()[:2000])
    return changed


def _stored(s: Session, edits: list[LevelEdit]) -> dict[tuple[int, int], Level]:
    """The stored rows of the edited cells, in one query."""
    wanted = {(e.employee_id, e.task_id) for e in edits}
    query = select(Level).where(Level.employee_id.in_({e for e, _ in wanted}), Level.task_id.in_({t for _, t in wanted}))
    return {(r.employee_id, r.task_id): r for r in s.scalars(query) if (r.employee_id, r.task_id) in wanted}


def _set_one(s: Session, actor: Actor, row: Level | None, edit: LevelEdit) -> LevelChanged | None:
    if edit.version is not None and edit.version != (row.version if row else 0):
        raise _cell_conflict(row)
    old = row.level if row else 0
    if old == edit.level:
        return None
    if row is None:
        s.add(Level(employee_id=edit.employee_id, task_id=edit.task_id, level=edit.level, **stamp(actor)))
    else:
        row.level, row.version = edit.level, row.version + 1
        row.updated_at, row.updated_by = now(), actor.name[:80]
    return LevelChanged(edit.employee_id, edit.task_id, old, edit.level)


def _remember(s: Session, actor: Actor, changed: list[LevelChanged], note: str) -> None:
    """History rows in one insert, and one audit entry: one cell as {"level": old} -> {"level": new},
    several as {"employee/task": old, ...} -> {"employee/task": new, ...}."""
    at, by = now(), actor.name[:80]
    rows = [dict(employee_id=c.employee_id, task_id=c.task_id, at=at, by=by, old_level=c.old_level, new_level=c.new_level,
                 note=note) for c in changed]
    _bulk(s, insert(LevelChange.__table__), rows)
    if len(changed) == 1:
        c = changed[0]
        audit.record(s, actor, "update", "levels", f"{c.employee_id}/{c.task_id}", {"level": c.old_level}, {"level": c.new_level})
    else:
        audit.record(s, actor, "update", "levels", f"{len(changed)} cells",
                     {f"{c.employee_id}/{c.task_id}": c.old_level for c in changed},
                     {f"{c.employee_id}/{c.task_id}": c.new_level for c in changed})


def _cell_conflict(row: Level | None) -> Conflict:
    if row is None:  # the cell was emptied by someone else: nobody to name
        return Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this cell while you were editing. Refresh and try again."))
    return changed_by_other(row)


def history(db: Database, actor: Actor, employee_id: int, task_id: int) -> list[HistoryRow]:
    """The cell's changes, newest first, with who, when and the note."""
    with db.session() as s:
        require_for_employee(s, actor, "matrix", "view", employee_id)
        query = (select(LevelChange).where(LevelChange.employee_id == employee_id, LevelChange.task_id == task_id)
                 .order_by(LevelChange.at.desc(), LevelChange.id.desc()))
        return [HistoryRow(audit.as_utc(h.at), h.by, h.old_level, h.new_level, h.note) for h in s.scalars(query)]


@dataclass(frozen=True)
class CertificateDate:
    employee_id: int
    task_id: int
    valid_until: date | None  # None: no proof


@dataclass(frozen=True)
class TimetableTarget:
    employee_id: int
    task_id: int
    target_level: int | None  # None: off the timetable
    target_date: date | None


def set_certificate(db: Database, actor: Actor, employee_id: int, task_id: int, valid_until: date | None) -> None:
    """The date until which a person's certificate for this task is valid (None: no proof)."""
    set_certificates(db, actor, [CertificateDate(employee_id, task_id, valid_until)])


def set_certificates(db: Database, actor: Actor, dates: list[CertificateDate]) -> None:
    """Several valid-until dates in one transaction; each task must be a certificate."""
    if not dates:
        return
    with db.session() as s:
        write_certificates(s, actor, dates)


def write_certificates(s: Session, actor: Actor, dates: list[CertificateDate]) -> None:
    """set_certificates() inside the caller's transaction (the Excel import); unchanged dates are skipped."""
    if not dates:
        return
    require_edit(s, actor, {d.employee_id for d in dates})
    tasks = _require_tasks(s, {d.task_id for d in dates})
    rows, changes = _stored_cells(s, {(d.employee_id, d.task_id) for d in dates}), {}
    for d in dates:
        _refuse_non_certificate(tasks[d.task_id])
        stored = rows.get((d.employee_id, d.task_id))
        if stored is not None and stored.valid_until == d.valid_until:
            continue
        row = _row(s, actor, rows, d.employee_id, d.task_id)
        before, row.valid_until = row.valid_until, d.valid_until
        changes[f"{d.employee_id}/{d.task_id}"] = ({"valid_until": before}, {"valid_until": d.valid_until})
    _record_cells(s, actor, changes)


def _refuse_non_certificate(task: Task) -> None:
    if not task.is_certificate:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "valid until"), QT_TRANSLATE_NOOP(
            "errors", "{task} is not a certificate, so it has no valid-until date."), {"task": task.name})])


def set_target(db: Database, actor: Actor, employee_id: int, task_id: int, target_level: int | None,
               target_date: date | None) -> None:
    """A line of the training timetable: this person should reach target_level by target_date
    (target_level None takes the cell off the timetable)."""
    set_targets(db, actor, [TimetableTarget(employee_id, task_id, target_level, target_date)])


def set_targets(db: Database, actor: Actor, targets: list[TimetableTarget]) -> None:
    """Several timetable lines in one transaction."""
    for t in targets:
        if t.target_level is not None:
            rules.check_level(t.target_level)
    if not targets:
        return
    with db.session() as s:
        write_targets(s, actor, targets)


def write_targets(s: Session, actor: Actor, targets: list[TimetableTarget]) -> None:
    """set_targets() inside the caller's transaction (the Excel import); unchanged lines are skipped."""
    for t in targets:
        if t.target_level is not None:
            rules.check_level(t.target_level)
    if not targets:
        return
    require_edit(s, actor, {t.employee_id for t in targets})
    _require_tasks(s, {t.task_id for t in targets})
    rows, changes = _stored_cells(s, {(t.employee_id, t.task_id) for t in targets}), {}
    for t in targets:
        wanted = (t.target_level, t.target_date if t.target_level is not None else None)
        stored = rows.get((t.employee_id, t.task_id))
        if wanted == ((stored.target_level, stored.target_date) if stored is not None else (None, None)):
            continue
        row = _row(s, actor, rows, t.employee_id, t.task_id)
        before = {"target_level": row.target_level, "target_date": row.target_date}
        row.target_level, row.target_date = wanted
        changes[f"{t.employee_id}/{t.task_id}"] = (before, {"target_level": row.target_level, "target_date": row.target_date})
    _record_cells(s, actor, changes)


def _stored_cells(s: Session, keys: set[tuple[int, int]]) -> dict[tuple[int, int], Level]:
    """The stored cells of these (employee, task) pairs, in few queries: an import touches thousands of them,
    and one get() each would flush each time. In slices, to stay below the database's limit on parameters."""
    pairs, found = sorted(keys), {}
    for start in range(0, len(pairs), 4000):
        query = select(Level).where(tuple_(Level.employee_id, Level.task_id).in_(pairs[start:start + 4000]))
        found.update(((row.employee_id, row.task_id), row) for row in s.scalars(query))
    return found


def _record_cells(s: Session, actor: Actor, changes: dict[str, tuple[dict, dict]]) -> None:
    """One audit entry for the whole change, as for levels: one cell as it is, several keyed by employee/task."""
    if len(changes) == 1:
        (key, (before, after)), = changes.items()
        audit.record(s, actor, "update", "levels", key, before, after)
    elif changes:
        audit.record(s, actor, "update", "levels", f"{len(changes)} cells",
                     {key: before for key, (before, _) in changes.items()}, {key: after for key, (_, after) in changes.items()})


def _row(s: Session, actor: Actor, rows: dict[tuple[int, int], Level], employee_id: int, task_id: int) -> Level:
    row = rows.get((employee_id, task_id))
    if row is None:
        row = rows[(employee_id, task_id)] = Level(employee_id=employee_id, task_id=task_id, level=0, version=1, **stamp(actor))
        s.add(row)
    else:
        row.version += 1
        row.updated_at, row.updated_by = now(), actor.name[:80]
    return row


def load_cell(db: Database, actor: Actor, employee_id: int, task_id: int) -> rules.Cell:
    with db.session() as s:
        require_for_employee(s, actor, "matrix", "view", employee_id)
        row = s.get(Level, (employee_id, task_id))
        return rules.Cell(row.level, row.valid_until, row.target_level, row.target_date, row.version) if row else rules.EMPTY
