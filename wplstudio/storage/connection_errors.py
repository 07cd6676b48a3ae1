"""The one place where a driver's failure during a transaction becomes a sentence
for a person: a lost server connection, or a change tried on a read-only file."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from wplstudio.domain.errors import Offline, ReadOnlyDatabase, WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage.write_errors import disk_problem

# PostgreSQL's SQLSTATEs for "the connection is gone": class 08, and the server
# ending sessions (pg_terminate_backend, a shutdown, a restart).
_SERVER_ENDED = {"57P01", "57P02", "57P03"}


def explain(exc: DBAPIError, is_sqlite: bool, read_only: bool, held_by: str) -> WplError | None:
    """A WplError for failures a person should read about; None for everything else."""
    if is_sqlite:
        if read_only and _is_read_only_refusal(exc):
            return read_only_refusal(held_by)
        return disk_problem(exc)  # a full disk, a failing disk, damage found while in use
    return offline() if is_connection_loss(exc) else None


def is_connection_loss(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False  # constraint violations, bad SQL: not the network's fault
    state = getattr(exc.orig, "sqlstate", None)
    # no SQLSTATE at all: the client failed before the server answered (refused, reset, timed out)
    return state is None or state.startswith("08") or state in _SERVER_ENDED


def offline() -> Offline:
    return Offline(QT_TRANSLATE_NOOP(
        "errors", "The connection to the database server is lost, so this was not saved. wplstudio keeps trying to reconnect; try again in a moment."))


def read_only_refusal(held_by: str) -> ReadOnlyDatabase:
    if held_by:
        return ReadOnlyDatabase(QT_TRANSLATE_NOOP(
            "errors", "This database was opened read-only because {holder} has it open. Close it there to make changes here."), holder=held_by)
    return ReadOnlyDatabase(QT_TRANSLATE_NOOP("errors", "This database was opened read-only, so nothing can be changed."))


def _is_read_only_refusal(exc: DBAPIError) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "readonly" in message or "read-only" in message
