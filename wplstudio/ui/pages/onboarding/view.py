"""The Onboarding & mentors area: trajectories (a mentor's trainees, a trainee's own path) and programs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.onboarding.programs import ProgramsTab
from wplstudio.ui.pages.onboarding.trajectories import TrajectoriesTab


class OnboardingPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(translate("areas", "Onboarding & mentors"), objectName="pageTitle")
        self.tabs = QTabWidget()
        role = ctx.actor.role
        first = self.tr("My trainees") if role == "mentor" else self.tr("Where I am") if role == "employee" else self.tr("Trajectories")
        self._add("onboarding", TrajectoriesTab(ctx), first)
        if may(ctx.actor, "onboarding", "edit") and role in ("owner", "manager"):  # programs are company records
            self._add("onboarding-programs", ProgramsTab(ctx), self.tr("Programs"))
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
