"""The Deployability matrix area: the grid first, then the charts. Other tabs (needs,
certificates, targets) are added here by name with _add()."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.matrix.charts_tab import ChartsTab
from wplstudio.ui.pages.matrix.grid import GridTab


class MatrixPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(translate("areas", "Deployability matrix"), objectName="pageTitle")
        self.tabs = QTabWidget()
        self.grid = GridTab(ctx)
        self._add("matrix", self.grid, self.tr("Matrix"))
        self._add("matrix-charts", ChartsTab(ctx), self.tr("Charts"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def _add(self, view: str, widget: QWidget, title: str) -> None:
        widget.setObjectName(view)
        self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def current_tab(self) -> str:
        return self.tabs.currentWidget().objectName()

    def show_tab(self, view: str) -> None:
        tab = self.tabs.findChild(QWidget, view)
        if tab is not None and tab is not self.tabs.currentWidget():
            self.tabs.setCurrentWidget(tab)  # refreshes through currentChanged
            return
        self.refresh()
