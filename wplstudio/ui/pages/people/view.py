"""The Employees area: people, teams, functions, the task landscape and the company."""

from __future__ import annotations

from wplstudio.i18n import translate
from wplstudio.ui.access import people_page_courtesy
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.people.company import CompanyTab
from wplstudio.ui.pages.people.landscape import LandscapeTab
from wplstudio.ui.pages.people.lists import EmployeesTab, FunctionsTab, TeamsTab
from wplstudio.ui.pages.people.backups import BackupsTab
from wplstudio.ui.pages.people.privacy import PrivacyTab
from wplstudio.ui.tabbed_page import TabbedPage


class PeoplePage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Employees"), parent)
        self._add("people", EmployeesTab(ctx), self.tr("Employees"))
        self._add("teams", TeamsTab(ctx), self.tr("Teams"))
        self._add("functions", FunctionsTab(ctx), self.tr("Functions"))
        self._add("tasks", LandscapeTab(ctx), self.tr("Task landscape"))
        self._add("company", CompanyTab(ctx), self.tr("Company"))
        self._add("privacy", PrivacyTab(ctx), self.tr("Privacy (AVG)"))
        self._add("backups", BackupsTab(ctx), self.tr("Backups"))
        people_page_courtesy(self, ctx.actor)
