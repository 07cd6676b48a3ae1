"""The matrix tab: filters and the undo bar above the grid, the legend below it.

Every change goes through services.matrix (set_levels for levels, as an undo command;
set_certificate and set_target from the cell's menu); the figures around the grid
come from core over the loaded data (see figures.py). Nothing here decides a rule."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout,
                               QWidget)

from wplstudio.domain.levels import SCALE
from wplstudio.services import board_learning, matrix, matrix_targets
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.matrix.dialogs import CertificateDialog, HistoryDialog, TargetDialog
from wplstudio.ui.pages.matrix.figures import grid_figures
from wplstudio.ui.pages.matrix.legend import Legend, level_icon
from wplstudio.ui.pages.matrix.model import ALL, MatrixModel, level_words
from wplstudio.ui.pages.matrix.table import MatrixTable
from wplstudio.ui.pages.matrix.undo import SetLevels, Step, edits_for

FEW_CELLS = 25  # up to this many changed cells are read back one by one; more: from one load of the grid


class GridTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = may(ctx.actor, "matrix", "edit")  # courtesy: core refuses anyway
        self.descriptions: dict[int, dict[int, str]] = {}
        self.model = MatrixModel(self)
        self.table = MatrixTable(self.model)  # no parent yet: placed below the filters, Tab reaches it after them
        self.table.setObjectName("matrixGrid")
        self.table.level_keyed.connect(self.set_selected_levels)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.open_menu)
        self.undo_stack = QUndoStack(self)
        self.figures_due = QTimer(self, singleShot=True, interval=0)
        self.figures_due.timeout.connect(self.update_figures)
        self.team, self.function = QComboBox(objectName="teamFilter"), QComboBox(objectName="functionFilter")
        self.letters = QCheckBox(self.tr("Letters (I L U O)"), objectName="lettersToggle")
        self.note = QLineEdit(objectName="changeNote", clearButtonEnabled=True,
                              placeholderText=self.tr("Reason for the change (optional, kept in the history)"))
        self.legend = Legend()
        self._layout()

    # --- building -----------------------------------------------------------
    def _layout(self) -> None:
        self.team.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.function.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.letters.toggled.connect(self.show_letters)
        bar = QHBoxLayout()
        for label, combo in ((self.tr("Team"), self.team), (self.tr("Function"), self.function)):
            bar.addWidget(QLabel(label))
            combo.setAccessibleName(label)
            combo.setMinimumWidth(170)  # wide enough for a team name; the filter bar fits a screen at 150 %
            bar.addWidget(combo)
        bar.addSpacing(12)
        bar.addWidget(self.letters)
        bar.addSpacing(12)
        self.edit_bar = QWidget(objectName="editBar")
        edits = QHBoxLayout(self.edit_bar)
        edits.setContentsMargins(0, 0, 0, 0)
        for button in self._undo_buttons():
            edits.addWidget(button)
        edits.addWidget(self.note, 1)
        if not self.editable:  # only for those who may change levels
            self.edit_bar.hide()  # hide only: show() on a widget not yet in a window flashes it as a window of its own
        bar.addWidget(self.edit_bar, 1)
        if not self.editable:
            bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

    def _undo_buttons(self) -> list[QToolButton]:
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # what Excel users press, on every platform
            redo_keys.append(QKeySequence("Ctrl+Y"))
        redo.setShortcuts(redo_keys)
        buttons = []
        for action, icon_name in ((undo, "edit-undo"), (redo, "edit-redo")):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setIcon(QIcon.fromTheme(icon_name))
            self.addAction(action)
            button = QToolButton(objectName=f"{icon_name}Button")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.append(button)
        self.undo_action, self.redo_action = undo, redo
        return buttons

    # --- loading ------------------------------------------------------------
    def refresh(self) -> None:
        data = guarded(self, lambda: matrix.load(self.ctx.db, self.ctx.actor))
        if data is None:
            return
        self.descriptions = guarded(self, lambda: matrix_targets.all_level_descriptions(self.ctx.db, self.ctx.actor)) or {}
        warn_days = guarded(self, lambda: matrix_targets.expiry_warning_days(self.ctx.db, self.ctx.actor))
        scroll = (self.table.horizontalScrollBar().value(), self.table.verticalScrollBar().value())
        self._show_practice()
        self._fill_filters(data)
        self.model.set_matrix(data, grid_figures(data, self.descriptions), warn_days)
        self.legend.warn_days = self.model.warn_days
        self.table.horizontalScrollBar().setValue(scroll[0])
        self.table.verticalScrollBar().setValue(scroll[1])

    def _show_practice(self) -> None:
        """Which deployable cells have not been practised on the board lately (an hourglass in the cell)."""
        practice = guarded(self, lambda: board_learning.stale_practice(self.ctx.db, self.ctx.actor))
        self.model.stale = practice.cells() if practice else {}
        self.model.stale_months = practice.months if practice else 0
        self.legend.stale_months = self.model.stale_months if self.model.stale else 0
        if self.legend.width() > 0:
            self.legend.setFixedHeight(self.legend.heightForWidth(self.legend.width()))
        self.legend.update()

    def _fill_filters(self, data) -> None:
        for combo, pairs, everyone in (
                (self.team, {(p.team_id, p.team_name or self.tr("No team")) for p in data.people}, self.tr("All teams")),
                (self.function, {(p.function_id, p.function_name or self.tr("No function")) for p in data.people},
                 self.tr("All functions"))):
            chosen = combo.currentData() if combo.count() else ALL
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, ALL)
            for key, name in sorted(pairs, key=lambda pair: pair[1].lower()):
                combo.addItem(name, key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
        self.model.team, self.model.function = self.team.currentData(), self.function.currentData()

    def apply_filter(self) -> None:
        self.model.set_filter(self.team.currentData(), self.function.currentData())

    def show_letters(self, on: bool) -> None:
        self.model.set_letters(on)
        self.table.model_reset()

    # --- changing levels ----------------------------------------------------
    def set_selected_levels(self, level: int) -> None:
        if not self.editable:
            return
        steps = [Step(person.id, task.id, old, level) for person, task, old in self._selected()
                 if old != level]
        note = self.note.text().strip()
        if steps and self.apply_changes([(s.employee_id, s.task_id, s.new) for s in steps], note):
            self.undo_stack.push(SetLevels(steps, note, self.apply_changes))
            self.note.clear()  # a reason belongs to one change, not to the next one by accident

    def _selected(self):
        for row, column in self.table.selected_cells():
            yield self.model.person_at(row), self.model.task_at(column), self.model.cell_at(row, column).level

    def apply_changes(self, changes: list[tuple[int, int, int]], note: str) -> bool:
        """One call of set_levels, one transaction; then show what core saved."""
        edits = edits_for(changes, lambda e, t: self.model.data_.cell(e, t).version)
        saved = guarded(self, lambda: matrix.set_levels(self.ctx.db, self.ctx.actor, edits, note))
        self.read_back([(e, t) for e, t, _ in changes])
        return saved is not None

    def read_back(self, keys: list[tuple[int, int]]) -> None:
        """Show the cells as stored now (also after a refusal: someone else's level), then the new figures."""
        if len(keys) > FEW_CELLS:
            cells = guarded(self, lambda: self._cells_from(matrix.load(self.ctx.db, self.ctx.actor), keys))
        else:
            cells = guarded(self, lambda: {k: matrix.load_cell(self.ctx.db, self.ctx.actor, *k) for k in keys})
        if cells is not None:
            self.model.set_cells(cells)
            self.figures_due.start()  # the cell repaints now; coverage and gaps follow in the next round

    @staticmethod
    def _cells_from(data, keys: list[tuple[int, int]]) -> dict:
        return {key: data.cell(*key) for key in keys}

    def update_figures(self) -> None:
        self.model.set_figures(grid_figures(self.model.data_, self.descriptions))

    # --- the cell's menu ----------------------------------------------------
    def open_menu(self, position) -> None:
        index = self.table.indexAt(position)
        person, task = self.model.person_at(index.row()) if index.isValid() else None, self.model.task_at(index.column())
        if person is None or task is None:
            return
        if not self.table.selectionModel().isSelected(index):
            self.table.setCurrentIndex(index)
        menu = self._menu(person, task, self.model.cell_at(index.row(), index.column()))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _menu(self, person, task, cell) -> QMenu:
        menu = QMenu(self)
        for scale in SCALE:
            action = QAction(QIcon(level_icon(scale.level)), f"{int(scale.level)}   {level_words(scale.level)}", menu)
            action.setEnabled(self.editable)
            action.triggered.connect(lambda _checked=False, lv=int(scale.level): self.set_selected_levels(lv))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("History…"), lambda: self.show_history(person, task))
        certificate = menu.addAction(self.tr("Certificate valid until…"), lambda: self.edit_certificate(person, task, cell))
        certificate.setEnabled(self.editable and task.is_certificate)
        target = menu.addAction(self.tr("Training target…"), lambda: self.edit_target(person, task, cell))
        target.setEnabled(self.editable)
        return menu

    def show_history(self, person, task) -> None:
        rows = guarded(self, lambda: matrix.history(self.ctx.db, self.ctx.actor, person.id, task.id))
        if rows is not None:
            HistoryDialog(person, task, rows, self).exec()

    def edit_certificate(self, person, task, cell) -> None:
        if CertificateDialog.run(self.ctx, person, task, cell.valid_until, parent=self):
            self.read_back([(person.id, task.id)])

    def edit_target(self, person, task, cell) -> None:
        if TargetDialog.run(self.ctx, person, task, cell.target_level, cell.target_date, parent=self):
            self.read_back([(person.id, task.id)])
