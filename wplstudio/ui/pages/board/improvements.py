"""Improvement actions, kept apart from the daily jobs: idea, busy, done; who proposed it,
who owns it, by when."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from wplstudio.domain import board as rules
from wplstudio.i18n import translate
from wplstudio.services import board_extras, people
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.board import commands
from wplstudio.ui.pages.board.dialogs import ImprovementDialog


class ImprovementsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[board_extras.Improvement] = []
        self.stack = QUndoStack(self)  # adding and changing an action can be undone, as every change on the board
        self.table = QTableWidget(0, 5, objectName="improvementsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Improvement"), self.tr("Proposed by"), self.tr("Owner"),
                                              self.tr("By when")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        bar = QHBoxLayout()
        for text, tip, slot in ((self.tr("New improvement…"), "", self.add), (self.tr("Change…"), "", self.edit),
                                ("\u21b6", self.tr("Undo"), lambda: self._step(self.stack.undo, self.stack.index() - 1)),
                                ("\u21b7", self.tr("Redo"), lambda: self._step(self.stack.redo, self.stack.index()))):
            button = QPushButton(text, toolTip=tip)
            button.setAccessibleName(tip or text)
            button.clicked.connect(slot)
            button.setEnabled(may(ctx.actor, "board", "edit"))
            bar.addWidget(button)
        bar.addStretch(1)
        QShortcut(QKeySequence.StandardKey.Undo, self, lambda: self._step(self.stack.undo, self.stack.index() - 1))
        QShortcut(QKeySequence.StandardKey.Redo, self, lambda: self._step(self.stack.redo, self.stack.index()))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.items = guarded(self, lambda: board_extras.list_improvements(self.ctx.db, self.ctx.actor)) or []
        self.table.setRowCount(len(self.items))
        today = date.today()
        for row, i in enumerate(self.items):
            due = i.due.strftime("%d-%m-%Y") if i.due else ""
            values = (translate("board", rules.IMPROVEMENT_TITLES[i.status]), i.title, i.proposed_by, i.owner,
                      ("\u26a0 " if i.overdue(today) else "") + due)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(i.description)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _people(self) -> list[tuple[int, str]]:
        return [(e.id, e.full_name) for e in guarded(self, lambda: people.list_employees(self.ctx.db, self.ctx.actor)) or []]

    def add(self) -> None:
        dialog = ImprovementDialog(self._people(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run(commands.new_improvement(self.ctx, dialog.draft()))

    def edit(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        dialog = ImprovementDialog(self._people(), item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run(commands.edit_improvement(self.ctx, item, dialog.draft()))

    def run(self, command: commands.Step) -> None:
        """Do it through the services, then keep it on the undo stack."""
        if guarded(self, lambda: command.do() or True) is not None:
            command.done_once = True
            self.stack.push(command)
        self.refresh()

    def _step(self, action, index: int) -> None:
        if not 0 <= index < self.stack.count():
            return
        action()
        command = self.stack.command(index)
        if command is not None and command.failed is not None:  # changed on another PC meanwhile: say so, start afresh
            error, command.failed = command.failed, None
            guarded(self, lambda: _raise(error))  # shown as any refusal or error is
            self.stack.clear()
        self.refresh()


def _raise(error: Exception) -> None:
    raise error
