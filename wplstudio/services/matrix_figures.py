"""The matrix's figures as use cases: coverage against the targets, single points of
failure, who can teach what, gaps against the function profiles, certificates that
expire, training needs with suggested mentors, the training timetable, the level
distribution per team and deployability over time.

The rules are the pure functions in domain/matrix.py (all on effective levels, so an
expired certificate never counts); this module reads the data in one transaction,
checks permissions and puts names on the ids. Company figures (coverage, single
points of failure, teachers, distribution, over time) need "view" on others in the
matrix area (owner, manager, mentor). Personal lists (gaps, certificates, needs,
timetable) are computed on the whole company, so a coverage need is the same for
everyone, and then hold only the rows the actor may view: an employee sees their own.
Other areas (planning, onboarding) call these functions, or the domain ones on a
MatrixData they already hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import OTHERS, allowed, require
from wplstudio.services import matrix
from wplstudio.services.access import require_some
from wplstudio.services.audit import as_utc
from wplstudio.services.matrix_targets import warning_days_in
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, LevelChange, Team


@dataclass(frozen=True)
class CoverageRow:
    task_id: int
    task_name: str
    core_task_name: str
    team_id: int | None  # None: company-wide
    team_name: str
    deployable: int
    teachers: int
    target_deployable: int | None
    target_teachers: int | None
    status: str  # rules.GREEN, AMBER, RED or NO_TARGET


@dataclass(frozen=True)
class CoreCoverageRow:
    core_task_id: int
    core_task_name: str
    covered: int
    target: int
    share: float  # covered / target; 1.0 without targets
    tasks_total: int
    tasks_green: int
    tasks_red: int


@dataclass(frozen=True)
class PersonRef:
    employee_id: int
    name: str
    team_name: str


@dataclass(frozen=True)
class TaskPeople:
    """A task with people: who can teach it, or the only one who can do it."""

    task_id: int
    task_name: str
    core_task_name: str
    people: tuple[PersonRef, ...]


@dataclass(frozen=True)
class GapRow:
    employee_id: int
    employee_name: str
    function_name: str
    task_id: int
    task_name: str
    required: int
    effective: int
    recorded: int


@dataclass(frozen=True)
class CertificateRow:
    employee_id: int
    employee_name: str
    team_name: str
    task_id: int
    task_name: str
    valid_until: date | None
    state: str  # "expired", "expiring" or "missing"
    days_left: int | None  # negative: days since it expired


@dataclass(frozen=True)
class MentorRow:
    employee_id: int
    name: str
    same_team: bool
    trainees: int


@dataclass(frozen=True)
class NeedRow:
    employee_id: int
    employee_name: str
    team_name: str
    task_id: int
    task_name: str
    level: int
    target_level: int
    reason: str  # rules.REASON_PROFILE, REASON_COVERAGE or REASON_TEACHERS
    reason_team: str  # the team whose target is short ("" company-wide or for a profile gap)
    mentors: tuple[MentorRow, ...]  # empty for an actor who may not see other people's levels
    planned_level: int | None
    planned_date: date | None
    overdue: bool


@dataclass(frozen=True)
class TimetableRow:
    employee_id: int
    employee_name: str
    team_name: str
    task_id: int
    task_name: str
    level: int
    target_level: int
    target_date: date | None
    overdue: bool
    reached: bool


@dataclass(frozen=True)
class TeamLevels:
    team_id: int | None
    team_name: str
    counts: tuple[int, int, int, int, int]  # cells at effective level 0..4


@dataclass(frozen=True)
class MonthCount:
    month_end: date
    deployable_pairs: int  # (person, task) pairs at level 3+ at the end of that month


# --- reading ---------------------------------------------------------------------

def _company(db: Database, actor: Actor, today: date | None) -> matrix.MatrixData:
    require(actor, "matrix", "view", OTHERS)
    with db.session() as s:
        return matrix.read(s, actor, today or date.today(), visible_only=False)


def _personal(db: Database, actor: Actor, today: date | None) -> tuple[matrix.MatrixData, set[int], bool]:
    """(the whole company, the ids the actor may see, may the actor see other people's levels)."""
    require_some(actor, "matrix", "view")
    with db.session() as s:
        data = matrix.read(s, actor, today or date.today(), visible_only=False)
        visible = {p.id for p in matrix.visible_people(s, actor, data.people)}
    return data, visible, allowed(actor.role, "matrix", "view", OTHERS)


def trainee_counts(s: Session) -> dict[int, int]:
    """employee_id -> how many trainees they mentor now (active onboarding trajectories), so the
    least busy mentor is suggested first."""
    from sqlalchemy import func

    from wplstudio.storage.models_onboarding import OnboardingTrajectory as T

    query = select(T.mentor_id, func.count()).where(T.status == "active", T.mentor_id.is_not(None)).group_by(T.mentor_id)
    return dict(s.execute(query).all())


class _Names:
    def __init__(self, data: matrix.MatrixData) -> None:
        self.person = {p.id: p for p in data.people}
        self.task = {t.id: t for t in data.tasks}
        self.team = {p.team_id: p.team_name for p in data.people}

    def ref(self, employee_id: int) -> PersonRef:
        p = self.person[employee_id]
        return PersonRef(p.id, p.name, p.team_name)


# --- company figures --------------------------------------------------------------

def coverage(db: Database, actor: Actor, today: date | None = None) -> list[CoverageRow]:
    """Per task: deployable people and teachers against the targets, company-wide and per team target."""
    data = _company(db, actor, today)
    return coverage_rows(data)


def coverage_rows(data: matrix.MatrixData) -> list[CoverageRow]:
    """The same on a MatrixData already loaded (the grid's coverage row)."""
    names, teams = _Names(data), _team_names(data)
    return [CoverageRow(c.task_id, names.task[c.task_id].name, names.task[c.task_id].core_task_name, c.team_id,
                        teams.get(c.team_id, "") if c.team_id is not None else "", c.deployable, c.teachers,
                        c.target_deployable, c.target_teachers, c.status) for c in rules.coverage(data)]


def _team_names(data: matrix.MatrixData) -> dict[int | None, str]:
    return {p.team_id: p.team_name for p in data.people}


def coverage_by_core_task(db: Database, actor: Actor, today: date | None = None) -> list[CoreCoverageRow]:
    """Per core task: deployable people counted towards the company-wide targets, against those targets."""
    data = _company(db, actor, today)
    core_name = {t.core_task_id: t.core_task_name for t in data.tasks}
    return [CoreCoverageRow(c.core_task_id, core_name[c.core_task_id], c.covered, c.target, c.share, c.tasks_total,
                            c.tasks_green, c.tasks_red) for c in rules.coverage_by_core_task(data)]


def single_points_of_failure(db: Database, actor: Actor, today: date | None = None) -> list[TaskPeople]:
    """Tasks only one person can do alone today (an expired certificate does not count)."""
    data = _company(db, actor, today)
    names = _Names(data)
    return [_task_people(names, p.task_id, [p.employee_id]) for p in rules.single_points_of_failure(data)]


def teachers(db: Database, actor: Actor, today: date | None = None) -> list[TaskPeople]:
    """Every task with the people who can teach it today (effective level 4); empty where nobody can."""
    data = _company(db, actor, today)
    names = _Names(data)
    return [_task_people(names, task_id, people) for task_id, people in rules.teachers(data).items()]


def _task_people(names: _Names, task_id: int, people: list[int]) -> TaskPeople:
    task = names.task[task_id]
    return TaskPeople(task_id, task.name, task.core_task_name, tuple(names.ref(e) for e in people))


def level_distribution(db: Database, actor: Actor, today: date | None = None) -> list[TeamLevels]:
    """Per team (by name; people without a team last): how many cells sit at each effective level."""
    data = _company(db, actor, today)
    teams = _team_names(data)
    rows = [TeamLevels(team, teams.get(team, ""), tuple(counts)) for team, counts in rules.level_distribution(data).items()]
    return sorted(rows, key=lambda r: (r.team_id is None, r.team_name.casefold()))


def deployability_over_time(db: Database, actor: Actor, years: int = 5, today: date | None = None) -> list[MonthCount]:
    """Deployable (person, task) pairs at the end of each month of the last `years` years, by replaying
    the level history once. People count only while employed. Past certificate dates are not kept,
    so this counts recorded levels; today's effective figures are in coverage()."""
    require(actor, "matrix", "view", OTHERS)
    today = today or date.today()
    with db.session() as s:
        steps = [rules.Step(as_utc(at).date(), e, t, lv) for e, t, at, lv in s.execute(
            select(LevelChange.employee_id, LevelChange.task_id, LevelChange.at, LevelChange.new_level))]
        employed = {i: (start, end) for i, start, end in s.execute(select(Employee.id, Employee.start_date, Employee.end_date))}
    months = rules.month_ends(today.replace(day=1) - timedelta(days=365 * years - 31), today)
    return [MonthCount(end, n) for end, n in rules.deployability_over_time(steps, months, employed)]


# --- personal lists -------------------------------------------------------------

def gaps(db: Database, actor: Actor, today: date | None = None) -> list[GapRow]:
    """Each visible employee's shortfalls against their function's required level profile."""
    data, visible, _ = _personal(db, actor, today)
    names = _Names(data)
    return [GapRow(g.employee_id, names.person[g.employee_id].name, names.person[g.employee_id].function_name, g.task_id,
                   names.task[g.task_id].name, g.required, g.effective, g.recorded)
            for g in rules.gaps(data) if g.employee_id in visible]


def certificate_alerts(db: Database, actor: Actor, today: date | None = None, warn_days: int | None = None) -> list[CertificateRow]:
    """Certificates that are expired, expire within the warning period (the setting, default 60 days)
    or have no date, of people at level 3+; soonest first."""
    data, visible, _ = _personal(db, actor, today)
    if warn_days is None:
        with db.session() as s:
            warn_days = warning_days_in(s)
    names = _Names(data)
    return [CertificateRow(a.employee_id, names.person[a.employee_id].name, names.person[a.employee_id].team_name, a.task_id,
                           names.task[a.task_id].name, a.valid_until, a.state,
                           (a.valid_until - data.today).days if a.valid_until else None)
            for a in rules.certificate_alerts(data, warn_days) if a.employee_id in visible]


def training_needs(db: Database, actor: Actor, today: date | None = None) -> list[NeedRow]:
    """Who should learn what, to which level and why, with suggested mentors (same team first)."""
    data, visible, sees_others = _personal(db, actor, today)
    with db.session() as s:
        load = trainee_counts(s)
    names = _Names(data)
    return [_need_row(names, n, data.today, sees_others) for n in rules.training_needs(data, load) if n.employee_id in visible]


def _need_row(names: _Names, n: rules.TrainingNeed, today: date, sees_others: bool) -> NeedRow:
    person = names.person[n.employee_id]
    mentors = tuple(MentorRow(m.employee_id, names.person[m.employee_id].name, m.same_team, m.trainees)
                    for m in n.mentors) if sees_others else ()
    overdue = rules.target_overdue(rules.Cell(n.level, None, n.planned_level, n.planned_date), today)
    return NeedRow(n.employee_id, person.name, person.team_name, n.task_id, names.task[n.task_id].name, n.level,
                   n.target_level, n.reason, names.team.get(n.team_id, "") if n.team_id is not None else "", mentors,
                   n.planned_level, n.planned_date, overdue)


def timetable(db: Database, actor: Actor, today: date | None = None) -> list[TimetableRow]:
    """The training timetable: every target level with its date, overdue ones flagged."""
    data, visible, _ = _personal(db, actor, today)
    names = _Names(data)
    return [TimetableRow(t.employee_id, names.person[t.employee_id].name, names.person[t.employee_id].team_name, t.task_id,
                         names.task[t.task_id].name, t.level, t.target_level, t.target_date, t.overdue, t.reached)
            for t in rules.timetable(data) if t.employee_id in visible]


def active_team_names(db: Database, actor: Actor) -> list[str]:
    """Team names for filters on the figure panels."""
    require_some(actor, "matrix", "view")
    with db.session() as s:
        return list(s.scalars(select(Team.name).order_by(Team.name)))
