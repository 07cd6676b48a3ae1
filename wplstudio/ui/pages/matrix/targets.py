"""The targets tab: per task how many can do it alone and how many can teach it, against
the targets (green, amber, red in colour, symbol and words), the single points of
failure and the teachers; from here the task dialog (targets, level descriptions) and
a function's level profile are opened. The figures come from services.matrix_figures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wplstudio.charts import palette
from wplstudio.domain import matrix as rules
from wplstudio.services import matrix_figures, people
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.matrix.needs import may_see_others
from wplstudio.ui.pages.matrix.flagged import FlaggedRowsModel, list_view, selected_row
from wplstudio.ui.pages.matrix.profile_dialog import FunctionProfileDialog
from wplstudio.ui.pages.matrix.targets_dialog import TaskTargetsDialog
from wplstudio.ui.table_model import Column

ORDER = {rules.RED: 0, rules.AMBER: 1, rules.GREEN: 2, rules.NO_TARGET: 3}


@dataclass(frozen=True)
class TargetLine:
    coverage: matrix_figures.CoverageRow
    single: str  # the only one who can do it alone ("" when more or nobody)
    teachers: str  # who can teach it


class TargetsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = FlaggedRowsModel(self._columns(), self._flag, self)
        self.table, self.proxy = list_view(self.model, self)
        self.table.setObjectName("targetsTable")
        self.search = QLineEdit(placeholderText=self.tr("Search a task or team…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.short_only = QCheckBox(self.tr("Only where we are short"), objectName="shortOnly")
        self.short_only.toggled.connect(lambda _on: self.refresh())
        self.task_button = QPushButton(self.tr("Targets and levels of this task…"), objectName="editTask")
        self.task_button.clicked.connect(self.edit_task)
        self.table.doubleClicked.connect(lambda _i: self.edit_task())
        self.functions = QComboBox(objectName="profileFunction")
        self.functions.setMinimumWidth(140)  # the bar fits a screen at 150 %
        self.profile_button = QPushButton(self.tr("Level profile…"), objectName="editProfile")
        self.profile_button.clicked.connect(self.edit_profile)
        editable = may(ctx.actor, "matrix", "edit")  # courtesy: core refuses anyway
        for widget in (self.task_button, self.functions, self.profile_button):
            if not editable:
                widget.hide()  # hide only: show() on a widget not yet in a window flashes it as a window of its own
        self.count = QLabel(objectName="hint")
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.short_only)
        bar.addWidget(self.task_button)
        bar.addSpacing(16)
        bar.addWidget(self.functions)
        bar.addWidget(self.profile_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Green: target met. Amber: short, but at least half there. Red: less than half "
                                        "there, or nobody. Counted on valid certificates only."), objectName="hint", wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Task"), lambda r: r.coverage.task_name, lambda r: r.coverage.task_name.lower()),
            Column(self.tr("Core task"), lambda r: r.coverage.core_task_name),
            Column(self.tr("For"), lambda r: r.coverage.team_name or self.tr("whole company")),
            Column(self.tr("Deployable"), lambda r: _against(r.coverage.deployable, r.coverage.target_deployable),
                   lambda r: r.coverage.deployable),
            Column(self.tr("Can teach"), lambda r: _against(r.coverage.teachers, r.coverage.target_teachers),
                   lambda r: r.coverage.teachers),
            Column(self.tr("Status"), self._status, lambda r: ORDER[r.coverage.status]),
            Column(self.tr("Only one can do it"), lambda r: r.single),
            Column(self.tr("Who can teach"), lambda r: r.teachers),
        ]

    def _flag(self, line: TargetLine) -> str | None:
        return None if line.coverage.status == rules.NO_TARGET else line.coverage.status

    def _status(self, line: TargetLine) -> str:
        words = {rules.GREEN: self.tr("on target"), rules.AMBER: self.tr("short"), rules.RED: self.tr("far short"),
                 rules.NO_TARGET: self.tr("no target")}
        symbol = palette.STATUS_SYMBOL[line.coverage.status]
        return f"{symbol}  {words[line.coverage.status]}".strip()

    def refresh(self) -> None:
        if not may_see_others(self.ctx):  # courtesy: the figures count the whole company, core refuses them anyway
            self.count.setText(self.tr("The targets count the whole company, so they are for the owner, managers and mentors."))
            return
        found = guarded(self, self._load)
        if found is None:
            return
        lines, functions = found
        if self.short_only.isChecked():
            lines = [line for line in lines if line.coverage.status in (rules.AMBER, rules.RED)]
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        chosen = self.functions.currentData()
        self.functions.clear()
        for function in functions:
            self.functions.addItem(function.name, function.id)
        self.functions.setCurrentIndex(max(self.functions.findData(chosen), 0))
        short = sum(1 for line in lines if line.coverage.status in (rules.AMBER, rules.RED))
        self.count.setText(self.tr("{n} lines, {short} short").format(n=len(lines), short=short))

    def _load(self):
        db, actor = self.ctx.db, self.ctx.actor
        single = {r.task_id: r.people[0].name for r in matrix_figures.single_points_of_failure(db, actor)}
        teachers = {r.task_id: ", ".join(p.name for p in r.people) for r in matrix_figures.teachers(db, actor)}
        lines = [TargetLine(c, single.get(c.task_id, "") if c.team_id is None else "", teachers.get(c.task_id, "") if c.team_id is None else "")
                 for c in matrix_figures.coverage(db, actor)]
        functions = people.list_functions(db, actor) if may(actor, "matrix", "edit") else []
        return lines, functions

    def edit_task(self) -> None:
        line = selected_row(self.table)
        if line is not None and may(self.ctx.actor, "matrix", "edit"):
            if TaskTargetsDialog.open(self.ctx, line.coverage.task_id, line.coverage.task_name, self):
                self.refresh()

    def edit_profile(self) -> None:
        if self.functions.currentData() is not None:
            if FunctionProfileDialog.open(self.ctx, self.functions.currentData(), self.functions.currentText(), self):
                self.refresh()


def _against(actual: int, target: int | None) -> str:
    return f"{actual}" if target is None else f"{actual} / {target}"
