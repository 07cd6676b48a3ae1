"""The Deployability matrix area: the grid first, then the charts. Other tabs (needs,
certificates, targets) are added here by name with _add()."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.matrix.charts_tab import ChartsTab
from wplstudio.ui.pages.matrix.certificates import CertificatesTab
from wplstudio.ui.pages.matrix.grid import GridTab
from wplstudio.ui.pages.matrix.excel_actions import add_matrix_actions, grid_team
from wplstudio.ui.pages.matrix.needs import NeedsTab
from wplstudio.ui.pages.matrix.targets import TargetsTab


class MatrixPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(translate("areas", "Deployability matrix"), objectName="pageTitle")
        self.tabs = QTabWidget()
        self.grid = GridTab(ctx)
        self._add("matrix", self.grid, self.tr("Matrix"))
        self._add("needs", NeedsTab(ctx), self.tr("Training needs"))
        self._add("certificates", CertificatesTab(ctx), self.tr("Certificates"))
        self._add("targets", TargetsTab(ctx), self.tr("Targets"))
        self._add("matrix-charts", ChartsTab(ctx), self.tr("Charts"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        add_matrix_actions(header, ctx, self.refresh, lambda: grid_team(self.grid))  # Excel in and out, the wall print
        layout.addLayout(header)
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
