"""The Employees area: people, teams, functions, the task landscape and the company."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.people.company import CompanyTab
from wplstudio.ui.pages.people.landscape import LandscapeTab
from wplstudio.ui.pages.people.lists import EmployeesTab, FunctionsTab, TeamsTab


class PeoplePage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(translate("areas", "Employees"), objectName="pageTitle")
        self.tabs = QTabWidget()
        self.tabs.addTab(EmployeesTab(ctx), self.tr("Employees"))
        self.tabs.addTab(TeamsTab(ctx), self.tr("Teams"))
        self.tabs.addTab(FunctionsTab(ctx), self.tr("Functions"))
        self.tabs.addTab(LandscapeTab(ctx), self.tr("Task landscape"))
        self.tabs.addTab(CompanyTab(ctx), self.tr("Company"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.refresh()
