"""Which automatic backups to keep: the newest one of each of the last N days,
the last N weeks and the last N months that have a backup.

Counted in days *with* a backup, not calendar days: after a holiday of three
weeks the seven daily backups are the seven last working days, not nothing.
Pure rules on moments; the service lists the files and removes what is not kept.
Backups made before an upgrade or a restore, and the ones a person made, never
enter this rule: they are never removed automatically."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Callable, Iterable

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
MAX_COUNT = 120  # ten years of monthly backups; more only fills the disk
DUE_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class Rotation:
    """How many automatic backups to keep per kind."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @property
    def is_off(self) -> bool:
        return self.daily == self.weekly == self.monthly == 0


DEFAULT = Rotation()
FIELD_NAMES = {
    DAILY: QT_TRANSLATE_NOOP("fields", "daily backups"),
    WEEKLY: QT_TRANSLATE_NOOP("fields", "weekly backups"),
    MONTHLY: QT_TRANSLATE_NOOP("fields", "monthly backups"),
}


def validated(rotation: Rotation) -> Rotation:
    """Each count a whole number from 0 to MAX_COUNT, and at least one backup kept."""
    problems = []
    for field in fields(Rotation):
        value = getattr(rotation, field.name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            problems.append(FieldProblem(FIELD_NAMES[field.name], QT_TRANSLATE_NOOP(
                "errors", "The number of {field} must be a whole number from 0 to {most}."),
                {"field": FIELD_NAMES[field.name], "most": MAX_COUNT}))
    if not problems and rotation.is_off:
        problems.append(FieldProblem(FIELD_NAMES[DAILY], QT_TRANSLATE_NOOP(
            "errors", "Keep at least one automatic backup: set one of the numbers above 0.")))
    if problems:
        raise ValidationFailed(problems)
    return rotation


def _day(moment: datetime) -> tuple:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple:
    return (moment.year, moment.month)


PERIODS: tuple[tuple[str, Callable[[datetime], tuple]], ...] = ((DAILY, _day), (WEEKLY, _week), (MONTHLY, _month))


def keep(moments: Iterable[datetime], rotation: Rotation) -> dict[datetime, frozenset[str]]:
    """The backups to keep, each with the kinds that keep it ("daily", "weekly", "monthly").

    Give the moments in the person's own time zone: a day is their day."""
    newest_first = sorted(set(moments), reverse=True)
    reasons: dict[datetime, set[str]] = {}
    for kind, period in PERIODS:
        for moment in _newest_per_period(newest_first, period, getattr(rotation, kind)):
            reasons.setdefault(moment, set()).add(kind)
    return {moment: frozenset(kinds) for moment, kinds in reasons.items()}


def _newest_per_period(newest_first: list[datetime], period: Callable[[datetime], tuple], count: int) -> list[datetime]:
    chosen: list[datetime] = []
    seen: set[tuple] = set()
    for moment in newest_first:
        if len(chosen) == count:
            break
        if period(moment) not in seen:
            seen.add(period(moment))
            chosen.append(moment)
    return chosen


def is_due(newest: datetime | None, now: datetime) -> bool:
    """A new automatic backup is due when there is none of today yet, or the newest is a day old
    (both, so a clock set back or a start just after midnight still gets its daily backup)."""
    if newest is None:
        return True
    return _day(newest) != _day(now) or now - newest >= DUE_AFTER
