"""What the interviewer has at hand during a talk: the employee's current levels in the
matrix and the gaps against their function's profile (domain/matrix.py rules on
effective levels, so an expired certificate does not count), the previous talk's
agreements with their status, and the open goals of the development plan.

The matrix part appears only when the actor may view that person's levels in the
matrix area (the owner and managers; an employee their own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import interviews as irules
from wplstudio.domain import matrix as mrules
from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import allowed
from wplstudio.services.access import employee_scope
from wplstudio.services.interview_plan import ActionRow, GoalRow, read_actions, read_goals
from wplstudio.storage.models import CoreTask, Employee, FunctionRequirement, Level, Task
from wplstudio.storage.models_interviews import Interview


@dataclass(frozen=True)
class LevelLine:
    task_id: int
    task_name: str
    core_task_name: str
    level: int  # effective level today
    required: int | None  # what the function asks; None: not in the profile
    target_level: int | None  # the training timetable's target, if any

    @property
    def gap(self) -> bool:
        return self.required is not None and self.level < self.required


@dataclass(frozen=True)
class AtHand:
    levels: tuple[LevelLine, ...] = ()  # tasks with a level, a requirement or a target
    matrix_visible: bool = False
    previous_id: int | None = None
    previous_held_on: date | None = None
    previous_actions: tuple[ActionRow, ...] = ()
    goals: tuple[GoalRow, ...] = ()

    @property
    def gaps(self) -> tuple[LevelLine, ...]:
        return tuple(line for line in self.levels if line.gap)


def at_hand(s: Session, actor: Actor, interview: Interview, today: date) -> AtHand:
    previous = _previous(s, interview)
    see_matrix = allowed(actor.role, "matrix", "view", employee_scope(s, actor, "matrix", interview.employee_id))
    return AtHand(
        tuple(_levels(s, interview.employee_id, today)) if see_matrix else (), see_matrix,
        previous.id if previous else None, previous.held_on if previous else None,
        tuple(read_actions(s, today, interview_id=previous.id)) if previous else (),
        tuple(g for g in read_goals(s, interview.employee_id, today) if g.status == irules.OPEN))


def _previous(s: Session, interview: Interview) -> Interview | None:
    query = (select(Interview).where(Interview.employee_id == interview.employee_id, Interview.id != interview.id,
                                     Interview.status != irules.PLANNED, Interview.held_on <= interview.planned_on)
             .order_by(Interview.held_on.desc(), Interview.id.desc()).limit(1))
    return s.scalars(query).first()


def _levels(s: Session, employee_id: int, today: date) -> list[LevelLine]:
    employee = s.get(Employee, employee_id)
    cells = mrules.cells_from_rows(s.execute(select(
        Level.employee_id, Level.task_id, Level.level, Level.valid_until, Level.target_level, Level.target_date,
        Level.version).where(Level.employee_id == employee_id)))
    required = dict(s.execute(select(FunctionRequirement.task_id, FunctionRequirement.required_level).where(
        FunctionRequirement.function_id == employee.function_id)).all()) if employee.function_id else {}
    tasks = s.execute(select(Task.id, Task.name, CoreTask.name, Task.is_certificate).join(CoreTask, Task.core_task_id == CoreTask.id)
                      .order_by(CoreTask.position, CoreTask.name, Task.position, Task.name))
    lines = []
    for task_id, name, core, certificate in tasks:
        cell = cells.get((employee_id, task_id), mrules.EMPTY)
        if cell.level or task_id in required or cell.target_level is not None:
            lines.append(LevelLine(task_id, name, core, mrules.effective_level(cell, certificate, today),
                                   required.get(task_id), cell.target_level))
    return lines
