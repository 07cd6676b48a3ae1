"""Rules of the planning board: weeks, what a card warns about, capacity and learning time.

Deployability uses the matrix's EFFECTIVE levels (domain.matrix.effective_level): an expired
or unproven certificate never makes anyone deployable on the board, nor a mentor.

A card warns when
- its person is below level 3 on a task the job needs and nobody else on that job that day
  has level 3 or more on it ("nobody deployable with them");
- its person is absent that day (holiday, sick, course);
- its person's day holds more hours than a working day (overlapping work).
The manager may plan anyway; the reason is kept on the card. Someone who has left is refused."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.levels import DEPLOYABLE, MENTOR
from wplstudio.domain.people import check_text
from wplstudio.domain.text import QT_TRANSLATE_NOOP

DAY_HOURS = 8
DEPLOYABLE_LEVEL = int(DEPLOYABLE)
MENTORING_SHARE = 0.25  # a mentor working beside a learner gets about a quarter less done
PRACTICE_MONTHS = 6  # default: a deployable level not practised for this long counts as stale
ABSENCE_KINDS = ("holiday", "sick", "course")
LEARNING_KINDS = ("learning", "mentoring")
IMPROVEMENT_STATUSES = ("idea", "busy", "done")
JOB_STATUSES = ("open", "done")

ABSENCE_TITLES = {
    "holiday": QT_TRANSLATE_NOOP("board", "holiday"),
    "sick": QT_TRANSLATE_NOOP("board", "sick"),
    "course": QT_TRANSLATE_NOOP("board", "course"),
}
IMPROVEMENT_TITLES = {
    "idea": QT_TRANSLATE_NOOP("board", "idea"),
    "busy": QT_TRANSLATE_NOOP("board", "busy"),
    "done": QT_TRANSLATE_NOOP("board", "done"),
}

# --- weeks --------------------------------------------------------------------

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_week(text: str) -> date:
    """'2026-W48' -> the Monday of that ISO week."""
    match = _WEEK.match((text or "").strip())
    try:
        if match:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError:
        pass
    raise WplError(QT_TRANSLATE_NOOP("errors", "{week} is not a week. Write it as year, W and week number, e.g. 2026-W48."),
                   week=text)


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_days(monday: date, saturday: bool = False) -> list[date]:
    return [monday + timedelta(days=i) for i in range(6 if saturday else 5)]


def spread_days(first: date, count: int, saturday: bool = False) -> list[date]:
    """count working days from first on, skipping Sunday (and Saturday unless it is planned)."""
    days, day = [], first
    while len(days) < count:
        if day.weekday() < (6 if saturday else 5):
            days.append(day)
        day += timedelta(days=1)
    return days


# --- checking input -----------------------------------------------------------

def check_hours(hours: object, field: str = QT_TRANSLATE_NOOP("fields", "hours"), low: int = 1, high: int = 24) -> int:
    if not isinstance(hours, int) or isinstance(hours, bool) or not low <= hours <= high:
        raise ValidationFailed([FieldProblem(field, QT_TRANSLATE_NOOP(
            "errors", "Hours are a whole number from {low} to {high}."), {"low": low, "high": high})])
    return hours


def clean_text(field: str, text: str | None, limit: int, required: bool = False) -> str:
    text = (text or "").strip()
    problems: list[FieldProblem] = []
    if required and not text:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "Fill in the {field}."), {"field": field}))
    elif len(text) > limit:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "The {field} is too long (at most {n} characters)."),
                                     {"field": field, "n": limit}))
    else:
        check_text(field, text, problems)
    if problems:
        raise ValidationFailed(problems)
    return text


def check_choice(value: str, choices: Iterable[str], field: str) -> str:
    if value not in tuple(choices):
        raise ValidationFailed([FieldProblem(field, QT_TRANSLATE_NOOP("errors", "{value} is not a known {field}."),
                                             {"value": value, "field": field})])
    return value


@dataclass(frozen=True)
class JobDraft:
    title: str
    customer: str = ""
    location: str = ""
    estimated_hours: int = 0
    task_ids: tuple[int, ...] = ()
    status: str = "open"


def check_job(draft: JobDraft) -> JobDraft:
    return JobDraft(clean_text(QT_TRANSLATE_NOOP("fields", "title"), draft.title, 120, required=True),
                    clean_text(QT_TRANSLATE_NOOP("fields", "customer"), draft.customer, 120),
                    clean_text(QT_TRANSLATE_NOOP("fields", "location"), draft.location, 120),
                    check_hours(draft.estimated_hours, QT_TRANSLATE_NOOP("fields", "estimated hours"), 0, 9999),
                    tuple(dict.fromkeys(draft.task_ids)), check_choice(draft.status, JOB_STATUSES, QT_TRANSLATE_NOOP("fields", "status")))


def check_days(first: date, last: date) -> None:
    if last < first:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "last day"), QT_TRANSLATE_NOOP(
            "errors", "The last day comes before the first day."))])


# --- warnings -----------------------------------------------------------------

NOT_DEPLOYABLE, ABSENT, OVERLOADED = "not-deployable", "absent", "overloaded"


@dataclass(frozen=True)
class Warning:
    kind: str  # NOT_DEPLOYABLE, ABSENT or OVERLOADED
    task_id: int | None = None  # NOT_DEPLOYABLE: the task
    level: int = 0  # NOT_DEPLOYABLE: the person's effective level on it
    absence: str = ""  # ABSENT: the kind
    hours: int = 0  # OVERLOADED: the day's hours


def deployability_warnings(employee_id: int, task_ids: Iterable[int], colleagues: Iterable[int],
                           levels: Mapping[tuple[int, int], int]) -> list[Warning]:
    """Tasks the person is below 3 on while no colleague on the job that day has 3 or more."""
    others = [c for c in colleagues if c != employee_id]
    result = []
    for task_id in task_ids:
        own = levels.get((employee_id, task_id), 0)
        if own < DEPLOYABLE and not any(levels.get((c, task_id), 0) >= DEPLOYABLE for c in others):
            result.append(Warning(NOT_DEPLOYABLE, task_id=task_id, level=own))
    return result


def day_warnings(absence: str | None, day_hours: int, capacity: int = DAY_HOURS) -> list[Warning]:
    result = []
    if absence:
        result.append(Warning(ABSENT, absence=absence))
    if day_hours > capacity:
        result.append(Warning(OVERLOADED, hours=day_hours))
    return result


def absence_on(absences: Iterable[tuple[date, date, str]], day: date) -> str | None:
    return next((kind for first, last, kind in absences if first <= day <= last), None)


# --- suggestions and learning chances ------------------------------------------

@dataclass(frozen=True)
class Candidate:
    employee_id: int
    planned_hours: int  # already planned that day
    same_team: bool


def qualified(employee_id: int, task_ids: Iterable[int], levels: Mapping[tuple[int, int], int], minimum: int = DEPLOYABLE) -> bool:
    return all(levels.get((employee_id, t), 0) >= minimum for t in task_ids)


def suggest(people: Iterable[tuple[int, int | None]], task_ids: tuple[int, ...], levels: Mapping[tuple[int, int], int],
            planned: Mapping[int, int], absent: Iterable[int], team_id: int | None, exclude: Iterable[int] = (),
            capacity: int = DAY_HOURS, limit: int = 5) -> list[Candidate]:
    """Who is qualified (3+ on every task the job needs) and free that day: not absent, hours left.
    Same team first, then the least planned."""
    away, skip = set(absent), set(exclude)
    found = [Candidate(e, planned.get(e, 0), team_id is not None and team == team_id) for e, team in people
             if e not in away and e not in skip and planned.get(e, 0) < capacity and qualified(e, task_ids, levels)]
    found.sort(key=lambda c: (not c.same_team, c.planned_hours, c.employee_id))
    return found[:limit]


def needs_training(level: int, target_level: int | None, required_level: int | None) -> bool:
    """The task is in the person's training needs: below their function's profile, or on the
    training timetable above today's effective level."""
    goal = max(target_level or 0, required_level or 0)
    return level < goal


def learning_chance(learner_level: int, mentor_level: int, in_needs: bool) -> bool:
    return in_needs and learner_level < MENTOR and mentor_level >= MENTOR


# --- the week's load per person -------------------------------------------------

@dataclass(frozen=True)
class WeekLoad:
    available: int  # working hours minus absences
    planned: int  # hours on job cards
    reserved_learning: int  # learning time reserved on the board (school day, practice pieces)
    reserved_mentoring: int  # mentoring time reserved on the board
    learning_on_job: int  # card hours spent learning beside a mentor (work and learning at once)
    mentoring_on_job: int  # card hours spent working beside a learner

    @property
    def learning(self) -> int:
        return self.reserved_learning + self.learning_on_job

    @property
    def mentoring(self) -> int:
        return self.reserved_mentoring + self.mentoring_on_job

    @property
    def capacity(self) -> int:
        """Hours left for jobs: less the reserved time, and less while mentoring beside a learner."""
        reserved = self.reserved_learning + self.reserved_mentoring
        return max(0, round(self.available - reserved - self.mentoring_on_job * MENTORING_SHARE))

    @property
    def free(self) -> int:
        return self.capacity - self.planned


def week_load(days: int, absent_days: int, card_hours: int, learner_hours: int, mentor_hours: int,
              reserved_learning: int, reserved_mentoring: int, capacity: int = DAY_HOURS) -> WeekLoad:
    return WeekLoad(max(0, (days - absent_days) * capacity), card_hours, reserved_learning, reserved_mentoring,
                    learner_hours, mentor_hours)


# --- practice ---------------------------------------------------------------------

def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def stale(last_practised: date | None, today: date, months: int) -> bool:
    return last_practised is None or last_practised < months_before(today, months)
