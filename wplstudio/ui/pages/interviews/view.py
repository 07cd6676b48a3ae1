"""The Development interviews area: interviews, follow-up actions, the cycle and the guides."""

from __future__ import annotations

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.interviews.lists import ActionsTab, CycleTab, GuidesTab, InterviewsTab
from wplstudio.ui.tabbed_page import TabbedPage


class InterviewsPage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Development interviews"), parent)
        self._add("interviews", InterviewsTab(ctx), self.tr("Interviews"))
        self._add("interview-actions", ActionsTab(ctx), self.tr("Follow-up actions"))
        self._add("interview-cycle", CycleTab(ctx), self.tr("Who is due"))
        self._add("interview-guides", GuidesTab(ctx), self.tr("Guides and forms"))
