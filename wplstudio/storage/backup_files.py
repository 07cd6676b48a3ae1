"""Where backups of a database file live and what their names say.

Beside company.sqlite:
    backups/company.auto-20261125T143000Z.sqlite            automatic (rotated)
    backups/company.manual-20261125T143000Z.sqlite          made by a person
    backups/company.before-restore-20261125T143000Z.sqlite  the database as it was before a restore
    company.before-upgrade-from-0001-20261125T143000Z.sqlite  before a migration (storage/backup.py)
    company.damaged-20261125T143000Z.sqlite                 a damaged file, set aside (not a backup)

The time in the name is when the copy was taken, in UTC; it survives copying the
folder to another disk, where file times do not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wplstudio.storage.backup import stamp

AUTOMATIC, MANUAL, BEFORE_RESTORE, BEFORE_UPGRADE = "automatic", "manual", "before-restore", "before-upgrade"
_IN_FOLDER = {AUTOMATIC: "auto", MANUAL: "manual", BEFORE_RESTORE: "before-restore"}
_STAMP = r"(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    taken: datetime  # UTC
    size: int
    revision: str = ""  # the schema it was taken from, for backups before an upgrade
    modified_ns: int = 0  # orders two backups taken within the same second


def folder_for(database: Path) -> Path:
    return database.parent / "backups"


def new_path(database: Path, kind: str, when: datetime | None = None) -> Path:
    """A name for a new backup of this kind (taken now, or at when) that no file has yet."""
    moment = stamp() if when is None else when.astimezone(timezone.utc).strftime(STAMP_FORMAT)
    return _free_name(folder_for(database), f"{database.stem}.{_IN_FOLDER[kind]}-{moment}", ".sqlite")


def damaged_path(database: Path) -> Path:
    return _free_name(database.parent, f"{database.stem}.damaged-{stamp()}", database.suffix or ".sqlite")


def _free_name(folder: Path, base: str, suffix: str) -> Path:
    candidate, n = folder / f"{base}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}{suffix}"
    return candidate


def list_backups(database: Path) -> list[BackupFile]:
    """Every backup of this database that wplstudio made, newest first."""
    found = [*_in_folder(database), *_before_upgrade(database)]
    return sorted(found, key=lambda b: (b.taken, b.modified_ns, b.path.name), reverse=True)


def damaged_copies(database: Path) -> list[Path]:
    pattern = re.compile(rf"{re.escape(database.stem)}\.damaged-{_STAMP}{re.escape(database.suffix or '.sqlite')}")
    return sorted(p for p in database.parent.glob(f"{database.stem}.damaged-*") if pattern.fullmatch(p.name))


def _in_folder(database: Path) -> list[BackupFile]:
    folder = folder_for(database)
    if not folder.is_dir():
        return []
    kinds = "|".join(re.escape(tag) for tag in _IN_FOLDER.values())
    pattern = re.compile(rf"{re.escape(database.stem)}(?:\.(?P<tag>{kinds})-|-){_STAMP}\.sqlite")
    by_tag = {tag: kind for kind, tag in _IN_FOLDER.items()}
    found = []
    for path in folder.glob(f"{database.stem}*.sqlite"):
        match = pattern.fullmatch(path.name)
        if match:  # "company-20261125T143000Z.sqlite" is how manual backups were named at first
            found.append(_describe(path, by_tag.get(match["tag"], MANUAL), match["stamp"]))
    return [f for f in found if f is not None]


def _before_upgrade(database: Path) -> list[BackupFile]:
    suffix = re.escape(database.suffix or ".sqlite")
    pattern = re.compile(rf"{re.escape(database.stem)}\.before-upgrade-from-(?P<revision>\w+)-{_STAMP}{suffix}")
    found = []
    for path in database.parent.glob(f"{database.stem}.before-upgrade-from-*"):
        match = pattern.fullmatch(path.name)
        if match:
            found.append(_describe(path, BEFORE_UPGRADE, match["stamp"], match["revision"]))
    return [f for f in found if f is not None]


def _describe(path: Path, kind: str, stamp_text: str, revision: str = "") -> BackupFile | None:
    try:
        stat = path.stat()
    except OSError:  # removed meanwhile, or not ours to read
        return None
    return BackupFile(path, kind, parse_stamp(stamp_text), stat.st_size, revision, stat.st_mtime_ns)


def parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, STAMP_FORMAT).replace(tzinfo=timezone.utc)
