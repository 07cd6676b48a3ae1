"""What the board's rules need from the database, read inside the caller's session:
effective levels, training needs, absences and hours already planned. Shared by the
week load, planning and learning chances, so every path judges a card the same way."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from wplstudio.domain import board as rules
from wplstudio.domain import matrix
from wplstudio.storage.models import Employee, FunctionRequirement, Level, Task
from wplstudio.storage.models_board import BoardAbsence, BoardAssignment, BoardJobTask, BoardLearningTime


def certificates(s: Session, task_ids: Iterable[int]) -> set[int]:
    ids = set(task_ids)
    if not ids:
        return set()
    return set(s.scalars(select(Task.id).where(Task.id.in_(ids), Task.is_certificate.is_(True))))


def effective_levels(s: Session, employee_ids: Iterable[int] | None, task_ids: Iterable[int], today: date) -> dict[tuple[int, int], int]:
    """(employee, task) -> effective level, as the matrix counts it (expired certificates below 3)."""
    return {key: level for key, (level, _target) in level_facts(s, employee_ids, task_ids, today).items()}


def levels_by_day(s: Session, employee_ids: Iterable[int] | None, task_ids: Iterable[int],
                  days: Iterable[date]) -> dict[date, Mapping[tuple[int, int], int]]:
    """(employee, task) -> effective level on each of the days, with one query: a certificate counts
    on the day of the work, not today (a job planned after it expires is not deployable)."""
    tasks = set(task_ids)
    days = sorted(set(days))
    if not tasks or not days:
        return {d: {} for d in days}
    certs = certificates(s, tasks)
    query = select(Level.employee_id, Level.task_id, Level.level, Level.valid_until).where(Level.task_id.in_(tasks))
    if employee_ids is not None:
        query = query.where(Level.employee_id.in_(set(employee_ids)))
    base, certified = {}, []
    for e, t, level, valid_until in s.connection().execute(query):
        base[e, t] = level
        if t in certs and level >= matrix.DEPLOYABLE:
            certified.append((e, t, level, valid_until))
    return {d: _on_day(base, certified, d) for d in days}


def _on_day(base: dict, certified: list, day: date) -> Mapping[tuple[int, int], int]:
    expired = {(e, t): matrix.effective_level(matrix.Cell(level, until, None), True, day) for e, t, level, until in certified}
    expired = {k: v for k, v in expired.items() if v != base[k]}
    return {**base, **expired} if expired else base  # a plain dict: looked up for every card and colleague


def level_facts(s: Session, employee_ids: Iterable[int] | None, task_ids: Iterable[int], today: date) -> dict[tuple[int, int], tuple[int, int | None]]:
    """(employee, task) -> (effective level, timetable target level)."""
    tasks = set(task_ids)
    if not tasks:
        return {}
    certs = certificates(s, tasks)
    query = select(Level.employee_id, Level.task_id, Level.level, Level.valid_until, Level.target_level).where(Level.task_id.in_(tasks))
    if employee_ids is not None:
        query = query.where(Level.employee_id.in_(set(employee_ids)))
    result = {}
    for e, t, level, valid_until, target in s.connection().execute(query):  # Core rows: thousands on a big board
        if t in certs:  # only a certificate can count lower than its level (the matrix's rule)
            level = matrix.effective_level(matrix.Cell(level, valid_until, target), True, today)
        result[e, t] = (level, target)
    return result


def training_needs(s: Session, employee_ids: Iterable[int] | None, task_ids: Iterable[int], today: date) -> set[tuple[int, int]]:
    """(employee, task) pairs where the task is in the person's training needs: below their function's
    profile, or on the training timetable above today's effective level."""
    tasks = set(task_ids)
    facts = level_facts(s, employee_ids, tasks, today)
    query = (select(Employee.id, FunctionRequirement.task_id, FunctionRequirement.required_level)
             .join(FunctionRequirement, FunctionRequirement.function_id == Employee.function_id)
             .where(FunctionRequirement.task_id.in_(tasks)))
    if employee_ids is not None:
        query = query.where(Employee.id.in_(set(employee_ids)))
    required = {(e, t): lv for e, t, lv in s.execute(query)}
    keys = set(facts) | set(required)
    return {k for k in keys if rules.needs_training(facts.get(k, (0, None))[0], facts.get(k, (0, None))[1], required.get(k))}


def job_tasks(s: Session, job_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    ids = set(job_ids)
    found: dict[int, list[int]] = defaultdict(list)
    if ids:
        for job_id, task_id in s.execute(select(BoardJobTask.job_id, BoardJobTask.task_id).where(BoardJobTask.job_id.in_(ids))
                                         .order_by(BoardJobTask.job_id, BoardJobTask.task_id)):
            found[job_id].append(task_id)
    return {j: tuple(found.get(j, ())) for j in ids}


def absences(s: Session, employee_ids: Iterable[int] | None, first: date, last: date) -> dict[int, list[tuple[date, date, str]]]:
    query = select(BoardAbsence.employee_id, BoardAbsence.first_day, BoardAbsence.last_day, BoardAbsence.kind).where(
        BoardAbsence.first_day <= last, BoardAbsence.last_day >= first)
    if employee_ids is not None:
        query = query.where(BoardAbsence.employee_id.in_(set(employee_ids)))
    found: dict[int, list] = defaultdict(list)
    for e, a, b, kind in s.execute(query):
        found[e].append((a, b, kind))
    return found


def day_hours(s: Session, employee_ids: Iterable[int] | None, day: date, exclude_card: int | None = None) -> dict[int, int]:
    """Hours already planned that day per person: job cards plus reserved learning time."""
    cards = select(BoardAssignment.employee_id, func.sum(BoardAssignment.hours)).where(BoardAssignment.day == day)
    if exclude_card is not None:
        cards = cards.where(BoardAssignment.id != exclude_card)
    learning = select(BoardLearningTime.employee_id, func.sum(BoardLearningTime.hours)).where(BoardLearningTime.day == day)
    if employee_ids is not None:
        ids = set(employee_ids)
        cards, learning = cards.where(BoardAssignment.employee_id.in_(ids)), learning.where(BoardLearningTime.employee_id.in_(ids))
    hours: dict[int, int] = defaultdict(int)
    for query, column in ((cards, BoardAssignment.employee_id), (learning, BoardLearningTime.employee_id)):
        for e, h in s.execute(query.group_by(column)):
            hours[e] += int(h or 0)
    return hours


def colleagues(s: Session, job_id: int, day: date, exclude_card: int | None = None) -> list[int]:
    """Who else works on the job that day."""
    query = select(BoardAssignment.employee_id).where(and_(BoardAssignment.job_id == job_id, BoardAssignment.day == day))
    if exclude_card is not None:
        query = query.where(BoardAssignment.id != exclude_card)
    return list(s.scalars(query))


def crews(s: Session, job_id: int, days: Iterable[date], exclude_card: int | None = None) -> dict[date, list[int]]:
    """Who works on the job on each of the days."""
    query = select(BoardAssignment.day, BoardAssignment.employee_id).where(BoardAssignment.job_id == job_id,
                                                                           BoardAssignment.day.in_(set(days)))
    if exclude_card is not None:
        query = query.where(BoardAssignment.id != exclude_card)
    found: dict[date, list[int]] = defaultdict(list)
    for day, employee_id in s.execute(query):
        found[day].append(employee_id)
    return found


def hours_on(s: Session, employee_id: int, days: Iterable[date], exclude_card: int | None = None) -> dict[date, int]:
    """One person's hours already planned on each of the days: job cards plus reserved learning time."""
    wanted = set(days)
    cards = select(BoardAssignment.day, func.sum(BoardAssignment.hours)).where(
        BoardAssignment.employee_id == employee_id, BoardAssignment.day.in_(wanted))
    if exclude_card is not None:
        cards = cards.where(BoardAssignment.id != exclude_card)
    learning = select(BoardLearningTime.day, func.sum(BoardLearningTime.hours)).where(
        BoardLearningTime.employee_id == employee_id, BoardLearningTime.day.in_(wanted))
    hours: dict[date, int] = defaultdict(int)
    for query, column in ((cards, BoardAssignment.day), (learning, BoardLearningTime.day)):
        for day, h in s.execute(query.group_by(column)):
            hours[day] += int(h or 0)
    return hours
