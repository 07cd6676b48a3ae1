"""A second start on the same database brings the first window forward and stops."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMainWindow

from wplstudio.storage.locations import file_target
from wplstudio.ui.single_instance import FrontDoor, ask_running_to_front, claim, server_name


def test_the_same_database_gets_the_same_name_and_another_database_another(tmp_path):
    first, same, other = (file_target(tmp_path / n) for n in ("a.sqlite", "a.sqlite", "b.sqlite"))
    assert server_name(first) == server_name(same) != server_name(other)
    assert len(server_name(first)) < 40  # Unix socket paths are short


def test_a_second_start_asks_the_open_window_to_come_to_the_front(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    door = claim(file_target(tmp_path / "company.sqlite"))
    assert door is not None and door.listening
    assert claim(file_target(tmp_path / "company.sqlite")) is None  # the second start: told to go
    qtbot.waitUntil(lambda: door.knocks == 1)
    assert not window.isMinimized()
    assert "started again" in window.statusBar().currentMessage()


def test_nobody_listening_means_nobody_is_asked(tmp_path):
    assert ask_running_to_front(server_name(file_target(tmp_path / "nobody.sqlite"))) is False


def test_a_socket_left_by_a_crashed_app_does_not_block_the_next_start(qtbot, tmp_path):
    name = server_name(file_target(tmp_path / "crashed.sqlite"))
    if sys.platform != "win32":
        from PySide6.QtCore import QDir

        open(os.path.join(QDir.tempPath(), name), "w").close()  # what a killed app leaves behind
    door = FrontDoor(name)
    assert door.listening
    door.server.close()


def test_starting_the_app_twice_on_one_database_ends_the_second_start_with_a_message(qtbot, tmp_path):
    database = tmp_path / "company.sqlite"
    door = claim(file_target(database))  # this test process plays the app that is already open
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "-m", "wplstudio", "--database", str(database), "--lang", "en"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)  # the first keeps answering meanwhile
    finally:
        second.kill()
    assert second.returncode == 0
    assert "already open" in second.stderr.read()
    assert door.knocks == 1
    assert not database.exists()  # the second start left the database alone
