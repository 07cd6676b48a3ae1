"""A searchable, sortable list of records with Add, Change and Remove buttons.

Subclasses say which columns, how to load rows and how to edit and remove one;
the services do the work and the checks."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from wplstudio.ui.errors import guarded
from wplstudio.ui.table_model import ROW_ROLE, SORT_ROLE, RowsModel


class ListTab(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RowsModel(self.columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = self._build_table()
        self.search = QLineEdit(placeholderText=self.tr("Search…"), clearButtonEnabled=True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Change"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.count_label = QLabel(objectName="hint")
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(self.edit_clicked)
        self.remove_button.clicked.connect(self.remove_clicked)
        self._layout()

    def _build_table(self) -> QTableView:
        table = QTableView()  # no parent yet: placed in the layout last, Tab reaches it after the buttons above it
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.edit_clicked())
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        extras = self.extra_controls()
        more = QHBoxLayout()  # many extra controls get a line of their own: the page still fits a screen at 150 %
        for widget in extras:
            (more if len(extras) > 2 else bar).addWidget(widget)
        more.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if len(extras) > 2:
            layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def keep_landscape_order(self) -> None:
        """Show rows in the order the service gives them instead of sorting by a column."""
        self.table.setSortingEnabled(False)
        self.proxy.sort(-1)

    # --- to be filled in by each list -------------------------------------
    def columns(self) -> list:
        raise NotImplementedError

    def load(self) -> list:
        raise NotImplementedError

    def open_editor(self, row) -> bool:
        """Show the form for row (None: a new one); True when something was saved."""
        raise NotImplementedError

    def remove(self, row) -> None:
        raise NotImplementedError

    def describe(self, row) -> str:
        return getattr(row, "name", "")

    def extra_controls(self) -> list[QWidget]:
        return []

    def count_text(self, shown: int) -> str:
        return self.tr("{n} shown").format(n=shown)

    # --- behaviour --------------------------------------------------------
    def refresh(self) -> None:
        rows = guarded(self, self.load)
        if rows is None:
            return
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select_id(selected.id)
        self.count_label.setText(self.count_text(self.proxy.rowCount()))

    def selected(self):
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_id(self, record_id) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def add_clicked(self) -> None:
        if self.open_editor(None):
            self.refresh()
            self.changed()

    def edit_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.open_editor(row):
            self.refresh()
            self.changed()

    def remove_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove"), self.tr("Remove {name}? This cannot be undone.").format(name=self.describe(row)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        guarded(self, lambda: self.remove(row))
        self.refresh()
        self.changed()

    def changed(self) -> None:
        """Something was saved: let the window refresh what depends on it."""
        window = self.window()
        if hasattr(window, "refresh_title"):
            window.refresh_title()
