"""The shop display: today and the next working day, for a big screen on the shop floor.

Only what everyone in the workshop may read: who works on which job where, who learns
beside whom, who is away (not why), and the improvement actions that are busy. No levels,
no warnings, no reasons, no customers' names. Also the board's items for the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.services import board, board_extras
from wplstudio.services.access import require_some
from wplstudio.storage.database import Database


@dataclass(frozen=True)
class DisplayLine:
    title: str
    location: str
    hours: int
    pair: str  # "" or the other person's first name(s)
    role: str  # "", "learner" or "mentor"


@dataclass(frozen=True)
class DisplayRow:
    name: str
    team: str
    days: tuple[tuple[DisplayLine, ...], ...]  # one tuple per day
    away: tuple[bool, ...]


@dataclass(frozen=True)
class DisplayData:
    days: list[date]
    rows: list[DisplayRow]
    improvements: list[tuple[str, str, date | None]]  # title, owner, due


def next_working_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def display_data(db: Database, actor: Actor, today: date | None = None) -> DisplayData:
    require_some(actor, "board", "view")
    today = today or date.today()
    if today.weekday() >= 5:
        today = next_working_day(today)
    days = [today, next_working_day(today)]
    weeks = {d: board.load_week(db, _plain(actor), d, today) for d in {rules.monday_of(d) for d in days}}
    first = {p.id: p.name.split(" ")[0] for w in weeks.values() for p in w.people}
    rows = []
    for person in weeks[rules.monday_of(days[0])].people:
        lines = tuple(_lines(weeks[rules.monday_of(d)], person.id, d, first) for d in days)
        away = tuple(_away(weeks[rules.monday_of(d)], person.id, d) for d in days)
        if any(lines) or any(away):
            rows.append(DisplayRow(person.name, person.team_name, lines, away))
    busy = [(i.title, i.owner, i.due) for i in board_extras.list_improvements(db, actor, include_done=False) if i.status == "busy"]
    return DisplayData(days, rows, busy)


def _plain(actor: Actor) -> Actor:
    """The display never shows details, whoever is signed in: it is read from across the room."""
    return Actor(actor.name, "display", actor.user_id, actor.employee_id)


def _lines(week: board.BoardWeek, employee_id: int, day: date, first: dict[int, str]) -> tuple[DisplayLine, ...]:
    result = []
    for c in week.cards:
        if c.employee_id == employee_id and c.day == day:
            if c.mentor_id is not None:
                pair, role = first.get(c.mentor_id, ""), "learner"
            elif c.learners:
                pair, role = ", ".join(first.get(e, "") for e in c.learners), "mentor"
            else:
                pair, role = "", ""
            result.append(DisplayLine(c.title, c.location, c.hours, pair, role))
    return tuple(result)


def _away(week: board.BoardWeek, employee_id: int, day: date) -> bool:
    return any(a.employee_id == employee_id and a.first_day <= day <= a.last_day for a in week.absences)


@dataclass(frozen=True)
class AttentionItem:
    kind: str  # "warning": a card today or tomorrow that warns without a kept reason; "improvement": overdue
    text: str  # the job or action title
    day: date | None
    who: str


def attention(db: Database, actor: Actor, today: date | None = None) -> list[AttentionItem]:
    """For the dashboard: cards of today and the next working day that warn and have no reason
    kept, and improvement actions past their date."""
    today = today or date.today()
    items: list[AttentionItem] = []
    if board.sees_details(actor):
        days = {today, next_working_day(today)}
        for monday in {rules.monday_of(d) for d in days}:
            week = board.load_week(db, actor, monday, today)
            names = {p.id: p.name for p in week.people}
            items += [AttentionItem("warning", c.title, c.day, names.get(c.employee_id, "")) for c in week.cards
                      if c.day in days and c.warnings and not c.override_reason]
    items += [AttentionItem("improvement", i.title, i.due, i.owner) for i in board_extras.list_improvements(db, actor, include_done=False)
              if i.overdue(today)]
    return items
