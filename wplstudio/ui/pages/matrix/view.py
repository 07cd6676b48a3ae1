"""The Deployability matrix area: the grid first, then the charts. Other tabs (needs,
certificates, targets) are added here by name with _add()."""

from __future__ import annotations

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.matrix.charts_tab import ChartsTab
from wplstudio.ui.pages.matrix.certificates import CertificatesTab
from wplstudio.ui.pages.matrix.grid import GridTab
from wplstudio.ui.pages.matrix.excel_actions import add_matrix_actions, grid_team
from wplstudio.ui.pages.matrix.needs import NeedsTab
from wplstudio.ui.pages.matrix.practice import PracticeTab
from wplstudio.ui.pages.matrix.targets import TargetsTab
from wplstudio.ui.tabbed_page import TabbedPage


class MatrixPage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Deployability matrix"), parent)
        self.ctx = ctx
        self.grid = GridTab(ctx)
        self._add("matrix", self.grid, self.tr("Matrix"))
        self._add("needs", NeedsTab(ctx), self.tr("Training needs"))
        self._add("certificates", CertificatesTab(ctx), self.tr("Certificates"))
        self._add("practice", PracticeTab(ctx), self.tr("Not practised"))
        self._add("targets", TargetsTab(ctx), self.tr("Targets"))
        self._add("matrix-charts", ChartsTab(ctx), self.tr("Charts"))
        add_matrix_actions(self.header, ctx, self.refresh, lambda: grid_team(self.grid))  # Excel in and out, the wall print
