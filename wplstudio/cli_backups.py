"""`wplstudio restore FILE` and `wplstudio restore --list`: the restore screen from the
command line, through the same services."""

from __future__ import annotations

from pathlib import Path

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import error_text, translate
from wplstudio.storage.locations import resolve

KIND_WORDS = {
    "automatic": QT_TRANSLATE_NOOP("backups", "automatic"),
    "manual": QT_TRANSLATE_NOOP("backups", "by hand"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("backups", "before an upgrade"),
}


def add_parser(sub) -> None:
    restore = sub.add_parser("restore", help="put a checked backup in the place of the database (the current one is kept as a backup)")
    restore.add_argument("file", nargs="?", type=Path, help="the backup to restore; --list shows the backups there are")
    restore.add_argument("--list", action="store_true", help="list the backups of the database, newest first, with their check")


def run(args) -> int:
    target = resolve(args.database)
    if args.list:
        return _list(target)
    if args.file is None:
        print(translate("cli", "Name the backup: wplstudio restore FILE (wplstudio restore --list shows them)."))
        return 2
    return _restore(target, args.file)


def _restore(target, source: Path) -> int:
    from wplstudio.services.backups import restore_with_lock

    result = restore_with_lock(target, SYSTEM, source)
    print(translate("cli", "Restored {backup} into {database}.").format(backup=str(result.source), database=target.describe()))
    if result.was_damaged:
        print(translate("cli", "The damaged database was moved aside to {path}.").format(path=str(result.kept_as)))
    elif result.kept_as:
        print(translate("cli", "The database as it was is kept as {path}.").format(path=str(result.kept_as)))
    return 0


def _list(target) -> int:
    from wplstudio.services.backups import backups_of

    found = backups_of(target.path) if target.is_sqlite else []
    if not found:
        print(translate("cli", "There are no backups of {database} yet.").format(database=target.describe()))
        return 0
    for backup in found:
        check = translate("cli", "ok") if backup.ok else error_text(backup.problem)
        taken = backup.taken.astimezone().strftime("%d-%m-%Y %H:%M")
        print(f"{taken}  {translate('backups', KIND_WORDS[backup.kind]):18}  {backup.size // 1024:>7} kB  {check}  {backup.path}")
    return 0
