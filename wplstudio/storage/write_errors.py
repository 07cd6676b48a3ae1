"""SQLite's own failures while writing (or reading) a file, as sentences for a person:
a full disk, a disk that fails a write, a file found damaged while in use.

SQLite rolls back the statement (and our session rolls back the transaction)
before the error reaches us, so nothing of the action is in the file; the same
action works again once the cause is gone. Called from the one place where
transaction errors are explained (storage/connection_errors.py)."""

from __future__ import annotations

from wplstudio.domain.errors import DatabaseProblem
from wplstudio.domain.text import QT_TRANSLATE_NOOP

_FULL = {"SQLITE_FULL"}
_DISK = {"SQLITE_IOERR"}
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_READ_ONLY = {"SQLITE_READONLY"}  # on a file opened for writing: its header forbids writes


class DiskFull(DatabaseProblem):
    """No room to write: nothing was saved; the same action works once there is room."""


def disk_problem(exc: Exception) -> DatabaseProblem | None:
    """A DatabaseProblem for SQLite's disk and damage errors; None for everything else."""
    kind = _kind(getattr(exc, "orig", exc))
    if kind in _FULL:
        return DiskFull(QT_TRANSLATE_NOOP(
            "errors", "The disk is full, so this was not saved. Nothing was half-written: make room on the disk (or ask for help), then do it again."))
    if kind in _DISK:
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The disk could not be written, so this was not saved. Nothing was half-written. Check the disk (or the USB stick) and do it again."))
    if kind in _READ_ONLY:
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database file cannot be written (it was made read-only, or is damaged), so this was not saved. Close wplstudio and run wplstudio check."))
    if kind in _CORRUPT:
        return DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database turned out to be damaged, so this was not saved. Close wplstudio and run wplstudio check; restore the newest backup if it finds damage."))
    return None


def _kind(error: Exception) -> str:
    """SQLite's error name (Python 3.11+ gives it), else read from the message."""
    name = (getattr(error, "sqlite_errorname", "") or "").split("_")[:2]
    if name and name[0] == "SQLITE" and len(name) == 2:
        return "_".join(name)
    message = str(error).lower()
    if "database or disk is full" in message:
        return "SQLITE_FULL"
    if "disk i/o error" in message:
        return "SQLITE_IOERR"
    if "malformed" in message or "not a database" in message:
        return "SQLITE_CORRUPT"
    return ""
