"""A damaged database file: set aside (renamed, never deleted) and the newest good
backup offered instead.

"Damaged" is what SQLite itself can see when the file is opened: the header is
not SQLite's, the file cannot be read as a database, or PRAGMA quick_check finds
a broken page. (integrity_check also compares every index with its table; it runs
in `wplstudio check` and on every backup, because at each open it would cost too
much time on a large file.) A flipped bit inside a stored name is not visible to
SQLite at all: no file format without checksums can see that."""

from __future__ import annotations

from pathlib import Path

from wplstudio.domain.errors import DatabaseDamaged, WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage.backup_files import BackupFile, damaged_copies, damaged_path, list_backups
from wplstudio.storage.restore import check_restorable, set_journals_aside


def set_aside(database: Path) -> DatabaseDamaged:
    """Rename the damaged file (and its journals) out of the way; the error says where to and what to restore."""
    moved = damaged_path(database)
    database.replace(moved)
    set_journals_aside(database, moved.stem)
    return damaged_error(database, moved, newest_good_backup(database))


def newest_good_backup(database: Path) -> BackupFile | None:
    """The newest backup that passes the same check a restore makes."""
    for backup in list_backups(database):
        try:
            check_restorable(backup.path)
        except WplError:
            continue
        return backup
    return None


def looks_like_ours(database: Path) -> bool:
    """A file without SQLite's header is ours when we made backups of it (a zeroed first page);
    otherwise it is some other file, which we leave alone."""
    return bool(list_backups(database))


def refuse_if_set_aside(database: Path) -> None:
    """A database that was set aside must not silently become a new, empty company while a
    good backup waits; with no backup at all, starting empty is all there is to do."""
    if database.exists():
        return
    earlier = damaged_copies(database)
    backup = newest_good_backup(database) if earlier else None
    if backup is not None:
        error = DatabaseDamaged(QT_TRANSLATE_NOOP(
            "errors", "The database {path} was set aside as damaged ({moved}). Restore the newest good backup, from {when}, in the app or with: wplstudio restore \"{backup}\" --database \"{path}\""),
            path=str(database), moved=str(earlier[-1]), when=local_time(backup), backup=str(backup.path))
        raise _with_details(error, earlier[-1], backup)


def damaged_error(database: Path, moved: Path, backup: BackupFile | None) -> DatabaseDamaged:
    if backup is None:
        error = DatabaseDamaged(QT_TRANSLATE_NOOP(
            "errors", "The database {path} is damaged. It was moved aside, unchanged, to {moved}. There is no good backup of it; the next start begins with an empty database. Keep the damaged file: an expert may rescue data from it."),
            path=str(database), moved=str(moved))
    else:
        error = DatabaseDamaged(QT_TRANSLATE_NOOP(
            "errors", "The database {path} is damaged. It was moved aside, unchanged, to {moved}. The newest good backup is from {when}. Restore it in the app or with: wplstudio restore \"{backup}\" --database \"{path}\""),
            path=str(database), moved=str(moved), when=local_time(backup), backup=str(backup.path))
    return _with_details(error, moved, backup)


def _with_details(error: DatabaseDamaged, moved: Path, backup: BackupFile | None) -> DatabaseDamaged:
    error.moved_to = moved
    error.backup = backup.path if backup else None
    error.backup_taken = backup.taken if backup else None
    return error


def local_time(backup: BackupFile) -> str:
    return backup.taken.astimezone().strftime("%d-%m-%Y %H:%M")
