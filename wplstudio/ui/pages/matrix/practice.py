"""Levels that have gone stale: people at U or O on a task who have not practised it on the
planning board for the company's number of months (work on the board counts as practice).
The same cells carry an hourglass in the grid. The rule lives in services.board_learning."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from wplstudio.services import board_extras, board_learning
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.matrix.flagged import FlaggedRowsModel, list_view
from wplstudio.ui.pages.matrix.model import level_words
from wplstudio.ui.table_model import Column

NEVER = 10**7  # sorts "never" after the oldest date


class PracticeTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = FlaggedRowsModel(self._columns(), lambda r: "amber", self)
        self.table, self.proxy = list_view(self.model, self)
        self.table.setObjectName("practiceTable")
        self.search = QLineEdit(placeholderText=self.tr("Search a name, team or task…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter)
        self.months = QSpinBox(objectName="practiceMonths", minimum=1, maximum=60, suffix=self.tr(" months"))
        self.months.setAccessibleName(self.tr("Stale after"))
        self.months.setEnabled(may(ctx.actor, "settings", "edit"))
        self.months.editingFinished.connect(self.save_months)
        self.count = QLabel(objectName="hint")
        self.loaded_months = 0
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Stale after")))
        bar.addWidget(self.months)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Work on the planning board counts as practice. These people are at U or O on paper "
                                        "but have not worked on a job that needs the task for a while: plan them on one, "
                                        "or check the level."), objectName="hint", wordWrap=True))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Employee"), lambda r: r.name, lambda r: r.name.lower()),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Task"), lambda r: r.task_name, lambda r: r.task_name.lower()),
            Column(self.tr("Level"), lambda r: level_words(r.level), lambda r: r.level),
            Column(self.tr("Last practised"), self._last, lambda r: r.last_practised.toordinal() if r.last_practised else NEVER),
        ]

    def _last(self, row: board_learning.StaleRow) -> str:
        return show(row.last_practised) if row.last_practised else self.tr("never on the board")

    def refresh(self) -> None:
        practice = guarded(self, lambda: board_learning.stale_practice(self.ctx.db, self.ctx.actor))
        if practice is None:
            return
        self.model.set_rows(practice.rows)
        self.months.blockSignals(True)
        self.months.setValue(practice.months)
        self.loaded_months = practice.months
        self.months.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.count.setText(self.tr("{n} levels not practised for {months} months or more").format(
            n=self.proxy.rowCount(), months=self.loaded_months))

    def save_months(self) -> None:
        value = self.months.value()
        if value != self.loaded_months and guarded(
                self, lambda: board_extras.set_practice_months(self.ctx.db, self.ctx.actor, value)) is not None:
            self.refresh()
