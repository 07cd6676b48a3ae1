"""Copies of a SQLite database taken safely while it is in use."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path


def copy_database(source: Path, destination: Path) -> Path:
    """A consistent copy through SQLite's backup API, also while another connection writes."""
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)  # the finished copy appears whole or not at all
    return destination


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens path read-only. Percent-encoded, so a '#', '?' or '%'
    in a folder name cannot cut the path short (and open, or create, another file)."""
    escaped = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode=ro"


def untouched_uri(path: Path) -> str:
    """Read-only, and when nobody has the file open (no -wal or -journal beside it) also
    immutable: SQLite then creates no -wal and -shm files beside a file it only looks at."""
    uri = read_only_uri(path)
    busy = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    return uri if busy else uri + "&immutable=1"


def stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def backup_before_migration(path: Path, revision: str) -> Path:
    destination = path.with_name(f"{path.stem}.before-upgrade-from-{revision}-{stamp()}{path.suffix or '.sqlite'}")
    return copy_database(path, destination)
