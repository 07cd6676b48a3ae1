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
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from wplstudio.domain.errors import DatabaseProblem
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage import revisions
from wplstudio.storage.backup import backup_before_migration, read_only_uri
from wplstudio.storage.locations import Target

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Database:
    """One open database. Services borrow short sessions from it; no widget holds one."""

    def __init__(self, engine: Engine, target: Target, revision: str | None) -> None:
        self.engine = engine
        self.target = target
        self.revision = revision
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: Target, migrate: bool = True) -> Database:
    revision = None
    if target.is_sqlite:
        _check_file(target.path)
        if target.path.exists():
            revision = _inspect_file(target)
    engine = make_engine(target)
    try:
        if not target.is_sqlite:
            revision = _inspect(engine, target)
        if migrate and revision != revisions.head():
            if revision is not None and target.is_sqlite:
                backup_before_migration(target.path, revision)
            _upgrade(engine)
            revision = revisions.head()
    except Exception:
        engine.dispose()
        raise
    return Database(engine, target, revision)


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


def _inspect_file(target: Target) -> str | None:
    """Look at an existing file through a plain connection, before any of our
    pragmas run: journal_mode=WAL rewrites the header of a file we may be about
    to refuse, and a refused file must stay exactly as it was."""
    looker = create_engine(_sqlite_url(target), poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    try:
        return _inspect(looker, target)
    finally:
        looker.dispose()


def _server_engine(target: Target) -> Engine:
    try:
        return create_engine(target.url, pool_pre_ping=True)
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
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The file {path} cannot be read ({reason})."), path=str(path), reason=exc.strerror or "") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The file {path} is not a wplstudio database. Nothing was changed; choose another file."), path=str(path))
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
    if tables:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "errors", "The database {path} holds tables of another program. wplstudio will not change it; choose another file."), path=target.describe())
    return None


def _damaged(target: Target) -> DatabaseProblem:
    return DatabaseProblem(QT_TRANSLATE_NOOP(
        "errors", "The database {path} is damaged. It was not changed. Restore the newest backup (wplstudio restore FILE) or ask for help."),
        path=target.describe())


def _unreachable(exc: Exception, target: Target) -> DatabaseProblem:
    if target.is_sqlite:
        message = str(getattr(exc, "orig", exc)).lower()
        if "not a database" in message or "malformed" in message:
            return _damaged(target)
        return DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The database {path} cannot be opened ({reason})."), path=target.describe(), reason=message)
    return DatabaseProblem(QT_TRANSLATE_NOOP(
        "errors", "The database server {url} cannot be reached. Check that the server runs and the address is right."), url=target.describe())


def _upgrade(engine: Engine) -> None:
    from wplstudio.storage.migrate import upgrade_to_head

    with engine.connect() as conn:
        upgrade_to_head(conn)
        conn.commit()


def integrity_check(path: Path) -> list[str]:
    """SQLite's full integrity check on a file, read-only; ["ok"] when healthy."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
