"""The keyboard alone: Ctrl+1 … Ctrl+9 and Ctrl+0 open the areas of the navigation, and
focus lands on the first thing one can use in the page that opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget

from wplstudio.i18n import translate

AREA_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+0")


def install(window) -> None:
    """The keyboard aids of the main window: area shortcuts and the ring around the focused table."""
    from wplstudio.ui.focus_ring import FocusRing

    install_area_shortcuts(window)
    window.focus_ring = FocusRing(window)


def install_area_shortcuts(window) -> None:
    """One shortcut per navigation entry, named in the entry's tooltip."""
    nav = window.navigation
    nav.setAccessibleName(translate("keyboard", "Areas"))
    for row, keys in zip(range(nav.count()), AREA_KEYS):
        item = nav.item(row)
        sequence = QKeySequence(keys)
        item.setToolTip(translate("keyboard", "{area} ({keys})").format(
            area=item.text(), keys=sequence.toString(QKeySequence.SequenceFormat.NativeText)))
        shortcut = QShortcut(sequence, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda row=row: open_area(window, row))


def open_area(window, row: int) -> None:
    """Open an area as a click on its entry would, and put the focus in its page."""
    item = window.navigation.item(row)
    if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
        return
    window.navigation.setCurrentRow(row)
    focus_first(window.stack.currentWidget())


def focusable(widget: QWidget) -> bool:
    """Would Tab stop at this widget? (The rules of QWidget::focusNextPrevChild.)"""
    return (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def focus_first(page: QWidget | None) -> None:
    """Give the focus to the first widget of a page that Tab would stop at."""
    widget = page
    while page is not None:
        widget = widget.nextInFocusChain()
        if widget is page:
            return
        if page.isAncestorOf(widget) and focusable(widget):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return


def tab_moves_on(root: QWidget) -> None:
    """In a list the arrows move between cells and Tab moves on to the next control (Qt's tables
    keep Tab for themselves, which traps a keyboard user in a long list). Only a grid one types
    in, like a spreadsheet (a QTableWidget that can be edited), keeps Tab for its cells."""
    for view in root.findChildren(QAbstractItemView):
        typed_in = isinstance(view, QTableWidget) and view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
        if not typed_in:
            view.setTabKeyNavigation(False)


def in_reading_order(*widgets: QWidget) -> None:
    """Tab visits these widgets in this order (top to bottom, left to right as they are seen),
    whatever order they were made in."""
    for before, after in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(before, after)
