"""An area page made of tabs: the area's title above, one tab per view.

Each tab is known by its view name (see ui.views.TABS), which is also its objectName,
so the main window can ask which view shows (and keep it in QSettings) and show one
again. A tab has a refresh() that reloads its data; switching tabs refreshes the new one."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from wplstudio.ui.keyboard import in_reading_order


class TabbedPage(QWidget):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, objectName="pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self._header_ordered = False
        self.header = QHBoxLayout()  # the title, and room on the right for an area's own buttons
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)  # narrow sides: a page fits 1280 pixels (a laptop at 150 %)
        layout.addLayout(self.header)
        layout.addWidget(self.tabs, 1)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Buttons an area adds to the header come before the tabs when one presses Tab, as they are
        seen; only now, inside the window, does Qt's focus chain take that order."""
        if not self._header_ordered:
            header = [self.header.itemAt(i).widget() for i in range(self.header.count())]
            in_reading_order(*[w for w in header if w is not None and w is not self.title], self.tabs)
            self._header_ordered = True
        super().showEvent(event)

    def _add(self, view: str, widget: QWidget, title: str) -> None:
        """Add a tab for a view; the first tab added does not load its data yet (show_tab does)."""
        widget.setObjectName(view)
        with QSignalBlocker(self.tabs):
            self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def current_tab(self) -> str:
        return self.tabs.currentWidget().objectName()

    def show_tab(self, view: str) -> None:
        """Show a view's tab and load it once; an unknown view reloads the tab that shows."""
        tab = self._tab(view)
        if tab is not None and tab is not self.tabs.currentWidget():
            self.tabs.setCurrentWidget(tab)  # refreshes through currentChanged
            return
        self.refresh()

    def _tab(self, view: str) -> QWidget | None:
        return next((self.tabs.widget(i) for i in range(self.tabs.count()) if self.tabs.widget(i).objectName() == view), None)
