"""Backups of the SQLite database: by hand, automatically while the app runs (rotated
daily, weekly, monthly), and restoring one. Every copy is checked with
PRAGMA integrity_check; a restore checks the backup before it replaces anything.

File names and places: storage/backup_files.py. Which automatic ones are kept:
domain/rotation.py. The restore's steps: storage/restore.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wplstudio.domain import rotation as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.rotation import Rotation
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.records import stamp as edit_stamp
from wplstudio.storage import backup_files, damage
from wplstudio.storage import restore as replacing
from wplstudio.storage.backup import copy_database
from wplstudio.storage.backup_files import AUTOMATIC, BEFORE_RESTORE, MANUAL, BackupFile
from wplstudio.storage.database import Database, integrity_check
from wplstudio.storage.locations import Target
from wplstudio.storage.models import Setting

ROTATION_KEYS = {rules.DAILY: "backups.daily", rules.WEEKLY: "backups.weekly", rules.MONTHLY: "backups.monthly"}


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def default_folder(db: Database) -> Path:
    return backup_files.folder_for(db.target.path)


def _require_file(db_or_target) -> None:
    if not db_or_target.is_sqlite:
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "A shared server database is backed up on the server itself (for example with pg_dump), not by wplstudio."))


# --- taking a backup -------------------------------------------------------------

def backup_now(db: Database, actor: Actor, out: Path | None = None) -> BackupResult:
    require(actor, "backups", "edit", OTHERS)
    _require_file(db)
    path = out or backup_files.new_path(db.target.path, MANUAL)
    _check_destination(path)
    return _checked_copy(db.target.path, path)


def _checked_copy(database: Path, path: Path) -> BackupResult:
    try:
        copy_database(database, path)
    except OSError as exc:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The backup could not be written to {path} ({reason}). Nothing was changed."),
                       path=str(path), reason=exc.strerror or str(exc)) from exc
    if integrity_check(path) != ["ok"]:
        path.rename(path.with_name(path.name + ".failed"))
        raise WplError(QT_TRANSLATE_NOOP(
            "errors", "The backup at {path} failed its check and was set aside. The database itself may be damaged: run wplstudio check."), path=str(path))
    return BackupResult(path, path.stat().st_size)


def _check_destination(path: Path) -> None:
    if path.exists():
        raise WplError(QT_TRANSLATE_NOOP("errors", "{path} already exists. Choose another name; wplstudio never overwrites a file."), path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The folder {folder} cannot be made ({reason})."),
                       folder=str(path.parent), reason=exc.strerror or str(exc)) from exc


# --- automatic backups -------------------------------------------------------------

def get_rotation(db: Database) -> Rotation:
    with db.session() as s:
        stored = {kind: s.get(Setting, key) for kind, key in ROTATION_KEYS.items()}
    counts = {kind: int(row.value) for kind, row in stored.items() if row is not None and row.value.isdigit()}
    try:
        return rules.validated(Rotation(**{**_defaults(), **counts}))
    except WplError:  # a value edited by hand outside the app: fall back to the safe defaults
        return rules.DEFAULT


def _defaults() -> dict:
    return {kind: getattr(rules.DEFAULT, kind) for kind in ROTATION_KEYS}


def save_rotation(db: Database, actor: Actor, rotation: Rotation) -> Rotation:
    require(actor, "backups", "edit", OTHERS)
    rotation = rules.validated(rotation)
    before = get_rotation(db)
    with db.session() as s:
        for kind, key in ROTATION_KEYS.items():
            old, new = str(getattr(before, kind)), str(getattr(rotation, kind))
            if old != new:
                s.merge(Setting(key=key, value=new, **edit_stamp(actor)))
                audit.record(s, actor, "update", "settings", key, {"value": old}, {"value": new})
    return rotation


def automatic_due(database: Path, now: datetime | None = None) -> bool:
    newest = next((b.taken for b in backup_files.list_backups(database) if b.kind == AUTOMATIC), None)
    now = now or datetime.now(timezone.utc)
    return rules.is_due(newest.astimezone() if newest else None, now.astimezone())


def take_automatic(database: Path, rotation: Rotation, now: datetime | None = None) -> BackupResult | None:
    """The automatic backup, if one is due, then pruning. Plain arguments only: it runs in a
    worker thread and needs no session (the copy reads the file through its own connection)."""
    if not automatic_due(database, now):
        return None
    path = backup_files.new_path(database, AUTOMATIC, now)
    _check_destination(path)
    result = _checked_copy(database, path)
    prune(database, rotation)
    return result


def prune(database: Path, rotation: Rotation) -> list[Path]:
    """Remove the automatic backups the rotation no longer keeps. Nothing else is ever removed here."""
    automatic = [b for b in backup_files.list_backups(database) if b.kind == AUTOMATIC]
    kept = rules.keep([b.taken.astimezone() for b in automatic], rotation)
    removed = [b.path for b in automatic if b.taken.astimezone() not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# --- what there is -----------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # storage.backup_files: automatic, manual, before-restore, before-upgrade
    taken: datetime  # UTC
    size: int
    revision: str  # the schema revision it holds ("" when unreadable)
    problem: WplError | None  # None when it passes the check a restore makes, else why not
    kept_as: frozenset[str] = frozenset()  # for automatic ones: daily, weekly, monthly

    @property
    def ok(self) -> bool:
        return self.problem is None


_checked: dict[tuple, tuple[str, WplError | None]] = {}  # (path, size, mtime) -> (revision, problem): a copy never changes


def list_backups(db: Database, actor: Actor) -> list[BackupInfo]:
    """Every backup of the open database, newest first, each with the result of its check."""
    require(actor, "backups", "view", OTHERS)
    _require_file(db)
    return backups_of(db.target.path, get_rotation(db))


def backups_of(database: Path, rotation: Rotation = rules.DEFAULT) -> list[BackupInfo]:
    files = backup_files.list_backups(database)
    kept = rules.keep([b.taken.astimezone() for b in files if b.kind == AUTOMATIC], rotation)
    return [_info(b, kept.get(b.taken.astimezone(), frozenset()) if b.kind == AUTOMATIC else frozenset()) for b in files]


def _info(backup: BackupFile, kept_as: frozenset[str]) -> BackupInfo:
    revision, problem = check_backup(backup.path)
    return BackupInfo(backup.path, backup.kind, backup.taken, backup.size, revision, problem, kept_as)


def check_backup(path: Path) -> tuple[str, WplError | None]:
    """(schema revision, problem): problem is None when a restore would accept the file."""
    try:
        stat = path.stat()
    except OSError:
        return "", WplError(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."), path=str(path))
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _checked:
        try:
            _checked[key] = (replacing.check_restorable(path), None)
        except WplError as error:
            _checked[key] = ("", error)
    return _checked[key]


# --- restoring -----------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    source: Path
    revision: str  # the backup's schema; an older one is upgraded when the database opens
    kept_as: Path | None  # the database as it was: a before-restore backup, or set aside when damaged
    was_damaged: bool = False


def restore_file(target: Target, actor: Actor, source: Path) -> RestoreResult:
    """Put a checked backup in the place of the (closed) database file. If the check fails,
    nothing is replaced. The current file is kept first: as a backup, or set aside if damaged."""
    require(actor, "backups", "edit", OTHERS)
    _require_file(target)
    database, source = target.path, source.expanduser().absolute()
    revision = replacing.check_restorable(source)
    if database.exists() and database.resolve() == source.resolve():
        raise WplError(QT_TRANSLATE_NOOP("errors", "{path} is the database itself, not a backup of it."), path=str(source))
    kept_as, damaged = _keep_current(database)
    replacing.swap_in(replacing.stage_copy(source, database), database)
    return RestoreResult(source, revision, kept_as, damaged)


def _keep_current(database: Path) -> tuple[Path | None, bool]:
    if not database.exists():
        return None, False
    if not replacing.passes_quick_check(database):
        return damage.set_aside(database).moved_to, True
    replacing.retire(database)  # proves nobody else has it open, and folds its log into it
    copy = backup_files.new_path(database, BEFORE_RESTORE)
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy_database(database, copy)
    return copy, False


def finish_restore(db: Database, actor: Actor, result: RestoreResult) -> None:
    """On the reopened database: the audit checkpoint starts from what is there now
    (it is older on purpose), and the restore itself is the first thing recorded."""
    audit.forget_checkpoint(db)
    after = {"backup": result.source.name, "revision": result.revision, "kept_as": result.kept_as.name if result.kept_as else ""}
    with db.session() as s:
        audit.record(s, actor, "restore", "database", str(db.target.path), None, after)


def restore_into_open(db: Database, actor: Actor, source: Path) -> RestoreResult:
    """For the running app: the same Database object goes on, on the restored file. Its
    connections are closed first (its lock on the file stays: no other instance slips in),
    and it reconnects by itself on its next use. A failed check changes nothing."""
    require(actor, "backups", "edit", OTHERS)
    replacing.check_restorable(source.expanduser().absolute())  # before closing anything
    db.engine.dispose()
    result = restore_file(db.target, actor, source)
    db.revision = _upgrade_restored(db.target)
    finish_restore(db, actor, result)
    return result


def restore_with_lock(target: Target, actor: Actor, source: Path) -> RestoreResult:
    """For the command line: take the lock on the file (refused while another instance has it),
    restore, open once (which upgrades an older backup) and close."""
    from wplstudio.services.open_guard import HeldElsewhere
    from wplstudio.storage import lock as locks

    _require_file(target)
    got = locks.acquire(target.path)
    if isinstance(got, locks.Held):
        raise HeldElsewhere(got.holder, got.breakable, target.path)
    try:
        result = restore_file(target, actor, source)
        db = _open(target)
        try:
            finish_restore(db, actor, result)
        finally:
            db.close()
    finally:
        got.lock.release()
    return result


def _upgrade_restored(target: Target) -> str | None:
    """Open once through the usual way in: an older backup is upgraded (after its own
    before-upgrade copy) and erasures made since are applied again."""
    fresh = _open(target)
    fresh.close()
    return fresh.revision


def _open(target: Target) -> Database:
    from wplstudio.services.opening import open_company

    return open_company(target)
