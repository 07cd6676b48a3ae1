"""The Onboarding & mentors area: trajectories (a mentor's trainees, a trainee's own path) and programs."""

from __future__ import annotations

from wplstudio.i18n import translate
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.onboarding.programs import ProgramsTab
from wplstudio.ui.pages.onboarding.settings import OnboardingSettingsTab
from wplstudio.ui.pages.onboarding.trajectories import TrajectoriesTab
from wplstudio.ui.tabbed_page import TabbedPage


class OnboardingPage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Onboarding & mentors"), parent)
        role = ctx.actor.role
        first = self.tr("My trainees") if role == "mentor" else self.tr("Where I am") if role == "employee" else self.tr("Trajectories")
        self._add("onboarding", TrajectoriesTab(ctx), first)
        if may(ctx.actor, "onboarding", "edit") and role in ("owner", "manager"):  # programs are company records
            self._add("onboarding-programs", ProgramsTab(ctx), self.tr("Programs"))
            self._add("onboarding-settings", OnboardingSettingsTab(ctx), self.tr("Settings"))
