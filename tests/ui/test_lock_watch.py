"""The window while another PC breaks our lock: the person is told, in Dutch, that
another computer has taken the database over, and the window turns read-only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.storage.test_lock_lost import break_from_another_pc
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import people
from wplstudio.storage.locations import file_target
from wplstudio.ui import lock_watch
from wplstudio.ui.errors import guarded
from wplstudio.ui.open_dialogs import open_window_asking


@pytest.fixture
def our_window(qtbot, demo_db, monkeypatch):
    """The app's window on the demo company, holding the file's lock."""
    monkeypatch.setattr(lock_watch, "CHECK_MS", 100)
    path = demo_db.target.path
    demo_db.close()
    window = open_window_asking(file_target(path))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.db.close()


@pytest.fixture
def other_pc(our_window):
    """Call it to let WERKPLAATS-PC break our lock, open the file and write to it."""
    started = []

    def take_over() -> None:
        started.append(break_from_another_pc(our_window.ctx.db.target.path))

    yield take_over
    for proc in started:
        proc.stdin.close()
        proc.wait(timeout=10)


def read_only_sign(window) -> QLabel | None:
    return window.statusBar().findChild(QLabel, "readOnlyBadge")


def test_the_window_says_in_dutch_that_another_computer_took_over_and_turns_read_only(our_window, other_pc, qtbot, messages, dutch):
    assert not our_window.ctx.db.read_only and read_only_sign(our_window) is None
    other_pc()
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10_000)
    assert "WERKPLAATS-PC" in messages[0] and "heeft deze database overgenomen" in messages[0]
    assert our_window.ctx.db.read_only and "WERKPLAATS-PC" in read_only_sign(our_window).text()
    assert our_window.windowTitle().endswith("alleen lezen")

    assert guarded(our_window, lambda: people.save_team(our_window.ctx.db, SYSTEM, "Van kantoor")) is None
    assert "WERKPLAATS-PC" in messages[1] and "Traceback" not in messages[1]
    assert "Van kantoor" not in [t.name for t in people.list_teams(our_window.ctx.db, SYSTEM)]


def test_a_change_made_before_the_watch_looks_is_refused_and_told_once(our_window, other_pc, messages, dutch):
    our_window.lock_watch.timer.stop()  # the person is quicker than the watch
    other_pc()
    assert guarded(our_window, lambda: people.save_team(our_window.ctx.db, SYSTEM, "Van kantoor")) is None
    assert len(messages) == 1 and "Een andere computer heeft de database" in messages[0] and "niet opgeslagen" in messages[0]
    our_window.lock_watch.check_now()
    assert len(messages) == 1  # said once, not twice
    assert "WERKPLAATS-PC" in read_only_sign(our_window).text()
