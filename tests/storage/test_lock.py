"""One SQLite file, one app: a second instance is told who has the file open,
a crashed instance's lock is taken over, another PC's lock is only broken on
request and the break is audited. Other instances are real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import ReadOnlyDatabase
from wplstudio.services import audit, people
from wplstudio.services.open_guard import HeldElsewhere, OpenChoices, open_guarded
from wplstudio.storage import lock as locks
from wplstudio.storage import processes
from wplstudio.storage.locations import file_target
from wplstudio.storage.models import AuditEntry, Team

HOLDER = """
import sys
from pathlib import Path
from wplstudio.services.open_guard import open_guarded
from wplstudio.storage.locations import file_target

opened = open_guarded(file_target(Path(sys.argv[1])))
print("ready", flush=True)
if sys.argv[2] == "hold":
    sys.stdin.read()  # until the test closes our stdin, or kills us
    opened.db.close()
# "exit": end without closing; the lock must still go (atexit)
"""


def start_instance(path: Path, mode: str = "hold") -> subprocess.Popen:
    """Another wplstudio instance on this PC that opens path and keeps it open."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read()
    return proc


@pytest.fixture
def company_file(db, db_path) -> Path:
    """An existing, migrated database file (the fixture's own connection takes no lock)."""
    return db_path


@pytest.fixture
def other_instance(company_file):
    proc = start_instance(company_file)
    yield proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=10)


def foreign_lock(database: Path, host: str = "KANTOOR-PC", user: str = "marieke") -> locks.LockInfo:
    info = locks.LockInfo(host, user, 4242, "2026-11-02T07:30:00+00:00", "0.1.0", "their-token")
    locks.lock_path(database).write_bytes(info.to_bytes())
    return info


def a_pid_that_has_ended() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


# --- a second instance ---------------------------------------------------------------

def test_a_second_instance_is_told_within_two_seconds_who_has_the_file_open(company_file, other_instance):
    started = time.perf_counter()
    with pytest.raises(HeldElsewhere) as caught:
        open_guarded(file_target(company_file))
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0
    holder = caught.value.holder
    assert (holder.host, holder.user, holder.pid) == (locks.this_host(), locks.this_user(), other_instance.pid)
    message = caught.value.english()
    assert locks.this_host() in message and locks.this_user() in message and holder.since_local() in message
    assert not caught.value.breakable  # it runs on this PC: read-only or not at all


def test_the_second_instance_may_look_read_only_and_a_change_there_is_refused_in_plain_words(company_file):
    first = open_guarded(file_target(company_file))
    try:
        second = open_guarded(file_target(company_file), OpenChoices(read_only=True))
        people.save_team(first.db, SYSTEM, "Lassen")
        assert [t.name for t in people.list_teams(second.db, SYSTEM)] == ["Lassen"]  # sees the first one's work
        with pytest.raises(ReadOnlyDatabase) as caught:
            people.save_team(second.db, SYSTEM, "Zagen")
        assert f"{locks.this_user()} ({locks.this_host()})" in caught.value.english()
        assert "read-only" in caught.value.english()
        second.db.close()
        assert locks.lock_path(company_file).exists()  # the read-only look never held the lock, so never frees it
        assert [t.name for t in people.list_teams(first.db, SYSTEM)] == ["Lassen"]
    finally:
        first.db.close()


def test_a_running_instance_on_this_pc_cannot_have_its_lock_broken(company_file, other_instance):
    with pytest.raises(HeldElsewhere) as caught:
        open_guarded(file_target(company_file), OpenChoices(break_foreign_lock=True))
    assert caught.value.holder.pid == other_instance.pid
    assert locks.read_file(locks.lock_path(company_file)).pid == other_instance.pid


# --- crashes and normal ends -------------------------------------------------------------

def test_the_lock_of_an_instance_that_was_killed_is_taken_over_with_a_notice(company_file):
    crashed = start_instance(company_file)
    crashed.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no atexit, no cleanup
    crashed.wait(timeout=10)
    left_behind = locks.read_file(locks.lock_path(company_file))
    assert left_behind.pid == crashed.pid

    opened = open_guarded(file_target(company_file))
    try:
        assert [n.english() for n in opened.notices] == [
            f"wplstudio had stopped unexpectedly on this PC (open since {left_behind.since_local()}); its lock was taken over."]
        assert locks.read_file(locks.lock_path(company_file)).pid == os.getpid()
        people.save_team(opened.db, SYSTEM, "Montage")  # and it is fully writable
    finally:
        opened.db.close()
    assert not locks.lock_path(company_file).exists()


@pytest.mark.skipif(processes.started_at(os.getpid()) is None, reason="this system does not tell when a process started")
def test_a_lock_whose_process_id_now_belongs_to_a_later_program_is_taken_over(company_file):
    """After a power cut and a restart the old id may belong to another program: it started after the lock."""
    later = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        old = locks.LockInfo(locks.this_host(), locks.this_user(), later.pid, "2026-01-05T07:30:00+00:00", "0.1.0", "old")
        locks.lock_path(company_file).write_bytes(old.to_bytes())
        outcome = locks.acquire(company_file)
        assert isinstance(outcome, locks.Acquired) and outcome.took_over == old
        outcome.lock.release()
    finally:
        later.stdin.close()
        later.wait(timeout=10)


def test_an_instance_that_ends_without_closing_still_frees_the_file(company_file):
    proc = start_instance(company_file, mode="exit")
    assert proc.wait(timeout=10) == 0
    assert not locks.lock_path(company_file).exists()


def test_closing_frees_the_file_for_the_next_instance(company_file):
    first = open_guarded(file_target(company_file))
    first.db.close()
    second = open_guarded(file_target(company_file))
    assert second.notices == []
    second.db.close()


def test_two_instances_racing_for_a_crashed_lock_take_it_one_at_a_time(company_file):
    stale = locks.LockInfo(locks.this_host(), locks.this_user(), a_pid_that_has_ended(), "2026-11-02T07:30:00+00:00", "0.1.0", "dead")
    outcomes: list = []
    gate = threading.Barrier(8)

    def race() -> None:
        gate.wait()
        outcomes.append(locks.acquire(company_file))

    for _round in range(20):
        locks.lock_path(company_file).write_bytes(stale.to_bytes())
        outcomes.clear()
        threads = [threading.Thread(target=race) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [o for o in outcomes if isinstance(o, locks.Acquired)]
        assert len(winners) == 1, outcomes
        assert locks.read_file(locks.lock_path(company_file)) == winners[0].lock.info
        assert all(o.holder == winners[0].lock.info for o in outcomes if isinstance(o, locks.Held))
        winners[0].lock.release()
    assert sorted(p.name for p in company_file.parent.iterdir() if ".lock" in p.name) == []


# --- another PC ------------------------------------------------------------------------------

def test_another_pcs_lock_is_broken_only_when_asked_and_the_break_is_audited(company_file):
    theirs = foreign_lock(company_file)
    with pytest.raises(HeldElsewhere) as caught:
        open_guarded(file_target(company_file))
    assert caught.value.breakable
    assert "KANTOOR-PC" in caught.value.english() and "marieke" in caught.value.english()
    assert locks.read_file(locks.lock_path(company_file)) == theirs  # asking changed nothing

    opened = open_guarded(file_target(company_file), OpenChoices(break_foreign_lock=True))
    try:
        assert "KANTOOR-PC" in opened.notices[0].english()
        assert locks.read_file(locks.lock_path(company_file)).pid == os.getpid()
        with opened.db.session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "lock-broken")).one()
            entry = (entry.entity, entry.entity_id, json.loads(entry.before), json.loads(entry.after))
        assert audit.verify(opened.db).ok
    finally:
        opened.db.close()
    entity, entity_id, before, after = entry
    assert (entity, entity_id) == ("database", str(company_file))
    assert (before["host"], before["pid"], before["since"]) == ("KANTOOR-PC", 4242, theirs.since)
    assert (after["host"], after["pid"]) == (locks.this_host(), os.getpid())
    assert "marieke" not in json.dumps(before)  # a login name is a person's: the trail keeps a marker


def test_a_lock_file_nobody_can_read_counts_as_held_by_an_unknown_pc(company_file):
    locks.lock_path(company_file).write_bytes(b"\x00\x13garbage")
    started = time.perf_counter()
    with pytest.raises(HeldElsewhere) as caught:
        open_guarded(file_target(company_file))
    assert time.perf_counter() - started < 2.0
    assert caught.value.breakable and caught.value.holder.host == "?"
    opened = open_guarded(file_target(company_file), OpenChoices(break_foreign_lock=True))
    opened.db.close()
    assert not locks.lock_path(company_file).exists()


def test_a_lock_broken_by_another_pc_is_left_to_that_pc_when_we_close(company_file):
    opened = open_guarded(file_target(company_file))
    theirs = foreign_lock(company_file)  # what a break on the other PC leaves behind
    opened.db.close()
    assert locks.read_file(locks.lock_path(company_file)) == theirs


def test_the_lock_file_says_who_in_plain_json(company_file):
    opened = open_guarded(file_target(company_file))
    try:
        values = json.loads(locks.lock_path(company_file).read_text(encoding="utf-8"))
    finally:
        opened.db.close()
    assert {"host", "user", "pid", "since", "version"} <= set(values)
    assert values["since"].endswith("+00:00")  # UTC
    assert values["pid"] == os.getpid()


def test_reading_commands_take_no_lock(company_file, other_instance):
    opened = open_guarded(file_target(company_file), OpenChoices(take_lock=False, migrate=False))
    try:
        assert opened.db.lock is None and not opened.db.read_only
    finally:
        opened.db.close()
    assert locks.read_file(locks.lock_path(company_file)).pid == other_instance.pid


@pytest.mark.postgres
def test_a_shared_server_takes_no_lock_file(pg_url, tmp_path):
    from wplstudio.storage.locations import resolve

    opened = open_guarded(resolve(pg_url))
    try:
        assert opened.db.lock is None and opened.notices == []
        with opened.db.session() as s:
            assert s.scalars(select(Team)).all() == []
    finally:
        opened.db.close()
