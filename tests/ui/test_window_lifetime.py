"""The main window lives as long as it is open, whoever holds it, and Python's
garbage collector can run at any moment without Qt touching a deleted widget.

Python may collect at any allocation: while a page is built, while focus moves.
A widget, model or window that only Python kept (no Qt parent, no reference)
would then be deleted under Qt's feet, and the process crashes (not a traceback:
a segfault). These tests collect after every step of a walk through every view."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from tests.storage.test_lock import foreign_lock
from wplstudio.storage.locations import file_target
from wplstudio.ui import open_dialogs
from wplstudio.ui.open_dialogs import READ_ONLY, open_window_asking
from wplstudio.ui.views import VIEW_NAMES


@pytest.fixture
def opened_window(qtbot, demo_db, monkeypatch, request):
    """A window opened the way the app opens one: read-only (another PC has the file) or for editing."""
    path = demo_db.target.path
    demo_db.close()
    if request.param == "read-only":
        foreign_lock(path)
    monkeypatch.setattr(open_dialogs, "ask", lambda *_args, **_kwargs: READ_ONLY)
    gc.collect()
    gc.freeze()  # what exists before the window is left out of the collections: they look at the window only, and fast
    window = open_window_asking(file_target(path))  # not given to qtbot: closing it is part of these tests
    window.resize(1400, 860)
    window.show()
    db = window.ctx.db
    ref = weakref.ref(window)
    del window  # the test holds no reference of its own: nothing but the app keeps the window
    yield ref
    gc.unfreeze()
    if ref() is not None and Shiboken.isValid(ref()):
        ref().close()
    QApplication.processEvents()
    db.close()


def settle() -> None:
    """What happens between two clicks: the collector runs, Qt delivers its events."""
    for _round in range(2):
        gc.collect()
        QApplication.processEvents()


@pytest.mark.parametrize("opened_window", ["read-only", "writable"], indirect=True)
def test_walking_through_every_view_while_the_collector_runs_keeps_the_window_whole(opened_window, qtbot):
    settle()
    for view in VIEW_NAMES:
        window = opened_window()
        assert window is not None, "the open window was collected"
        window.show_view(view)
        window.focusNextChild()  # focus moves into the page: item views ask their models
        del window
        settle()
        assert opened_window().current_view() == view
    assert opened_window().ctx.db.read_only == (opened_window().windowTitle().endswith("read-only"))


@pytest.mark.parametrize("opened_window", ["writable"], indirect=True)
def test_a_closed_window_is_deleted_by_qt_and_let_go(opened_window, qtbot):
    opened_window().close()
    qtbot.waitUntil(lambda: opened_window() is None or not Shiboken.isValid(opened_window()), timeout=2000)
