"""Open a database safely: refuse what is not ours, damaged or too new, and
migrate (after a backup) what is older."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from wplstudio.domain.errors import DatabaseDamaged, DatabaseProblem
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage import damage, revisions
from wplstudio.storage.backup import backup_before_migration, untouched_uri
from wplstudio.storage.connection_errors import explain
from wplstudio.storage.locations import Target
from wplstudio.storage.lock import DatabaseLock, LockLost
from wplstudio.storage.read_only import read_only_engine

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Database:
    """One open database. Services borrow short sessions from it; no widget holds one."""

    def __init__(self, engine: Engine, target: Target, revision: str | None, read_only: bool = False) -> None:
        self.engine = engine
        self.target = target
        self.revision = revision
        self.read_only = read_only
        self.held_by = ""  # read-only because this instance, "piet (KANTOOR-PC)", has it open
        self.lock: DatabaseLock | None = None  # the lock this instance holds on a SQLite file
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error,
        and on a file whose lock another PC has broken meanwhile (LockLost)."""
        try:
            with self._sessions.begin() as session:
                changes = rows_changed(session) if self.lock else 0
                yield session
                if self.lock is not None:
                    self.check_lock(wrote=rows_changed(session) > changes)
        except DBAPIError as exc:
            problem = explain(exc, self.is_sqlite, self.read_only, self.held_by)
            if problem is None:
                raise
            raise problem from exc

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    def check_lock(self, wrote: bool = False) -> None:
        """Has another PC broken our lock (judging this instance gone)? Then the file is
        theirs: read-only from now on, and a transaction that wrote raises LockLost."""
        if self.lock is None:
            return
        try:
            self.lock.verify()
        except LockLost:
            self._read_only_from_now(self.lock)
            if wrote:
                raise

    def _read_only_from_now(self, lost: DatabaseLock) -> None:
        holder = lost.taken_by
        self.lock = None
        lost.release()  # leaves their lock file alone
        self.read_only, self.held_by = True, f"{holder.user} ({holder.host})" if holder else ""
        old, self.engine = self.engine, read_only_engine(self.target.path, BUSY_TIMEOUT_MS / 1000)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        old.dispose()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def rows_changed(session: Session) -> int:
    """Rows this SQLite connection has inserted, updated or deleted so far."""
    return session.connection().connection.driver_connection.total_changes


def open_database(target: Target, migrate: bool = True, read_only: bool = False) -> Database:
    revision = None
    if target.is_sqlite:
        revision = _inspect_sqlite(target, set_aside_if_damaged=not read_only)
    if read_only and target.is_sqlite:
        return _open_read_only(target, revision)
    engine = make_engine(target)
    try:
        if not target.is_sqlite:
            revision = _inspect(engine, target)
        if migrate and revision != revisions.head():
            backup = None
            if revision is not None and target.is_sqlite:
                backup = backup_before_migration(target.path, revision)
            _upgrade(engine, target, backup)
            revision = revisions.head()
    except Exception:
        engine.dispose()
        raise
    return Database(engine, target, revision)


def _open_read_only(target: Target, revision: str | None) -> Database:
    """Only for an existing SQLite file in the current schema: a read-only file cannot be migrated."""
    if revision != revisions.head():
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database {path} needs an upgrade, which cannot be done while it is opened read-only. Close it on the other PC first."),
            path=target.describe())
    return Database(read_only_engine(target.path, BUSY_TIMEOUT_MS / 1000), target, revision, read_only=True)


def make_engine(target: Target) -> Engine:
    if not target.is_sqlite:
        return _server_engine(target)
    engine = create_engine(_sqlite_url(target), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _sqlite_url(target: Target) -> URL:
    # Built from the path, not parsed from text: a folder named "Project #4" or
    # "wat?" or "a%20b" must reach SQLite as it is.
    return URL.create("sqlite", database=str(target.path))


def _inspect_sqlite(target: Target, set_aside_if_damaged: bool) -> str | None:
    """The file's revision; a damaged file is moved aside (never deleted) and the newest good
    backup named, unless another instance may have it open (read-only opening)."""
    damage.refuse_if_set_aside(target.path)
    try:
        _check_file(target.path)
        return _inspect_file(target) if target.path.exists() else None
    except DatabaseDamaged:
        if not set_aside_if_damaged:
            raise
        raise damage.set_aside(target.path) from None


def _inspect_file(target: Target) -> str | None:
    """Look at an existing file through a plain, read-only connection, before any of
    our pragmas run: journal_mode=WAL rewrites the header of a file we may be about
    to refuse, closing a writable connection folds a -wal beside it into the file
    (also a -wal of another database), and a refused file must stay exactly as it was.
    A hot rollback journal needs a writable connection to be rolled back."""
    journal = target.path.with_name(target.path.name + "-journal")
    if journal.exists():
        looker = create_engine(_sqlite_url(target), poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        uri = untouched_uri(target.path)
        looker = create_engine("sqlite://", poolclass=NullPool, creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000))
    try:
        return _inspect(looker, target)
    finally:
        looker.dispose()


# Without these a PC whose network is gone waits minutes for the operating system
# to give up; with them a lost server shows as offline within seconds.
_SERVER_CONNECT_DEFAULTS = {"connect_timeout": 5, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}


def _server_connect_args(url: str) -> dict:
    if not url.startswith("postgresql"):
        return {}
    given = set(make_url(url).query)
    return {k: v for k, v in _SERVER_CONNECT_DEFAULTS.items() if k not in given}


def _server_engine(target: Target) -> Engine:
    try:
        return create_engine(target.url, pool_pre_ping=True, connect_args=_server_connect_args(target.url))
    except Exception as exc:  # a malformed URL or a driver that is not installed
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database address {url} is not understood. Use a file path, or postgresql+psycopg://user@host/database."),
            url=target.describe()) from exc


def _sqlite_connect(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling skips DDL; we emit BEGIN ourselves so
    # a migration that fails halfway rolls back completely.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # secure_delete: text a person asked to erase is overwritten, not left in free pages
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", f"busy_timeout={BUSY_TIMEOUT_MS}", "secure_delete=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _check_file(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The folder {folder} does not exist. Choose an existing folder or create it first."), folder=str(folder))
    if path.is_dir():
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "{path} is a folder, not a database file. Give the name of a file."), path=str(path))
    if path.exists():
        _check_existing_file(path)
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "wplstudio may not write in the folder {folder}. Choose a folder where you may save files."), folder=str(folder))


def _check_existing_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header, versions = handle.read(len(SQLITE_HEADER)), handle.read(4)[2:]
    except OSError as exc:
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read ({reason})."), path=str(path), reason=exc.strerror or "") from exc
    if header and header != SQLITE_HEADER:
        if damage.looks_like_ours(path):  # e.g. a zeroed first page: we have backups of this very file
            raise _damaged(Target(url="", path=path))
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The file {path} is not a wplstudio database. Nothing was changed; choose another file."), path=str(path))
    if header and not set(versions) <= {1, 2}:  # file format versions: 1 rollback journal, 2 WAL; SQLite
        raise _damaged(Target(url="", path=path))  # opens anything else read-only, and every save would fail
    # os.access alone lets root and administrators through; a file that nobody
    # may write was made read-only on purpose, so respect its permission bits too.
    if not os.access(path, os.W_OK) or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The file {path} is read-only. Make it writable, or copy it to a folder of your own, and open it again."), path=str(path))


def _inspect(engine: Engine, target: Target) -> str | None:
    """The schema revision of the database, None for an empty one; refuses damaged, foreign and newer files."""
    try:
        with engine.connect() as conn:
            if target.is_sqlite:
                _quick_check(conn, target)
            revision = _read_revision(conn, target)
    except DatabaseProblem:
        raise
    except OperationalError as exc:
        raise _unreachable(exc, target) from exc
    except DBAPIError as exc:
        raise _damaged(target) from exc
    except UnicodeDecodeError as exc:  # quick_check quoting a name from a damaged page
        raise _damaged(target) from exc
    if revision is not None and revision not in revisions.known():
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database {path} was made by a newer version of wplstudio (schema {revision}). Install the newer version; this file was not touched."),
            path=target.describe(), revision=revision)
    return revision


def _quick_check(conn, target: Target) -> None:
    rows = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
    if rows != ["ok"]:
        raise _damaged(target)


def _read_revision(conn, target: Target) -> str | None:
    tables = set(conn.dialect.get_table_names(conn))
    if "alembic_version" in tables:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if target.is_sqlite and damage.looks_like_ours(target.path):
        raise _damaged(target)  # we have backups of this file, so it was ours: now empty or foreign inside
    if tables:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database {path} holds tables of another program. wplstudio will not change it; choose another file."), path=target.describe())
    return None


def _damaged(target: Target) -> DatabaseDamaged:
    return DatabaseDamaged(QT_TRANSLATE_NOOP(
        "errors", "The database {path} is damaged. It was not changed. Restore the newest backup (wplstudio restore FILE) or ask for help."),
        path=target.describe())


def _unreachable(exc: Exception, target: Target) -> DatabaseProblem:
    if target.is_sqlite:
        message = str(getattr(exc, "orig", exc)).lower()
        if any(sign in message for sign in ("not a database", "malformed", "unsupported file format")):
            return _damaged(target)
        return DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The database {path} cannot be opened ({reason})."), path=target.describe(), reason=message)
    return DatabaseProblem(QT_TRANSLATE_NOOP(
        "errors", "The database server {url} cannot be reached. Check that the server runs and the address is right."), url=target.describe())


def _upgrade(engine: Engine, target: Target, backup: Path | None) -> None:
    """All revisions in one transaction (DDL included, see _sqlite_connect): a failure
    halfway leaves the database exactly as it was before."""
    from wplstudio.storage.migrate import upgrade_to_head

    try:
        with engine.connect() as conn:
            upgrade_to_head(conn)
            conn.commit()
    except DatabaseProblem:
        raise
    except Exception as exc:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database {path} could not be upgraded to this version of wplstudio ({reason}). It was left as it was; a copy from before the upgrade is at {backup}."),
            path=target.describe(), reason=type(exc).__name__, backup=str(backup or "-")) from exc


def integrity_check(path: Path) -> list[str]:
    """SQLite's full integrity check on a file, read-only; ["ok"] when healthy."""
    try:
        conn = sqlite3.connect(untouched_uri(path), uri=True)
        conn.text_factory = _lenient_text  # its report may quote bytes from a damaged page
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")
