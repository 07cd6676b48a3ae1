"""A function's required level profile: per task the level someone in this function
needs (or none). Saved by services.matrix_targets.set_function_profile, which refuses
the save when someone else changed the profile since it was opened."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from wplstudio.domain.levels import SCALE
from wplstudio.services import matrix_targets
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.pages.matrix.model import level_words


class FunctionProfileDialog(FormDialog):
    def __init__(self, ctx: AppContext, function_id: int, function_name: str, rows: list, parent=None) -> None:
        super().__init__(self.tr("Level profile — {function}").format(function=function_name), parent)
        self.setMinimumSize(760, 680)
        self.ctx, self.function_id, self.rows = ctx, function_id, rows
        self.read = {r.task_id: r.version for r in rows if r.version}
        self.form.addRow(QLabel(self.tr("The level someone in this function needs for each task. Below it, the matrix "
                                        "shows a gap and the training needs suggest who should learn what."), wordWrap=True))
        self.table = self._table(rows)
        self.form.addRow(self.table)

    @classmethod
    def open(cls, ctx: AppContext, function_id: int, function_name: str, parent=None) -> bool:
        rows = guarded(parent, lambda: matrix_targets.function_profile(ctx.db, ctx.actor, function_id))
        return rows is not None and cls.run(ctx, function_id, function_name, rows, parent=parent)

    def _table(self, rows) -> QTableWidget:
        table = QTableWidget(len(rows), 3, objectName="profileTable")
        table.setHorizontalHeaderLabels([self.tr("Core task"), self.tr("Task"), self.tr("Required level")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for i, row in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(row.core_task_name))
            table.setItem(i, 1, QTableWidgetItem(row.task_name))
            combo = QComboBox()
            combo.addItem(self.tr("not required"), 0)
            for scale in SCALE[1:]:
                combo.addItem(level_words(scale.level), int(scale.level))
            combo.setCurrentIndex(max(combo.findData(row.required_level), 0))
            table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        table.resizeColumnToContents(0)
        table.setColumnWidth(2, 200)
        return table

    def chosen(self) -> dict[int, int]:
        return {row.task_id: combo.currentData() for row, combo in zip(self.rows, self.combos) if combo.currentData()}

    def save(self):
        return matrix_targets.set_function_profile(self.ctx.db, self.ctx.actor, self.function_id, self.chosen(), self.read)
