"""What importing a sheet would change, before anything is written.

preview() reads the workbook, finds the matrix (domain/matrix_sheet.py), matches
the sheet's names with the database (case, spaces and "de Vries, Jan" do not
matter) and lists, cell by cell, old -> new; every cell it cannot read (those
stop the import); people and tasks it does not know (offered for creation);
and what it skipped and why. Nothing is written here: apply.py does that."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from wplstudio.domain.actor import Actor
from wplstudio.domain.matrix_sheet import SheetCells, SheetPerson, SheetReading, SheetTask, read_matrix
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.sheet_text import Note, column_letter, name_key, shown, split_name, task_key
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import landscape, matrix, people
from wplstudio.services.excel import extras
from wplstudio.services.excel.workbook import read_workbook
from wplstudio.storage.database import Database

FALLBACK_CORE_TASK = QT_TRANSLATE_NOOP("import", "From Excel")  # for new tasks with no core task above or beside them

EMPTY_WORKBOOK = QT_TRANSLATE_NOOP("import", "The workbook holds no filled cells at all.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("import", "There is no sheet called \"{sheet}\". The workbook has: {sheets}.")
OTHER_SHEET = QT_TRANSLATE_NOOP("import", "Sheet \"{sheet}\" was not read: the matrix is on \"{chosen}\".")
LEFT_COMPANY = QT_TRANSLATE_NOOP("import", "\"{name}\" left the company on {date}; row {row} is skipped.")
CANNOT_CREATE = QT_TRANSLATE_NOOP("import", "\"{name}\" is not in the database, and a new employee needs a first and a last name; row {row} is skipped.")
SAME_NAME_PEOPLE = QT_TRANSLATE_NOOP("import", "\"{name}\" could be {count} different employees with that name. Make the names different in wplstudio first (for example with a middle initial).")
SAME_NAME_TASKS = QT_TRANSLATE_NOOP("import", "The task \"{name}\" exists under several core tasks ({cores}). Put the core task's name in the row above the task names.")
UNKNOWN_FUNCTION = QT_TRANSLATE_NOOP("import", "The function \"{name}\" (row {row}) is not known; new employees get no function from it.")


@dataclass(frozen=True)
class CellChange:
    ref: str  # where in the sheet, "Blad1!D7"
    person: str
    task: str
    old: int
    new: int
    employee_id: int | None  # None: a new employee (row person_row)
    task_id: int | None  # None: a new task (column task_col)
    person_row: int
    task_col: int


@dataclass(frozen=True)
class NewPerson:
    row: int
    ref: str
    name: str
    first_name: str
    prefix: str
    last_name: str
    team: str  # "" when the sheet does not say
    team_id: int | None  # None: no team, or a new one (listed in new_teams)
    function_id: int | None


@dataclass(frozen=True)
class NewTask:
    col: int
    ref: str
    name: str
    core_task: str
    core_task_id: int | None  # None: a new core task (listed in new_core_tasks)


@dataclass(frozen=True)
class ImportPreview:
    file: str
    sheet: str
    header_ref: str
    people_read: int = 0
    tasks_read: int = 0
    changes: list[CellChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Note] = field(default_factory=list)  # the import cannot go ahead while there are any
    notes: list[Note] = field(default_factory=list)  # skipped or read specially, and why
    new_people: list[NewPerson] = field(default_factory=list)
    new_tasks: list[NewTask] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)
    new_core_tasks: list[str] = field(default_factory=list)
    extras: list[extras.ExtraChange] = field(default_factory=list)  # certificate dates, training and coverage targets

    def extra_count(self, kind: str) -> int:
        return sum(1 for e in self.extras if e.kind == kind)

    @property
    def can_apply(self) -> bool:
        return not self.problems

    @property
    def has_unknown(self) -> bool:
        return bool(self.new_people or self.new_tasks)

    def changes_for(self, create_missing: bool) -> list[CellChange]:
        """The changes that happen: with create_missing False, those of new people and tasks are left out."""
        if create_missing:
            return self.changes
        return [c for c in self.changes if c.employee_id is not None and c.task_id is not None]


@dataclass
class _Known:
    """What the database holds, keyed for matching."""

    data: matrix.MatrixData
    people: dict[str, list[matrix.RowPerson]]
    former: dict[str, people.EmployeeRow]
    tasks: dict[str, list[matrix.ColumnTask]]
    cores: dict[str, landscape.CoreTaskRow]
    teams: dict[str, people.TeamRow]
    functions: dict[str, people.FunctionRow]


def preview(db: Database, actor: Actor, path: Path, sheet: str | None = None,
            fallback_core_task: str = FALLBACK_CORE_TASK) -> ImportPreview:
    """What importing path would change. Raises UnreadableWorkbook when the file cannot be opened at all;
    everything else (unreadable cells, an empty sheet) is in the preview's problems."""
    require(actor, "matrix", "edit", OTHERS)
    book = read_workbook(Path(path))
    known = _known(db, actor)
    names = frozenset(known.people) | frozenset(known.former)
    matrices = [cells for cells in book.sheets if extras.kind_of(cells.name) is None or cells.name == sheet]
    readings = {cells.name: read_matrix(cells, frozenset(known.tasks), frozenset(known.teams), names) for cells in matrices}
    chosen, other_notes = _choose(matrices, readings, book.active, sheet)
    if chosen is None:
        return ImportPreview(book.file, sheet or book.active, "", problems=other_notes)
    reading = readings[chosen]
    notes = other_notes + reading.notes
    if not reading.found:
        return ImportPreview(book.file, chosen, "", problems=reading.problems, notes=notes)
    found = _compare(book.file, reading, known, notes, fallback_core_task)
    rows = extras.read_extras([s for s in book.sheets if s.name != chosen], found.problems, found.notes)
    return replace(found, extras=extras.match(rows, known, found.new_people, found.new_tasks, found.new_teams, found.notes))


def _known(db: Database, actor: Actor) -> _Known:
    data = matrix.load(db, actor)
    everyone = people.list_employees(db, actor, include_left=True, today=data.today)
    active = {p.id for p in data.people}
    by_key: dict[str, list] = {}
    for person in data.people:
        by_key.setdefault(name_key(person.name), []).append(person)
    former = {name_key(e.full_name): e for e in everyone if e.id not in active}
    tasks: dict[str, list] = {}
    for task in data.tasks:
        tasks.setdefault(task_key(task.name), []).append(task)
    return _Known(data, by_key, former, tasks,
                  {task_key(c.name): c for c in landscape.list_core_tasks(db, actor)},
                  {task_key(t.name): t for t in people.list_teams(db, actor)},
                  {task_key(f.name): f for f in people.list_functions(db, actor)})


def _choose(sheets: list[SheetCells], readings: dict[str, SheetReading], active: str,
            wanted: str | None) -> tuple[str | None, list[Note]]:
    """The sheet to import: the one asked for, else the one with the largest matrix (the active one on a tie)."""
    if wanted is not None:
        if wanted not in readings:
            names = ", ".join(f"\"{s.name}\"" for s in sheets)
            return None, [Note(wanted, NO_SUCH_SHEET, {"sheet": wanted, "sheets": names})]
        return wanted, []
    if not any(s.rows for s in sheets):
        return None, [Note(active, EMPTY_WORKBOOK)]
    chosen = max(readings.values(), key=lambda r: (len(r.people) * len(r.tasks), r.sheet == active)).sheet
    skipped = [Note(s.name, OTHER_SHEET, {"sheet": s.name, "chosen": chosen}) for s in sheets if s.name != chosen and s.rows]
    return chosen, skipped


# --- comparing with the database ---------------------------------------------------------

def _compare(file: str, reading: SheetReading, known: _Known, notes: list[Note], fallback: str) -> ImportPreview:
    problems = list(reading.problems)
    task_ids, new_tasks, new_cores = _match_tasks(reading.tasks, known, problems, fallback)
    person_ids, new_people, new_teams = _match_people(reading.people, known, problems, notes)
    changes, unchanged = _changes(reading, known, task_ids, person_ids, {p.row for p in new_people}, {t.col for t in new_tasks})
    header_ref = reading.tasks[0].ref.rsplit("!", 1)[0] + f"!{reading.header_row}:{reading.header_row}"
    return ImportPreview(file, reading.sheet, header_ref, len(reading.people), len(reading.tasks), changes, unchanged,
                         problems, notes, new_people, new_tasks, new_teams, new_cores)


def _match_tasks(tasks: list[SheetTask], known: _Known, problems: list[Note],
                 fallback: str) -> tuple[dict[int, matrix.ColumnTask], list[NewTask], list[str]]:
    found: dict[int, matrix.ColumnTask] = {}
    unknown: list[SheetTask] = []
    for task in tasks:
        candidates = known.tasks.get(task_key(task.name), [])
        if len(candidates) > 1:
            candidates = [c for c in candidates if task_key(c.core_task_name) == task_key(task.band)] or candidates
        if len(candidates) == 1:
            found[task.col] = candidates[0]
        elif candidates:
            cores = ", ".join(sorted(c.core_task_name for c in candidates))
            problems.append(Note(task.ref, SAME_NAME_TASKS, {"name": shown(task.name), "cores": cores}))
        else:
            unknown.append(task)
    new_tasks, new_cores = _new_tasks(unknown, tasks, found, known, fallback)
    return found, new_tasks, new_cores


def _new_tasks(unknown: list[SheetTask], tasks: list[SheetTask], found: dict[int, matrix.ColumnTask], known: _Known,
               fallback: str) -> tuple[list[NewTask], list[str]]:
    """A new task goes under the core task of its band; without a band, under its nearest known neighbour's."""
    new_tasks, new_cores = [], []
    for task in unknown:
        core = task.band or _neighbour_core(task, tasks, found) or fallback
        existing = known.cores.get(task_key(core))
        if existing is None and all(task_key(c) != task_key(core) for c in new_cores):
            new_cores.append(core)
        new_tasks.append(NewTask(task.col, task.ref, task.name, existing.name if existing else core, existing.id if existing else None))
    return new_tasks, new_cores


def _neighbour_core(task: SheetTask, tasks: list[SheetTask], found: dict[int, matrix.ColumnTask]) -> str:
    left = [t for t in tasks if t.col < task.col and t.col in found]
    right = [t for t in tasks if t.col > task.col and t.col in found]
    neighbour = left[-1] if left else right[0] if right else None
    return found[neighbour.col].core_task_name if neighbour else ""


def _match_people(sheet_people: list[SheetPerson], known: _Known, problems: list[Note],
                  notes: list[Note]) -> tuple[dict[int, matrix.RowPerson], list[NewPerson], list[str]]:
    found: dict[int, matrix.RowPerson] = {}
    new_people: list[NewPerson] = []
    new_teams: list[str] = []
    for person in sheet_people:
        key = name_key(person.name)
        candidates = known.people.get(key, [])
        if len(candidates) > 1 and person.team:  # the same name twice: the team column tells them apart
            candidates = [c for c in candidates if task_key(c.team_name) == task_key(person.team)] or candidates
        if len(candidates) == 1:
            found[person.row] = candidates[0]
        elif candidates:
            problems.append(Note(person.ref, SAME_NAME_PEOPLE, {"name": shown(person.name), "count": len(candidates)}))
        elif key in known.former:
            left = known.former[key].end_date
            notes.append(Note(person.ref, LEFT_COMPANY, {"name": shown(person.name), "row": person.row,
                                                         "date": left.strftime("%d-%m-%Y") if left else "?"}))
        else:
            created = _new_person(person, known, new_teams, notes)
            if created:
                new_people.append(created)
    return found, new_people, new_teams


def _new_person(person: SheetPerson, known: _Known, new_teams: list[str], notes: list[Note]) -> NewPerson | None:
    parts = split_name(person.name)
    if parts is None:
        notes.append(Note(person.ref, CANNOT_CREATE, {"name": shown(person.name), "row": person.row}))
        return None
    team = known.teams.get(task_key(person.team)) if person.team else None
    if person.team and team is None and all(task_key(t) != task_key(person.team) for t in new_teams):
        new_teams.append(person.team)
    function = known.functions.get(task_key(person.function)) if person.function else None
    if person.function and function is None:
        notes.append(Note(person.ref, UNKNOWN_FUNCTION, {"name": shown(person.function), "row": person.row}))
    return NewPerson(person.row, person.ref, person.name, *parts, person.team, team.id if team else None,
                     function.id if function else None)


def _changes(reading: SheetReading, known: _Known, task_ids: dict[int, matrix.ColumnTask],
             person_ids: dict[int, matrix.RowPerson], new_rows: set[int], new_cols: set[int]) -> tuple[list[CellChange], int]:
    changes, unchanged = [], 0
    sheet = reading.tasks[0].ref.rsplit("!", 1)[0]
    names = {t.col: t.name for t in reading.tasks}
    for person in reading.people:
        row_person = person_ids.get(person.row)
        if row_person is None and person.row not in new_rows:
            continue
        for col, level in person.levels.items():
            task = task_ids.get(col)
            if task is None and col not in new_cols:
                continue
            old = known.data.cell(row_person.id, task.id).level if row_person and task else 0
            if old == level:
                unchanged += 1
                continue
            changes.append(CellChange(f"{sheet}!{column_letter(col)}{person.row}", row_person.name if row_person else person.name,
                                      task.name if task else names[col], old, level, row_person.id if row_person else None,
                                      task.id if task else None, person.row, col))
    return changes, unchanged
