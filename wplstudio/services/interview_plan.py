"""The development plan (POP) and follow-up actions.

A goal belongs to the person across years: free ("leidinggeven aan een kleine
ploeg") or reaching a level on a task of the matrix. Every agreement of a talk is
an action: what, who, by when, and its status. Both are interview contents, so
the confidentiality of the interviews area applies: the owner and managers see
and change them, an employee sees their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.permissions import allowed_anywhere
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_for_employee, require_some, visible_rows
from wplstudio.services.records import fetch, insert_or_update
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_interviews import DevelopmentGoal, FollowUpAction, Interview


@dataclass(frozen=True)
class ActionRow:
    id: int
    employee_id: int
    employee_name: str
    team_id: int | None
    what: str
    who: str
    due_on: date
    status: str
    done_on: date | None
    overdue: bool
    interview_id: int | None
    goal_id: int | None
    version: int


@dataclass(frozen=True)
class GoalRow:
    id: int
    employee_id: int
    title: str
    task_id: int | None
    task_name: str
    target_level: int | None
    target_date: date | None
    status: str
    interview_id: int | None
    version: int
    actions: tuple[ActionRow, ...] = ()


@dataclass(frozen=True)
class DevelopmentPlan:
    employee_id: int
    employee_name: str
    goals: tuple[GoalRow, ...]
    loose_actions: tuple[ActionRow, ...]  # agreements not tied to a goal


@dataclass(frozen=True)
class GoalDraft:
    employee_id: int
    title: str
    task_id: int | None = None
    target_level: int | None = None
    target_date: date | None = None
    status: str = rules.OPEN
    interview_id: int | None = None


@dataclass(frozen=True)
class ActionDraft:
    employee_id: int
    what: str
    who: str
    due_on: date | None
    status: str = rules.OPEN
    interview_id: int | None = None
    goal_id: int | None = None


# --- writing --------------------------------------------------------------------------

def save_goal(db: Database, actor: Actor, draft: GoalDraft, goal_id: int | None = None, version: int | None = None) -> int:
    title = rules.check_goal(draft.title, draft.task_id, draft.target_level, draft.status)
    with db.session() as s:
        require_for_employee(s, actor, "interviews", "edit", draft.employee_id)
        _same_person(s, draft.employee_id, goal_id, DevelopmentGoal)
        if draft.task_id is not None:
            fetch(s, Task, draft.task_id)
        _interview_of(s, draft.interview_id, draft.employee_id)
        values = {"employee_id": draft.employee_id, "title": title, "task_id": draft.task_id,
                  "target_level": draft.target_level if draft.task_id is not None else None,
                  "target_date": draft.target_date, "status": draft.status, "interview_id": draft.interview_id}
        return insert_or_update(s, actor, DevelopmentGoal, goal_id, version, values)


def save_action(db: Database, actor: Actor, draft: ActionDraft, action_id: int | None = None, version: int | None = None,
                today: date | None = None) -> int:
    what, who = rules.check_action(draft.what, draft.who, draft.due_on, draft.status)
    with db.session() as s:
        require_for_employee(s, actor, "interviews", "edit", draft.employee_id)
        _same_person(s, draft.employee_id, action_id, FollowUpAction)
        _interview_of(s, draft.interview_id, draft.employee_id)
        if draft.goal_id is not None and fetch(s, DevelopmentGoal, draft.goal_id).employee_id != draft.employee_id:
            raise _other_person()
        values = {"employee_id": draft.employee_id, "what": what, "who": who, "due_on": draft.due_on,
                  "status": draft.status, "interview_id": draft.interview_id, "goal_id": draft.goal_id,
                  "done_on": (today or date.today()) if draft.status == rules.DONE else None}
        return insert_or_update(s, actor, FollowUpAction, action_id, version, values)


def set_action_status(db: Database, actor: Actor, action_id: int, version: int, status: str, today: date | None = None) -> None:
    with db.session() as s:
        action = fetch(s, FollowUpAction, action_id)
    draft = ActionDraft(action.employee_id, action.what, action.who, action.due_on, status, action.interview_id, action.goal_id)
    save_action(db, actor, draft, action_id, version, today)


def _same_person(s: Session, employee_id: int, row_id: int | None, model) -> None:
    fetch(s, Employee, employee_id)
    if row_id is not None and fetch(s, model, row_id).employee_id != employee_id:
        raise _other_person()


def _interview_of(s: Session, interview_id: int | None, employee_id: int) -> None:
    if interview_id is not None and fetch(s, Interview, interview_id).employee_id != employee_id:
        raise _other_person()


def _other_person() -> WplError:
    return WplError(QT_TRANSLATE_NOOP("errors", "This belongs to someone else's plan."))


# --- reading ----------------------------------------------------------------------------

def _action_query():
    return (select(FollowUpAction, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id, Employee.end_date)
            .join(Employee, FollowUpAction.employee_id == Employee.id))


def _action_row(found, today: date) -> ActionRow:
    a, first, prefix, last, team_id, _end = found
    return ActionRow(a.id, a.employee_id, full_name(first, prefix, last), team_id, a.what, a.who, a.due_on, a.status,
                     a.done_on, rules.action_overdue(a.status, a.due_on, today), a.interview_id, a.goal_id, a.version)


def read_actions(s: Session, today: date, employee_id: int | None = None, interview_id: int | None = None,
                 only_open: bool = False) -> list[ActionRow]:
    """Inside the caller's session, without a permission check: the caller has checked."""
    query = _action_query().order_by(FollowUpAction.due_on, FollowUpAction.id)
    if employee_id is not None:
        query = query.where(FollowUpAction.employee_id == employee_id)
    if interview_id is not None:
        query = query.where(FollowUpAction.interview_id == interview_id)
    if only_open:
        query = query.where(FollowUpAction.status == rules.OPEN)
    return [_action_row(r, today) for r in s.execute(query)]


def read_goals(s: Session, employee_id: int, today: date) -> list[GoalRow]:
    actions = read_actions(s, today, employee_id)
    by_goal: dict[int, list[ActionRow]] = {}
    for action in actions:
        if action.goal_id is not None:
            by_goal.setdefault(action.goal_id, []).append(action)
    query = (select(DevelopmentGoal, Task.name).outerjoin(Task, DevelopmentGoal.task_id == Task.id)
             .where(DevelopmentGoal.employee_id == employee_id).order_by(DevelopmentGoal.status != rules.OPEN, DevelopmentGoal.id))
    return [GoalRow(g.id, g.employee_id, g.title, g.task_id, task or "", g.target_level, g.target_date, g.status,
                    g.interview_id, g.version, tuple(by_goal.get(g.id, ()))) for g, task in s.execute(query)]


def development_plan(db: Database, actor: Actor, employee_id: int, today: date | None = None) -> DevelopmentPlan:
    today = today or date.today()
    with db.session() as s:
        require_for_employee(s, actor, "interviews", "view", employee_id)
        employee = fetch(s, Employee, employee_id)
        loose = [a for a in read_actions(s, today, employee_id) if a.goal_id is None]
        return DevelopmentPlan(employee_id, full_name(employee.first_name, employee.prefix, employee.last_name),
                               tuple(read_goals(s, employee_id, today)), tuple(loose))


def actions_overview(db: Database, actor: Actor, only_open: bool = True, today: date | None = None) -> list[ActionRow]:
    """The follow-up actions across the company the actor may see (an employee: their own), of people
    still employed; overdue ones first, then by date."""
    today = today or date.today()
    with db.session() as s:
        require_some(actor, "interviews", "view")
        query = _action_query().order_by(FollowUpAction.due_on, FollowUpAction.id)
        if only_open:
            query = query.where(FollowUpAction.status == rules.OPEN)
        rows = [_action_row(r, today) for r in s.execute(query) if is_active(r[5], today)]
        rows = visible_rows(s, actor, "interviews", rows, lambda r: r.employee_id, lambda r: r.team_id)
    return sorted(rows, key=lambda r: (not r.overdue, r.due_on, r.id))


def overdue_actions(db: Database, actor: Actor, today: date | None = None) -> list[ActionRow]:
    """For the dashboard: open agreements whose date has passed, that the actor may see (the shop
    screen, which may see no interview at all, gets an empty list)."""
    if not allowed_anywhere(actor.role, "interviews", "view"):
        return []
    return [row for row in actions_overview(db, actor, True, today) if row.overdue]


@dataclass(frozen=True)
class PlanGoal:
    """An open development-plan goal for the yearly training plan (services/training_plan.py)."""

    employee_id: int
    goal: str
    due: date | None
    task_id: int | None
    target_level: int | None


def development_goals(db: Database, actor: Actor, year: int) -> list[PlanGoal]:
    """The open goals of people still employed, due in the year or without a date (a goal overdue from
    an earlier year still needs doing), that the actor may see under the interviews' confidentiality."""
    first_day = date(year, 1, 1)
    with db.session() as s:
        query = (select(DevelopmentGoal, Employee.team_id, Employee.end_date).join(Employee, DevelopmentGoal.employee_id == Employee.id)
                 .where(DevelopmentGoal.status == rules.OPEN).order_by(DevelopmentGoal.employee_id, DevelopmentGoal.id))
        found = [(g, team) for g, team, ended in s.execute(query)
                 if is_active(ended, first_day) and (g.target_date is None or g.target_date.year <= year)]
        found = visible_rows(s, actor, "interviews", found, lambda r: r[0].employee_id, lambda r: r[1])
        return [PlanGoal(g.employee_id, g.title, g.target_date, g.task_id, g.target_level) for g, _ in found]
