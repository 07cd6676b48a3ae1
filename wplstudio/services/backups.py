"""Backups of the SQLite database, taken while the app runs and checked afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage.backup import copy_database, stamp
from wplstudio.storage.database import Database, integrity_check


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def default_folder(db: Database) -> Path:
    return db.target.path.parent / "backups"


def backup_now(db: Database, out: Path | None = None) -> BackupResult:
    if not db.is_sqlite:
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "A shared server database is backed up on the server itself (for example with pg_dump), not by wplstudio."))
    path = out or default_folder(db) / f"{db.target.path.stem}-{stamp()}.sqlite"
    _check_destination(path)
    try:
        copy_database(db.target.path, path)
    except OSError as exc:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The backup could not be written to {path} ({reason}). Nothing was changed."),
                       path=str(path), reason=exc.strerror or str(exc)) from exc
    if integrity_check(path) != ["ok"]:
        path.rename(path.with_name(path.name + ".failed"))
        raise WplError(QT_TRANSLATE_NOOP("errors", "The backup at {path} failed its check and was set aside. Try again, or check the disk."), path=str(path))
    return BackupResult(path, path.stat().st_size)


def _check_destination(path: Path) -> None:
    if path.exists():
        raise WplError(QT_TRANSLATE_NOOP("errors", "{path} already exists. Choose another name; wplstudio never overwrites a file."), path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The folder {folder} cannot be made ({reason})."),
                       folder=str(path.parent), reason=exc.strerror or str(exc)) from exc
