"""The deployability matrix as a Qt table model over plain MatrixData.

Rows are people grouped by team, each team preceded by a header row; columns are the
person's name, their gap against their function's profile, then one column per task in
landscape order. No widget per cell: the delegate paints what look() describes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from wplstudio.domain import matrix as rules
from wplstudio.domain.levels import info
from wplstudio.i18n import translate
from wplstudio.services.matrix import ColumnTask, MatrixData, RowPerson
from wplstudio.ui.dates import show
from wplstudio.ui.pages.matrix.figures import NO_FIGURES, GridFigures

NAME_COLUMN, GAP_COLUMN, FIRST_TASK = 0, 1, 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 10
PERSON_ROLE = Qt.ItemDataRole.UserRole + 11
TASK_ROLE = Qt.ItemDataRole.UserRole + 12
TEAM_ROW_ROLE = Qt.ItemDataRole.UserRole + 13
GROUP_ROLE = Qt.ItemDataRole.UserRole + 14  # header: the core task over a task column
FIGURES_ROLE = Qt.ItemDataRole.UserRole + 15  # header: the task's TaskFigures
ALL = object()  # a filter that lets everyone through
PERSON_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
TEAM_FLAGS = Qt.ItemFlag.ItemIsEnabled


@dataclass(frozen=True)
class GridRow:
    team_name: str
    person: RowPerson | None = None  # None: the header row of a team
    people: int = 0  # on a team header row: how many people follow
    stripe: bool = False  # every other person, for reading along a long row


def grid_rows(people: list[RowPerson], team=ALL, function=ALL) -> list[GridRow]:
    """People in the service's order (by team), each team behind a header row."""
    shown = [p for p in people if (team is ALL or p.team_id == team) and (function is ALL or p.function_id == function)]
    rows: list[GridRow] = []
    for index, person in enumerate(shown):
        if index == 0 or person.team_id != shown[index - 1].team_id:
            count = sum(1 for p in shown if p.team_id == person.team_id)
            rows.append(GridRow(person.team_name, None, count))
            stripe = False
        rows.append(GridRow(person.team_name, person, stripe=stripe))
        stripe = not stripe
    return rows


def core_task_groups(tasks: list[ColumnTask]) -> list[tuple[int, int, str]]:
    """(first column, last column, core task name) for each core task, left to right."""
    groups: list[tuple[int, int, str]] = []
    for i, task in enumerate(tasks):
        if groups and task.core_task_id == tasks[i - 1].core_task_id:
            groups[-1] = (groups[-1][0], FIRST_TASK + i, task.core_task_name)
        else:
            groups.append((FIRST_TASK + i, FIRST_TASK + i, task.core_task_name))
    return groups


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.data_ = MatrixData([], [])
        self.figures = NO_FIGURES
        self.rows: list[GridRow] = []
        self.team, self.function = ALL, ALL
        self.letters = False
        self.warn_days = rules.EXPIRY_WARNING_DAYS  # the company's setting, see set_matrix
        self.group_starts: frozenset[int] = frozenset()  # columns where a new core task begins
        self.groups: list[tuple[int, int, str]] = []  # (first column, last column, core task name)
        self.stale: dict[tuple[int, int], object] = {}  # (employee, task) -> board_learning.StaleRow: not practised
        self.stale_months = 0
        self._looks: dict[tuple[int, int], tuple] = {}  # (row, column) -> look(), filled as cells are painted
        self._shared: dict[tuple, tuple] = {}

    # --- filling ----------------------------------------------------------
    def set_matrix(self, data: MatrixData, figures: GridFigures = NO_FIGURES, warn_days: int | None = None) -> None:
        self.beginResetModel()
        self._looks.clear()
        self.data_, self.figures = data, figures
        self.warn_days = rules.EXPIRY_WARNING_DAYS if warn_days is None else warn_days
        self.rows = grid_rows(data.people, self.team, self.function)
        tasks = data.tasks
        self.group_starts = frozenset(FIRST_TASK + i for i, task in enumerate(tasks)
                                      if i == 0 or task.core_task_id != tasks[i - 1].core_task_id)
        self.groups = core_task_groups(tasks)
        self.endResetModel()

    def set_figures(self, figures: GridFigures) -> None:
        self.figures = figures
        if self.rows:
            self.dataChanged.emit(self.index(0, GAP_COLUMN), self.index(len(self.rows) - 1, GAP_COLUMN))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_filter(self, team=ALL, function=ALL) -> None:
        self.beginResetModel()
        self._looks.clear()
        self.team, self.function = team, function
        self.rows = grid_rows(self.data_.people, team, function)
        self.endResetModel()

    def set_letters(self, on: bool) -> None:
        self.letters = on
        self._looks.clear()
        self.layoutChanged.emit()

    def set_cells(self, cells: dict[tuple[int, int], rules.Cell]) -> None:
        """Changed cells from the service: update them in place and repaint only those."""
        self.data_.cells.update(cells)
        rows = {row.person.id: r for r, row in enumerate(self.rows) if row.person}
        columns = {task.id: c + FIRST_TASK for c, task in enumerate(self.data_.tasks)}
        for employee_id, task_id in cells:
            if employee_id in rows and task_id in columns:
                self._looks.pop((rows[employee_id], columns[task_id]), None)
                index = self.index(rows[employee_id], columns[task_id])
                self.dataChanged.emit(index, index)

    # --- reading ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIRST_TASK + len(self.data_.tasks)

    def summary(self) -> str:
        people = sum(1 for row in self.rows if row.person)
        text = translate("matrix", "1 employee × {tasks} tasks") if people == 1 else translate("matrix", "{people} employees × {tasks} tasks")
        return text.format(people=people, tasks=len(self.data_.tasks))

    def person_at(self, row: int) -> RowPerson | None:
        return self.rows[row].person

    def task_at(self, column: int) -> ColumnTask | None:
        return self.data_.tasks[column - FIRST_TASK] if column >= FIRST_TASK else None

    def cell_at(self, row: int, column: int) -> rules.Cell:
        person = self.rows[row].person
        if person is None or column < FIRST_TASK:
            return rules.EMPTY
        return self.data_.cell(person.id, self.data_.tasks[column - FIRST_TASK].id)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return PERSON_FLAGS if self.rows[index.row()].person else TEAM_FLAGS  # a team row cannot be selected

    def look(self, row: int, column: int) -> tuple:
        """What a task cell looks like, as a small hashable key the delegate caches pictures by."""
        look = self._looks.get((row, column))
        if look is None:
            look = self._look(row, column)
            look = self._looks[row, column] = self._shared.setdefault(look, look)  # a few dozen kinds, shared
        return look

    def _look(self, row: int, column: int) -> tuple:
        grid_row = self.rows[row]
        if grid_row.person is None:
            return ("team", column in self.group_starts)
        task = self.data_.tasks[column - FIRST_TASK]
        cell = self.data_.cells.get((grid_row.person.id, task.id), rules.EMPTY)
        return ("cell", cell.level, self._certificate_mark(cell, task), _target_mark(cell, self.data_.today),
                grid_row.stripe, self.letters, column in self.group_starts, (grid_row.person.id, task.id) in self.stale)

    def _certificate_mark(self, cell: rules.Cell, task: ColumnTask) -> str:
        if not task.is_certificate:
            return ""
        state = rules.certificate_state(cell.valid_until, self.data_.today, self.warn_days)
        if state == "missing":
            return "missing" if cell.level >= rules.DEPLOYABLE else ""
        return "" if state == "valid" else state

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == LEVEL_ROLE:
            return self.cell_at(row, column).level if column >= FIRST_TASK and self.rows[row].person else None
        if role == PERSON_ROLE:
            return self.rows[row].person
        if role == TASK_ROLE:
            return self.task_at(column)
        if role == TEAM_ROW_ROLE:
            return self.rows[row].person is None
        return None

    def _text(self, row: int, column: int) -> str:
        grid_row = self.rows[row]
        if grid_row.person is None:
            if column != NAME_COLUMN:
                return ""
            team = grid_row.team_name or translate("matrix", "No team")
            return translate("matrix", "{team} ({n})").format(team=team, n=grid_row.people)
        if column == NAME_COLUMN:
            return grid_row.person.name
        if column == GAP_COLUMN:
            return gap_text(self.figures.gaps.get(grid_row.person.id))
        return letter(self.cell_at(row, column).level)

    def _tooltip(self, row: int, column: int) -> str | None:
        person = self.rows[row].person
        if person is None:
            return None
        if column == NAME_COLUMN:
            return translate("matrix", "{name}\nFunction: {function}").format(
                name=person.name, function=person.function_name or translate("matrix", "none"))
        if column == GAP_COLUMN:
            return gap_tooltip(self.figures.gaps.get(person.id), person.function_name)
        task = self.task_at(column)
        text = cell_tooltip(person, task, self.cell_at(row, column), self.figures, self.data_.today, self.warn_days)
        stale = self.stale.get((person.id, task.id))
        return text + "\n" + stale_line(stale, self.stale_months) if stale is not None else text

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        task = self.task_at(section) if section < self.columnCount() else None
        if role == Qt.ItemDataRole.DisplayRole:
            return task.name if task else (translate("matrix", "Employee") if section == NAME_COLUMN else translate("matrix", "Gap"))
        if task is None:
            return None
        if role == GROUP_ROLE:
            return task.core_task_name
        if role == FIGURES_ROLE:
            return self.figures.task(task.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return task_tooltip(task, self.figures)
        return None


def _target_mark(cell: rules.Cell, today) -> str:
    if cell.target_level is None or cell.level >= cell.target_level:
        return ""
    return "overdue" if rules.target_overdue(cell, today) else "planned"


def gap_text(gap: int | None) -> str:
    if gap is None:
        return ""
    return translate("matrix", "✓ on profile") if gap == 0 else translate("matrix", "{n} short").format(n=gap)


def gap_tooltip(gap: int | None, function_name: str) -> str:
    if gap is None:
        return translate("matrix", "No level profile for this function yet.")
    return translate("matrix", "Tasks below the level that the function {function} asks: {n}").format(
        function=function_name, n=gap)


def letter(level: int) -> str:
    """The level's letter as printed: an en dash for "not"."""
    return info(level).letter.replace("-", "–")


def level_words(level: int) -> str:
    return f"{letter(level)}  {translate('levels', info(level).label)}"


def cell_tooltip(person: RowPerson, task: ColumnTask, cell: rules.Cell, figures: GridFigures, today,
                 warn_days: int = rules.EXPIRY_WARNING_DAYS) -> str:
    lines = [f"{person.name} — {task.name}", level_words(cell.level)]
    own = figures.descriptions.get((task.id, cell.level))
    if own:
        lines.append(own)
    lines += certificate_lines(cell, task, today, warn_days) + target_lines(cell, today)
    return "\n".join(lines)


def certificate_lines(cell: rules.Cell, task: ColumnTask, today, warn_days: int = rules.EXPIRY_WARNING_DAYS) -> list[str]:
    if not task.is_certificate:
        return []
    state = rules.certificate_state(cell.valid_until, today, warn_days)
    if state == "missing":
        return [translate("matrix", "Certificate: no valid-until date; does not count as deployable.")] if cell.level >= rules.DEPLOYABLE else []
    text = {"expired": translate("matrix", "Certificate EXPIRED on {date}: does not count as deployable until renewed."),
            "expiring": translate("matrix", "Certificate expires on {date}: renew it soon."),
            "valid": translate("matrix", "Certificate valid until {date}.")}[state]
    return [text.format(date=show(cell.valid_until))]


def target_lines(cell: rules.Cell, today) -> list[str]:
    if cell.target_level is None:
        return []
    level = level_words(cell.target_level)
    if cell.target_date is None:
        return [translate("matrix", "Training target: {level}").format(level=level)]
    text = (translate("matrix", "Training target: {level} by {date} — OVERDUE") if rules.target_overdue(cell, today)
            else translate("matrix", "Training target: {level} by {date}"))
    return [text.format(level=level, date=show(cell.target_date))]


def stale_line(row, months: int) -> str:
    """Why a cell carries the hourglass: work on the board counts as practice."""
    if row.last_practised is None:
        return translate("matrix", "Not practised on the planning board in the last {n} months (never planned on it).").format(n=months)
    return translate("matrix", "Not practised on the planning board in the last {n} months (last time {date}).").format(
        n=months, date=show(row.last_practised))


def task_tooltip(task: ColumnTask, figures: GridFigures) -> str:
    numbers = figures.task(task.id)
    lines = [f"{task.core_task_name} — {task.name}"]
    if task.is_certificate:
        lines.append(translate("matrix", "Certificate with a validity date"))
    if not figures.coverage_known:
        return "\n".join(lines)
    target = "–" if numbers.target is None else str(numbers.target)
    lines.append(translate("matrix", "Deployable (U or O): {n} of target {target}").format(n=numbers.deployable, target=target))
    teachers_target = "–" if numbers.teachers_target is None else str(numbers.teachers_target)
    lines.append(translate("matrix", "Can teach (O): {n} of target {target}").format(n=numbers.teachers, target=teachers_target))
    for team, deployable, target, _status in numbers.teams:
        lines.append(translate("matrix", "  team {team}: {n} of target {target}").format(team=team, n=deployable, target=target))
    if numbers.single_point:
        lines.append(translate("matrix", "Single point of failure: only {name} can do this alone.").format(name=numbers.single_point))
    names = ", ".join(numbers.teacher_names) or translate("matrix", "nobody")
    lines.append(translate("matrix", "Who can teach: {names}").format(names=names))
    return "\n".join(lines)
