"""Permission checks that need the database: whose record is it, seen from the actor?

The table and the rules are in wplstudio.domain.permissions; this module only
looks up the facts (the actor's team, their trainees) inside the caller's session."""

from __future__ import annotations

from typing import Callable, Iterable, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import OTHERS, SCOPES, allowed, refusal, require, scope_of
from wplstudio.storage.models import Employee
from wplstudio.storage.models_onboarding import OnboardingTrajectory

R = TypeVar("R")


def actor_team(s: Session, actor: Actor) -> int | None:
    if actor.employee_id is None:
        return None
    employee = s.get(Employee, actor.employee_id)
    return employee.team_id if employee else None


def trainees_of(s: Session, actor: Actor) -> frozenset[int]:
    """The employees this actor mentors now: the trainees of their active onboarding trajectories."""
    if actor.employee_id is None:
        return frozenset()
    T = OnboardingTrajectory
    query = select(T.employee_id).where(T.mentor_id == actor.employee_id, T.status == "active")
    return frozenset(s.scalars(query))


def employee_scope(s: Session, actor: Actor, area: str, employee_id: int | None) -> str:
    if employee_id is None:
        return OTHERS
    subject = s.get(Employee, employee_id)
    return scope_of(actor, area, employee_id, subject_team_id=subject.team_id if subject else None,
                    actor_team_id=actor_team(s, actor), trainees=trainees_of(s, actor))


def require_for_employee(s: Session, actor: Actor, area: str, operation: str, employee_id: int | None) -> None:
    require(actor, area, operation, employee_scope(s, actor, area, employee_id))


def require_some(actor: Actor, area: str, operation: str) -> None:
    """Refuse a list outright when the role may not see a single record of it."""
    if not any(allowed(actor.role, area, operation, scope) for scope in SCOPES):
        raise refusal(actor.role, area, operation, OTHERS)


def visible_rows(s: Session, actor: Actor, area: str, rows: Iterable[R], employee_of: Callable[[R], int | None],
                 team_of: Callable[[R], int | None], operation: str = "view") -> list[R]:
    """Only the rows whose scope the actor may see (an employee's list holds only themselves)."""
    require_some(actor, area, operation)
    team, trainees = actor_team(s, actor), trainees_of(s, actor)
    return [row for row in rows if allowed(actor.role, area, operation, scope_of(
        actor, area, employee_of(row), subject_team_id=team_of(row), actor_team_id=team, trainees=trainees))]
