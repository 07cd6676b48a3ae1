"""Learning on the board: chances to pair a learner with a mentor on real work, the pair
itself, and practice (work on the board counts as practice, so a level that has not been
used for months shows up as stale).

A learning chance: a job needs task T, someone on it that day has effective level 4 on T
(a mentor), and someone with T in their training needs (below their function's profile,
or on the training timetable) is on the same job that day or free to join it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.levels import MENTOR
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import board_extras
from wplstudio.services import board_facts as facts
from wplstudio.services import board_plan
from wplstudio.services.access import require_some
from wplstudio.services.matrix import read, visible_people, visible_rows
from wplstudio.services.records import fetch, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_board import BoardAssignment, BoardJobTask


@dataclass(frozen=True)
class Chance:
    task_id: int
    task_name: str
    learner_id: int
    learner_name: str
    mentor_id: int
    mentor_name: str
    learner_card_id: int | None  # the learner is already on the job that day; None: free to join
    learner_card_version: int | None


def learning_chances(db: Database, actor: Actor, card_id: int, today: date | None = None) -> list[Chance]:
    """Pairs that fit the job of this card on its day: learners on the job first, then free people."""
    require(actor, "board", "edit")
    today = today or date.today()
    with db.session() as s:
        card = fetch(s, BoardAssignment, card_id)
        tasks = facts.job_tasks(s, [card.job_id])[card.job_id]
        crew = {c.employee_id: c for c in s.scalars(select(BoardAssignment).where(
            BoardAssignment.job_id == card.job_id, BoardAssignment.day == card.day))}
        levels = facts.levels_by_day(s, None, tasks, [card.day])[card.day]  # the certificate on the day of the job
        needs = facts.training_needs(s, None, tasks, today)
        free = _free_people(s, card.day, set(crew))
        names = _names(s)
        task_names = dict(s.execute(select(Task.id, Task.name).where(Task.id.in_(tasks))).all())
        found = []
        for task in tasks:
            mentors = [e for e in crew if levels.get((e, task), 0) >= MENTOR]
            for mentor in mentors:
                for learner in [e for e in crew if e != mentor and crew[e].mentor_id is None] + free:
                    if rules.learning_chance(levels.get((learner, task), 0), MENTOR, (learner, task) in needs):
                        on = crew.get(learner)
                        found.append(Chance(task, task_names.get(task, "?"), learner, names[learner], mentor, names[mentor],
                                            on.id if on else None, on.version if on else None))
        return sorted(found, key=lambda c: (c.learner_card_id is None, c.learner_name))[:20]


def _free_people(s, day: date, exclude: set[int]) -> list[int]:
    absent = {e for e, spans in facts.absences(s, None, day, day).items() if spans}
    planned = facts.day_hours(s, None, day)
    return [e.id for e in s.scalars(select(Employee).order_by(Employee.last_name)) if e.id not in exclude and e.id not in absent
            and is_active(e.end_date, day) and (e.start_date is None or e.start_date <= day) and planned.get(e.id, 0) < rules.DAY_HOURS]


def _names(s) -> dict[int, str]:
    return {e: full_name(f, p, la) for e, f, p, la in s.execute(select(Employee.id, Employee.first_name, Employee.prefix, Employee.last_name))}


def pair(db: Database, actor: Actor, learner_card_id: int, version: int, mentor_id: int | None, task_id: int | None) -> board_plan.CardRef:
    """Mark a card's person as learning task_id beside mentor_id (None, None: no longer a pair).
    The mentor must work on the same job that day and have effective level 4 on the task."""
    require(actor, "board", "edit")
    with db.session() as s:
        return pair_in(s, actor, learner_card_id, version, mentor_id, task_id)


def pair_in(s, actor: Actor, learner_card_id: int, version: int, mentor_id: int | None, task_id: int | None) -> board_plan.CardRef:
    card = board_plan._current(s, learner_card_id, version)
    if mentor_id is not None:
        _check_mentor(s, card, mentor_id, task_id)
    update_versioned(s, BoardAssignment, card.id, version, actor, {"mentor_id": mentor_id,
                                                                   "learning_task_id": task_id if mentor_id else None})
    return board_plan.CardRef(card.id, version + 1)


def _check_mentor(s, card: BoardAssignment, mentor_id: int, task_id: int | None) -> None:
    if mentor_id == card.employee_id or task_id is None:
        raise WplError(QT_TRANSLATE_NOOP("errors", "A pair needs a learner, a mentor and the task that is learned."))
    beside = s.scalar(select(func.count()).where(BoardAssignment.job_id == card.job_id, BoardAssignment.day == card.day,
                                                 BoardAssignment.employee_id == mentor_id))
    if not beside:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The mentor must work on the same job that day. Plan the mentor there first."))
    level = facts.levels_by_day(s, [mentor_id], [task_id], [card.day])[card.day].get((mentor_id, task_id), 0)
    if level < MENTOR:
        raise WplError(QT_TRANSLATE_NOOP("errors", "{name} is not at level 4 on this task (or the certificate is not valid) and cannot be the mentor."),
                       name=_names(s).get(mentor_id, "?"))


def plan_learner(db: Database, actor: Actor, mentor_card_id: int, learner_id: int, task_id: int, hours: int = rules.DAY_HOURS,
                 reason: str | None = None) -> board_plan.CardRef:
    """Put a free learner on the mentor's job that day, paired with the mentor."""
    with db.session() as s:
        mentor_card = fetch(s, BoardAssignment, mentor_card_id)
        job_id, day, mentor_id = mentor_card.job_id, mentor_card.day, mentor_card.employee_id
    ref = board_plan.plan(db, actor, job_id, learner_id, [day], hours, reason=reason or None)[0]
    return pair(db, actor, ref.id, ref.version, mentor_id, task_id)


# --- practice ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PracticeRow:
    employee_id: int
    name: str
    team_name: str
    level: int  # effective level today
    last_practised: date | None  # None: never on the board with this task


def last_practised(db: Database, actor: Actor, today: date | None = None) -> dict[tuple[int, int], date]:
    """(employee, task) -> the last day (up to today) they worked on a job that needs the task."""
    require_some(actor, "board", "view")
    with db.session() as s:
        return _last_practised(s, today or date.today())


def _last_practised(s, today: date) -> dict[tuple[int, int], date]:
    query = (select(BoardAssignment.employee_id, BoardJobTask.task_id, func.max(BoardAssignment.day))
             .join(BoardJobTask, BoardJobTask.job_id == BoardAssignment.job_id)
             .where(BoardAssignment.day <= today).group_by(BoardAssignment.employee_id, BoardJobTask.task_id))
    return {(e, t): d for e, t, d in s.execute(query)}


def not_practised(db: Database, actor: Actor, task_id: int, months: int | None = None, today: date | None = None) -> list[PracticeRow]:
    """Who is deployable (3+) on the task on paper but has not practised it on the board for `months`
    (the setting when None). Shows levels, so it follows the matrix's view permission."""
    require_some(actor, "matrix", "view")
    today = today or date.today()
    months = months or board_extras.practice_months(db)
    with db.session() as s:
        fetch(s, Task, task_id)
        grid = read(s, actor, today, visible_only=False)
        people = visible_people(s, actor, grid.people)
        levels = facts.effective_levels(s, [p.id for p in people], [task_id], today)
        last = _last_practised(s, today)
        too_new = _too_new(s, today, months)
    if too_new:
        return []
    rows = [PracticeRow(p.id, p.name, p.team_name, levels.get((p.id, task_id), 0), last.get((p.id, task_id))) for p in people
            if levels.get((p.id, task_id), 0) >= rules.DEPLOYABLE_LEVEL]
    return [r for r in rows if rules.stale(r.last_practised, today, months)]


def _too_new(s, today: date, months: int) -> bool:
    """A board used for less than `months` cannot say who has not practised for that long."""
    first = s.scalar(select(func.min(BoardAssignment.day)))
    return first is None or first > rules.months_before(today, months)


@dataclass(frozen=True)
class StaleRow:
    employee_id: int
    name: str
    team_name: str
    task_id: int
    task_name: str
    level: int  # effective level today (3 or 4)
    last_practised: date | None  # None: never on the board with this task


@dataclass(frozen=True)
class StalePractice:
    months: int
    rows: list[StaleRow]

    def cells(self) -> dict[tuple[int, int], StaleRow]:
        return {(r.employee_id, r.task_id): r for r in self.rows}


def stale_practice(db: Database, actor: Actor, months: int | None = None, today: date | None = None) -> StalePractice:
    """For the matrix: everyone (the rows the actor may view) at 3+ on a task who has not practised it
    on the board for `months` (the setting when None). Only tasks the board uses at all (a task no job
    ever needs says nothing about practice). Sorted by team, name and task."""
    require_some(actor, "matrix", "view")
    today = today or date.today()
    months = months or board_extras.practice_months(db)
    with db.session() as s:
        if _too_new(s, today, months):
            return StalePractice(months, [])
        planned_tasks = set(s.scalars(select(BoardJobTask.task_id).distinct()))
        people = {p.id: p for p in visible_rows(s, actor, today)}  # the grid's rows, without loading its cells again
        last = _last_practised(s, today)
        levels = facts.effective_levels(s, list(people), planned_tasks, today)
        tasks = dict(s.execute(select(Task.id, Task.name).where(Task.id.in_(planned_tasks))).all())
    rows = [StaleRow(e, people[e].name, people[e].team_name, t, tasks.get(t, "?"), level, last.get((e, t)))
            for (e, t), level in levels.items()
            if e in people and level >= rules.DEPLOYABLE_LEVEL and rules.stale(last.get((e, t)), today, months)]
    return StalePractice(months, sorted(rows, key=lambda r: (r.team_name.casefold(), r.name.casefold(), r.task_name.casefold())))


def stale_cells(db: Database, actor: Actor, months: int | None = None, today: date | None = None) -> set[tuple[int, int]]:
    """The (employee, task) cells of stale_practice()."""
    return set(stale_practice(db, actor, months, today).cells())
