"""The Reports area as tabs: the printable reports (page.py, the cards every area adds its
reports to), the learning register, its overviews and the training plan.

Why the learning register and the training plan live here and not under Quickscan: the owner looks for "what did we learn and what did
it cost" and "what will we learn next year" among the overviews he reads and prints,
next to the year report that is built from them; the Quickscan area stays one
instrument with its own rhythm (once a year, with several respondents)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.reports.learning_tab import LearningTab, OverviewTab
from wplstudio.ui.pages.reports.plan_tab import PlanTab
from wplstudio.ui.pages.reports.page import ReportsPage
from wplstudio.ui.tabbed_page import TabbedPage


class ReportsArea(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Reports"), parent)
        printouts = ReportsPage(ctx)
        for label in printouts.findChildren(QLabel, "pageTitle"):
            label.hide()  # the area's own title stands above the tabs
        self._add("reports", printouts, self.tr("Printouts"))
        self._add("learning", LearningTab(ctx), self.tr("Learning register"))
        self._add("learning-overview", OverviewTab(ctx), self.tr("Learning overview"))
        self._add("training-plan", PlanTab(ctx), self.tr("Training plan"))
