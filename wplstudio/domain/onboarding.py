"""Onboarding rules: planned dates in working days, module status, progress, the
progress-talk rhythm, who may sign and the checks on module images.

Standard library only; the services hand in plain values and get plain values back."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP

TRAINEE, MENTOR = "trainee", "mentor"
SIGNER_ROLES = (TRAINEE, MENTOR)
# How a signer's or commenter's role reads (context "roles", which error messages translate a {role} in).
ROLE_WORDS = {TRAINEE: QT_TRANSLATE_NOOP("roles", "trainee"), MENTOR: QT_TRANSLATE_NOOP("roles", "mentor")}
OPEN, BUSY, READY, SIGNED = "open", "busy", "ready", "signed"
STATUS_TITLES = {
    OPEN: QT_TRANSLATE_NOOP("onboarding", "open"),
    BUSY: QT_TRANSLATE_NOOP("onboarding", "busy"),
    READY: QT_TRANSLATE_NOOP("onboarding", "ready to sign"),
    SIGNED: QT_TRANSLATE_NOOP("onboarding", "signed"),
}
ACTIVE, COMPLETED, STOPPED = "active", "completed", "stopped"

HOURS_PER_DAY = 4  # about half a working day goes to the program; the rest is ordinary production work
DEFAULT_TALK_WEEKS = 4
DEFAULT_MAX_TRAINEES = 2
MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


# --- working days --------------------------------------------------------------------

def is_working_day(day: date, holidays: frozenset[date] = frozenset()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: frozenset[date] = frozenset()) -> date:
    """The date `days` working days after start (start itself is day 1 when it is a working day)."""
    day = start
    while not is_working_day(day, holidays):
        day += timedelta(days=1)
    counted = 1
    while counted < max(days, 1):
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            counted += 1
    return day


def working_days_for(hours: float) -> int:
    return max(1, math.ceil((hours or 0) / HOURS_PER_DAY))


def planned_dates(start: date, hours: list[float], holidays: frozenset[date] = frozenset()) -> list[date]:
    """The planned finish of each module, one after the other, counted in working days from the start."""
    dates, total = [], 0
    for h in hours:
        total += working_days_for(h)
        dates.append(add_working_days(start, total, holidays))
    return dates


def parse_holidays(text: str) -> frozenset[date]:
    """Company holidays as kept in the settings: ISO dates separated by commas or new lines."""
    found = set()
    for part in text.replace("\n", ",").split(","):
        part = part.strip()
        if part:
            try:
                found.add(date.fromisoformat(part))
            except ValueError:
                continue  # a typo in one date must not stop every timeline
    return frozenset(found)


# --- status and progress ---------------------------------------------------------------

@dataclass(frozen=True)
class ModuleState:
    assignments: int
    ticked: int
    trainee_signed: bool
    mentor_signed: bool

    @property
    def status(self) -> str:
        if self.trainee_signed and self.mentor_signed:
            return SIGNED
        if self.assignments == self.ticked:
            return READY
        if self.ticked or self.trainee_signed or self.mentor_signed:
            return BUSY
        return OPEN


def is_overdue(status: str, planned: date | None, today: date) -> bool:
    return status != SIGNED and planned is not None and planned < today


def progress_percent(statuses: list[str]) -> int:
    if not statuses:
        return 0
    return round(100 * sum(1 for s in statuses if s == SIGNED) / len(statuses))


@dataclass(frozen=True)
class CurvePoint:
    day: date
    planned: int  # modules planned done by this day
    actual: int  # modules signed by this day


def progress_curve(start: date, planned: list[date], signed: list[date | None], today: date) -> list[CurvePoint]:
    """Planned against actual modules done, one point per change, from the start to today or the last plan."""
    days = sorted({start, today, *planned, *(d for d in signed if d)})
    end = max(today, max(planned, default=start))
    return [CurvePoint(d, sum(1 for p in planned if p <= d), sum(1 for s in signed if s and s <= d))
            for d in days if start <= d <= end]


# --- progress talks -------------------------------------------------------------------

def next_talk(start: date, held: list[date], weeks: int) -> date:
    """Every `weeks` weeks after the start, or after the last talk held."""
    last = max(held, default=start)
    return last + timedelta(weeks=max(weeks, 1))


def talk_is_due(start: date, held: list[date], weeks: int, today: date) -> bool:
    return next_talk(start, held, weeks) <= today


# --- signing rules --------------------------------------------------------------------

def check_signer_role(role: str) -> None:
    if role not in SIGNER_ROLES:
        raise ValueError(f"unknown signer role {role!r}")


def check_reason(reason: str, field_name: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < 3:
        raise ValidationFailed([FieldProblem(field_name, QT_TRANSLATE_NOOP(
            "errors", "Give a short reason, so the history stays clear later."))])
    return reason[:2000]


def check_not_own_mentor(trainee_id: int, mentor_id: int | None) -> None:
    if mentor_id is not None and trainee_id == mentor_id:
        raise WplError(QT_TRANSLATE_NOOP("errors", "A trainee cannot be their own mentor. Choose a colleague."))


# --- module images ---------------------------------------------------------------------

def image_type(data: bytes) -> str:
    """The MIME type of a PNG or JPEG by its first bytes; anything else is refused."""
    if not data:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This image file is empty."))
    if len(data) > MAX_IMAGE_BYTES:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This image is larger than {mb} MB. Make it smaller first (a phone photo at medium size is fine)."),
                       mb=MAX_IMAGE_BYTES // (1024 * 1024))
    for magic, mime in IMAGE_TYPES.items():
        if data.startswith(magic):
            return mime
    raise WplError(QT_TRANSLATE_NOOP("errors", "Only PNG and JPEG pictures can be added to a module."))


@dataclass(frozen=True)
class ModuleDraft:
    title: str
    goal: str = ""
    why: str = ""
    safety: str = ""
    hours: float = 8.0
    assessment: str = ""
    pass_criterion: str = ""
    assignments: tuple[str, ...] = ()
    tasks: dict[int, int] = field(default_factory=dict)  # task_id -> level the module brings it to


def check_module(draft: ModuleDraft) -> ModuleDraft:
    problems = []
    title = " ".join((draft.title or "").split())
    if not title:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "title"), QT_TRANSLATE_NOOP("errors", "Give the module a title.")))
    if not 0 < (draft.hours or 0) <= 2000:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "hours"), QT_TRANSLATE_NOOP(
            "errors", "Estimated hours must be more than 0 and at most 2000.")))
    if any(not 1 <= level <= 4 for level in draft.tasks.values()):
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "tasks"), QT_TRANSLATE_NOOP(
            "errors", "A module brings a task to level 1 to 4.")))
    assignments = tuple(a.strip()[:500] for a in draft.assignments if a and a.strip())
    if not assignments and not problems:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "assignments"), QT_TRANSLATE_NOOP(
            "errors", "A module needs at least one assignment the trainee can tick off.")))
    if draft.assessment.strip() and not draft.pass_criterion.strip():
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "pass criterion"), QT_TRANSLATE_NOOP(
            "errors", "An assessment needs a pass criterion: when is it good enough?")))
    if problems:
        raise ValidationFailed(problems)
    return ModuleDraft(title[:120], draft.goal.strip(), draft.why.strip(), draft.safety.strip(), float(draft.hours),
                       draft.assessment.strip(), draft.pass_criterion.strip(), assignments, dict(draft.tasks))
