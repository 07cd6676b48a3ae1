"""The Employees area: people, teams, functions, the task landscape and the company."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.access import people_page_courtesy
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.people.company import CompanyTab
from wplstudio.ui.pages.people.landscape import LandscapeTab
from wplstudio.ui.pages.people.lists import EmployeesTab, FunctionsTab, TeamsTab
from wplstudio.ui.pages.people.backups import BackupsTab
from wplstudio.ui.pages.people.privacy import PrivacyTab


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(translate("areas", "Employees"), objectName="pageTitle")
        self.tabs = QTabWidget()
        self._add("people", EmployeesTab(ctx), self.tr("Employees"))
        self._add("teams", TeamsTab(ctx), self.tr("Teams"))
        self._add("functions", FunctionsTab(ctx), self.tr("Functions"))
        self._add("tasks", LandscapeTab(ctx), self.tr("Task landscape"))
        self._add("company", CompanyTab(ctx), self.tr("Company"))
        self._add("privacy", PrivacyTab(ctx), self.tr("Privacy (AVG)"))
        self._add("backups", BackupsTab(ctx), self.tr("Backups"))
        people_page_courtesy(self, ctx.actor)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def _add(self, view: str, widget: QWidget, title: str) -> None:
        widget.setObjectName(view)
        self.tabs.addTab(widget, title)

    def current_tab(self) -> str:
        return self.tabs.currentWidget().objectName()

    def show_tab(self, view: str) -> None:
        tab = self.tabs.findChild(QWidget, view)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        self.refresh()
