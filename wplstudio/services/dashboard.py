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

def _matrix(module, db: Database, actor: Actor, today: date, shared: dict):
    """The matrix read once for both matrix sections: the whole company and who the actor may see."""
    if "matrix" not in shared:
        require_some(actor, "matrix", "view")
        with db.session() as s:
            data = module.read(s, actor, today, visible_only=False)
            visible = {p.id for p in module.visible_people(s, actor, data.people)}
            from wplstudio.services.matrix_targets import warning_days_in

            warn = warning_days_in(s)
        shared["matrix"] = (data, visible, warn)
    return shared["matrix"]


def _certificates(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    data, visible, warn = _matrix(module, db, actor, today, shared)
    person = {p.id: p.name for p in data.people}
    task = {t.id: t.name for t in data.tasks}
    items = []
    for alert in matrix_rules.certificate_alerts(data, warn):
        if alert.employee_id not in visible:
            continue
        params = {"name": person[alert.employee_id], "task": task[alert.task_id],
                  "date": alert.valid_until.strftime("%d-%m-%Y") if alert.valid_until else ""}
        message, severity = {
            "expired": (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} expired on {date}"), URGENT),
            "expiring": (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} expires on {date}"), WARNING),
        }.get(alert.state, (QT_TRANSLATE_NOOP("dashboard", "{name}: {task} has no expiry date"), INFO))
        items.append(Item(message, params, "matrix", severity, alert.employee_id, alert.valid_until))
    return items


def _single_points(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    if not allowed(actor.role, "matrix", "view", OTHERS):
        raise NotAllowed("company figures")  # a company figure: not for someone who sees only their own row
    data, _, _ = _matrix(module, db, actor, today, shared)
    person = {p.id: p.name for p in data.people}
    task = {t.id: t.name for t in data.tasks}
    return [Item(QT_TRANSLATE_NOOP("dashboard", "Only {name} can do {task} alone"),
                 {"name": person[p.employee_id], "task": task[p.task_id]}, "matrix-charts", WARNING, p.employee_id)
            for p in matrix_rules.single_points_of_failure(data)]


# --- adapters: this area (quickscan, training plan) ------------------------------------

def _quickscan_drafts(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    return [Item(QT_TRANSLATE_NOOP("dashboard", "Quickscan '{title}' is a draft: finish it"), {"title": scan.title},
                 "quickscan", INFO, when=scan.held_on) for scan in module.drafts(db, actor)]


def _plan_overdue(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
    lines = [line for line in module.load(db, actor, today.year)
             if line.status == "planned" and line.planned_on is not None and line.planned_on < today.replace(day=1)]
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
                                    "owner": i.owner or "-"}, "board", URGENT if late else INFO, i.owner_id, i.due))
    return items


# --- adapters: areas still being built (generic: items with a few well-known fields) ---------

def _generic(function: str, message: str, view: str, severity: str = WARNING):
    """For an area function returning plain items: names are read from the usual attribute names."""
    def read(module, db: Database, actor: Actor, today: date, shared: dict) -> list[Item]:
        result = []
        for raw in getattr(module, function)(db, actor):
            params = {"name": _first(raw, "employee_name", "trainee_name", "name", default=""),
                      "what": _first(raw, "title", "module_title", "what", "description", "task_name", default=""),
                      "other": _first(raw, "mentor_name", "guide_name", "owner_name", "owner", default=""),
                      "date": _date_text(_first(raw, "due", "due_date", "date", "day", default=None))}
            result.append(Item(message, params, view, severity, _first(raw, "employee_id", "trainee_id", default=None),
                               _first(raw, "due", "due_date", "date", "day", default=None)))
        return result
    return read


def _first(raw, *names: str, default):
    for name in names:
        value = getattr(raw, name, None)
        if value not in (None, ""):
            return value
    return default


def _date_text(value) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, date) else ""


SOURCES: tuple[Source, ...] = (
    Source("pairs", QT_TRANSLATE_NOOP("dashboard", "Learner and mentor today"), "board", "wplstudio.services.onboarding",
           _generic("pairs_today", QT_TRANSLATE_NOOP("dashboard", "{name} with {other}: {what}"), "board", INFO), "pairs_today"),
    Source("sign", QT_TRANSLATE_NOOP("dashboard", "Modules ready to sign"), "onboarding", "wplstudio.services.onboarding",
           _generic("ready_to_sign", QT_TRANSLATE_NOOP("dashboard", "{name}: {what} (mentor {other})"), "onboarding"), "ready_to_sign"),
    Source("interviews", QT_TRANSLATE_NOOP("dashboard", "Interviews due"), "interviews", "wplstudio.services.interviews",
           _generic("due_interviews", QT_TRANSLATE_NOOP("dashboard", "{name}: interview due {date}"), "interviews"), "due_interviews"),
    Source("actions", QT_TRANSLATE_NOOP("dashboard", "Follow-up actions overdue"), "interviews", "wplstudio.services.interviews",
           _generic("overdue_actions", QT_TRANSLATE_NOOP("dashboard", "{name}: {what} (was due {date})"), "interviews", URGENT),
           "overdue_actions"),
    Source("certificates", QT_TRANSLATE_NOOP("dashboard", "Certificates expiring"), "matrix", "wplstudio.services.matrix",
           _certificates, "read"),
    Source("single-points", QT_TRANSLATE_NOOP("dashboard", "Single points of failure"), "matrix-charts", "wplstudio.services.matrix",
           _single_points, "read"),
    Source("improvements", QT_TRANSLATE_NOOP("dashboard", "Open improvement actions"), "board", "wplstudio.services.board_extras",
           _improvements, "list_improvements"),
    Source("plan", QT_TRANSLATE_NOOP("dashboard", "Training plan behind schedule"), "training-plan",
           "wplstudio.services.training_plan", _plan_overdue, "load"),
    Source("quickscan", QT_TRANSLATE_NOOP("dashboard", "Quickscans to finish"), "quickscan", "wplstudio.services.quickscan",
           _quickscan_drafts, "drafts"),
)
