"""Where the matrix is in a spreadsheet someone made by hand.

Real sheets have a title above the header, core-task bands merged over the tasks,
team headings between the people, a legend and notes below, a total row, an
"Opmerkingen" column. read_matrix() finds the header row (the row with the most
task-like names, followed by rows that start with a person's name), reads the
people and their levels, and says precisely what it skipped and why (notes) and
which cells it cannot read (problems: those stop the import). Pure: the reader
hands in a SheetCells of plain values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wplstudio.domain.sheet_text import (
    Note, Reason, cell_ref, column_letter, is_level_token, name_key, parse_level, range_ref, rows_ref, shown, task_key, tidy,
)
from wplstudio.domain.text import QT_TRANSLATE_NOOP

HEADER_SEARCH_ROWS = 100  # the header is near the top; a title block is a few rows at most
LOOKAHEAD_ROWS = 10

NAME_HEADERS = frozenset({"naam", "namen", "name", "names", "medewerker", "medewerkers", "employee", "employees", "wie",
                          "personeel", "werknemer", "werknemers", "naam medewerker", "persoon", "collega"})
NAME_HEADER_WORDS = frozenset({"naam", "namen", "name", "names", "medewerker", "medewerkers", "employee", "employees",
                               "werknemer", "werknemers", "personeel"})  # "Naam medewerker", "Medewerker (naam)": labels
TEAM_HEADERS = frozenset({"team", "teams", "afdeling", "afd", "afd.", "department", "groep", "ploeg"})
FUNCTION_HEADERS = frozenset({"functie", "function", "rol", "role", "beroep", "job"})
OTHER_HEADERS = frozenset({"nr", "nr.", "no", "no.", "nummer", "personeelsnummer", "pers.nr", "pers. nr.", "pnr", "id",
                           "in dienst", "datum in dienst", "geboortedatum", "leeftijd", "opmerking", "opmerkingen",
                           "notes", "note", "remarks", "totaal", "total", "som", "score", "%", "gemiddelde", "average",
                           "aantal", "uren", "contract", "telefoon", "email", "e-mail", "locatie", "vestiging",
                           "leidinggevende", "manager", "opleiding", "niveau"})
NAME_PART_HEADERS = {
    "first": frozenset({"voornaam", "voornamen", "roepnaam", "first name", "firstname", "given name"}),
    "prefix": frozenset({"tussenvoegsel", "tussenv.", "tussenv", "tv", "voorvoegsel", "prefix"}),
    "last": frozenset({"achternaam", "familienaam", "last name", "lastname", "surname", "family name"}),
}
SUMMARY_WORDS = frozenset({"totaal", "total", "totalen", "som", "sum", "aantal", "count", "gemiddelde", "average",
                           "dekking", "coverage", "norm", "doel", "target", "minimum", "benodigd", "nodig", "inzetbaar",
                           "deployable", "bezetting", "stand"})
LEGEND_WORDS = frozenset({"legenda", "legend", "uitleg", "verklaring", "toelichting", "key"})
NOTE_STARTS = ("*", "nb", "n.b", "opm", "let op", "bron", "versie", "laatst", "gemaakt", "bijgewerkt", "note", "ps")
LEGEND_LINE = re.compile(r"^\s*(?:[-–—ILUOiluo0-4○◔◑◕●]|leeg|blank|empty)\s*[=:–-]", re.UNICODE)

# What the notes and problems say (context "import").
NO_MATRIX = QT_TRANSLATE_NOOP("import", "No matrix found on this sheet: no row of task names followed by rows that start with a name.")
ABOVE_HEADER = QT_TRANSLATE_NOOP("import", "Rows above the header (title and core-task bands), not read as people: {text}.")
INFO_COLUMN = QT_TRANSLATE_NOOP("import", "Column {col} \"{header}\" is not a task; skipped.")
TEAM_COLUMN = QT_TRANSLATE_NOOP("import", "Column {col} \"{header}\" is read as the team, not as a task.")
FUNCTION_COLUMN = QT_TRANSLATE_NOOP("import", "Column {col} \"{header}\" is read as the function, not as a task.")
TEXT_COLUMN = QT_TRANSLATE_NOOP("import", "Column {col} \"{header}\" holds text, not levels (such as \"{text}\"), and is not a known task; skipped.")
NAMELESS_COLUMN = QT_TRANSLATE_NOOP("import", "Column {col} has values but no task name in the header row; skipped.")
NAMELESS_ROW = QT_TRANSLATE_NOOP("import", "Row {row} has values but no name in column {col}; skipped.")
LEGEND_ROWS = QT_TRANSLATE_NOOP("import", "From row {row} (\"{text}\") on: the legend and notes, not people; skipped.")
SUMMARY_ROW = QT_TRANSLATE_NOOP("import", "Row {row} \"{text}\" is a summary row, not a person; skipped.")
NOTE_ROW = QT_TRANSLATE_NOOP("import", "Row {row} \"{text}\" is a note, not a person's name; skipped.")
NAME_PARTS = QT_TRANSLATE_NOOP("import", "Columns {cols} are read together as each person's name.")
TEAM_ROW = QT_TRANSLATE_NOOP("import", "Row {row} \"{text}\" is read as a team heading for the rows below it.")
FORMULAS_READ = QT_TRANSLATE_NOOP("import", "{count} level cell(s) hold a formula; the result Excel saved with it was read (first: {first}).")
UNCACHED_FORMULA = QT_TRANSLATE_NOOP("import", "This cell holds a formula without a saved result (the file was not last saved by Excel). Open it in Excel or LibreOffice, save, and import again, or type the level.")
MERGED_LEVELS = QT_TRANSLATE_NOOP("import", "These cells are merged over level cells. Unmerge them so each cell holds one level.")
DUPLICATE_PERSON = QT_TRANSLATE_NOOP("import", "\"{name}\" appears twice in the sheet (rows {first} and {row}). Keep one row.")
DUPLICATE_TASK = QT_TRANSLATE_NOOP("import", "The task \"{name}\" appears twice in the header (columns {first} and {col}). Keep one column.")
NO_LEVELS = QT_TRANSLATE_NOOP("import", "Not one level cell holds a letter or a number. If the sheet shows the levels with colours "
                                        "only, wplstudio cannot read them: put -, I, L, U or O (or 0 to 4) in each cell.")
TRUNCATED = QT_TRANSLATE_NOOP("import", "The sheet is larger than a matrix can be; only the first {rows} rows and {cols} columns were read.")


@dataclass(frozen=True)
class SheetCells:
    """One sheet as plain values: rows[0] is Excel row 1, rows[r][0] column A."""

    name: str
    rows: list[tuple]
    merged: tuple[tuple[int, int, int, int], ...] = ()  # (first row, first col, last row, last col), 1-based
    formulas: frozenset[tuple[int, int]] = frozenset()  # (row, col) of cells that hold a formula
    truncated: tuple[int, int] | None = None  # (rows, cols) when the reader stopped at its size limit


@dataclass(frozen=True)
class SheetTask:
    col: int
    name: str
    band: str  # the core task merged above it, "" when there is none
    ref: str


@dataclass(frozen=True)
class SheetPerson:
    row: int
    name: str
    ref: str
    team: str  # from a team column or the team heading above; "" when the sheet does not say
    function: str
    levels: dict[int, int] = field(default_factory=dict)  # column -> level, only the readable cells


@dataclass(frozen=True)
class SheetReading:
    sheet: str
    header_row: int = 0
    name_col: int = 0
    tasks: list[SheetTask] = field(default_factory=list)
    people: list[SheetPerson] = field(default_factory=list)
    problems: list[Note] = field(default_factory=list)  # cells that cannot be read: the import stops
    notes: list[Note] = field(default_factory=list)  # what was skipped or read in a special way, and why

    @property
    def found(self) -> bool:
        return bool(self.tasks and self.people)


class Grid:
    """Lookups on a SheetCells: values, merged ranges, formulas."""

    def __init__(self, cells: SheetCells) -> None:
        self.cells = cells
        self.name = cells.name
        self.height = len(cells.rows)
        self.width = max((len(r) for r in cells.rows), default=0)
        self._merged_at = {}
        for box in cells.merged:
            r1, c1, r2, c2 = box
            if (r2 - r1 + 1) * (c2 - c1 + 1) <= 100_000:  # a whole-column merge is not a band; do not expand it
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        self._merged_at[(r, c)] = box

    def raw(self, row: int, col: int) -> object:
        if 1 <= row <= self.height:
            values = self.cells.rows[row - 1]
            if 1 <= col <= len(values):
                value = values[col - 1]
                return None if isinstance(value, str) and not value.strip() else value
        return None

    def shown(self, row: int, col: int) -> object:
        """The value as Excel shows it: a merged cell shows its top-left value."""
        box = self._merged_at.get((row, col))
        return self.raw(box[0], box[1]) if box else self.raw(row, col)

    def merged(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        return self._merged_at.get((row, col))

    def text(self, row: int, col: int) -> str:
        value = self.shown(row, col)
        return tidy(value) if isinstance(value, str) else ""

    def row_values(self, row: int, cols: list[int]) -> list[tuple[int, object]]:
        return [(c, v) for c in cols if (v := self.raw(row, c)) is not None]

    def is_blank_row(self, row: int) -> bool:
        return 1 <= row <= self.height and all(v is None or isinstance(v, str) and not v.strip() for v in self.cells.rows[row - 1])

    def ref(self, row: int, col: int) -> str:
        return cell_ref(self.name, row, col)


# --- what a text looks like ----------------------------------------------------------

def is_task_like(value: object) -> bool:
    return isinstance(value, str) and bool(re.search(r"[^\W\d_]", value)) and not is_level_token(value) and len(value) <= 200


def is_name_like(value: object) -> bool:
    """A person's name: letters, at most six words, no digits or sentence marks, not a level or a keyword."""
    if not isinstance(value, str):
        return False
    text = tidy(value)
    letters = sum(ch.isalpha() for ch in text)
    return (letters >= 2 and len(text) <= 80 and len(text.split()) <= 6 and not re.search(r"[\d:=?!;*\[\]/\\]", text)
            and not is_level_token(text) and not _is_summary(text) and not _is_legend(text)
            and not _is_note(text) and task_key(text) not in NAME_HEADERS and not set(task_key(text).split()) & NAME_HEADER_WORDS)


def _first_word(text: str) -> str:
    words = re.split(r"[\s:]+", text.casefold().strip())
    return words[0] if words else ""


def _is_legend(text: str) -> bool:
    """ "Legenda", "Legenda:", "Uitleg niveaus", "I = in opleiding"; not "Verklaring Jansen"."""
    if LEGEND_LINE.match(text):
        return True
    return _first_word(text) in LEGEND_WORDS and _not_a_name(text)


def _not_a_name(text: str) -> bool:
    """One word, a lower-case word, or punctuation: a label rather than "First Last"."""
    words = text.split()
    return len(words) == 1 or not all(w[:1].isupper() for w in words) or bool(re.search(r"[^\w\s'-]", text))


def _is_note(text: str) -> bool:
    lowered = text.casefold().strip()
    return lowered.startswith(NOTE_STARTS) and not is_name_like_plain(text) or len(text) > 60 or len(text.split()) > 6


def is_name_like_plain(text: str) -> bool:
    """ "Noor Bakker" starts like a note ("no..") but is a name: two to four capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper() and not text.startswith("*")


# --- the header ------------------------------------------------------------------------

def find_header(grid: Grid, known_tasks: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """(header row, name column): the row naming the most known tasks, then the most distinct task-like
    texts right of the names, followed by rows that start with a name. A row that itself starts with a
    person's name counts half (it is more likely a person with "x" or "U+" in it). A tie goes to the
    lower row: the band of core tasks sits above the header."""
    best, best_rank = None, (0, 0.0)
    for row in range(1, min(grid.height, HEADER_SEARCH_ROWS) + 1):
        name_col = _name_column_below(grid, row)
        if name_col is None:
            continue
        texts = {task_key(grid.text(row, c)) for c in range(name_col + 1, grid.width + 1) if is_task_like(grid.shown(row, c))}
        score = len(texts) / (2 if is_name_like(grid.raw(row, name_col)) else 1)
        rank = (len(texts & known_tasks), score)
        if texts and rank >= best_rank:
            best, best_rank = (row, name_col), rank
    return best


def _name_column_below(grid: Grid, row: int) -> int | None:
    """The leftmost column that holds names in the first rows under row, when there are names."""
    found = []
    for below in range(row + 1, min(grid.height, row + LOOKAHEAD_ROWS) + 1):
        first = next(((c, v) for c in range(1, grid.width + 1) if (v := grid.raw(below, c)) is not None), None)
        if first and is_name_like(first[1]):
            found.append(first[0])
    return min(found) if found else None


# --- the columns -----------------------------------------------------------------------

@dataclass
class Columns:
    tasks: list[SheetTask] = field(default_factory=list)
    team_col: int | None = None
    function_col: int | None = None
    name_parts: dict[str, int] = field(default_factory=dict)  # "first", "prefix", "last" -> column, when the name is split
    notes: list[Note] = field(default_factory=list)
    problems: list[Note] = field(default_factory=list)


def read_columns(grid: Grid, header_row: int, name_col: int, known_tasks: frozenset[str]) -> Columns:
    result = Columns()
    bands = band_names(grid, header_row, name_col)
    seen: dict[tuple[str, str], int] = {}
    _name_parts(grid, header_row, name_col, result)
    for col in range(name_col + 1, grid.width + 1):
        header = grid.text(header_row, col) if is_task_like(grid.shown(header_row, col)) else ""
        if col in result.name_parts.values():
            continue
        if not header:
            _nameless_column(grid, header_row, col, result)
        elif not _info_column(grid, col, header, result, known_tasks):
            _task_column(grid, header_row, col, header, bands.get(col, ""), known_tasks, seen, result)
    return result


def _name_parts(grid: Grid, header_row: int, name_col: int, result: Columns) -> None:
    """ "Voornaam | Tussenvoegsel | Achternaam", as HR programs export it: read together as one name."""
    parts = {}
    for col in range(name_col, name_col + 3):
        key = task_key(grid.text(header_row, col)).rstrip(":")
        part = next((p for p, words in NAME_PART_HEADERS.items() if key in words), None)
        if part and part not in parts:
            parts[part] = col
    if "first" in parts and "last" in parts:
        result.name_parts = parts
        cols = sorted(parts.values())
        result.notes.append(Note(range_ref(grid.name, header_row, cols[0], header_row, cols[-1]), NAME_PARTS,
                                 {"cols": ", ".join(column_letter(c) for c in cols)}))


def _full_name(grid: Grid, row: int, columns: Columns) -> str:
    return " ".join(tidy(v) for part in ("first", "prefix", "last") if part in columns.name_parts
                    and isinstance(v := grid.raw(row, columns.name_parts[part]), str) and v.strip())


def _info_column(grid: Grid, col: int, header: str, result: Columns, known: frozenset[str]) -> bool:
    key = task_key(header).rstrip(":")
    if task_key(header) in known:  # a task the company has, even when it is called "Opleiding"
        return False
    params = {"col": column_letter(col), "header": shown(header)}
    if key in TEAM_HEADERS and result.team_col is None:
        result.team_col = col
        result.notes.append(Note(_col_ref(grid, col), TEAM_COLUMN, params))
    elif key in FUNCTION_HEADERS and result.function_col is None:
        result.function_col = col
        result.notes.append(Note(_col_ref(grid, col), FUNCTION_COLUMN, params))
    elif key in OTHER_HEADERS or key in TEAM_HEADERS or key in FUNCTION_HEADERS:
        result.notes.append(Note(_col_ref(grid, col), INFO_COLUMN, params))
    else:
        return False
    return True


def _task_column(grid: Grid, header_row: int, col: int, header: str, band: str, known: frozenset[str],
                 seen: dict, result: Columns) -> None:
    text_sample = _mostly_text(grid, header_row, col)
    if text_sample is not None and task_key(header) not in known:
        result.notes.append(Note(_col_ref(grid, col), TEXT_COLUMN, {"col": column_letter(col), "header": shown(header), "text": text_sample}))
        return
    key = (task_key(header), task_key(band))
    if key in seen:
        result.problems.append(Note(grid.ref(header_row, col), DUPLICATE_TASK, {
            "name": shown(header), "first": column_letter(seen[key]), "col": column_letter(col)}))
        return
    seen[key] = col
    result.tasks.append(SheetTask(col, header, band, grid.ref(header_row, col)))


def _mostly_text(grid: Grid, header_row: int, col: int) -> str | None:
    """A sample of the text when most filled cells below the header are text that is not a level."""
    values = [v for r in range(header_row + 1, grid.height + 1) if (v := grid.raw(r, col)) is not None]
    unreadable = [v for v in values if isinstance(v, str) and isinstance(parse_level(v), Reason)]
    if len(unreadable) >= 3 and len(unreadable) * 2 > len(values):
        return shown(unreadable[0])
    return None


def _nameless_column(grid: Grid, header_row: int, col: int, result: Columns) -> None:
    if any(grid.raw(r, col) is not None for r in range(header_row + 1, grid.height + 1)):
        result.notes.append(Note(_col_ref(grid, col), NAMELESS_COLUMN, {"col": column_letter(col)}))


def _col_ref(grid: Grid, col: int) -> str:
    return range_ref(grid.name, 1, col, max(grid.height, 1), col)


def band_names(grid: Grid, header_row: int, name_col: int) -> dict[int, str]:
    """Column -> core task written (usually merged) in the row above the header. A range that starts
    at the name column is a title, not a band; a band written once without merging runs on to the right."""
    band_row = header_row - 1
    if band_row < 1:
        return {}
    bands, current = {}, ""
    for col in range(name_col + 1, grid.width + 1):
        box = grid.merged(band_row, col)
        if box and box[1] <= name_col:
            continue
        if box and box[2] >= header_row:  # merged down into the header: a column without a band
            current = ""
            continue
        value = grid.shown(band_row, col)
        if is_task_like(value):
            current = tidy(value)
        if current:
            bands[col] = current
    return bands


# --- the rows ------------------------------------------------------------------------

@dataclass
class RowState:
    team_heading: str = ""
    seen: dict[tuple[str, str], int] = field(default_factory=dict)
    formula_refs: list[str] = field(default_factory=list)
    merged_reported: set = field(default_factory=set)
    filled: int = 0  # level cells that hold anything at all


def read_matrix(cells: SheetCells, known_tasks: frozenset[str] = frozenset(), known_teams: frozenset[str] = frozenset(),
                known_people: frozenset[str] = frozenset()) -> SheetReading:
    """The people, tasks and levels on one sheet, with everything skipped (notes) and unreadable (problems).
    The known_* sets (task_key / name_key of what the database holds) settle doubtful cases: a known
    employee called "Norm" is a person, not a norm row; a known team's name alone is a heading."""
    grid = Grid(cells)
    header = find_header(grid, known_tasks)
    if header is None:
        return SheetReading(cells.name, problems=[Note(cells.name, NO_MATRIX)])
    header_row, name_col = header
    columns = read_columns(grid, header_row, name_col, known_tasks)
    reading = SheetReading(cells.name, header_row, name_col, columns.tasks, [], list(columns.problems),
                           _above_header(grid, header_row) + columns.notes)
    _read_rows(grid, reading, columns, known_teams, known_people)
    if cells.truncated:
        reading.notes.append(Note(cells.name, TRUNCATED, {"rows": cells.truncated[0], "cols": cells.truncated[1]}))
    return reading


def _above_header(grid: Grid, header_row: int) -> list[Note]:
    texts = [tidy(v) for r in range(1, header_row) for c in range(1, grid.width + 1)
             if isinstance(v := grid.raw(r, c), str) and v.strip()]
    if not texts:
        return []
    sample = "; ".join(shown(t) for t in texts[:3]) + ("; …" if len(texts) > 3 else "")
    return [Note(rows_ref(grid.name, 1, header_row - 1), ABOVE_HEADER, {"text": sample})]


def _read_rows(grid: Grid, reading: SheetReading, columns: Columns, known_teams: frozenset[str],
               known_people: frozenset[str]) -> None:
    state = RowState()
    task_cols = [t.col for t in columns.tasks]
    for row in range(reading.header_row + 1, grid.height + 1):
        if _read_row(grid, reading, columns, task_cols, row, state, known_teams, known_people) == "stop":
            break
    if reading.people and columns.tasks and not state.filled:
        last = reading.people[-1].row
        reading.problems.append(Note(range_ref(grid.name, reading.people[0].row, columns.tasks[0].col, last, columns.tasks[-1].col), NO_LEVELS))
    if state.formula_refs:
        reading.notes.append(Note(state.formula_refs[0], FORMULAS_READ, {"count": len(state.formula_refs), "first": state.formula_refs[0]}))


def _read_row(grid: Grid, reading: SheetReading, columns: Columns, task_cols: list[int], row: int, state: RowState,
              known_teams: frozenset[str], known_people: frozenset[str]) -> str:
    name_col = reading.name_col
    name_value = grid.raw(row, name_col)
    filled = grid.row_values(row, task_cols)
    if name_value is None:
        if filled:
            reading.notes.append(Note(grid.ref(row, name_col), NAMELESS_ROW, {"row": row, "col": column_letter(name_col)}))
        return "next"
    text = tidy(name_value) if isinstance(name_value, str) else shown(name_value)
    params = {"row": row, "text": shown(text)}
    known = name_key(text) in known_people
    if isinstance(name_value, str) and not known and _is_legend(text):
        if any(not grid.is_blank_row(r) for r in range(row, grid.height + 1)):
            reading.notes.append(Note(rows_ref(grid.name, row, grid.height), LEGEND_ROWS, params))
        return "stop"
    if isinstance(name_value, str) and not known and _is_summary(text):
        reading.notes.append(Note(grid.ref(row, name_col), SUMMARY_ROW, params))
    elif not known and not is_name_like(name_value):
        reading.notes.append(Note(grid.ref(row, name_col), NOTE_ROW, params))
    elif not filled and (task_key(text) in known_teams or _merged_across(grid, row, name_col)):
        state.team_heading = text
        reading.notes.append(Note(grid.ref(row, name_col), TEAM_ROW, params))
    else:
        _person(grid, reading, columns, row, (_full_name(grid, row, columns) if columns.name_parts else "") or text, state)
    return "next"


def _is_summary(text: str) -> bool:
    """ "Totaal", "Aantal U+O", "Doel per taak" are summary rows; "Norm Jansen" is a person."""
    return _first_word(text) in SUMMARY_WORDS and _not_a_name(text)


def _merged_across(grid: Grid, row: int, name_col: int) -> bool:
    box = grid.merged(row, name_col)
    return box is not None and box[3] > name_col and box[0] == box[2]


def _person(grid: Grid, reading: SheetReading, columns: Columns, row: int, name: str, state: RowState) -> None:
    team = grid.text(row, columns.team_col) if columns.team_col else state.team_heading
    key = (name_key(name), task_key(team))  # two people with one name in different teams are two people
    if key in state.seen:
        reading.problems.append(Note(grid.ref(row, reading.name_col), DUPLICATE_PERSON, {
            "name": shown(name), "first": state.seen[key], "row": row}))
        return
    state.seen[key] = row
    function = grid.text(row, columns.function_col) if columns.function_col else ""
    levels = {}
    for task in columns.tasks:
        level = _level(grid, reading, row, task.col, state)
        if level is not None:
            levels[task.col] = level
    reading.people.append(SheetPerson(row, name, grid.ref(row, reading.name_col), team, function, levels))


def _level(grid: Grid, reading: SheetReading, row: int, col: int, state: RowState) -> int | None:
    box = grid.merged(row, col)
    if box and box[:2] != box[2:]:
        if box not in state.merged_reported:
            state.merged_reported.add(box)
            reading.problems.append(Note(range_ref(grid.name, *box), MERGED_LEVELS))
        return None
    value = grid.raw(row, col)
    state.filled += value is not None
    if (row, col) in grid.cells.formulas:
        if value is None:
            reading.problems.append(Note(grid.ref(row, col), UNCACHED_FORMULA))
            return None
        state.formula_refs.append(grid.ref(row, col))
    level = parse_level(value)
    if isinstance(level, Reason):
        reading.problems.append(Note(grid.ref(row, col), level.message, level.params))
        return None
    return level
