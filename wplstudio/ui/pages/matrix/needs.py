"""The training needs and the training timetable: who should learn what, why, and
with whom; and every target level with its date, overdue ones in red.

The lists come from services.matrix_figures (training_needs, timetable); planning a
need or changing a line goes through services.matrix.set_target via the grid's
TargetDialog. Nothing here decides who needs what."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from wplstudio.domain import matrix as rules
from wplstudio.services import matrix, matrix_figures
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.matrix.flagged import FlaggedRowsModel, list_view, selected_row
from wplstudio.ui.pages.matrix.model import level_words
from wplstudio.ui.table_model import Column

PLAN_AHEAD_DAYS = 90  # a new line on the timetable starts three months out


class NeedsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.needs_model = FlaggedRowsModel(self._need_columns(), lambda r: "red" if r.overdue else None, self)
        self.plan_model = FlaggedRowsModel(self._plan_columns(), _plan_flag, self)
        self.needs_table, self.needs_proxy = list_view(self.needs_model, self)
        self.plan_table, self.plan_proxy = list_view(self.plan_model, self)
        self.needs_table.setObjectName("needsTable")
        self.plan_table.setObjectName("timetableTable")
        self.search = QLineEdit(placeholderText=self.tr("Search a name, team or task…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.plan_button = QPushButton(self.tr("Put on the timetable…"), objectName="planNeed")
        self.change_button = QPushButton(self.tr("Change target…"), objectName="changeTarget")
        self.plan_button.clicked.connect(self.plan_need)
        self.change_button.clicked.connect(self.change_line)
        self.needs_table.doubleClicked.connect(lambda _i: self.plan_need())
        self.plan_table.doubleClicked.connect(lambda _i: self.change_line())
        for button in (self.plan_button, self.change_button):
            if not may(ctx.actor, "matrix", "edit"):  # courtesy: core refuses anyway
                button.hide()  # hide only: show() on a widget not yet in a window flashes it as a window of its own
        self.needs_count, self.plan_count = QLabel(objectName="hint"), QLabel(objectName="hint")
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._section(self.tr("Training needs"), self.tr(
            "Derived from the function profiles and the coverage targets. Mentors: who can teach the task, own team first."),
            self.needs_table, self.needs_count, self.plan_button))
        splitter.addWidget(self._section(self.tr("Training timetable"), self.tr(
            "Target level and date per person and task. Red: the date has passed and the level is not reached."),
            self.plan_table, self.plan_count, self.change_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _section(self, title: str, hint: str, table, count: QLabel, button: QPushButton) -> QWidget:
        box = QWidget()
        heading = QLabel(f"<b>{title}</b>")
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addWidget(QLabel(hint, objectName="hint", wordWrap=True), 1)
        bar.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        layout.addWidget(count)
        return box

    # --- columns ------------------------------------------------------------
    def _need_columns(self) -> list[Column]:
        return [
            Column(self.tr("Employee"), lambda r: r.employee_name, lambda r: r.employee_name.lower()),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Task"), lambda r: r.task_name, lambda r: r.task_name.lower()),
            Column(self.tr("Now"), lambda r: level_words(r.level), lambda r: r.level),
            Column(self.tr("Should reach"), lambda r: level_words(r.target_level), lambda r: r.target_level),
            Column(self.tr("Why"), self._reason),
            Column(self.tr("Suggested mentors"), self._mentors),
            Column(self.tr("Planned"), self._planned, lambda r: r.planned_date.toordinal() if r.planned_date else 0),
        ]

    def _plan_columns(self) -> list[Column]:
        return [
            Column(self.tr("Employee"), lambda r: r.employee_name, lambda r: r.employee_name.lower()),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Task"), lambda r: r.task_name, lambda r: r.task_name.lower()),
            Column(self.tr("Now"), lambda r: level_words(r.level), lambda r: r.level),
            Column(self.tr("Target"), lambda r: level_words(r.target_level), lambda r: r.target_level),
            Column(self.tr("By"), lambda r: show(r.target_date), lambda r: r.target_date.toordinal() if r.target_date else 0),
            Column(self.tr("Status"), self._plan_status),
        ]

    def _reason(self, need: matrix_figures.NeedRow) -> str:
        if need.reason == rules.REASON_PROFILE:
            return self.tr("below the profile of the function")
        if need.reason == rules.REASON_COVERAGE:
            return (self.tr("too few deployable in {team}").format(team=need.reason_team) if need.reason_team
                    else self.tr("too few deployable company-wide"))
        return (self.tr("too few who can teach in {team}").format(team=need.reason_team) if need.reason_team
                else self.tr("too few who can teach company-wide"))

    def _mentors(self, need: matrix_figures.NeedRow) -> str:
        if not need.mentors:
            return self.tr("nobody can teach this yet") if may_see_others(self.ctx) else ""
        names = [self.tr("{name} ({n} trainees)").format(name=m.name, n=m.trainees) if m.trainees else m.name
                 for m in need.mentors[:3]]
        more = len(need.mentors) - 3
        return ", ".join(names) + (self.tr(" and {n} more").format(n=more) if more > 0 else "")

    def _planned(self, need: matrix_figures.NeedRow) -> str:
        if need.planned_level is None:
            return ""
        text = self.tr("{level} by {date}").format(level=level_words(need.planned_level), date=show(need.planned_date))
        return self.tr("{plan} — OVERDUE").format(plan=text) if need.overdue else text

    def _plan_status(self, line: matrix_figures.TimetableRow) -> str:
        if line.reached:
            return self.tr("reached")
        if line.overdue:
            return self.tr("OVERDUE")
        return self.tr("on its way")

    # --- behaviour ----------------------------------------------------------
    def refresh(self) -> None:
        found = guarded(self, lambda: (matrix_figures.training_needs(self.ctx.db, self.ctx.actor),
                                       matrix_figures.timetable(self.ctx.db, self.ctx.actor)))
        if found is None:
            return
        self.needs_model.set_rows(found[0])
        self.plan_model.set_rows(found[1])
        for table in (self.needs_table, self.plan_table):
            table.resizeColumnsToContents()
        self._counts()

    def _filter(self, text: str) -> None:
        self.needs_proxy.setFilterFixedString(text)
        self.plan_proxy.setFilterFixedString(text)
        self._counts()

    def _counts(self) -> None:
        overdue = sum(1 for r in self.plan_model.rows if r.overdue)
        self.needs_count.setText(self.tr("{n} training needs").format(n=self.needs_proxy.rowCount()))
        self.plan_count.setText(self.tr("{n} lines on the timetable, {late} overdue").format(n=self.plan_proxy.rowCount(), late=overdue))

    def plan_need(self) -> None:
        need = selected_row(self.needs_table)
        if need is None:
            return
        by = need.planned_date or date.today() + timedelta(days=PLAN_AHEAD_DAYS)
        if _target_dialog(self.ctx, need, need.planned_level or need.target_level, by, self):
            self.refresh()

    def change_line(self) -> None:
        line = selected_row(self.plan_table)
        if line is not None and _target_dialog(self.ctx, line, line.target_level, line.target_date, self):
            self.refresh()


def may_see_others(ctx: AppContext) -> bool:
    from wplstudio.domain.permissions import OTHERS, allowed

    return allowed(ctx.actor.role, "matrix", "view", OTHERS)


def _plan_flag(line: matrix_figures.TimetableRow) -> str | None:
    return "red" if line.overdue else "green" if line.reached else None


def _target_dialog(ctx: AppContext, row, level: int | None, by: date | None, parent) -> bool:
    """The grid's timetable dialog, for a row of these lists."""
    from wplstudio.ui.pages.matrix.dialogs import TargetDialog

    person = matrix.RowPerson(row.employee_id, row.employee_name, None, row.team_name, None, "")
    task = matrix.ColumnTask(row.task_id, row.task_name, 0, "", False)
    return TargetDialog.run(ctx, person, task, level, by, parent)
