"""A read-only list whose rows can carry a traffic-light flag (overdue, expired, short):
a pale background plus the status colour on the text, so it reads in black and white
too when the row also says it in words."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from wplstudio.charts import palette
from wplstudio.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowsModel


class FlaggedRowsModel(RowsModel):
    def __init__(self, columns: Sequence[Column], flag: Callable[[object], str | None], parent=None) -> None:
        super().__init__(columns, parent)
        self.flag = flag  # row -> "red", "amber", "green" or None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            status = self.flag(self.rows[index.row()])
            if status:
                table = palette.STATUS_PALE if role == Qt.ItemDataRole.BackgroundRole else palette.STATUS_COLOUR
                return QColor(table[status])
        return super().data(index, role)


def list_view(model: RowsModel, parent=None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable, filterable table over the model; rows are selected whole."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    table = QTableView()  # no parent yet: the layout places it, so Tab reaches it in reading order
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(32)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


def selected_row(table: QTableView):
    indexes = table.selectionModel().selectedRows()
    return indexes[0].data(ROW_ROLE) if indexes else None
