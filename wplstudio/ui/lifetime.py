"""Who keeps a top-level window alive, and who deletes it.

A window or dialog without a Qt parent belongs to its Python object. When the
last Python reference goes (or the garbage collector breaks a cycle, which can
happen at any allocation, e.g. while a page is being built inside a focus
event), the C++ widget is deleted at once, even if Qt is in the middle of one of
its events: the process crashes. So a top-level widget is held here while it is
open, and deleted by Qt itself (deleteLater) once it is closed, when the event
loop is back and nothing of it is on the stack."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

_held: dict[int, QWidget] = {}  # id -> widget, until Qt has deleted it


def keep_while_open(window: QWidget) -> QWidget:
    """Hold a top-level window while it is open; closing it lets Qt delete it safely."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return _hold(window)


def dispose(widget: QWidget | None) -> None:
    """Hide a top-level widget now; Qt deletes it once control is back in the event loop."""
    if widget is None:
        return
    _hold(widget)
    widget.hide()
    widget.deleteLater()


def held() -> int:
    """How many top-level widgets are held (for tests)."""
    return len(_held)


def _hold(widget: QWidget) -> QWidget:
    key = id(widget)
    if key not in _held:
        _held[key] = widget
        # partial, not a lambda: the connection must not hold the widget itself
        widget.destroyed.connect(partial(_forget, key))
    return widget


def _forget(key: int, *_destroyed) -> None:
    _held.pop(key, None)
