"""The dashboard: what needs attention today, gathered from every area.

Each section comes from one small adapter. An adapter whose area is not there yet
(its service module or function does not exist) is skipped, so the dashboard shows
what exists and grows as the other areas land. A section the actor may not see
(NotAllowed from the area's own service) is left out too: the areas decide, not this module.

Every item names the view that opens its place in the app (ui/views.py), so the
GUI only calls the main window's show_view(item.view)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from wplstudio.domain import matrix as matrix_rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_some
from wplstudio.services.optional import area_module
from wplstudio.storage.database import Database

URGENT, WARNING, INFO = "urgent", "warning", "info"


@dataclass(frozen=True)
class Item:
    message: str  # English source, context "dashboard", with {named} params
    params: dict
    view: str  # where it opens: a view name of ui/views.py
    severity: str = INFO
    employee_id: int | None = None
    when: date | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source, context "dashboard"
    view: str  # where "show all" opens
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Dashboard:
    today: date
    sections: list[Section]

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    view: str
    module: str  # the service module it needs; skipped while that is missing
    read: Callable[[object, Database, Actor, date, dict], list[Item]]  # (module, db, actor, today, shared) -> items
    needs: str = ""  # the function the module must offer


_module = area_module


def available(sources: tuple[Source, ...] | None = None) -> list[str]:
    """The keys of the sources whose areas exist now."""
    return [s.key for s in (sources or SOURCES) if _module(s.module, s.needs) is not None]


def load(db: Database, actor: Actor, today: date | None = None) -> Dashboard:
    require_some(actor, "reports", "view")
    today = today or date.today()
    shared: dict = {}  # what several adapters need, read once (the matrix)
    sections = []
    for source in SOURCES:
        module = _module(source.module, source.needs)
        if module is None:
            continue
        try:
            items = source.read(module, db, actor, today, shared)
        except NotAllowed:
            continue
        sections.append(Section(source.key, source.title, source.view, items))
    return Dashboard(today, sections)


# --- adapters: the matrix (exists) --------------------------------------------------
# Only two narrow questions are asked of the matrix, each answered by the database: the
# certificates that need attention and the tasks only one person can do. Loading the whole
# 250 x 200 grid for them would cost the dashboard its 0.1 s. The rules are the same as in
# domain/matrix.py (certificate_state, effective levels): an expired certificate does not count.

def _employed(today: date):
    from wplstudio.storage.models import Employee

    return (Employee.end_date.is_(None)) | (Employee.end_date >= today)


def _certificates(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    from datetime import timedelta

    from sqlalchemy import select

    from wplstudio.domain.people import full_name
    from wplstudio.services.matrix_targets import warning_days_in
    from wplstudio.storage.models import Employee, Level, Task

    require_some(actor, "matrix", "view")
    with db.session() as s:
        horizon = today + timedelta(days=warning_days_in(s))
        rows = list(s.execute(
            select(Level.employee_id, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id, Task.name,
                   Level.valid_until)
            .join(Task, Level.task_id == Task.id).join(Employee, Level.employee_id == Employee.id)
            .where(Task.is_certificate, Level.level >= int(matrix_rules.DEPLOYABLE), _employed(today),
                   Level.valid_until.is_(None) | (Level.valid_until <= horizon))))
        visible = _visible(module, s, actor, {r[0]: r[4] for r in rows})  # once: per row it was 0.4 s for 250 people
        rows = [r for r in rows if r[0] in visible]
    items = []
    for employee_id, first, prefix, last, _, task, valid_until in sorted(rows, key=lambda r: (r[6] or date.max, r[0])):
        state = matrix_rules.certificate_state(valid_until, today, (horizon - today).days)
        params = {"name": full_name(first, prefix, last), "task": task, "date": valid_until.strftime("%d-%m-%Y") if valid_until else ""}
        message, severity = {
            "expired": (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} expired on {date}"), URGENT),
            "expiring": (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} expires on {date}"), WARNING),
        }.get(state, (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} has no expiry date"), INFO))
        items.append(Item(message, params, "certificates", severity, employee_id, valid_until))
    return items


def _visible(module, s, actor: Actor, teams: dict[int, int | None]) -> set[int]:
    """The employees among these whose matrix row the actor may view (services/matrix.visible_people)."""
    people = [module.RowPerson(e, "", team, "", None, "") for e, team in teams.items()]
    return {p.id for p in module.visible_people(s, actor, people)}


def _single_points(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    from sqlalchemy import func, select

    from wplstudio.domain.people import full_name
    from wplstudio.storage.models import Employee, Level, Task

    if not allowed(actor.role, "matrix", "view", OTHERS):
        raise NotAllowed("company figures")  # a company figure: not for someone who sees only their own row
    with db.session() as s:
        counted = (select(Level.task_id, func.count().label("n"), func.min(Level.employee_id).label("who"))
                   .join(Task, Level.task_id == Task.id).join(Employee, Level.employee_id == Employee.id)
                   .where(Level.level >= int(matrix_rules.DEPLOYABLE), _employed(today),
                          ~Task.is_certificate | (Level.valid_until >= today))
                   .group_by(Level.task_id).having(func.count() == 1).subquery())
        rows = list(s.execute(select(Task.name, Employee.id, Employee.first_name, Employee.prefix, Employee.last_name)
                              .join(counted, counted.c.task_id == Task.id).join(Employee, Employee.id == counted.c.who)
                              .order_by(Task.position, Task.name)))
    return [Item(QT_TRANSLATE_NOOP("dashboard", "Only {name} can do {task} alone"),
                 {"name": full_name(f, p, l), "task": task}, "matrix-charts", WARNING, e) for task, e, f, p, l in rows]


# --- adapters: this area (quickscan, training plan) ------------------------------------

def _quickscan_drafts(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "Quickscan '{title}' is a draft: finish it"), {"title": scan.title},
                 "quickscan", INFO, when=scan.held_on) for scan in module.drafts(db, actor)]


def _plan_overdue(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    lines = module.behind_schedule(db, actor, today)
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name}: {what} was planned for {month}"),
                 {"name": line.employee_name, "what": line.what, "month": line.planned_on.strftime("%m-%Y")},
                 "training-plan", WARNING, line.employee_id, line.planned_on) for line in lines]


# --- adapters: the board (improvement actions) -----------------------------------------

def _improvements(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    items = []
    for i in module.list_improvements(db, actor, include_done=False):
        late = i.due is not None and i.due < today
        message = (QT_TRANSLATE_NOOP("dashboard", "{title} (due {date}, {owner})") if i.due else
                   QT_TRANSLATE_NOOP("dashboard", "{title} ({owner})"))
        items.append(Item(message, {"title": i.title, "date": i.due.strftime("%d-%m-%Y") if i.due else "",
                                    "owner": i.owner or "-"}, "board-improvements", URGENT if late else INFO, i.owner_id, i.due))
    return items


# --- adapters: onboarding and interviews --------------------------------------------

def _pairs(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    """Today's learner-mentor pairs: every running onboarding trajectory with a mentor, and what they work on next."""
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name} with {mentor}: {what}"),
                 {"name": r.trainee_name, "mentor": r.mentor_name, "what": r.next_module or r.program_name},
                 "onboarding", INFO, r.employee_id) for r in module.list_trajectories(db, actor, False, today) if r.mentor_id]


def _ready_to_sign(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name}: {what} (mentor {mentor})"),
                 {"name": r.trainee_name, "what": ", ".join(r.ready), "mentor": r.mentor_name or "-"},
                 "onboarding", WARNING, r.employee_id) for r in module.ready_to_sign(db, actor, today)]


def _talks_due(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name}: progress talk due {date} (mentor {mentor})"),
                 {"name": r.trainee_name, "date": r.next_talk.strftime("%d-%m-%Y"), "mentor": r.mentor_name or "-"},
                 "onboarding", WARNING, r.employee_id, r.next_talk) for r in module.talks_due(db, actor, today)]


def _interviews_due(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name}: development interview due {date}"),
                 {"name": r.name, "date": r.due_on.strftime("%d-%m-%Y")}, "interviews",
                 URGENT if r.state == "overdue" else WARNING, r.employee_id, r.due_on)
            for r in module.due_interviews(db, actor, today)]


def _actions_overdue(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "{name}: {what} (was due {date}, {who})"),
                 {"name": r.employee_name, "what": r.what, "date": r.due_on.strftime("%d-%m-%Y"), "who": r.who or "-"},
                 "interviews", URGENT, r.employee_id, r.due_on) for r in module.overdue_actions(db, actor, today)]


SOURCES: tuple[Source, ...] = (
    Source("pairs", QT_TRANSLATE_NOOP("dashboard", "Learners and their mentors"), "onboarding", "wplstudio.services.onboarding",
           _pairs, "list_trajectories"),
    Source("sign", QT_TRANSLATE_NOOP("dashboard", "Modules ready to sign"), "onboarding", "wplstudio.services.onboarding",
           _ready_to_sign, "ready_to_sign"),
    Source("talks", QT_TRANSLATE_NOOP("dashboard", "Progress talks due"), "onboarding", "wplstudio.services.onboarding",
           _talks_due, "talks_due"),
    Source("interviews", QT_TRANSLATE_NOOP("dashboard", "Development interviews due"), "interviews",
           "wplstudio.services.interview_cycle", _interviews_due, "due_interviews"),
    Source("actions", QT_TRANSLATE_NOOP("dashboard", "Follow-up actions overdue"), "interviews",
           "wplstudio.services.interview_plan", _actions_overdue, "overdue_actions"),
    Source("certificates", QT_TRANSLATE_NOOP("dashboard", "Certificates expiring"), "certificates", "wplstudio.services.matrix",
           _certificates, "read"),
    Source("single-points", QT_TRANSLATE_NOOP("dashboard", "Single points of failure"), "matrix-charts", "wplstudio.services.matrix",
           _single_points, "read"),
    Source("improvements", QT_TRANSLATE_NOOP("dashboard", "Open improvement actions"), "board-improvements",
           "wplstudio.services.board_extras", _improvements, "list_improvements"),
    Source("plan", QT_TRANSLATE_NOOP("dashboard", "Training plan behind schedule"), "training-plan",
           "wplstudio.services.training_plan", _plan_overdue, "behind_schedule"),
    Source("quickscan", QT_TRANSLATE_NOOP("dashboard", "Quickscans to finish"), "quickscan", "wplstudio.services.quickscan",
           _quickscan_drafts, "drafts"),
)
