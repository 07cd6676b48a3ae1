"""The sheets beside the matrix in our own export: certificate dates, training targets (the
timetable) and coverage targets. The matrix sheet holds levels only; these lists carry the rest,
so an export imports back without loss. A sheet is known by its name, in English or Dutch.

Read here into plain rows with the place they came from; preview.py matches the names and
apply.py writes them in the import's one transaction through services.matrix(_targets)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wplstudio.domain.matrix_sheet import SheetCells
from wplstudio.domain.sheet_text import Note, cell_ref, name_key, parse_level, shown, task_key
from wplstudio.domain.text import QT_TRANSLATE_NOOP

CERTIFICATES, TIMETABLE, COVERAGE = "certificates", "timetable", "coverage"
# the sheet names the export writes (English source, Dutch) -> kind
SHEET_NAMES = {
    CERTIFICATES: (QT_TRANSLATE_NOOP("reports", "Certificates"), "Certificaten"),
    TIMETABLE: (QT_TRANSLATE_NOOP("reports", "Training targets"), "Opleidingsdoelen"),
    COVERAGE: (QT_TRANSLATE_NOOP("reports", "Coverage targets"), "Streefwaarden"),
}
BAD_DATE = QT_TRANSLATE_NOOP("import", "\"{text}\" is not a date. Write it as 31-12-2026, or leave the cell empty.")
BAD_COUNT = QT_TRANSLATE_NOOP("import", "\"{text}\" is not a number of people (0 to 999).")
BAD_LEVEL = QT_TRANSLATE_NOOP("import", "\"{text}\" is not a target level (I, L, U, O or 1-4).")
READ_EXTRA = QT_TRANSLATE_NOOP("import", "Sheet \"{sheet}\" was read: {n} line(s).")


@dataclass(frozen=True)
class ExtraRow:
    """One line of an extra sheet: who (name key; "" for coverage), which task, and the values."""

    kind: str
    ref: str
    person: str  # as written
    task: str
    team: str
    values: tuple  # certificates: (valid_until,); timetable: (level, date); coverage: (deployable, teachers)


def kind_of(sheet_name: str) -> str | None:
    key = task_key(sheet_name)
    return next((kind for kind, names in SHEET_NAMES.items() if key in {task_key(n) for n in names}), None)


def read_extras(sheets: list[SheetCells], problems: list[Note], notes: list[Note]) -> list[ExtraRow]:
    rows: list[ExtraRow] = []
    for sheet in sheets:
        kind = kind_of(sheet.name)
        if kind is None:
            continue
        found = [r for index, values in enumerate(sheet.rows[1:], 2) if (r := _row(kind, sheet.name, index, values, problems))]
        notes.append(Note(sheet.name, READ_EXTRA, {"sheet": sheet.name, "n": len(found)}))
        rows += found
    return rows


def _row(kind: str, sheet: str, index: int, values: tuple, problems: list[Note]) -> ExtraRow | None:
    cells = list(values) + [None] * 5
    if kind == COVERAGE:
        task, team = _text(cells[0]), _text(cells[2])
        counts = [_count(cells[c], cell_ref(sheet, index, c + 1), problems) for c in (3, 4)]
        return ExtraRow(kind, cell_ref(sheet, index, 1), "", task, team, tuple(counts)) if task else None
    person, team, task = _text(cells[0]), _text(cells[1]), _text(cells[2])
    if not person or not task:
        return None
    if kind == CERTIFICATES:
        values = (_date(cells[3], cell_ref(sheet, index, 4), problems),)
    else:
        values = (_level(cells[3], cell_ref(sheet, index, 4), problems), _date(cells[4], cell_ref(sheet, index, 5), problems))
    return ExtraRow(kind, cell_ref(sheet, index, 1), person, task, team, values)


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _date(value, ref: str, problems: list[Note]) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    problems.append(Note(ref, BAD_DATE, {"text": shown(value)}))
    return None


def _count(value, ref: str, problems: list[Note]) -> int:
    if value is None:
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer() and 0 <= value <= 999:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit() and int(value) <= 999:
        return int(value)
    problems.append(Note(ref, BAD_COUNT, {"text": shown(value)}))
    return 0


def _level(value, ref: str, problems: list[Note]) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None  # an emptied target level takes the line off the timetable, as in the app
    level = parse_level(value)
    if isinstance(level, int) and level > 0:
        return level
    problems.append(Note(ref, BAD_LEVEL, {"text": shown(value)}))
    return None


def person_key(row: ExtraRow) -> str:
    return name_key(row.person)


# --- matching with the database and the matrix sheet ----------------------------------------

UNKNOWN_PERSON = QT_TRANSLATE_NOOP("import", "\"{name}\" is neither in the database nor on the matrix sheet; the line is skipped.")
UNKNOWN_TASK = QT_TRANSLATE_NOOP("import", "The task \"{name}\" is neither in the database nor on the matrix sheet; the line is skipped.")
UNKNOWN_TEAM = QT_TRANSLATE_NOOP("import", "The team \"{name}\" is not known; the line is skipped.")
NOT_A_CERTIFICATE = QT_TRANSLATE_NOOP("import", "\"{name}\" is not a certificate, so it has no valid-until date; the line is skipped.")


@dataclass(frozen=True)
class ExtraChange:
    """A line that changes something. Who and what by id, or (for what the import creates) by the
    sheet row of the new person and the sheet column of the new task; team by id or by name (new)."""

    kind: str
    ref: str
    person: str
    task: str
    values: tuple
    employee_id: int | None = None
    person_row: int | None = None
    task_id: int | None = None
    task_col: int | None = None
    team_id: int | None = None
    new_team: str = ""


def match(rows: list[ExtraRow], known, new_people, new_tasks, new_teams: list[str], notes: list[Note]) -> list[ExtraChange]:
    """The lines that change the database, matched like the matrix sheet (names in any case or order)."""
    people = {name_key(p.name): p.row for p in new_people}
    tasks = {task_key(t.name): t.col for t in new_tasks}
    found = []
    for row in rows:
        change = _match_one(row, known, people, tasks, {task_key(t) for t in new_teams}, notes)
        if change is not None and _changes(change, known):
            found.append(change)
    return found


def _match_one(row: ExtraRow, known, people: dict, tasks: dict, new_teams: set, notes: list[Note]) -> ExtraChange | None:
    task = _task(row, known, tasks, notes)
    if task is None:
        return None
    if row.kind == COVERAGE:
        return _team(row, task, known, new_teams, notes)
    person = _person(row, known, people, notes)
    if person is None:
        return None
    if row.kind == CERTIFICATES and task[0] is not None and not task[2]:
        notes.append(Note(row.ref, NOT_A_CERTIFICATE, {"name": row.task}))
        return None
    return ExtraChange(row.kind, row.ref, row.person, row.task, row.values, person[0], person[1], task[0], task[1])


def _task(row: ExtraRow, known, new: dict, notes: list[Note]):
    """(task id, new column, is certificate) or None."""
    candidates = known.tasks.get(task_key(row.task), [])
    if len(candidates) == 1:
        return candidates[0].id, None, candidates[0].is_certificate
    if task_key(row.task) in new:
        return None, new[task_key(row.task)], True
    notes.append(Note(row.ref, UNKNOWN_TASK, {"name": row.task}))
    return None


def _person(row: ExtraRow, known, new: dict, notes: list[Note]):
    candidates = known.people.get(name_key(row.person), [])
    if len(candidates) > 1 and row.team:
        candidates = [c for c in candidates if task_key(c.team_name) == task_key(row.team)] or candidates
    if len(candidates) == 1:
        return candidates[0].id, None
    if name_key(row.person) in new:
        return None, new[name_key(row.person)]
    notes.append(Note(row.ref, UNKNOWN_PERSON, {"name": row.person}))
    return None


def _team(row: ExtraRow, task, known, new_teams: set, notes: list[Note]) -> ExtraChange | None:
    base = ExtraChange(row.kind, row.ref, "", row.task, row.values, task_id=task[0], task_col=task[1])
    if not row.team:
        return base
    team = known.teams.get(task_key(row.team))
    if team is not None:
        return ExtraChange(**{**base.__dict__, "team_id": team.id})
    if task_key(row.team) in new_teams:
        return ExtraChange(**{**base.__dict__, "new_team": row.team})
    notes.append(Note(row.ref, UNKNOWN_TEAM, {"name": row.team}))
    return None


def _changes(change: ExtraChange, known) -> bool:
    if change.employee_id is None and change.kind != COVERAGE or change.task_id is None or change.new_team:
        return True  # about something the import creates
    if change.kind == COVERAGE:
        stored = {(t.task_id, t.team_id): (t.deployable, t.teachers) for t in known.data.targets}
        return stored.get((change.task_id, change.team_id)) != change.values
    cell = known.data.cell(change.employee_id, change.task_id)
    if change.kind == CERTIFICATES:
        return cell.valid_until != change.values[0]
    return (cell.target_level, cell.target_date) != (change.values[0], change.values[1] if change.values[0] else None)
