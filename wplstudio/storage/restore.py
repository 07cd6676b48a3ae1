"""Put a backup in the place of a database file: checked first, replaced atomically.

The order matters, and each step is there for a reason:
1. the backup is checked (a SQLite file, integrity_check ok, a schema revision
   we know); if not, nothing at all is touched;
2. the current file is "retired": switched out of WAL mode, which folds its
   write-ahead log into it and only succeeds when no other connection has it
   open (the app closed its engine first; another program still holding it
   would keep writing into a file that is no longer there);
3. the backup is copied beside the database under a temporary name and
   flushed to disk (fsync);
4. os.replace swaps it in: whoever looks sees the old file or the new one,
   never half of one. A -wal of the old file left beside the new one would be
   replayed into it and damage it, so journals are moved out of the way first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage import revisions
from wplstudio.storage.backup import copy_database, stamp, untouched_uri

SQLITE_HEADER = b"SQLite format 3\x00"
JOURNALS = ("-wal", "-journal", "-shm")


def check_restorable(path: Path) -> str:
    """The schema revision of a backup that may be restored; a WplError saying why not otherwise."""
    if not path.is_file():
        raise WplError(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."), path=str(path))
    if _header(path) != SQLITE_HEADER:
        raise _not_a_backup(path)
    problems = _integrity(path)
    if problems != ["ok"]:
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The backup {path} failed its check ({problem}). Nothing was restored; choose another backup."),
            path=str(path), problem=problems[0].splitlines()[-1][:120])
    return _known_revision(path)


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read ({reason})."),
                       path=str(path), reason=exc.strerror or str(exc)) from exc


def _integrity(path: Path) -> list[str]:
    from wplstudio.storage.database import integrity_check

    return integrity_check(path)


def _known_revision(path: Path) -> str:
    revision = read_revision(path)
    if revision is None:
        raise _not_a_backup(path)
    if revision not in revisions.known():
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The backup {path} was made by a newer version of wplstudio (schema {revision}). Install the newer version to restore it. Nothing was restored."),
            path=str(path), revision=revision)
    return revision


def read_revision(path: Path) -> str | None:
    """The schema revision written in a wplstudio file, None when it has none; read-only."""
    conn = sqlite3.connect(untouched_uri(path), uri=True)
    try:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_table else None
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return None
    finally:
        conn.close()
    return row[0] if row else None


def passes_quick_check(path: Path) -> bool:
    """Read-only, so a damaged file and a foreign -wal beside it are left exactly as they are."""
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
        conn.text_factory = bytes  # its report may quote bytes from a damaged page
        try:
            return conn.execute("PRAGMA quick_check").fetchall() == [(b"ok",)]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _not_a_backup(path: Path) -> WplError:
    return WplError(QT_TRANSLATE_NOOP("errors", "The file {path} is not a wplstudio backup. Nothing was restored."), path=str(path))


def in_use(path: Path) -> WplError:
    return WplError(QT_TRANSLATE_NOOP(
        "errors", "The database {path} is still open in another wplstudio or another program. Close it there first; nothing was restored."),
        path=str(path))


def retire(path: Path) -> None:
    """Fold the write-ahead log into the file and prove nobody else has it open (see the module text)."""
    conn = sqlite3.connect(path, timeout=1.0, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("BEGIN EXCLUSIVE")  # in rollback mode this fails while another reader is active
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise in_use(path) from exc
        raise
    finally:
        conn.close()


def stage_copy(source: Path, database: Path) -> Path:
    """A checked, flushed copy of source beside database, under a temporary name."""
    staged = database.with_name(database.name + ".restoring")
    try:
        copy_database(source, staged)
        fsync_file(staged)
    except (OSError, sqlite3.Error) as exc:
        staged.unlink(missing_ok=True)
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The backup could not be copied next to the database ({reason}). Nothing was restored; check the free space on the disk."),
            reason=getattr(exc, "strerror", None) or str(exc)) from exc
    if _integrity(staged) != ["ok"]:
        staged.unlink(missing_ok=True)
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The copy of the backup failed its check. Nothing was restored; check the disk and try again."))
    return staged


def swap_in(staged: Path, database: Path) -> None:
    """Replace database by staged in one step; old journals go out of the way first."""
    try:
        set_journals_aside(database)  # on Windows a journal another program has open cannot move
        os.replace(staged, database)
    except OSError as exc:  # on Windows: another program still has the file open
        staged.unlink(missing_ok=True)
        raise in_use(database) from exc
    fsync_folder(database.parent)


def set_journals_aside(database: Path, prefix: str | None = None) -> None:
    """Move -wal and -journal files beside database away, as PREFIX.wal and PREFIX.journal
    (never delete what may hold data); the -shm index is rebuilt by SQLite, so a stale one is removed."""
    prefix = prefix or f"{database.stem}.stale-{stamp()}"
    for suffix in JOURNALS:
        journal = database.with_name(database.name + suffix)
        if not journal.exists():
            continue
        if suffix == "-shm":
            journal.unlink(missing_ok=True)
        else:
            journal.replace(database.with_name(prefix + "." + suffix[1:]))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """So the rename itself survives a power cut (POSIX; Windows has no folder handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
