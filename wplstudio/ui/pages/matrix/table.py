"""The grid widget: a QTableView of the task columns with a second, frozen QTableView laid
over its left edge for the name and gap columns (Qt's classic "frozen column" example).
Both share one model and one selection; the frozen one scrolls vertically with the grid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from wplstudio.ui.pages.matrix.delegate import CellDelegate, NameDelegate
from wplstudio.ui.pages.matrix.header import FrozenHeader, TaskHeader
from wplstudio.ui.pages.matrix.model import FIRST_TASK, GAP_COLUMN, NAME_COLUMN, MatrixModel

ROW_HEIGHT = 34
TASK_WIDTH, TASK_WIDTH_LETTERS = 40, 58
NAME_WIDTH, GAP_WIDTH = 250, 128
LEVEL_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(5)}


class MatrixTable(QTableView):
    level_keyed = Signal(int)  # a key 0-4 pressed on the grid

    def __init__(self, model: MatrixModel, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(TaskHeader(self))
        self.setModel(model)
        self.delegate = CellDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self.frozen = QTableView(self)
        self._setup(self)
        self._setup_frozen()
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        model.modelReset.connect(self.model_reset)
        self.model_reset()

    @staticmethod
    def _setup(view: QTableView) -> None:
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.horizontalHeader().setHighlightSections(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setStyleSheet("QTableView { gridline-color: #d5dbe1; selection-background-color: #ffe08a; selection-color: #111; }")

    def _setup_frozen(self) -> None:
        frozen = self.frozen
        frozen.setHorizontalHeader(FrozenHeader(frozen))
        frozen.setModel(self.model())
        frozen.setSelectionModel(self.selectionModel())
        frozen.setItemDelegate(NameDelegate(frozen))
        self._setup(frozen)
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.horizontalHeader().setSectionsClickable(False)
        frozen.setStyleSheet(frozen.styleSheet() + " QTableView { border: none; border-right: 2px solid #5b6b7b; }")
        self.viewport().stackUnder(frozen)
        frozen.show()

    def model_reset(self) -> None:
        """Sections forget their sizes and hidden state when the model resets: set them again."""
        model = self.model()
        names = [model.task_at(c).name for c in range(FIRST_TASK, model.columnCount())]
        for header in (self.horizontalHeader(), self.frozen.horizontalHeader()):
            header.fit_names(names)
        self.set_task_width(TASK_WIDTH_LETTERS if model.letters else TASK_WIDTH)
        for view in (self, self.frozen):
            view.setColumnWidth(NAME_COLUMN, NAME_WIDTH)
            view.setColumnWidth(GAP_COLUMN, GAP_WIDTH)
        for column in range(FIRST_TASK, model.columnCount()):
            self.frozen.setColumnHidden(column, True)
        self.frozen.clearSpans()
        for row in range(model.rowCount()):
            if model.person_at(row) is None:  # a team's name may use the gap column too
                self.frozen.setSpan(row, NAME_COLUMN, 1, 2)
        self.update_frozen_geometry()

    def set_task_width(self, width: int) -> None:
        self.horizontalHeader().setDefaultSectionSize(width)
        for column in range(FIRST_TASK, self.model().columnCount()):
            self.setColumnWidth(column, width)

    def frozen_width(self) -> int:
        return NAME_WIDTH + GAP_WIDTH

    def update_frozen_geometry(self) -> None:
        frame = self.frameWidth()
        self.frozen.setGeometry(frame, frame, self.frozen_width(),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.update_frozen_geometry()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name: the header height may change
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self.update_frozen_geometry()

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        """Moving left stops at the first task and scrolls it out from under the frozen columns."""
        current = super().moveCursor(action, modifiers)
        if current.isValid() and current.column() < FIRST_TASK:
            current = self.model().index(current.row(), FIRST_TASK)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.isValid():
            x = self.visualRect(current).left()
            if x < self.frozen_width():
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + x - self.frozen_width())
        return current

    def scrollTo(self, index, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802 - Qt's name
        if index.column() >= FIRST_TASK:
            super().scrollTo(index, hint)
            x = self.visualRect(index).left()
            if x < self.frozen_width():
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + x - self.frozen_width())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        level = LEVEL_KEYS.get(event.key())
        if level is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.level_keyed.emit(level)
            return
        super().keyPressEvent(event)

    def selected_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the selected task cells of people, top to bottom, left to right."""
        model = self.model()
        cells = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()
                 if i.column() >= FIRST_TASK and model.person_at(i.row()) is not None}
        return sorted(cells)
