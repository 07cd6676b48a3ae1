"""Write an import preview to the database: all of it in ONE transaction, or nothing.

New teams, core tasks, tasks and employees go through the people and landscape
services' session functions (same rules, same audit), the levels through
write_levels() below, all with the same actor in the same transaction. Before
writing, every cell the preview showed as changing must still hold the level the
preview read; otherwise someone changed the matrix in between and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, NotFound, WplError
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.matrix import check_level
from wplstudio.domain.people import EmployeeDraft
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.sheet_text import task_key
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit, landscape, matrix, people
from wplstudio.services.excel.preview import CellChange, ImportPreview
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Level, LevelChange, Task

BATCH = 5_000
DEFAULT_NOTE = QT_TRANSLATE_NOOP("import", "Imported from {file}")


@dataclass(frozen=True)
class ImportResult:
    changed: int
    people_created: int
    tasks_created: int
    teams_created: int
    core_tasks_created: int
    left_out: int  # changes of unknown people and tasks that were not created


def apply(db: Database, actor: Actor, preview: ImportPreview, create_missing: bool = False, note: str = "") -> ImportResult:
    """Make the preview true. Raises WplError (and writes nothing) when the sheet has unreadable cells,
    the actor may not do all of it, or the matrix changed since the preview."""
    if not preview.can_apply:
        first = preview.problems[0]
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The sheet has {count} cell(s) that cannot be read, the first at {ref}: {reason} Nothing was imported."),
            count=len(preview.problems), ref=first.ref, reason=first.english())
    require(actor, "matrix", "edit", OTHERS)
    create = create_missing and preview.has_unknown
    changes = preview.changes_for(create_missing)
    with db.session() as s:
        _refuse_stale(s, changes)
        created = _create(s, actor, preview) if create else _Created()
        edits = [matrix.LevelEdit(created.person(c), created.task(c), c.new) for c in changes]
        changed = write_levels(s, actor, edits, note or DEFAULT_NOTE.format(file=preview.file))
    return ImportResult(len(changed), len(created.people), len(created.tasks), created.teams, created.cores,
                        len(preview.changes) - len(changes))


# --- checks --------------------------------------------------------------------------

def _refuse_stale(s: Session, changes: list[CellChange]) -> None:
    known = [c for c in changes if c.employee_id is not None and c.task_id is not None]
    if not known:
        return
    stored = _stored_levels(s, {c.employee_id for c in known}, {c.task_id for c in known})
    for change in known:
        now_level = stored.get((change.employee_id, change.task_id), (0, 0))[0]
        if now_level != change.old:
            raise Conflict(QT_TRANSLATE_NOOP(
                "errors", "The matrix changed after the preview ({person}, {task}: now {level}). Nothing was imported; "
                          "make the preview again."), person=change.person, task=change.task, level=now_level)


def _stored_levels(s: Session, employees: set[int], tasks: set[int]) -> dict[tuple[int, int], tuple[int, int]]:
    query = select(Level.employee_id, Level.task_id, Level.level, Level.version).where(Level.employee_id.in_(employees))
    return {(e, t): (lv, v) for e, t, lv, v in s.execute(query) if t in tasks}


# --- creating what the sheet has and the database does not -------------------------

@dataclass
class _Created:
    teams: int = 0
    cores: int = 0
    people: dict[int, int] = field(default_factory=dict)  # sheet row -> new employee id
    tasks: dict[int, int] = field(default_factory=dict)  # sheet column -> new task id

    def person(self, change: CellChange) -> int:
        return change.employee_id if change.employee_id is not None else self.people[change.person_row]

    def task(self, change: CellChange) -> int:
        return change.task_id if change.task_id is not None else self.tasks[change.task_col]


def _create(s: Session, actor: Actor, preview: ImportPreview) -> _Created:
    teams = {task_key(name): people.write_team(s, actor, name) for name in preview.new_teams}
    cores = {task_key(name): landscape.write_core_task(s, actor, name) for name in preview.new_core_tasks}
    created = _Created(teams=len(teams), cores=len(cores))
    for task in preview.new_tasks:
        core_id = task.core_task_id if task.core_task_id is not None else cores[task_key(task.core_task)]
        created.tasks[task.col] = landscape.write_task(s, actor, TaskDraft(core_id, task.name))
    for person in preview.new_people:
        team_id = person.team_id if person.team_id is not None else teams.get(task_key(person.team))
        draft = EmployeeDraft(person.first_name, person.last_name, person.prefix, team_id, person.function_id)
        created.people[person.row] = people.write_employee(s, actor, draft)
    return created


# --- the levels, in bulk ---------------------------------------------------------------

def write_levels(s: Session, actor: Actor, edits: list[matrix.LevelEdit], note: str) -> list[matrix.LevelChanged]:
    """services.matrix.set_levels inside the caller's transaction, with bulk statements so that a whole
    company's sheet (50,000 cells) is written in well under a second: permission per employee, the
    history rows with the note, and one audit entry in the format set_levels writes.
    TODO(lead): move into services/matrix.py as its session-level variant once the core offers one."""
    edits = list({(e.employee_id, e.task_id): e for e in edits}.values())
    if not edits:
        return []
    for edit in edits:
        check_level(edit.level)
    matrix.require_edit(s, actor, {e.employee_id for e in edits})
    _require_tasks(s, {e.task_id for e in edits})
    stored = _stored_levels(s, {e.employee_id for e in edits}, {e.task_id for e in edits})
    at, by = now(), actor.name[:80]
    inserts, updates, changed = [], [], []
    for e in edits:
        old, version = stored.get((e.employee_id, e.task_id), (None, 0))
        if (old or 0) == e.level:
            continue
        if old is None:
            inserts.append({"employee_id": e.employee_id, "task_id": e.task_id, "level": e.level, "version": 1,
                            "updated_at": at, "updated_by": by})
        else:
            updates.append({"e": e.employee_id, "t": e.task_id, "level": e.level, "version": version + 1,
                            "updated_at": at, "updated_by": by})
        changed.append(matrix.LevelChanged(e.employee_id, e.task_id, old or 0, e.level))
    # Core statements on the tables, not the ORM's bulk path: for 20,000 rows that is most of the time saved.
    _bulk(s, insert(Level.__table__), inserts)
    _bulk(s, _update_level(), updates)
    _bulk(s, insert(LevelChange.__table__), [dict(employee_id=c.employee_id, task_id=c.task_id, at=at, by=by, old_level=c.old_level,
                                        new_level=c.new_level, note=note[:2000]) for c in changed])
    if changed:
        _audit(s, actor, changed)
    return changed


def _update_level():
    table = Level.__table__
    return (update(table).where(table.c.employee_id == bindparam("e"), table.c.task_id == bindparam("t"))
            .values(level=bindparam("level"), version=bindparam("version"), updated_at=bindparam("updated_at"),
                    updated_by=bindparam("updated_by")))


def _require_tasks(s: Session, task_ids: set[int]) -> None:
    found = set(s.scalars(select(Task.id).where(Task.id.in_(task_ids))))
    if found != task_ids:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))


def _bulk(s: Session, statement, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        s.execute(statement, rows[start:start + BATCH])


def _audit(s: Session, actor: Actor, changed: list[matrix.LevelChanged]) -> None:
    if len(changed) == 1:
        c = changed[0]
        audit.record(s, actor, "update", "levels", f"{c.employee_id}/{c.task_id}", {"level": c.old_level}, {"level": c.new_level})
        return
    audit.record(s, actor, "update", "levels", f"{len(changed)} cells",
                 {f"{c.employee_id}/{c.task_id}": c.old_level for c in changed},
                 {f"{c.employee_id}/{c.task_id}": c.new_level for c in changed})
