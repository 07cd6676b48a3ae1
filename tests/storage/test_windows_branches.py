"""The Windows branches of the lock and the file handling, run here by pretending
to be Windows where that is cheap: os.name is "nt", kernel32 is a stand-in that
answers as Windows does, a file another process holds open cannot be removed."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

import pytest

from wplstudio.domain.errors import WplError
from wplstudio.storage import lock as locks
from wplstudio.storage import processes, restore


class FakeKernel32:
    """OpenProcess / GetExitCodeProcess / CloseHandle as Windows answers them for one process."""

    def __init__(self, handle: int, last_error: int = 0, exit_code: int = 259, created: float = 0.0) -> None:
        self.handle, self.last_error, self.exit_code, self.created = handle, last_error, exit_code, created
        self.closed: list[int] = []
        self.OpenProcess = _Function(lambda _access, _inherit, _pid: self.handle)
        self.GetExitCodeProcess = _Function(self._exit_code)
        self.GetProcessTimes = _Function(self._times)
        self.CloseHandle = _Function(self.closed.append)

    def _exit_code(self, _handle, code_ref) -> int:
        code_ref._obj.value = self.exit_code
        return 1

    def _times(self, _handle, created_ref, *_others) -> int:
        ticks = int(self.created * 10_000_000) + 116444736000000000  # FILETIME: 100 ns steps since 1601
        created_ref._obj.dwHighDateTime, created_ref._obj.dwLowDateTime = ticks >> 32, ticks & 0xFFFFFFFF
        return 1


class _Function:
    """A ctypes function: callable, with argtypes and restype that may be set."""

    def __init__(self, body) -> None:
        self.body, self.argtypes, self.restype = body, None, None

    def __call__(self, *args):
        return self.body(*args)


class OsAs:
    """The os module as a module sees it on another system: name and some functions replaced,
    the rest real. Only the module under test sees it, so pytest's own paths stay as they are."""

    def __init__(self, **replaced) -> None:
        self._replaced = replaced

    def __getattr__(self, name):
        return self._replaced[name] if name in self._replaced else getattr(os, name)


@pytest.fixture
def windows(monkeypatch):
    """Pretend to be Windows for pid checks; os.kill would end the process there, so it must not be called."""
    def no_kill(*_args):
        raise AssertionError("os.kill(pid, 0) terminates the process on Windows")

    monkeypatch.setattr(processes, "os", OsAs(name="nt", kill=no_kill))

    def install(kernel: FakeKernel32) -> FakeKernel32:
        monkeypatch.setattr(ctypes, "WinDLL", lambda _name, use_last_error=False: kernel, raising=False)
        monkeypatch.setattr(ctypes, "get_last_error", lambda: kernel.last_error, raising=False)
        return kernel

    return install


@pytest.mark.parametrize(("kernel", "alive"), [
    (FakeKernel32(handle=7, exit_code=259), True),  # STILL_ACTIVE
    (FakeKernel32(handle=7, exit_code=0), False),  # ended, the handle still open somewhere
    (FakeKernel32(handle=0, last_error=87), False),  # ERROR_INVALID_PARAMETER: no such process
    (FakeKernel32(handle=0, last_error=5), True),  # ERROR_ACCESS_DENIED: another user's process
])
def test_on_windows_a_process_is_asked_through_kernel32_never_through_os_kill(windows, kernel, alive):
    kernel = windows(kernel)
    assert locks.pid_alive(4242) is alive
    assert kernel.closed == ([7] if kernel.handle else [])  # every handle opened is closed


def test_on_windows_the_start_of_a_process_is_read_from_its_creation_time(windows):
    kernel = windows(FakeKernel32(handle=7, created=1_795_000_000.5))
    assert processes.started_at(4242) == pytest.approx(1_795_000_000.5)
    assert kernel.closed == [7]
    windows(FakeKernel32(handle=0, last_error=5))
    assert processes.started_at(4242) is None  # another user's process: unknown, so never judged reused


def test_on_windows_a_lock_whose_process_id_went_to_a_later_program_is_taken_over(windows, tmp_path):
    """After a power cut and a restart, Windows gives the same low ids to other programs."""
    windows(FakeKernel32(handle=7, created=1_795_000_000.0))  # alive, but started long after the lock
    database = tmp_path / "company.sqlite"
    old = locks.LockInfo(locks.this_host(), locks.this_user(), 4242, "2026-11-02T07:30:00+00:00", "0.1.0", "old")
    locks.lock_path(database).write_bytes(old.to_bytes())
    outcome = locks.acquire(database)
    assert isinstance(outcome, locks.Acquired) and outcome.took_over == old
    outcome.lock.release()


def test_on_windows_a_lock_left_by_a_crash_on_this_pc_is_taken_over(windows, tmp_path):
    windows(FakeKernel32(handle=0, last_error=87))
    database = tmp_path / "company.sqlite"
    crashed = locks.LockInfo(locks.this_host(), locks.this_user(), 4242, "2026-11-02T07:30:00+00:00", "0.1.0", "dead")
    locks.lock_path(database).write_bytes(crashed.to_bytes())
    outcome = locks.acquire(database)
    assert isinstance(outcome, locks.Acquired) and outcome.took_over == crashed
    outcome.lock.release()
    assert not locks.lock_path(database).exists()


def flaky_unlink(monkeypatch, refusals: int) -> list[Path]:
    """Path.unlink refuses `refusals` times as Windows does while another process has the file open."""
    real, tries = Path.unlink, []

    def unlink(self, missing_ok=False):
        tries.append(self)
        if len(tries) <= refusals:
            raise PermissionError(32, "The process cannot access the file because it is being used by another process")
        return real(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    return tries


def test_a_lock_file_held_open_for_a_moment_is_still_removed_when_we_close(monkeypatch, tmp_path):
    outcome = locks.acquire(tmp_path / "company.sqlite")
    tries = flaky_unlink(monkeypatch, refusals=3)
    outcome.lock.release()
    assert len(tries) == 4 and not outcome.lock.path.exists()


def test_a_lock_file_that_cannot_be_removed_is_left_without_a_traceback_and_is_stale_next_time(monkeypatch, tmp_path):
    database = tmp_path / "company.sqlite"
    outcome = locks.acquire(database)
    monkeypatch.setattr(locks, "READ_PATIENCE_S", 0.05)
    flaky_unlink(monkeypatch, refusals=10**6)
    outcome.lock.release()  # no PermissionError escapes (this runs at exit, too)
    assert outcome.lock.path.exists()
    monkeypatch.undo()
    left = locks.read_file(outcome.lock.path)
    dead = locks.LockInfo(left.host, left.user, 0, left.since, left.version, left.token)  # as if our process had ended
    outcome.lock.path.write_bytes(dead.to_bytes())
    again = locks.acquire(database)
    assert isinstance(again, locks.Acquired) and again.took_over == dead
    again.lock.release()


def test_on_windows_a_folder_is_not_opened_to_flush_a_rename(monkeypatch, tmp_path):
    """Windows has no folder handles for fsync: os.open on a folder fails there."""
    monkeypatch.setattr(restore, "os", OsAs(name="nt", open=lambda *_args, **_kwargs: pytest.fail("a folder was opened")))
    restore.fsync_folder(tmp_path)


def test_the_lock_file_is_made_in_binary_mode_where_the_platform_has_one(monkeypatch, tmp_path):
    """O_BINARY (Windows only) keeps the JSON's line ends as written; elsewhere the flag is absent."""
    made: list[int] = []

    def windows_open(path, flags, mode=0o777):
        made.append(flags)
        return os.open(path, flags & ~0x8000, mode)

    monkeypatch.setattr(locks, "os", OsAs(O_BINARY=0x8000, open=windows_open))
    outcome = locks.acquire(tmp_path / "company.sqlite")
    assert made and made[0] & 0x8000 and made[0] & os.O_EXCL
    outcome.lock.release()


def test_a_lock_file_still_being_removed_elsewhere_does_not_stop_us_taking_the_lock(monkeypatch, tmp_path):
    """Windows refuses to make a file whose old self is "delete pending" (another process still had
    it open when it was removed): that is a moment's wait, not "you may not write in this folder"."""
    refusals = []

    def delete_pending_open(path, flags, mode=0o777):
        if len(refusals) < 3:
            refusals.append(path)
            raise PermissionError(13, "Access is denied")
        return os.open(path, flags, mode)

    monkeypatch.setattr(locks, "os", OsAs(open=delete_pending_open))
    outcome = locks.acquire(tmp_path / "company.sqlite")
    assert isinstance(outcome, locks.Acquired) and len(refusals) == 3
    outcome.lock.release()


def test_a_restore_while_another_program_holds_the_journal_open_says_so_and_changes_nothing(monkeypatch, tmp_path):
    """Windows will not move a -wal that a read-only viewer still has open: a plain message, no traceback."""
    database, staged = tmp_path / "company.sqlite", tmp_path / "company.sqlite.restoring"
    database.write_bytes(b"current")
    database.with_name("company.sqlite-wal").write_bytes(b"their journal")
    staged.write_bytes(b"backup")
    real_replace = Path.replace

    def replace(self, target):
        if self.name.endswith("-wal"):
            raise PermissionError(32, "The process cannot access the file because it is being used by another process")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    with pytest.raises(WplError) as caught:
        restore.swap_in(staged, database)
    assert "still open in another wplstudio or another program" in caught.value.english()
    assert database.read_bytes() == b"current" and not staged.exists()
    assert database.with_name("company.sqlite-wal").read_bytes() == b"their journal"
