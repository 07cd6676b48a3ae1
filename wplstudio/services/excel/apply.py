"""Write an import preview to the database: all of it in ONE transaction, or nothing.

New teams, core tasks, tasks and employees go through the people and landscape
services' session functions (same rules, same audit), the levels through
matrix.write_levels() (the matrix's bulk rule), all with the same actor in the same transaction. Before
writing, every cell the preview showed as changing must still hold the level the
preview read; otherwise someone changed the matrix in between and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, WplError
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.sheet_text import task_key
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import landscape, matrix, matrix_targets, people
from wplstudio.services.excel import extras
from wplstudio.services.excel.preview import CellChange, ImportPreview
from wplstudio.storage.database import Database

DEFAULT_NOTE = QT_TRANSLATE_NOOP("import", "Imported from {file}")
NEW_CERTIFICATE_MONTHS = 60  # a task the import creates for certificate dates: its validity, to be checked in the landscape


@dataclass(frozen=True)
class ImportResult:
    changed: int
    people_created: int
    tasks_created: int
    teams_created: int
    core_tasks_created: int
    left_out: int  # changes of unknown people and tasks that were not created
    extras: int = 0  # certificate dates, training targets and coverage targets written


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
        changed = matrix.write_levels(s, actor, edits, note or DEFAULT_NOTE.format(file=preview.file))
        written = [e for e in preview.extras if create or _known_ids(e)]
        _write_extras(s, actor, written, created)
    return ImportResult(len(changed), len(created.people), len(created.tasks), created.teams, created.cores,
                        len(preview.changes) - len(changes), len(written))


# --- checks --------------------------------------------------------------------------

def _refuse_stale(s: Session, changes: list[CellChange]) -> None:
    known = [c for c in changes if c.employee_id is not None and c.task_id is not None]
    if not known:
        return
    stored = matrix.stored_levels(s, {c.employee_id for c in known}, {c.task_id for c in known})
    for change in known:
        now_level = stored.get((change.employee_id, change.task_id), (0, 0))[0]
        if now_level != change.old:
            raise Conflict(QT_TRANSLATE_NOOP(
                "errors", "The matrix changed after the preview ({person}, {task}: now {level}). Nothing was imported; "
                          "make the preview again."), person=change.person, task=change.task, level=now_level)


# --- creating what the sheet has and the database does not -------------------------

@dataclass
class _Created:
    teams: int = 0
    cores: int = 0
    people: dict[int, int] = field(default_factory=dict)  # sheet row -> new employee id
    tasks: dict[int, int] = field(default_factory=dict)  # sheet column -> new task id
    team_ids: dict[str, int] = field(default_factory=dict)  # task_key(name) -> new team id

    def person(self, change: CellChange) -> int:
        return change.employee_id if change.employee_id is not None else self.people[change.person_row]

    def task(self, change: CellChange) -> int:
        return change.task_id if change.task_id is not None else self.tasks[change.task_col]


def _create(s: Session, actor: Actor, preview: ImportPreview) -> _Created:
    teams = {task_key(name): people.write_team(s, actor, name) for name in preview.new_teams}
    cores = {task_key(name): landscape.write_core_task(s, actor, name) for name in preview.new_core_tasks}
    created = _Created(teams=len(teams), cores=len(cores), team_ids=teams)
    certified = {e.task_col for e in preview.extras if e.kind == extras.CERTIFICATES and e.task_col is not None}
    for task in preview.new_tasks:
        core_id = task.core_task_id if task.core_task_id is not None else cores[task_key(task.core_task)]
        validity = NEW_CERTIFICATE_MONTHS if task.col in certified else None
        created.tasks[task.col] = landscape.write_task(s, actor, TaskDraft(core_id, task.name, is_certificate=validity is not None,
                                                                           validity_months=validity))
    for person in preview.new_people:
        team_id = person.team_id if person.team_id is not None else teams.get(task_key(person.team))
        draft = EmployeeDraft(person.first_name, person.last_name, person.prefix, team_id, person.function_id)
        created.people[person.row] = people.write_employee(s, actor, draft)
    return created


# --- certificate dates, training and coverage targets (the export's other sheets) -----------------

def _known_ids(change: extras.ExtraChange) -> bool:
    return change.task_id is not None and not change.new_team and (change.kind == extras.COVERAGE or change.employee_id is not None)


def _write_extras(s: Session, actor: Actor, changes: list[extras.ExtraChange], created: _Created) -> None:
    """Through the matrix's own rules, in the import's transaction."""
    def person(e): return e.employee_id if e.employee_id is not None else created.people[e.person_row]
    def task(e): return e.task_id if e.task_id is not None else created.tasks[e.task_col]

    by_kind = {kind: [e for e in changes if e.kind == kind] for kind in (extras.CERTIFICATES, extras.TIMETABLE, extras.COVERAGE)}
    matrix.write_certificates(s, actor, [matrix.CertificateDate(person(e), task(e), e.values[0]) for e in by_kind[extras.CERTIFICATES]])
    matrix.write_targets(s, actor, [matrix.TimetableTarget(person(e), task(e), *e.values) for e in by_kind[extras.TIMETABLE]])
    team = lambda e: created.team_ids[task_key(e.new_team)] if e.new_team else e.team_id  # noqa: E731
    matrix_targets.write_task_targets(s, actor, [matrix_targets.TargetDraft(task(e), team(e), *e.values)
                                                 for e in by_kind[extras.COVERAGE]])
