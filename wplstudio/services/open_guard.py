"""Opening a database for use, with the two guards a SQLite file needs; the GUI
and the CLI both come through here.

1. Place: a file in a network or cloud-synced folder is refused unless the
   person insists (RiskyLocation), because that is where SQLite files get damaged.
2. One app per file: a lock file says who has it open. A second instance gets
   HeldElsewhere within a moment and may open read-only instead; a lock left by a
   crash on this PC is taken over (with a notice); breaking another PC's lock
   needs break_foreign_lock and is written to the audit trail.

A shared server (PostgreSQL) needs neither: it has its own locking."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import DatabaseProblem
from wplstudio.domain.placement import CLOUD, Placement
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.opening import open_company
from wplstudio.storage import lock as locks
from wplstudio.storage.database import Database, open_database
from wplstudio.storage.locations import Target
from wplstudio.storage.placement_probe import placement_of


@dataclass(frozen=True)
class OpenChoices:
    """What the person decided; the defaults are the safe answers."""

    allow_risky_folder: bool = False  # open a file in a network or cloud folder anyway
    read_only: bool = False  # another instance has it: look, do not touch
    break_foreign_lock: bool = False  # another PC's lock, confirmed to be left behind
    take_lock: bool = True  # False for reading commands (check, backup) that may run beside the app
    migrate: bool = True


@dataclass(frozen=True)
class Notice:
    """A line for the status bar or the terminal; message in the "notices" context."""

    message: str
    params: dict = field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


@dataclass
class Opened:
    db: Database
    notices: list[Notice]


class RiskyLocation(DatabaseProblem):
    """The file is in a network or cloud-synced folder; placement says which."""

    def __init__(self, message: str, placement: Placement, **params) -> None:
        super().__init__(message, **params)
        self.placement = placement


class HeldElsewhere(DatabaseProblem):
    """Another instance has the file open; holder says who, breakable whether another PC does."""

    def __init__(self, holder: locks.LockInfo, breakable: bool, path: Path) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "errors", "{path} is open in wplstudio by {user} on {host} since {since}. Close it there first."),
            path=str(path), user=holder.user, host=holder.host, since=holder.since_local())
        self.holder = holder
        self.breakable = breakable


def open_guarded(target: Target, choices: OpenChoices = OpenChoices(), actor: Actor | None = None) -> Opened:
    if not target.is_sqlite:
        return Opened(open_company(target, migrate=choices.migrate), [])
    if not choices.allow_risky_folder:
        refuse_risky_place(target.path)
    if not choices.take_lock:
        return Opened(open_company(target, migrate=choices.migrate), [])
    return _open_locked(target, choices, actor)


def refuse_risky_place(path: Path) -> None:
    placement = placement_of(path)
    if placement.risky:
        raise risky(path, placement)


def risky(path: Path, placement: Placement) -> RiskyLocation:
    if placement.kind == CLOUD:
        return RiskyLocation(QT_TRANSLATE_NOOP(
            "errors", "{path} is in a folder that {service} keeps in sync. Syncing can damage a database file while it is in use. Move the file to a folder on this PC, or let several PCs share a database server (postgresql+psycopg://...)."),
            placement, path=str(path), service=placement.detail)
    return RiskyLocation(QT_TRANSLATE_NOOP(
        "errors", "{path} is in a network folder ({place}). A database file there can get damaged when the network hiccups or two PCs write at once. Move the file to a folder on this PC, or let several PCs share a database server (postgresql+psycopg://...)."),
        placement, path=str(path), place=placement.detail)


def _open_locked(target: Target, choices: OpenChoices, actor: Actor | None) -> Opened:
    outcome = locks.acquire(target.path)
    if isinstance(outcome, locks.Held):
        return _when_held(target, outcome, choices, actor)
    notices = [_took_over(outcome.took_over)] if outcome.took_over else []
    return Opened(_with_lock(target, choices, outcome.lock), notices)


def _when_held(target: Target, held: locks.Held, choices: OpenChoices, actor: Actor | None) -> Opened:
    holder = held.holder
    if choices.read_only:
        return _open_read_only(target, holder)
    if not (choices.break_foreign_lock and held.breakable):
        raise HeldElsewhere(holder, held.breakable, target.path)
    mine = locks.break_lock(target.path, holder)
    if mine is None:  # it changed while the person decided: ask again with the new holder
        raise HeldElsewhere(locks.read_holder(locks.lock_path(target.path)) or holder, True, target.path)
    db = _with_lock(target, choices, mine)
    _audit_break(db, holder, mine.info, actor or Actor(name=f"wplstudio@{mine.info.host}"[:80]))
    notice = Notice(QT_TRANSLATE_NOOP("notices", "The lock of {host} was broken; this was written to the audit trail."), {"host": holder.host})
    return Opened(db, [notice])


def _with_lock(target: Target, choices: OpenChoices, lock: locks.DatabaseLock) -> Database:
    try:
        db = open_company(target, migrate=choices.migrate)
    except BaseException:
        lock.release()
        raise
    db.lock = lock
    return db


def _open_read_only(target: Target, holder: locks.LockInfo) -> Opened:
    db = open_database(target, read_only=True)
    db.held_by = describe_holder(holder)  # the window's title and status bar say it from here
    return Opened(db, [])


def describe_holder(holder: locks.LockInfo) -> str:
    return f"{holder.user} ({holder.host})"


def _took_over(stale: locks.LockInfo) -> Notice:
    return Notice(QT_TRANSLATE_NOOP(
        "notices", "wplstudio had stopped unexpectedly on this PC (open since {since}); its lock was taken over."),
        {"since": stale.since_local()})


def _audit_break(db: Database, holder: locks.LockInfo, mine: locks.LockInfo, actor: Actor) -> None:
    try:
        with db.session() as s:
            audit.record(s, actor, "lock-broken", "database", str(db.target.path), before=holder.public(), after=mine.public())
    except BaseException:
        db.close()
        raise
