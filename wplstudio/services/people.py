"""Teams, functions (job roles) and employees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain import people as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_for_employee, visible_rows
from wplstudio.services.records import delete_versioned, fetch, insert_or_update, refuse_duplicate, refuse_if_used
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, JobFunction, Team


@dataclass(frozen=True)
class TeamRow:
    id: int
    name: str
    version: int
    employee_count: int


@dataclass(frozen=True)
class FunctionRow:
    id: int
    name: str
    description: str
    version: int
    employee_count: int


@dataclass(frozen=True)
class EmployeeRow:
    id: int
    first_name: str
    prefix: str
    last_name: str
    team_id: int | None
    team_name: str
    function_id: int | None
    function_name: str
    start_date: date | None
    end_date: date | None
    education: str
    active: bool
    version: int

    @property
    def full_name(self) -> str:
        return rules.full_name(self.first_name, self.prefix, self.last_name)


# --- teams -------------------------------------------------------------------

def list_teams(db: Database, actor: Actor) -> list[TeamRow]:
    require(actor, "people", "view", OTHERS)
    with db.session() as s:
        counts = _employee_counts(s, Employee.team_id)
        return [TeamRow(t.id, t.name, t.version, counts.get(t.id, 0)) for t in s.scalars(select(Team).order_by(Team.name))]


def save_team(db: Database, actor: Actor, name: str, team_id: int | None = None, version: int | None = None) -> TeamRow:
    with db.session() as s:
        team_id = write_team(s, actor, name, team_id, version)
    return _one(list_teams(db, actor), team_id)


def write_team(s: Session, actor: Actor, name: str, team_id: int | None = None, version: int | None = None) -> int:
    """save_team inside the caller's transaction (the Excel import adds teams, people and levels at once)."""
    require(actor, "people", "edit", OTHERS)
    name = rules.normalise_simple_name(QT_TRANSLATE_NOOP("fields", "team name"), name)
    refuse_duplicate(s, Team.name, name, team_id, QT_TRANSLATE_NOOP("errors", "A team named {name} already exists."))
    return insert_or_update(s, actor, Team, team_id, version, {"name": name})


def delete_team(db: Database, actor: Actor, team_id: int, version: int) -> None:
    require(actor, "people", "edit", OTHERS)
    with db.session() as s:
        team = fetch(s, Team, team_id)
        refuse_if_used(s, Employee.team_id, team_id, QT_TRANSLATE_NOOP(
            "errors", "The team {name} still has {count} employee(s). Move them to another team first."), name=team.name)
        delete_versioned(s, Team, team_id, version, actor)


# --- functions ---------------------------------------------------------------

def list_functions(db: Database, actor: Actor) -> list[FunctionRow]:
    require(actor, "people", "view", OTHERS)
    with db.session() as s:
        counts = _employee_counts(s, Employee.function_id)
        rows = s.scalars(select(JobFunction).order_by(JobFunction.name))
        return [FunctionRow(f.id, f.name, f.description, f.version, counts.get(f.id, 0)) for f in rows]


def save_function(db: Database, actor: Actor, name: str, description: str = "",
                  function_id: int | None = None, version: int | None = None) -> FunctionRow:
    require(actor, "people", "edit", OTHERS)
    name = rules.normalise_simple_name(QT_TRANSLATE_NOOP("fields", "function name"), name)
    description = (description or "").strip()
    problems: list[FieldProblem] = []
    rules.check_text(QT_TRANSLATE_NOOP("fields", "description"), description, problems)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as s:
        refuse_duplicate(s, JobFunction.name, name, function_id, QT_TRANSLATE_NOOP("errors", "A function named {name} already exists."))
        function_id = insert_or_update(s, actor, JobFunction, function_id, version, {"name": name, "description": description})
    return _one(list_functions(db, actor), function_id)


def delete_function(db: Database, actor: Actor, function_id: int, version: int) -> None:
    require(actor, "people", "edit", OTHERS)
    with db.session() as s:
        function = fetch(s, JobFunction, function_id)
        refuse_if_used(s, Employee.function_id, function_id, QT_TRANSLATE_NOOP(
            "errors", "{count} employee(s) still have the function {name}. Give them another function first."), name=function.name)
        delete_versioned(s, JobFunction, function_id, version, actor)


# --- employees ---------------------------------------------------------------

def list_employees(db: Database, actor: Actor, include_left: bool = True, today: date | None = None) -> list[EmployeeRow]:
    """The employees the actor may see: everyone for the office, only themselves for an employee."""
    today = today or date.today()
    with db.session() as s:
        query = (
            select(Employee, Team.name, JobFunction.name)
            .outerjoin(Team, Employee.team_id == Team.id)
            .outerjoin(JobFunction, Employee.function_id == JobFunction.id)
            .order_by(Employee.last_name, Employee.first_name, Employee.id)
        )
        found = visible_rows(s, actor, "people", s.execute(query), lambda r: r[0].id, lambda r: r[0].team_id)
        rows = [_employee_row(e, team, function, today) for e, team, function in found]
    return rows if include_left else [r for r in rows if r.active]


def get_employee(db: Database, actor: Actor, employee_id: int) -> EmployeeRow:
    with db.session() as s:
        e = fetch(s, Employee, employee_id)
        require_for_employee(s, actor, "people", "view", employee_id)
        team = s.get(Team, e.team_id).name if e.team_id else ""
        function = s.get(JobFunction, e.function_id).name if e.function_id else ""
        return _employee_row(e, team, function, date.today())


def save_employee(db: Database, actor: Actor, draft: rules.EmployeeDraft,
                  employee_id: int | None = None, version: int | None = None) -> EmployeeRow:
    with db.session() as s:
        employee_id = write_employee(s, actor, draft, employee_id, version)
    return get_employee(db, actor, employee_id)


def write_employee(s: Session, actor: Actor, draft: rules.EmployeeDraft, employee_id: int | None = None,
                   version: int | None = None) -> int:
    """save_employee inside the caller's transaction (the Excel import)."""
    require_for_employee(s, actor, "people", "edit", employee_id)
    draft = rules.normalise_employee(draft)
    values = {k: getattr(draft, k) for k in draft.__dataclass_fields__}
    _check_references(s, draft)
    return insert_or_update(s, actor, Employee, employee_id, version, values)


def delete_employee(db: Database, actor: Actor, employee_id: int, version: int) -> None:
    """Only for someone entered by mistake; people who leave get an end date instead."""
    with db.session() as s:
        require_for_employee(s, actor, "people", "edit", employee_id)
        delete_versioned(s, Employee, employee_id, version, actor)


def count_employees(db: Database, actor: Actor) -> int:
    require(actor, "people", "view", OTHERS)
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Employee))


# --- helpers -----------------------------------------------------------------

def _employee_row(e: Employee, team: str | None, function: str | None, today: date) -> EmployeeRow:
    return EmployeeRow(
        id=e.id, first_name=e.first_name, prefix=e.prefix, last_name=e.last_name,
        team_id=e.team_id, team_name=team or "", function_id=e.function_id, function_name=function or "",
        start_date=e.start_date, end_date=e.end_date, education=e.education,
        active=rules.is_active(e.end_date, today), version=e.version,
    )


def _employee_counts(s: Session, column) -> dict[int, int]:
    return dict(s.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)).all())


def _check_references(s: Session, draft: rules.EmployeeDraft) -> None:
    problems = []
    if draft.team_id is not None and s.get(Team, draft.team_id) is None:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "team"), QT_TRANSLATE_NOOP("errors", "That team no longer exists; choose another.")))
    if draft.function_id is not None and s.get(JobFunction, draft.function_id) is None:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "function"), QT_TRANSLATE_NOOP("errors", "That function no longer exists; choose another.")))
    if problems:
        raise ValidationFailed(problems)


def _one(rows, key):
    return next(r for r in rows if r.id == key)
