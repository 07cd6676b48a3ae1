"""The yearly training plan: who learns what, how (on the job with a mentor, or a
course) and when. Drawn from the matrix's training needs (services/matrix_figures.py)
and the open goals of the development plans (services/interview_plan.py);
lines can also be added, changed and crossed off by hand.

Permissions: the plan is the company's planning of people's learning, area
"learning": owner and managers edit; viewing is per line (an employee sees their own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from wplstudio.domain import learning as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.matrix import REASON_PROFILE, REASON_COVERAGE
from wplstudio.domain.levels import can_teach
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import board_facts, interview_plan, matrix_figures
from wplstudio.services.access import require_for_employee, visible_rows
from wplstudio.services.records import add_row, delete_versioned, fetch, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task, Team
from wplstudio.storage.models_learning import TrainingPlanLine


@dataclass(frozen=True)
class PlanLine:
    id: int
    year: int
    employee_id: int
    employee_name: str
    team_id: int | None
    team_name: str
    task_id: int | None
    what: str
    how: str
    mentor_id: int | None
    mentor_name: str
    planned_on: date | None
    target_level: int | None
    origin: str
    status: str
    version: int


@dataclass(frozen=True)
class LineDraft:
    year: int
    employee_id: int
    what: str
    how: str = rules.HOW_ON_THE_JOB
    mentor_id: int | None = None
    planned_on: date | None = None
    task_id: int | None = None
    target_level: int | None = None
    status: str = rules.PLANNED


# --- drawing up ------------------------------------------------------------------

def draw_up(db: Database, actor: Actor, year: int, today: date | None = None) -> int:
    """Add a line for every training need (and development-plan goal) not yet in the year's plan.
    Returns how many lines were added. Running it again adds only what is new."""
    require(actor, "learning", "edit", OTHERS)
    today = today or date.today()
    needs = matrix_figures.training_needs(db, actor, today)
    goals = development_goals(db, actor, year)
    with db.session() as s:
        have = {(e, t) for e, t in s.execute(select(TrainingPlanLine.employee_id, TrainingPlanLine.task_id)
                                             .where(TrainingPlanLine.year == year))}
        have_what = {(e, w.casefold()) for e, w in s.execute(select(TrainingPlanLine.employee_id, TrainingPlanLine.what)
                                                            .where(TrainingPlanLine.year == year))}
        rows = [_need_line(year, n) for n in needs if (n.employee_id, n.task_id) not in have]
        have |= {(n.employee_id, n.task_id) for n in needs}
        teachers = _teachers(s, {g.task_id for g in goals if g.task_id is not None}, today)
        rows += [_goal_line(year, g, teachers) for g in goals
                 if (g.employee_id, g.goal.casefold()) not in have_what and (g.task_id is None or (g.employee_id, g.task_id) not in have)]
        for values in rows:
            add_row(s, actor, TrainingPlanLine(**values, **stamp(actor)))
    return len(rows)


def _need_line(year: int, need: matrix_figures.NeedRow) -> dict:
    mentor = need.mentors[0].employee_id if need.mentors else None
    rank = {REASON_PROFILE: 0, REASON_COVERAGE: 1}.get(need.reason, 2)
    return {"year": year, "employee_id": need.employee_id, "task_id": need.task_id,
            "what": f"{need.task_name} → {need.target_level}"[:200],
            "how": rules.HOW_ON_THE_JOB if mentor else rules.HOW_COURSE, "mentor_id": mentor,
            "planned_on": rules.planned_month(year, rank, need.planned_date), "target_level": need.target_level,
            "origin": rules.FROM_MATRIX, "status": rules.PLANNED}


def _goal_line(year: int, goal: interview_plan.PlanGoal, teachers: dict[int, list[int]]) -> dict:
    """A goal on a task is learned on the job with a colleague who can teach it (level 4); without one,
    and for a free goal ("leidinggeven"), it is planned as a course until someone changes it."""
    mentor = next((m for m in teachers.get(goal.task_id, []) if m != goal.employee_id), None)
    return {"year": year, "employee_id": goal.employee_id, "task_id": goal.task_id, "what": goal.goal[:200],
            "how": rules.HOW_ON_THE_JOB if mentor else rules.HOW_COURSE, "mentor_id": mentor,
            "planned_on": rules.planned_month(year, 1, goal.due), "target_level": goal.target_level,
            "origin": rules.FROM_PLAN, "status": rules.PLANNED}


def _teachers(s: Session, task_ids: set[int], today: date) -> dict[int, list[int]]:
    """task id -> the people still employed who can teach it, by id: the effective level as the matrix and
    the board count it, so an expired certificate proposes no mentor."""
    if not task_ids:
        return {}
    active = {e for e, ended in s.execute(select(Employee.id, Employee.end_date)) if is_active(ended, today)}
    found: dict[int, list[int]] = {}
    for (employee_id, task_id), level in sorted(board_facts.effective_levels(s, None, task_ids, today).items()):
        if employee_id in active and can_teach(level):
            found.setdefault(task_id, []).append(employee_id)
    return found


def development_goals(db: Database, actor: Actor, year: int) -> list[interview_plan.PlanGoal]:
    """The open development-plan goals (POP) for the year that the actor may see."""
    return interview_plan.development_goals(db, actor, year)


# --- editing ---------------------------------------------------------------------

def save_line(db: Database, actor: Actor, draft: LineDraft, line_id: int | None = None, version: int | None = None) -> int:
    values = _checked(draft)
    with db.session() as s:
        require_for_employee(s, actor, "learning", "edit", draft.employee_id)
        if line_id is None:
            return add_row(s, actor, TrainingPlanLine(**values, origin=rules.FROM_HAND, **stamp(actor))).id
        require_for_employee(s, actor, "learning", "edit", fetch(s, TrainingPlanLine, line_id).employee_id)
        update_versioned(s, TrainingPlanLine, line_id, version or 0, actor, values)
        return line_id


def _checked(draft: LineDraft) -> dict:
    what = " ".join((draft.what or "").split())[:200]
    problems = []
    if not what:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "what"), QT_TRANSLATE_NOOP("errors", "Say what is to be learned.")))
    if draft.how not in rules.HOWS or draft.status not in rules.PLAN_STATES:
        raise ValueError("unknown way of learning or status")
    if draft.planned_on is not None and draft.planned_on.year != draft.year:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "when"), QT_TRANSLATE_NOOP(
            "errors", "The planned date must fall in {year}, the year of this plan."), {"year": draft.year}))
    if problems:
        raise ValidationFailed(problems)
    return {"year": draft.year, "employee_id": draft.employee_id, "what": what, "how": draft.how,
            "mentor_id": draft.mentor_id, "planned_on": draft.planned_on, "task_id": draft.task_id,
            "target_level": draft.target_level, "status": draft.status}


def set_status(db: Database, actor: Actor, line_id: int, version: int, status: str) -> None:
    if status not in rules.PLAN_STATES:
        raise ValueError(f"unknown status {status!r}")
    with db.session() as s:
        require_for_employee(s, actor, "learning", "edit", fetch(s, TrainingPlanLine, line_id).employee_id)
        update_versioned(s, TrainingPlanLine, line_id, version, actor, {"status": status})


def delete_line(db: Database, actor: Actor, line_id: int, version: int) -> None:
    with db.session() as s:
        require_for_employee(s, actor, "learning", "edit", fetch(s, TrainingPlanLine, line_id).employee_id)
        delete_versioned(s, TrainingPlanLine, line_id, version, actor)


# --- reading ---------------------------------------------------------------------

def load(db: Database, actor: Actor, year: int) -> list[PlanLine]:
    """The year's plan as the actor may see it, by date, then by name."""
    with db.session() as s:
        return _visible(s, actor, _lines(s, year))


def behind_schedule(db: Database, actor: Actor, today: date) -> list[PlanLine]:
    """Lines of this year still planned for a month already past (for the dashboard): the database picks them."""
    with db.session() as s:
        lines = _lines(s, today.year, (TrainingPlanLine.status == rules.PLANNED) & (TrainingPlanLine.planned_on < today.replace(day=1)))
        return _visible(s, actor, lines)


def _visible(s: Session, actor: Actor, lines: list[PlanLine]) -> list[PlanLine]:
    """The learning area's view, less the lines that repeat a development goal from an interview for
    someone whose interviews the actor may not read (a mentor): the goal's words are the interview's."""
    seen = visible_rows(s, actor, "learning", lines, lambda r: r.employee_id, lambda r: r.team_id)
    goals = [line for line in seen if line.origin == rules.FROM_PLAN]
    readable = {line.id for line in visible_rows(s, actor, "interviews", goals, lambda r: r.employee_id, lambda r: r.team_id)}
    return [line for line in seen if line.origin != rules.FROM_PLAN or line.id in readable]


def _lines(s: Session, year: int, condition=None) -> list[PlanLine]:
    mentor = aliased(Employee)
    query = (select(TrainingPlanLine, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id, Team.name,
                    mentor.first_name, mentor.prefix, mentor.last_name)
             .join(Employee, TrainingPlanLine.employee_id == Employee.id).outerjoin(Team, Employee.team_id == Team.id)
             .outerjoin(mentor, TrainingPlanLine.mentor_id == mentor.id).where(TrainingPlanLine.year == year))
    if condition is not None:
        query = query.where(condition)
    lines = [PlanLine(p.id, p.year, p.employee_id, full_name(f, pr, la), team, tn or "", p.task_id, p.what, p.how, p.mentor_id,
                      full_name(mf, mp, ml) if mf else "", p.planned_on, p.target_level, p.origin, p.status, p.version)
             for p, f, pr, la, team, tn, mf, mp, ml in s.execute(query)]
    return sorted(lines, key=lambda line: (line.planned_on or date(year, 12, 31), line.employee_name.casefold(), line.what))


def task_names(db: Database, actor: Actor) -> dict[int, str]:
    with db.session() as s:
        return dict(s.execute(select(Task.id, Task.name)).all())
