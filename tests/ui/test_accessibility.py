"""The keyboard alone: every page can be reached and used without a mouse, and a button that
shows only a symbol says in a tooltip what it does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QMenu,
                               QGraphicsView, QHeaderView, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from wplstudio.ui.background import wait_for_background
from wplstudio.ui.keyboard import focusable
from wplstudio.ui.views import AREAS, VIEW_NAMES, locate

# What a keyboard user must be able to reach with Tab.
INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QGraphicsView, QAbstractSpinBox, QTextEdit,
               QPlainTextEdit, QTabBar)
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: a word, not a symbol like "+", "…" or "◀"


class StrayWindows(QObject):
    """Widgets shown as windows of their own while a page is built (a flash on the desktop,
    and the main window loses the keyboard)."""

    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main, self.seen = main, []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.parentWidget() is None \
                and watched is not self.main and not isinstance(watched, QMenu):
            self.seen.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


def open_view(window, view: str) -> QWidget:
    stray = StrayWindows(window)
    QApplication.instance().installEventFilter(stray)
    try:
        window.show_view(view)
        wait_for_background()
        QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(stray)
    assert (view, stray.seen) == (view, [])
    return window.stack.currentWidget()


def shown(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.isVisible() and widget.isEnabled()


def symbol_buttons_without_tooltip(page: QWidget) -> list[str]:
    buttons = [b for b in page.findChildren(QAbstractButton) if shown(b, page) and not isinstance(b.parent(), QTabBar)
               and not inside_item_view(b)]
    return [f"{type(b).__name__} {b.objectName()!r} {b.text()!r}" for b in buttons
            if not WORD.search(b.text().replace("&", "")) and not b.toolTip().strip()]


def inside_item_view(widget: QWidget) -> bool:
    """Headers, cell editors and the frozen name column belong to their table, which has the focus."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView)


def tab_stops(window) -> list[QWidget]:
    """The widgets Tab stops at, in order, walking the window's focus chain once round."""
    stops, widget = [], window
    while (widget := widget.nextInFocusChain()) is not window:
        if focusable(widget):
            stops.append(widget)
    return stops


def unreachable(window, page: QWidget) -> list[str]:
    stops = set(tab_stops(window))
    wanted = [w for w in page.findChildren(QWidget) if isinstance(w, INTERACTIVE) and shown(w, page)
              and not inside_item_view(w)]
    return [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}" for w in wanted
            if w not in stops and (w.focusProxy() is None or w.focusProxy() not in stops)]


def views_of(area: str) -> list[str]:
    return [view for view in VIEW_NAMES if locate(view)[0] == area]


def unchecked_in_group(widget: QWidget) -> bool:
    """Of buttons where one is chosen (like radio buttons), Tab stops at the chosen one; the arrows pick another."""
    group = widget.group() if isinstance(widget, QAbstractButton) else None
    return group is not None and group.exclusive() and not widget.isChecked()


def missed_by_pressing_tab(window, page: QWidget) -> list[str]:
    """Press Tab from the navigation round the window once: which of the page's tab stops were skipped?"""
    wanted = [w for w in tab_stops(window) if page.isAncestorOf(w) and not unchecked_in_group(w)]
    window.navigation.setFocus()
    visited = set()
    for _ in range(3 * len(wanted) + 20):  # a table that keeps Tab for its cells would use them all up
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() in (window.navigation, None):
            break
        visited.add(QApplication.focusWidget())
    return [f"{type(w).__name__} {w.objectName()!r}" for w in wanted if w not in visited]


@pytest.mark.parametrize("area", [a.key for a in AREAS])
def test_a_keyboard_user_reaches_every_control_and_every_symbol_button_explains_itself(window, qtbot, area):
    with qtbot.waitActive(window):
        window.activateWindow()
    for view in views_of(area):
        page = open_view(window, view)
        assert (view, symbol_buttons_without_tooltip(page)) == (view, [])
        assert (view, unreachable(window, page)) == (view, [])
        assert (view, missed_by_pressing_tab(window, page)) == (view, [])


def test_pressing_tab_leaves_a_list_and_walks_through_the_page(window, qtbot):
    page = open_view(window, "people")
    table = page.tabs.currentWidget().table
    with qtbot.waitActive(window):
        window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    visited = []
    for _ in range(30):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is table:
            break
    assert visited[0] is not table  # Tab moves on; the arrows move inside the list
    assert visited[-1] is table  # and round the window back to the list, by the navigation and the tabs
    assert window.navigation in visited and page.tabs.tabBar() in visited
    search_bar = visited.index(page.tabs.currentWidget().search)
    assert search_bar == visited.index(page.tabs.tabBar()) + 1  # the search field, as it is seen: below the tabs


def test_ctrl_and_a_digit_open_an_area_with_the_focus_in_it(window, qtbot):
    with qtbot.waitActive(window):
        window.activateWindow()
    window.navigation.setFocus()
    for row, area in enumerate(AREAS[:3]):
        QTest.keyClick(window, str((row + 1) % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        page = window.stack.currentWidget()
        assert page.isAncestorOf(QApplication.focusWidget()), area.key
    assert "Ctrl+1" in window.navigation.item(0).toolTip()


def test_a_thick_ring_shows_which_list_has_the_keys(window, qtbot):
    page = open_view(window, "people")
    table = page.tabs.currentWidget().table
    with qtbot.waitActive(window):
        window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: window.focus_ring.isVisible())
    ring = window.focus_ring.geometry()
    assert ring.contains(QRect(table.mapTo(window, QPoint(0, 0)), table.size()))
    page.tabs.currentWidget().search.setFocus()  # a field shows its own focus; the ring goes
    qtbot.waitUntil(lambda: not window.focus_ring.isVisible())


def test_a_dialog_rings_its_focused_list_too(qapp, qtbot):
    from PySide6.QtWidgets import QDialog, QTableWidget, QVBoxLayout

    from wplstudio.ui.focus_ring import FocusRing, ring_every_window

    follow = ring_every_window(qapp)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        table = QTableWidget(3, 3, dialog)
        QVBoxLayout(dialog).addWidget(table)
        dialog.show()  # not exec(): the dialog stays non-modal in the test
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        table.setFocus()
        qtbot.waitUntil(lambda: dialog.findChild(FocusRing) is not None and dialog.findChild(FocusRing).isVisible())
    finally:
        qapp.focusChanged.disconnect(follow)
