"""Rules of the deployability matrix: what a cell counts as, and what the figures mean.

An expired certificate counts as not deployable everywhere (coverage, planning,
suggestions) until renewed; a certificate without a valid-until date is not
proven, so it does not count either."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple, Protocol

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.levels import DEPLOYABLE, MENTOR
from wplstudio.domain.people import check_text
from wplstudio.domain.text import QT_TRANSLATE_NOOP

EXPIRY_WARNING_DAYS = 60


class Cell(NamedTuple):
    """One cell of the matrix. A named tuple, not a dataclass: a big matrix holds tens of thousands
    of them, and a tuple has no per-object dict (half the memory, and made in one step)."""

    level: int = 0
    valid_until: date | None = None
    target_level: int | None = None
    target_date: date | None = None
    version: int = 0  # 0: no row stored yet


EMPTY = Cell()


def cells_from_rows(rows) -> dict[tuple[int, int], Cell]:
    """(employee_id, task_id, level, valid_until, target_level, target_date, version) rows -> cells.
    The fast path for loading 50,000 cells: each Cell is made as the tuple it is, without __new__'s
    argument handling."""
    new = tuple.__new__
    return {(e, t): new(Cell, (lv, vu, tl, td, v)) for e, t, lv, vu, tl, td, v in rows}


def check_level(level: object) -> int:
    if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= 4:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "level"), QT_TRANSLATE_NOOP(
            "errors", "A level is a whole number from 0 to 4."))])
    return level


TARGET_MAX = 999


def check_target_counts(deployable: object, teachers_: object) -> tuple[int, int]:
    """Whole numbers from 0; a teacher is deployable too, so there cannot be more teachers than deployable."""
    problems = []
    for name, value in ((QT_TRANSLATE_NOOP("fields", "deployable"), deployable), (QT_TRANSLATE_NOOP("fields", "teachers"), teachers_)):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= TARGET_MAX:
            problems.append(FieldProblem(name, QT_TRANSLATE_NOOP("errors", "The {field} target is a whole number from 0 to {n}."),
                                         {"field": name, "n": TARGET_MAX}))
    if not problems and teachers_ > deployable:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "teachers"), QT_TRANSLATE_NOOP(
            "errors", "Someone who can teach a task can also do it, so ask for at least as many deployable people ({n}) as teachers."),
            {"n": teachers_}))
    if problems:
        raise ValidationFailed(problems)
    return deployable, teachers_


def check_required_level(level: object) -> int:
    """A function's profile asks for level 1 to 4; 0 means the task is not in the profile."""
    if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 4:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "required level"), QT_TRANSLATE_NOOP(
            "errors", "A required level is a whole number from 1 to 4."))])
    return level


def clean_description(text: str | None) -> str:
    """A level description: free text of at most 2,000 characters, no invisible characters."""
    text = (text or "").strip()
    problems: list[FieldProblem] = []
    check_text(QT_TRANSLATE_NOOP("fields", "description"), text, problems)
    if problems:
        raise ValidationFailed(problems)
    return text


def certificate_state(valid_until: date | None, today: date, warn_days: int = EXPIRY_WARNING_DAYS) -> str:
    """'missing', 'expired', 'expiring' (within warn_days) or 'valid'."""
    if valid_until is None:
        return "missing"
    if valid_until < today:
        return "expired"
    return "expiring" if valid_until <= today + timedelta(days=warn_days) else "valid"


def effective_level(cell: Cell, is_certificate: bool, today: date) -> int:
    """The level that counts for deployment: a certificate that is not valid today counts as at most 2."""
    if is_certificate and cell.level >= DEPLOYABLE and certificate_state(cell.valid_until, today) in ("missing", "expired"):
        return min(cell.level, DEPLOYABLE - 1)
    return cell.level


def is_deployable(cell: Cell, is_certificate: bool, today: date) -> bool:
    return effective_level(cell, is_certificate, today) >= DEPLOYABLE


def can_teach(cell: Cell, is_certificate: bool, today: date) -> bool:
    return effective_level(cell, is_certificate, today) >= MENTOR


def target_overdue(cell: Cell, today: date) -> bool:
    return (cell.target_level is not None and cell.target_date is not None
            and cell.target_date < today and cell.level < cell.target_level)


# --- the figures ------------------------------------------------------------------
#
# Pure functions over plain data, called by the matrix services and by other areas
# (planning, onboarding). Every figure counts EFFECTIVE levels (effective_level above):
# an expired or unproven certificate never makes anyone deployable or a teacher.
#
# Coverage status, per target (a task, company-wide or for one team):
#   green  every target is met (deployable >= target and teachers >= target);
#   amber  short, but each target is at least half met (e.g. 2 of 3 deployable);
#   red    some target is less than half met, which includes "nobody at all";
#   none   the task has no target.

GREEN, AMBER, RED, NO_TARGET = "green", "amber", "red", "none"
REASON_PROFILE, REASON_COVERAGE, REASON_TEACHERS = "profile", "coverage", "teachers"


class PersonLike(Protocol):
    id: int
    team_id: int | None
    function_id: int | None


class TaskLike(Protocol):
    id: int
    core_task_id: int
    is_certificate: bool


class GridLike(Protocol):
    """What the figures read: services.matrix.MatrixData fits, and so does Grid below."""

    people: Sequence[PersonLike]
    tasks: Sequence[TaskLike]
    cells: Mapping[tuple[int, int], Cell]
    today: date
    targets: Sequence["Target"]
    requirements: Mapping[int, Mapping[int, int]]


@dataclass(frozen=True)
class Person:
    id: int
    team_id: int | None = None
    function_id: int | None = None


@dataclass(frozen=True)
class TaskRef:
    id: int
    core_task_id: int = 0
    is_certificate: bool = False


@dataclass(frozen=True)
class Target:
    """How many people must be deployable (3+) and able to teach (4); team_id None: company-wide."""

    task_id: int
    team_id: int | None
    deployable: int
    teachers: int
    version: int = 0


@dataclass(frozen=True)
class Grid:
    people: Sequence[PersonLike]
    tasks: Sequence[TaskLike]
    cells: Mapping[tuple[int, int], Cell]
    today: date
    targets: Sequence[Target] = ()
    requirements: Mapping[int, Mapping[int, int]] = field(default_factory=dict)


def effective_levels(grid: GridLike) -> dict[tuple[int, int], int]:
    """(employee_id, task_id) -> effective level, for the grid's people and tasks; level 0 left out."""
    people = {p.id for p in grid.people}
    certificate = {t.id: t.is_certificate for t in grid.tasks}
    levels = {}
    for (employee_id, task_id), cell in grid.cells.items():
        if employee_id in people and task_id in certificate and cell.level:
            level = effective_level(cell, certificate[task_id], grid.today)
            if level:
                levels[employee_id, task_id] = level
    return levels


def _holders(grid: GridLike, minimum: int) -> dict[int, list[int]]:
    """task_id -> employee ids whose effective level is at least `minimum`, in the grid's row order."""
    order = {p.id: i for i, p in enumerate(grid.people)}
    holders: dict[int, list[int]] = {t.id: [] for t in grid.tasks}
    for (employee_id, task_id), level in effective_levels(grid).items():
        if level >= minimum:
            holders[task_id].append(employee_id)
    for people in holders.values():
        people.sort(key=order.__getitem__)
    return holders


def deployable_people(grid: GridLike) -> dict[int, list[int]]:
    """task_id -> who can do it alone today (effective level 3 or 4)."""
    return _holders(grid, DEPLOYABLE)


def teachers(grid: GridLike) -> dict[int, list[int]]:
    """task_id -> who can teach it today (effective level 4): the possible mentors."""
    return _holders(grid, MENTOR)


@dataclass(frozen=True)
class Coverage:
    task_id: int
    team_id: int | None  # None: company-wide
    deployable: int
    teachers: int
    target_deployable: int | None  # None: no target
    target_teachers: int | None
    status: str  # GREEN, AMBER, RED or NO_TARGET

    @property
    def short_deployable(self) -> int:
        return max(0, (self.target_deployable or 0) - self.deployable)

    @property
    def short_teachers(self) -> int:
        return max(0, (self.target_teachers or 0) - self.teachers)


def coverage_status(deployable: int, teachers_: int, target_deployable: int | None, target_teachers: int | None) -> str:
    """GREEN, AMBER or RED as documented above; NO_TARGET when both targets are missing."""
    if target_deployable is None and target_teachers is None:
        return NO_TARGET
    shares = [min(1.0, actual / wanted) for actual, wanted in ((deployable, target_deployable), (teachers_, target_teachers))
              if wanted]
    worst = min(shares, default=1.0)
    return GREEN if worst >= 1.0 else AMBER if worst >= 0.5 else RED


def coverage(grid: GridLike) -> list[Coverage]:
    """Per task the company-wide count against the company-wide target (NO_TARGET without one), then
    one row per team target, counting only that team's people."""
    doers, masters = deployable_people(grid), teachers(grid)
    team_of = {p.id: p.team_id for p in grid.people}
    by_key = {(t.task_id, t.team_id): t for t in grid.targets}
    team_targets: dict[int, list[int]] = {}
    for task_id, team in sorted(k for k in by_key if k[1] is not None):
        team_targets.setdefault(task_id, []).append(team)
    rows = []
    for task in grid.tasks:
        for team in [None, *team_targets.get(task.id, [])]:
            target = by_key.get((task.id, team))
            d = sum(1 for e in doers[task.id] if team is None or team_of[e] == team)
            m = sum(1 for e in masters[task.id] if team is None or team_of[e] == team)
            td, tt = (target.deployable, target.teachers) if target else (None, None)
            rows.append(Coverage(task.id, team, d, m, td, tt, coverage_status(d, m, td, tt)))
    return rows


@dataclass(frozen=True)
class CoreCoverage:
    """Coverage of one core task: summed over its tasks with a company-wide target, each task's count
    capped at its target, so one overstaffed task does not hide an understaffed one."""

    core_task_id: int
    covered: int  # deployable people counted towards the targets
    target: int
    tasks_total: int
    tasks_green: int
    tasks_red: int

    @property
    def share(self) -> float:
        return self.covered / self.target if self.target else 1.0


def coverage_by_core_task(grid: GridLike) -> list[CoreCoverage]:
    core_of = {t.id: t.core_task_id for t in grid.tasks}
    order = list(dict.fromkeys(t.core_task_id for t in grid.tasks))
    sums = {core: [0, 0, 0, 0, 0] for core in order}
    for row in coverage(grid):
        if row.team_id is not None:
            continue
        acc = sums[core_of[row.task_id]]
        acc[2] += 1
        if row.target_deployable:
            acc[0] += min(row.deployable, row.target_deployable)
            acc[1] += row.target_deployable
        acc[3] += row.status == GREEN
        acc[4] += row.status == RED
    return [CoreCoverage(core, *sums[core]) for core in order]


@dataclass(frozen=True)
class SinglePoint:
    """A task only one person can do alone: one sick day away from trouble."""

    task_id: int
    employee_id: int


def single_points_of_failure(grid: GridLike) -> list[SinglePoint]:
    """Tasks exactly one person is deployable on (effective levels). Tasks nobody can do are not
    listed here: the coverage row shows them red."""
    return [SinglePoint(task, people[0]) for task, people in deployable_people(grid).items() if len(people) == 1]


@dataclass(frozen=True)
class Gap:
    """An employee below their function's required level for a task."""

    employee_id: int
    task_id: int
    required: int
    effective: int  # what counts today
    recorded: int  # what the cell says (higher than effective when a certificate is out of date)


def gaps(grid: GridLike) -> list[Gap]:
    """Per employee with a function, every task of the function's profile they are below on."""
    levels = effective_levels(grid)
    known_tasks = {t.id for t in grid.tasks}
    found = []
    for person in grid.people:
        profile = grid.requirements.get(person.function_id, {}) if person.function_id is not None else {}
        for task_id, required in profile.items():
            have = levels.get((person.id, task_id), 0)
            if task_id in known_tasks and have < required:
                found.append(Gap(person.id, task_id, required, have, grid.cells.get((person.id, task_id), EMPTY).level))
    return found


def level_distribution(grid: GridLike) -> dict[int | None, list[int]]:
    """team_id -> how many cells of that team's people sit at effective level 0, 1, 2, 3 and 4."""
    team_of = {p.id: p.team_id for p in grid.people}
    counts: dict[int | None, list[int]] = {}
    for person in grid.people:
        counts.setdefault(person.team_id, [0, 0, 0, 0, 0])[0] += len(grid.tasks)
    for (employee_id, _task), level in effective_levels(grid).items():
        row = counts[team_of[employee_id]]
        row[level] += 1
        row[0] -= 1
    return counts


@dataclass(frozen=True)
class CertificateAlert:
    employee_id: int
    task_id: int
    valid_until: date | None
    state: str  # "expired", "expiring" or "missing" (level 3+ without a date)
    level: int


def certificate_alerts(grid: GridLike, warn_days: int = EXPIRY_WARNING_DAYS) -> list[CertificateAlert]:
    """Certificates of people at level 3+ that are expired, expire within warn_days, or have no date;
    soonest first (missing dates last)."""
    certificate_tasks = {t.id for t in grid.tasks if t.is_certificate}
    people = {p.id for p in grid.people}
    alerts = []
    for (employee_id, task_id), cell in grid.cells.items():
        if task_id in certificate_tasks and employee_id in people and cell.level >= DEPLOYABLE:
            state = certificate_state(cell.valid_until, grid.today, warn_days)
            if state != "valid":
                alerts.append(CertificateAlert(employee_id, task_id, cell.valid_until, state, cell.level))
    return sorted(alerts, key=lambda a: (a.valid_until or date.max, a.employee_id, a.task_id))


@dataclass(frozen=True)
class TimetableLine:
    """A line of the training timetable: reach target_level on this task by target_date."""

    employee_id: int
    task_id: int
    level: int  # effective level today
    target_level: int
    target_date: date | None
    overdue: bool
    reached: bool


def timetable(grid: GridLike) -> list[TimetableLine]:
    """Every cell with a target level, earliest target date first; overdue: the date passed without
    the effective level reaching the target."""
    certificate = {t.id: t.is_certificate for t in grid.tasks}
    people = {p.id for p in grid.people}
    lines = []
    for (employee_id, task_id), cell in grid.cells.items():
        if cell.target_level is None or employee_id not in people or task_id not in certificate:
            continue
        level = effective_level(cell, certificate[task_id], grid.today)
        overdue = target_overdue(Cell(level, None, cell.target_level, cell.target_date), grid.today)
        lines.append(TimetableLine(employee_id, task_id, level, cell.target_level, cell.target_date, overdue,
                                   level >= cell.target_level))
    return sorted(lines, key=lambda line: (line.target_date or date.max, line.employee_id, line.task_id))


@dataclass(frozen=True)
class Mentor:
    employee_id: int
    same_team: bool
    trainees: int  # how many trainees they already have (onboarding); 0 until that area exists


@dataclass(frozen=True)
class TrainingNeed:
    """Who should learn what, to which level, and why."""

    employee_id: int
    task_id: int
    level: int  # effective level today
    target_level: int
    reason: str  # REASON_PROFILE: below the function's profile; REASON_COVERAGE / REASON_TEACHERS: a target is short
    team_id: int | None  # for a coverage reason: the team whose target is short (None: company-wide)
    mentors: tuple[Mentor, ...]
    planned_level: int | None  # already on the timetable: to this level ...
    planned_date: date | None  # ... by this date


def training_needs(grid: GridLike, mentor_load: Mapping[int, int] | None = None) -> list[TrainingNeed]:
    """Gaps against the function profiles first, then the people closest to filling a short coverage
    target (level 2 before 1 before 0 for deployable, level 3 for teachers), as many as are short.
    A person appears once per task, with the strongest reason. mentor_load: employee_id -> trainees."""
    levels = effective_levels(grid)
    needs: dict[tuple[int, int], tuple[int, str, int | None]] = {}
    for gap in gaps(grid):
        needs[gap.employee_id, gap.task_id] = (gap.required, REASON_PROFILE, None)
    for row in coverage(grid):
        _coverage_needs(grid, levels, row, needs)
    return _with_mentors(grid, levels, needs, mentor_load or {})


def _coverage_needs(grid: GridLike, levels, row: Coverage, needs: dict) -> None:
    members = [p for p in grid.people if row.team_id is None or p.team_id == row.team_id]
    for short, goal, reason in ((row.short_deployable, int(DEPLOYABLE), REASON_COVERAGE), (row.short_teachers, int(MENTOR), REASON_TEACHERS)):
        if not short:
            continue
        candidates = [p for p in members if levels.get((p.id, row.task_id), 0) < goal]
        candidates.sort(key=lambda p: -levels.get((p.id, row.task_id), 0))
        assigned = sum(1 for p in candidates if needs.get((p.id, row.task_id), (0,))[0] >= goal)
        for person in candidates:
            if assigned >= short:
                break
            key = (person.id, row.task_id)
            if needs.get(key, (0,))[0] < goal:
                needs[key] = (goal, reason, row.team_id)
                assigned += 1


def _with_mentors(grid: GridLike, levels, needs: dict, load: Mapping[int, int]) -> list[TrainingNeed]:
    team_of = {p.id: p.team_id for p in grid.people}
    masters = teachers(grid)
    result = []
    for (employee_id, task_id), (goal, reason, team) in needs.items():
        cell = grid.cells.get((employee_id, task_id), EMPTY)
        result.append(TrainingNeed(employee_id, task_id, levels.get((employee_id, task_id), 0), goal, reason, team,
                                   suggest_mentors(masters.get(task_id, []), employee_id, team_of, load),
                                   cell.target_level, cell.target_date))
    order = {p.id: i for i, p in enumerate(grid.people)}
    column = {t.id: i for i, t in enumerate(grid.tasks)}
    return sorted(result, key=lambda n: (order[n.employee_id], column[n.task_id]))


def suggest_mentors(candidates: Sequence[int], trainee_id: int, team_of: Mapping[int, int | None],
                    load: Mapping[int, int]) -> tuple[Mentor, ...]:
    """Teachers of the task (effective level 4), same team first, then the least busy."""
    team = team_of.get(trainee_id)
    mentors = [Mentor(e, team is not None and team_of.get(e) == team, load.get(e, 0)) for e in candidates if e != trainee_id]
    return tuple(sorted(mentors, key=lambda m: (not m.same_team, m.trainees)))


# --- over time -----------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """One change from the history, as the replay needs it."""

    on: date
    employee_id: int
    task_id: int
    new_level: int


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from first's month up to last's month (the last one capped at last)."""
    ends, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = date(year + month // 12, month % 12 + 1, 1)
        ends.append(min(following - timedelta(days=1), last))
        year, month = following.year, following.month
    return ends


def deployability_over_time(steps: Sequence[Step], months: Sequence[date],
                            employed: Mapping[int, tuple[date | None, date | None]] | None = None) -> list[tuple[date, int]]:
    """How many (person, task) pairs were at level 3+ at the end of each month, by replaying the history
    once in time order (steps need not be sorted). employed: employee_id -> (start, end); a person only
    counts while employed. The history keeps no past certificate dates, so this counts recorded levels."""
    ordered = sorted(steps, key=lambda st: st.on)
    level: dict[tuple[int, int], int] = {}
    per_person: dict[int, int] = {}
    result, i = [], 0
    for end in months:
        while i < len(ordered) and ordered[i].on <= end:
            _apply(ordered[i], level, per_person)
            i += 1
        result.append((end, sum(n for e, n in per_person.items() if _employed(employed, e, end))))
    return result


def _apply(step: Step, level: dict, per_person: dict) -> None:
    key = (step.employee_id, step.task_id)
    was = level.get(key, 0) >= DEPLOYABLE
    level[key] = step.new_level
    now_ = step.new_level >= DEPLOYABLE
    if was != now_:
        per_person[step.employee_id] = per_person.get(step.employee_id, 0) + (1 if now_ else -1)


def _employed(employed, employee_id: int, on: date) -> bool:
    if employed is None:
        return True
    start, end = employed.get(employee_id, (None, None))
    return (start is None or start <= on) and (end is None or end >= on)
