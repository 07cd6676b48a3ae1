"""One SQLite file, one app: a lock file beside the database ("company.sqlite.lock")
says which instance has it open. It is made with O_CREAT|O_EXCL, which is atomic
on local disks and on SMB and NFS shares alike, so two PCs cannot both take it.

A lock whose process is gone (same host, pid no longer running) was left by a
crash and is taken over; a lock from another host is only broken on request."""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from wplstudio import __version__
from wplstudio.domain.errors import DatabaseProblem
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage.processes import pid_alive, started_at

SUFFIX = ".lock"
READ_PATIENCE_S = 0.5  # a lock just made may not hold its text yet; wait this long for it
GUARD_SUFFIX = ".takeover"
GUARD_STALE_S = 10.0
UNKNOWN = "?"
# A process that started this long after the lock was made cannot have made it: its id was
# reused. Generous, so a clock corrected just after a start never takes a live lock.
PID_REUSE_MARGIN_S = 120.0


@dataclass(frozen=True)
class LockInfo:
    """Who holds the lock. token tells two instances of one process apart."""

    host: str
    user: str
    pid: int
    since: str  # ISO 8601, UTC
    version: str
    token: str = ""

    @classmethod
    def mine(cls) -> LockInfo:
        since = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        return cls(this_host(), this_user(), os.getpid(), since, __version__, uuid.uuid4().hex)

    def public(self) -> dict:
        """What the audit trail keeps: everything but the token."""
        return {k: v for k, v in asdict(self).items() if k != "token"}

    def on_this_host(self) -> bool:
        return self.host.casefold() == this_host().casefold()

    def since_local(self) -> str:
        try:
            moment = datetime.fromisoformat(self.since)
        except ValueError:
            return self.since
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone().strftime("%d-%m-%Y %H:%M")

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LockInfo | None:
        try:
            values = json.loads(data.decode("utf-8"))
            return cls(str(values["host"]), str(values["user"]), int(values["pid"]), str(values["since"]),
                       str(values.get("version", UNKNOWN)), str(values.get("token", "")))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def this_host() -> str:
    return socket.gethostname() or UNKNOWN


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (some services, containers)
        return UNKNOWN


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


class LockLost(DatabaseProblem):
    """Another PC broke our lock while we ran (it judged us gone): from now on it
    writes to the file, so nothing more may be written from here. holder: who has
    it now (None when the lock file was removed and not yet replaced)."""

    def __init__(self, path: Path, holder: LockInfo | None) -> None:
        if holder is None:
            super().__init__(QT_TRANSLATE_NOOP(
                "errors", "Another computer has taken over the database {path}: the lock of wplstudio on this PC was removed. What you just did was not saved, and nothing more can be saved from here: close wplstudio on this PC and work on the other computer."),
                path=str(path))
        else:
            super().__init__(QT_TRANSLATE_NOOP(
                "errors", "Another computer has taken over the database {path}: {user} on {host} broke the lock of wplstudio on this PC. What you just did was not saved, and nothing more can be saved from here: close wplstudio on this PC and work on {host}."),
                path=str(path), user=holder.user, host=holder.host)
        self.holder = holder


class DatabaseLock:
    """A lock this instance holds. Released on close and, failing that, at exit."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self.lost = False  # True once another PC has broken the lock; never cleared
        self.taken_by: LockInfo | None = None  # who broke it (None: the file was only removed)
        atexit.register(self.release)

    def still_mine(self) -> bool:
        return read_file(self.path) == self.info

    def verify(self) -> None:
        """Raise LockLost if the lock file no longer names this instance. Cheap (one
        small read), so it runs before every commit; once lost, stays lost."""
        if not self.lost and not self.still_mine():
            holder = read_holder(self.path)  # a lock file being written: wait a moment for its text
            if holder != self.info:
                self.lost, self.taken_by = True, holder
        if self.lost:
            raise LockLost(self.database, self.taken_by)

    @property
    def database(self) -> Path:
        return self.path.with_name(self.path.name.removesuffix(SUFFIX))

    def release(self) -> None:
        atexit.unregister(self.release)
        if self.still_mine():  # a lock broken by another PC is theirs now: leave it
            _unlink(self.path)  # if it stays (Windows, kept open elsewhere), it is stale next time


@dataclass(frozen=True)
class Acquired:
    lock: DatabaseLock
    took_over: LockInfo | None  # a stale lock of a crashed instance on this PC, replaced


@dataclass(frozen=True)
class Held:
    holder: LockInfo
    breakable: bool  # held by another PC (or nobody can tell): may be broken on explicit request


def acquire(database: Path) -> Acquired | Held:
    """Take the lock, or say who has it. A stale lock of this PC is taken over silently."""
    path = lock_path(database)
    took_over = None
    for _attempt in range(5):
        lock = _create(path, LockInfo.mine())
        if lock:
            return Acquired(lock, took_over)
        holder = read_holder(path)
        if holder is None:  # released between our try and our look: try again
            continue
        if not is_stale(holder):
            return Held(holder, breakable=not holder.on_this_host())
        if _remove_if_unchanged(path, holder):
            took_over = holder
    return Held(read_holder(path) or _unknown(path), breakable=True)


def break_lock(database: Path, holder: LockInfo) -> DatabaseLock | None:
    """Replace the lock of holder (another PC) with ours; None if it changed meanwhile."""
    path = lock_path(database)
    if not _remove_if_unchanged(path, holder):
        return None
    return _create(path, LockInfo.mine())


def is_stale(holder: LockInfo) -> bool:
    """Left by an instance on this PC that has ended: its process is gone, or the process
    id now belongs to a process started well after the lock was made (after a power cut
    and a restart, Windows especially hands out the same low ids again)."""
    return holder.on_this_host() and (not pid_alive(holder.pid) or _pid_reused(holder))


def _pid_reused(holder: LockInfo) -> bool:
    started = started_at(holder.pid)
    try:
        made = datetime.fromisoformat(holder.since)
    except ValueError:
        return False
    if made.tzinfo is None:  # written as UTC
        made = made.replace(tzinfo=timezone.utc)
    return started is not None and started > made.timestamp() + PID_REUSE_MARGIN_S


def read_holder(path: Path) -> LockInfo | None:
    """The holder named in the lock file; None if there is no lock. A file that stays
    unreadable (a crash while it was written, another program) has an unknown holder."""
    deadline = time.monotonic() + READ_PATIENCE_S
    while True:
        if not path.exists():
            return None
        info = read_file(path)
        if info is not None:
            return info
        if time.monotonic() >= deadline:
            return _unknown(path)
        time.sleep(0.05)


def read_file(path: Path) -> LockInfo | None:
    try:
        return LockInfo.from_bytes(path.read_bytes())
    except OSError:
        return None


def _unknown(path: Path) -> LockInfo:
    try:
        since = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).replace(microsecond=0).isoformat()
    except OSError:
        since = UNKNOWN
    return LockInfo(UNKNOWN, UNKNOWN, 0, since, UNKNOWN)


def _create(path: Path, info: LockInfo) -> DatabaseLock | None:
    """Make our lock file atomically; None if a lock exists already."""
    return DatabaseLock(path, info) if _write_new(path, info.to_bytes()) else None


def _write_new(path: Path, data: bytes) -> bool:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        handle = _open_new(path, flags)
    except FileExistsError:
        return False
    except OSError as exc:
        raise _cannot_make(path, exc) from exc
    try:
        _write_all(handle, data)
    except OSError as exc:
        os.close(handle)
        _unlink(path)
        raise _cannot_make(path, exc) from exc
    os.close(handle)
    return True


def _open_new(path: Path, flags: int) -> int:
    """os.open, patient with PermissionError for a moment: on Windows a lock file that was
    just removed while another process still read it is "delete pending" until that
    process lets go, and making a new one is refused meanwhile. A folder that may really
    not be written still gets its message, half a second later."""
    deadline = time.monotonic() + READ_PATIENCE_S
    while True:
        try:
            return os.open(path, flags, 0o644)
        except PermissionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _write_all(handle: int, data: bytes) -> None:
    while data:
        data = data[os.write(handle, data):]
    os.fsync(handle)


def _cannot_make(path: Path, exc: OSError) -> DatabaseProblem:
    return DatabaseProblem(QT_TRANSLATE_NOOP(
        "errors", "wplstudio cannot make its lock file {path} ({reason}). Choose a folder where you may save files."),
        path=str(path), reason=exc.strerror or str(exc))


def _remove_if_unchanged(path: Path, judged: LockInfo) -> bool:
    """Remove the lock file if it still names judged; False if it changed meanwhile.
    Removing is done by one instance at a time (see _take_guard): otherwise two that
    judged the same stale lock could remove the fresh lock the first one made."""
    guard = path.with_name(path.name + GUARD_SUFFIX)
    if not _take_guard(guard):
        return False
    try:
        current = read_file(path)
        if not path.exists():
            return True
        if current != judged and not (current is None and judged.host == UNKNOWN):
            return False
        return _unlink(path)
    finally:
        _unlink(guard)


def _take_guard(guard: Path) -> bool:
    """Make the short-lived guard file (O_EXCL, like the lock). One left by a crash
    in the instant it exists is old after GUARD_STALE_S and removed."""
    deadline = time.monotonic() + READ_PATIENCE_S
    while not _write_new(guard, b""):
        if _age(guard) > GUARD_STALE_S:
            _unlink(guard)
        elif time.monotonic() > deadline:
            return False
        else:
            time.sleep(0.01)
    return True


def _unlink(path: Path) -> bool:
    """Remove path; False if it cannot go. On Windows a file that another process has
    open at this instant (a second instance reading the lock, a virus scanner) cannot
    be removed (a sharing violation, PermissionError): try again for a moment."""
    deadline = time.monotonic() + READ_PATIENCE_S
    while True:
        try:
            path.unlink(missing_ok=True)
            return True
        except PermissionError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        except OSError:  # the share is gone, the disk failed: the lock stays, and is judged again next time
            return False


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0
