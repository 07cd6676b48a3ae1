"""The Development interviews area: interviews, follow-up actions, the cycle and the guides."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.interviews.lists import ActionsTab, CycleTab, GuidesTab, InterviewsTab


class InterviewsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(translate("areas", "Development interviews"), objectName="pageTitle")
        self.tabs = QTabWidget()
        self._add("interviews", InterviewsTab(ctx), self.tr("Interviews"))
        self._add("interview-actions", ActionsTab(ctx), self.tr("Follow-up actions"))
        self._add("interview-cycle", CycleTab(ctx), self.tr("Who is due"))
        self._add("interview-guides", GuidesTab(ctx), self.tr("Guides and forms"))
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
