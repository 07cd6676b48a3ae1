"""The command line and the guards: a command that changes data refuses, in one
line, a file another instance has open; check and backup still run beside it;
a file in a cloud or network folder needs --allow-network-folder."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.storage.test_lock import start_instance
from wplstudio.cli import main
from wplstudio.storage import lock as locks


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    yield
    from wplstudio import i18n

    i18n.install("en")


@pytest.fixture
def held_file(db, db_path):
    proc = start_instance(db_path)
    yield db_path
    proc.stdin.close()
    proc.wait(timeout=10)


def test_a_changing_command_refuses_in_one_line_naming_who_has_the_file_open(held_file, capsys):
    assert main(["demo", "--database", str(held_file), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"by {locks.this_user()} on {locks.this_host()} since" in err
    assert "Traceback" not in err


def test_the_refusal_reaches_a_person_at_a_terminal_in_moments(held_file):
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "wplstudio", "demo", "--database", str(held_file), "--lang", "en"],
                            capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    assert result.returncode == 2 and locks.this_host() in result.stderr
    # A guard against waiting for the lock, not a speed test: the whole start of Python and wplstudio
    # on a busy machine. The lock's own answer is timed in tests/storage/test_lock.py.
    assert elapsed < 20.0
    print(f"refusal after {elapsed:.2f} s")


def test_check_and_backup_run_while_another_instance_has_the_file_open(held_file, tmp_path, capsys):
    assert main(["check", "--database", str(held_file), "--lang", "en"]) == 0
    assert main(["backup", "--database", str(held_file), "--out", str(tmp_path / "copy.sqlite"), "--lang", "en"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert (tmp_path / "copy.sqlite").exists()


def test_a_crashed_instance_is_taken_over_and_the_command_says_so(db, db_path, capsys):
    crashed = start_instance(db_path)
    crashed.kill()
    crashed.wait(timeout=10)
    assert main(["demo", "--database", str(db_path), "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "stopped unexpectedly on this PC" in captured.err and "The demo company is in" in captured.out
    assert not locks.lock_path(db_path).exists()  # released when the command ended


def test_a_database_in_a_dropbox_folder_needs_the_flag(tmp_path, capsys):
    (tmp_path / "Dropbox").mkdir()
    path = tmp_path / "Dropbox" / "demo.sqlite"
    assert main(["demo", "--database", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Dropbox" in err and "--allow-network-folder" in err
    assert not path.exists()
    assert main(["demo", "--database", str(path), "--allow-network-folder", "--lang", "en"]) == 0
    assert main(["--allow-network-folder", "check", "--database", str(path), "--lang", "en"]) == 0  # before or after the command
