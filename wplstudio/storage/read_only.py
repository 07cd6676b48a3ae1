"""A SQLite engine that can only read: for a second instance while another has
the file open. SQLite itself refuses every write (mode=ro), not just our code."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from wplstudio.storage.backup import read_only_uri


def read_only_engine(path: Path, timeout_s: float) -> Engine:
    def connect() -> sqlite3.Connection:
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout_s, check_same_thread=False)

    # "sqlite://" with a creator would otherwise get the pool meant for one in-memory database
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _pragmas)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, as for the writable engine
    cursor = dbapi_connection.cursor()
    for pragma in ("query_only=ON", "foreign_keys=ON", "busy_timeout=5000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
