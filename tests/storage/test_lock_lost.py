"""Another PC breaks our lock while we still run (it judged us gone after a power
cut, say): from then on it writes to the file, so we must notice and stop writing.
The other PC is a real second process that calls itself WERKPLAATS-PC."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import ReadOnlyDatabase
from wplstudio.services import audit, people
from wplstudio.services.open_guard import open_guarded
from wplstudio.storage import lock as locks
from wplstudio.storage.locations import file_target

OTHER_PC = """
import socket, sys
socket.gethostname = lambda: "WERKPLAATS-PC"
from pathlib import Path
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import people
from wplstudio.services.open_guard import OpenChoices, open_guarded
from wplstudio.storage.locations import file_target

opened = open_guarded(file_target(Path(sys.argv[1])), OpenChoices(break_foreign_lock=True))
people.save_team(opened.db, SYSTEM, "Van de werkplaats")
print("ready", flush=True)
sys.stdin.read()
opened.db.close()
"""


def break_from_another_pc(path: Path) -> subprocess.Popen:
    """WERKPLAATS-PC breaks our lock (as a person there confirmed), opens the file and writes."""
    proc = subprocess.Popen([sys.executable, "-c", OTHER_PC, str(path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read()
    return proc


@pytest.fixture
def ours(db, db_path):
    """The database, opened by this instance with its lock, as the app opens it."""
    db.close()
    opened = open_guarded(file_target(db_path))
    yield opened.db
    opened.db.close()


@pytest.fixture
def other_pc(ours):
    proc = break_from_another_pc(ours.target.path)
    yield proc
    proc.stdin.close()
    proc.wait(timeout=10)


def team_names(db) -> list[str]:
    return sorted(t.name for t in people.list_teams(db, SYSTEM))


def test_a_change_after_another_pc_took_over_is_refused_and_nothing_of_it_is_written(ours, other_pc):
    with pytest.raises(locks.LockLost) as caught:
        people.save_team(ours, SYSTEM, "Van kantoor")
    message = caught.value.english()
    assert "Another computer has taken over the database" in message and "WERKPLAATS-PC" in message
    assert "was not saved" in message
    assert ours.read_only and ours.lock is None and "WERKPLAATS-PC" in ours.held_by
    assert team_names(ours) == ["Van de werkplaats"]  # still readable; our change is not there
    with pytest.raises(ReadOnlyDatabase):  # and it stays refused: SQLite itself now opens the file read-only
        people.save_team(ours, SYSTEM, "Nog eens")
    assert audit.verify(ours).ok


def test_reading_after_a_takeover_goes_on_and_only_turns_the_database_read_only(ours, other_pc):
    assert team_names(ours) == ["Van de werkplaats"]
    assert ours.read_only
    assert locks.read_file(locks.lock_path(ours.target.path)).host == "WERKPLAATS-PC"


def test_closing_after_a_takeover_leaves_the_other_pcs_lock_in_place(ours, other_pc):
    ours.check_lock()
    ours.close()
    assert locks.read_file(locks.lock_path(ours.target.path)).host == "WERKPLAATS-PC"


def test_a_lock_file_removed_by_hand_counts_as_taken_over(ours):
    locks.lock_path(ours.target.path).unlink()
    with pytest.raises(locks.LockLost) as caught:
        people.save_team(ours, SYSTEM, "Na het weghalen")
    assert "the lock of wplstudio on this PC was removed" in caught.value.english()
    assert not locks.lock_path(ours.target.path).exists()  # we do not take it back: the other PC may be breaking it


def test_while_the_lock_is_ours_every_change_is_saved_and_checking_is_cheap(ours):
    people.save_team(ours, SYSTEM, "Lassen")
    started = time.perf_counter()
    for _ in range(200):
        ours.check_lock(wrote=True)
    per_check_ms = (time.perf_counter() - started) * 1000 / 200
    print(f"lock check: {per_check_ms:.3f} ms")  # reported, not judged: timings depend on the machine
    assert team_names(ours) == ["Lassen"] and not ours.read_only
