"""The planning board's week: people grouped by team, their cards with warnings and pairs,
absences, learning time and each person's load for the week.

Permissions (area "board"): everyone may view the board, the shop screen included; only
those who may edit it (owner, manager) see the details that are not everyone's business:
the kind of an absence (sick leave is medical data), the reasons kept on cards and the
warnings (which tell someone's levels). Planning: services/board_plan.py."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name, is_active
from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.services import board_facts as facts
from wplstudio.services.access import require_some
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Setting, Task, Team
from wplstudio.storage.models_board import BoardAbsence, BoardAssignment, BoardJob, BoardLearningTime

SATURDAY_KEY = "board.saturday"
ABSENT = "absent"  # what those who may not see the kind read instead of it


@dataclass(frozen=True)
class BoardPerson:
    id: int
    name: str
    team_id: int | None
    team_name: str


@dataclass(frozen=True)
class Card:
    id: int
    job_id: int
    employee_id: int
    day: date
    hours: int
    title: str
    customer: str
    location: str
    task_ids: tuple[int, ...]
    version: int
    mentor_id: int | None = None  # this card's person learns beside this mentor ...
    learning_task_id: int | None = None  # ... this task
    learners: tuple[int, ...] = ()  # this card's person mentors these learners on the job that day
    override_reason: str = ""
    warnings: tuple[rules.Warning, ...] = ()


@dataclass(frozen=True)
class Absence:
    id: int
    employee_id: int
    first_day: date
    last_day: date
    kind: str  # holiday, sick, course; ABSENT for those who may not see it
    version: int


@dataclass(frozen=True)
class LearningBlock:
    id: int
    employee_id: int
    day: date
    hours: int
    kind: str
    topic: str
    version: int


@dataclass(frozen=True)
class BoardWeek:
    monday: date
    days: list[date]
    people: list[BoardPerson]
    cards: list[Card]
    absences: list[Absence]
    learning: list[LearningBlock]
    loads: dict[int, rules.WeekLoad] = field(default_factory=dict)
    task_names: dict[int, str] = field(default_factory=dict)
    details: bool = False  # the actor sees absence kinds, reasons and warnings

    @property
    def label(self) -> str:
        return rules.week_label(self.monday)


def sees_details(actor: Actor) -> bool:
    return allowed(actor.role, "board", "edit", OTHERS)


def saturday_planned(s: Session) -> bool:
    row = s.get(Setting, SATURDAY_KEY)
    return bool(row and row.value == "1")


def load_week(db: Database, actor: Actor, monday: date, today: date | None = None) -> BoardWeek:
    require_some(actor, "board", "view")
    monday = rules.monday_of(monday)
    with db.session() as s:
        return read_week(s, actor, monday, today or date.today())


def read_week(s: Session, actor: Actor, monday: date, today: date) -> BoardWeek:
    days = rules.week_days(monday, saturday_planned(s))
    people = _people(s, days[0], days[-1])
    ids = {p.id for p in people}
    rows = _card_rows(s, days[0], days[-1], ids)
    tasks_of = facts.job_tasks(s, {r[1] for r in rows})
    needed = {t for ts in tasks_of.values() for t in ts}
    levels = facts.levels_by_day(s, None, needed, days) if sees_details(actor) else {}
    away = facts.absences(s, ids, days[0], days[-1])
    learning = _learning(s, days[0], days[-1], ids)
    cards = _cards(rows, tasks_of, levels, away, learning, details=sees_details(actor))
    absences = _absences(s, days[0], days[-1], ids, sees_details(actor))
    loads = _loads(people, days, cards, absences, learning)
    names = dict(s.execute(select(Task.id, Task.name).where(Task.id.in_(needed | {c.learning_task_id for c in cards if c.learning_task_id}))).all())
    return BoardWeek(monday, days, people, cards, absences, learning, loads, names, sees_details(actor))


def _people(s: Session, first: date, last: date) -> list[BoardPerson]:
    """Everyone employed at some point of the week, grouped by team (no team last)."""
    query = (select(Employee.id, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id, Team.name,
                    Employee.start_date, Employee.end_date)
             .outerjoin(Team, Employee.team_id == Team.id))
    rows = [BoardPerson(i, full_name(f, p, la), t, tn or "") for i, f, p, la, t, tn, start, end in s.execute(query)
            if is_active(end, first) and (start is None or start <= last)]
    return sorted(rows, key=lambda p: (p.team_id is None, p.team_name.casefold(), p.name.casefold()))


def _card_rows(s: Session, first: date, last: date, ids: set[int]) -> list[tuple]:
    query = (select(BoardAssignment.id, BoardAssignment.job_id, BoardAssignment.employee_id, BoardAssignment.day,
                    BoardAssignment.hours, BoardJob.title, BoardJob.customer, BoardJob.location, BoardAssignment.version,
                    BoardAssignment.mentor_id, BoardAssignment.learning_task_id, BoardAssignment.override_reason)
             .join(BoardJob, BoardJob.id == BoardAssignment.job_id)
             .where(BoardAssignment.day >= first, BoardAssignment.day <= last)
             .order_by(BoardAssignment.day, BoardAssignment.employee_id, BoardAssignment.id))
    return [r for r in s.connection().execute(query) if r[2] in ids]


def _cards(rows, tasks_of, levels, away, learning, details: bool) -> list[Card]:
    """levels: per day (a certificate counts on the day of the card)."""
    on_job: dict[tuple[int, date], list[int]] = defaultdict(list)
    hours: dict[tuple[int, date], int] = defaultdict(int)
    mentors: dict[tuple[int, int, date], list[int]] = defaultdict(list)  # (mentor, job, day) -> learners
    for cid, job, emp, day, h, *_rest in rows:
        on_job[job, day].append(emp)
        hours[emp, day] += h
    for block in learning:
        hours[block.employee_id, block.day] += block.hours
    for r in rows:
        if r[9] is not None:
            mentors[r[9], r[1], r[3]].append(r[2])
    cards = []
    for cid, job, emp, day, h, title, customer, location, version, mentor, task, reason in rows:
        warnings: tuple = ()
        if details:
            warnings = tuple(rules.deployability_warnings(emp, tasks_of.get(job, ()), on_job[job, day], levels.get(day, {}))
                             + rules.day_warnings(rules.absence_on(away.get(emp, ()), day), hours[emp, day]))
        cards.append(Card(cid, job, emp, day, h, title, customer, location, tasks_of.get(job, ()), version, mentor, task,
                          tuple(mentors.get((emp, job, day), ())), reason if details else "", warnings))
    return cards


def _absences(s: Session, first: date, last: date, ids: set[int], details: bool) -> list[Absence]:
    query = select(BoardAbsence).where(BoardAbsence.first_day <= last, BoardAbsence.last_day >= first).order_by(BoardAbsence.first_day)
    return [Absence(a.id, a.employee_id, a.first_day, a.last_day, a.kind if details else ABSENT, a.version)
            for a in s.scalars(query) if a.employee_id in ids]


def _learning(s: Session, first: date, last: date, ids: set[int]) -> list[LearningBlock]:
    query = select(BoardLearningTime).where(BoardLearningTime.day >= first, BoardLearningTime.day <= last).order_by(BoardLearningTime.day)
    return [LearningBlock(b.id, b.employee_id, b.day, b.hours, b.kind, b.topic, b.version)
            for b in s.scalars(query) if b.employee_id in ids]


def _loads(people, days, cards, absences, learning) -> dict[int, rules.WeekLoad]:
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # cards, learner, mentor, learning, mentoring
    for c in cards:
        sums[c.employee_id][0] += c.hours
        if c.mentor_id is not None:
            sums[c.employee_id][1] += c.hours
        if c.learners:
            sums[c.employee_id][2] += c.hours
    for b in learning:
        sums[b.employee_id][3 if b.kind == "learning" else 4] += b.hours
    away: dict[int, set[date]] = defaultdict(set)
    for a in absences:
        away[a.employee_id].update(d for d in days if a.first_day <= d <= a.last_day)
    return {p.id: rules.week_load(len(days), len(away[p.id]), *sums[p.id]) for p in people}


def this_week(today: date | None = None) -> date:
    return rules.monday_of(today or date.today())


def next_week(monday: date) -> date:
    return monday + timedelta(days=7)
