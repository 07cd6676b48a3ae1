"""The interview cycle: how often everyone should have a talk (an interval for the whole
company, optionally another one per function; default yearly), and from that who is
due, who is overdue, when their last talk was and a suggested date.

Intervals are small configuration: they live in the settings table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import OTHERS, allowed_anywhere, require
from wplstudio.services import audit
from wplstudio.services.access import visible_rows
from wplstudio.services.records import fetch, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, JobFunction, Setting, Team
from wplstudio.storage.models_interviews import Interview

INTERVAL_KEY = "interviews.interval_months"


def _key(function_id: int | None) -> str:
    return INTERVAL_KEY if function_id is None else f"{INTERVAL_KEY}.function.{function_id}"


@dataclass(frozen=True)
class CycleRow:
    employee_id: int
    name: str
    team_id: int | None
    team_name: str
    function_name: str
    interval_months: int
    last_held: date | None
    next_planned: date | None
    due_on: date
    state: str  # rules.OVERDUE, DUE, UP_TO_DATE or SCHEDULED
    suggested_on: date | None  # for those due or overdue without a planned talk


def _intervals(s: Session) -> tuple[int, dict[int, int]]:
    """(the company's interval, function_id -> its own interval)."""
    company, per_function = rules.DEFAULT_INTERVAL_MONTHS, {}
    for key, value in s.execute(select(Setting.key, Setting.value).where(Setting.key.like(f"{INTERVAL_KEY}%"))):
        if not value.isdigit():
            continue
        if key == INTERVAL_KEY:
            company = int(value)
        elif key.startswith(f"{INTERVAL_KEY}.function."):
            per_function[int(key.rsplit(".", 1)[1])] = int(value)
    return company, per_function


def intervals(db: Database, actor: Actor) -> tuple[int, dict[int, int]]:
    require(actor, "interviews", "view", OTHERS)
    with db.session() as s:
        return _intervals(s)


def set_interval(db: Database, actor: Actor, months: int | None, function_id: int | None = None) -> None:
    """The company's interval, or a function's own (months None: the function follows the company again)."""
    require(actor, "interviews", "edit", OTHERS)
    if months is not None or function_id is None:
        months = rules.check_interval(months)
    with db.session() as s:
        if function_id is not None:
            fetch(s, JobFunction, function_id)
        key, row = _key(function_id), s.get(Setting, _key(function_id))
        old = row.value if row else ""
        if months is None:
            if row is not None:
                s.delete(row)
        else:
            s.merge(Setting(key=key, value=str(months), **stamp(actor)))
        audit.record(s, actor, "update", "settings", key, {"value": old}, {"value": "" if months is None else str(months)})


def cycle_overview(db: Database, actor: Actor, today: date | None = None) -> list[CycleRow]:
    """Everyone still employed the actor may see, overdue first, then by due date."""
    today = today or date.today()
    with db.session() as s:
        rows = _cycle_rows(s, today)
        rows = visible_rows(s, actor, "interviews", rows, lambda r: r.employee_id, lambda r: r.team_id)
    return sorted(rows, key=lambda r: (_ORDER[r.state], r.due_on, r.name))


_ORDER = {rules.OVERDUE: 0, rules.DUE: 1, rules.SCHEDULED: 2, rules.UP_TO_DATE: 3}


def _cycle_rows(s: Session, today: date) -> list[CycleRow]:
    company, per_function = _intervals(s)
    last = dict(s.execute(select(Interview.employee_id, func.max(Interview.held_on))
                          .where(Interview.status != rules.PLANNED).group_by(Interview.employee_id)).all())
    planned = dict(s.execute(select(Interview.employee_id, func.min(Interview.planned_on))
                             .where(Interview.status == rules.PLANNED).group_by(Interview.employee_id)).all())
    people = s.execute(select(Employee.id, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id,
                              Team.name, Employee.function_id, JobFunction.name, Employee.start_date, Employee.end_date)
                       .outerjoin(Team, Employee.team_id == Team.id).outerjoin(JobFunction, Employee.function_id == JobFunction.id))
    found = []
    for eid, first, prefix, lastname, team_id, team, function_id, function, started, ended in people:
        if not is_active(ended, today):
            continue
        months = per_function.get(function_id, company)
        state = rules.cycle_state(last.get(eid), started, months, planned.get(eid), today)
        found.append((eid, full_name(first, prefix, lastname), team_id, team or "", function or "", months,
                      last.get(eid), planned.get(eid), state))
    suggested = rules.suggest_dates([(r[0], r[8].due_on) for r in found if r[8].state in (rules.OVERDUE, rules.DUE)], today)
    return [CycleRow(*r[:8], r[8].due_on, r[8].state, suggested.get(r[0])) for r in found]


def due_interviews(db: Database, actor: Actor, today: date | None = None) -> list[CycleRow]:
    """For the dashboard: who is overdue or due soon without a planned talk (empty for who may see none)."""
    if not allowed_anywhere(actor.role, "interviews", "view"):
        return []
    return [r for r in cycle_overview(db, actor, today) if r.state in (rules.OVERDUE, rules.DUE)]


@dataclass(frozen=True)
class TeamYear:
    team_name: str
    due: int
    due_held: int


@dataclass(frozen=True)
class InterviewYear:
    """Interviews over one year, for the owner's year report."""

    held: int  # interviews held in the year (anyone, any guide)
    due: int  # people who were due a talk in the year (domain.interviews.due_in_year)
    due_held: int  # of those, how many had one held in the year
    per_team: tuple[TeamYear, ...]


def held_against_due(db: Database, actor: Actor, year: int) -> InterviewYear:
    require(actor, "interviews", "view", OTHERS)
    first = date(year, 1, 1)
    with db.session() as s:
        company, per_function = _intervals(s)
        held_before: dict[int, date] = {}
        held_in_year: dict[int, int] = {}
        for eid, held_on in s.execute(select(Interview.employee_id, Interview.held_on).where(
                Interview.status != rules.PLANNED, Interview.held_on.is_not(None), Interview.held_on <= date(year, 12, 31))):
            if held_on < first:
                held_before[eid] = max(held_on, held_before.get(eid, held_on))
            else:
                held_in_year[eid] = held_in_year.get(eid, 0) + 1
        people = s.execute(select(Employee.id, Team.name, Employee.function_id, Employee.start_date, Employee.end_date)
                           .outerjoin(Team, Employee.team_id == Team.id)).all()
    teams: dict[str, list[int]] = {}
    for eid, team, function_id, started, ended in people:
        if rules.due_in_year(held_before.get(eid), started, ended, per_function.get(function_id, company), year):
            counts = teams.setdefault(team or "", [0, 0])
            counts[0] += 1
            counts[1] += 1 if eid in held_in_year else 0
    per_team = tuple(TeamYear(name, due, done) for name, (due, done) in sorted(teams.items(), key=lambda item: (not item[0], item[0].casefold())))
    return InterviewYear(sum(held_in_year.values()), sum(t.due for t in per_team), sum(t.due_held for t in per_team), per_team)
