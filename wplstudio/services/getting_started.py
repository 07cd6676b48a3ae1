"""How far a new company is on its way to a first printed matrix: teams and people,
tasks, levels, and the print for the wall. Plain counts from the database, so the
welcome screen shows what is really there, not what someone clicked.

Permissions: reading the progress needs "people view" for everyone (the owner and
the workshop manager); marking the wall print needs "matrix print"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import OTHERS, allowed, require
from wplstudio.services.access import require_some
from wplstudio.services.records import add_row, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Level, Setting, Task, Team

PRINTED_KEY = "getting_started.matrix_printed"  # the date of the first wall print made from the welcome


@dataclass(frozen=True)
class Progress:
    teams: int
    employees: int  # in service today
    tasks: int
    levels: int  # cells with a level above 0
    printed_on: date | None

    @property
    def is_new_company(self) -> bool:
        """Nobody entered yet: the welcome shows by itself."""
        return self.employees == 0

    @property
    def people_done(self) -> bool:
        return self.teams > 0 and self.employees > 0

    @property
    def tasks_done(self) -> bool:
        return self.tasks > 0

    @property
    def levels_done(self) -> bool:
        return self.levels > 0

    @property
    def matrix_filled(self) -> bool:
        return self.people_done and self.tasks_done and self.levels_done

    @property
    def printed(self) -> bool:
        return self.printed_on is not None


def progress(db: Database, actor: Actor, today: date | None = None) -> Progress:
    """The counts behind the welcome's steps; people who have left do not count."""
    require(actor, "people", "view", OTHERS)
    with db.session() as s:
        teams, tasks = (s.scalar(select(func.count()).select_from(model)) for model in (Team, Task))
        employees = s.scalar(select(func.count()).select_from(Employee).where(
            or_(Employee.end_date.is_(None), Employee.end_date >= (today or date.today()))))
        levels = s.scalar(select(func.count()).select_from(Level).where(Level.level > 0))
        printed = s.get(Setting, PRINTED_KEY)
    return Progress(teams, employees, tasks, levels, _date(printed.value) if printed else None)


def mark_printed(db: Database, actor: Actor, today: date | None = None) -> None:
    """The matrix went to paper (or PDF) from the welcome: its last step is done."""
    require_some(actor, "matrix", "print")
    value = (today or date.today()).isoformat()
    with db.session() as s:
        row = s.get(Setting, PRINTED_KEY)
        if row is None:
            add_row(s, actor, Setting(key=PRINTED_KEY, value=value, **stamp(actor)))
        else:
            update_versioned(s, Setting, PRINTED_KEY, row.version, actor, {"value": value})


def note_wall_print(db: Database, actor: Actor, today: date | None = None) -> bool:
    """A wall print was made anywhere in the app: tick the welcome's last step. Quietly nothing when the
    database is open read-only, for someone who printed only their own row, or when today is already noted."""
    if db.read_only or not allowed(actor.role, "matrix", "print", OTHERS):
        return False
    if progress_printed_on(db) == (today or date.today()):
        return False
    mark_printed(db, actor, today)
    return True


def progress_printed_on(db: Database) -> date | None:
    with db.session() as s:
        row = s.get(Setting, PRINTED_KEY)
        return _date(row.value) if row else None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
