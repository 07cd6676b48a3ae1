"""Reading the audit trail: filtered, newest first, a page at a time, for the owner.

The trail keeps ids, not names (see services/audit.py). For reading, each page
looks up what the records are called TODAY, so the owner sees "Plaatbewerking"
instead of "teams 3"; once someone is anonymised, their old name is gone from
the trail too, because it was never in it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.audit_policy import policy_for
from wplstudio.domain.people import full_name
from wplstudio.services.audit import as_utc, require_reader
from wplstudio.storage.database import Database
from wplstudio.storage.models import AuditEntry, CoreTask, Employee, JobFunction, Task, Team, User

PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None  # calendar days on the person's clock, both inclusive
    date_to: date | None = None
    who: str = ""  # part of the actor's name, any case
    entity: str = ""  # a table name ("employees"), exactly
    action: str = ""  # "create", "update", "delete", or another service's word
    search: str = ""  # part of the record's id


@dataclass(frozen=True)
class Change:
    field: str
    before: object  # a plain value; a referenced record appears as "its name (#id)"
    after: object


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    actor: str
    action: str
    entity: str
    entity_id: str
    subject: str  # what the record is called today; "" when it no longer exists
    changes: tuple[Change, ...]


def list_entries(db: Database, actor: Actor, filters: AuditFilter = AuditFilter(),
                 limit: int = PAGE, offset: int = 0) -> list[AuditRow]:
    require_reader(actor, "view")
    query = filtered(select(AuditEntry), filters).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
    with db.session() as s:
        entries = list(s.scalars(query))
        names = _names(s, entries)
        return [_row(e, names) for e in entries]


def count_entries(db: Database, actor: Actor, filters: AuditFilter = AuditFilter()) -> int:
    require_reader(actor, "view")
    with db.session() as s:
        return s.scalar(filtered(select(func.count(AuditEntry.id)), filters))


@dataclass(frozen=True)
class AuditChoices:
    """What the filters can offer: everyone who changed something, the kinds of record and the actions."""
    actors: list[str]
    entities: list[str]
    actions: list[str]


def filter_choices(db: Database, actor: Actor) -> AuditChoices:
    require_reader(actor, "view")
    with db.session() as s:
        def distinct(column) -> list[str]:
            return sorted(s.scalars(select(column).distinct()), key=str.casefold)

        return AuditChoices(distinct(AuditEntry.actor), distinct(AuditEntry.entity), distinct(AuditEntry.action))


def filtered(query, f: AuditFilter):
    """query narrowed to the entries that match f."""
    if f.date_from:
        query = query.where(AuditEntry.at >= _utc_start(f.date_from))
    if f.date_to:
        query = query.where(AuditEntry.at < _utc_start(f.date_to + timedelta(days=1)))
    if f.who.strip():
        query = query.where(AuditEntry.actor.icontains(f.who.strip(), autoescape=True))
    if f.entity:
        query = query.where(AuditEntry.entity == f.entity)
    if f.action:
        query = query.where(AuditEntry.action == f.action)
    if f.search.strip():
        query = query.where(AuditEntry.entity_id.contains(f.search.strip(), autoescape=True))
    return query


def _utc_start(day: date) -> datetime:
    """Midnight on the person's clock, in UTC as the trail stores it (SQLite's binding drops the zone)."""
    return datetime.combine(day, time.min).astimezone(timezone.utc)


# --- rows ------------------------------------------------------------------------

def parse(values: str) -> dict:
    try:
        parsed = json.loads(values) if values else {}
    except ValueError:  # written outside the app; verify() reports it, the list still shows the rest
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _row(e: AuditEntry, names: dict) -> AuditRow:
    before, after = parse(e.before), parse(e.after)
    references = policy_for(e.entity).references if policy_for(e.entity) else {}

    def shown(field: str, value):
        target = references.get(field)
        if target is None or value is None or not isinstance(value, int):
            return value
        name = names.get((target, str(value)), "")
        return f"{name} (#{value})" if name else f"#{value}"

    fields = list(dict.fromkeys([*before, *after]))
    changes = tuple(Change(f, shown(f, before.get(f)), shown(f, after.get(f))) for f in fields)
    return AuditRow(e.id, as_utc(e.at), e.actor, e.action, e.entity, e.entity_id,
                    names.get((e.entity, e.entity_id), ""), changes)


# --- what records are called today -------------------------------------------------

_NAMERS = {
    "teams": (Team, lambda r: r.name),
    "functions": (JobFunction, lambda r: r.name),
    "employees": (Employee, lambda r: full_name(r.first_name, r.prefix, r.last_name)),
    "core_tasks": (CoreTask, lambda r: r.name),
    "tasks": (Task, lambda r: r.name),
    "users": (User, lambda r: r.display_name or r.username),
}


def _names(s: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """(entity, id) -> today's name, for the subjects and the ids they point to, a query per kind."""
    wanted: dict[str, set[int]] = {}
    for e in entries:
        _want(wanted, e.entity, e.entity_id)
        references = policy_for(e.entity).references if policy_for(e.entity) else {}
        for side in (parse(e.before), parse(e.after)):
            for field, target in references.items():
                _want(wanted, target, side.get(field))
    names = {}
    for entity, ids in wanted.items():
        model, namer = _NAMERS[entity]
        names.update({(entity, str(r.id)): namer(r) for r in s.scalars(select(model).where(model.id.in_(ids)))})
    return names


def _want(wanted: dict[str, set[int]], entity: str, key) -> None:
    if entity in _NAMERS and str(key or "").isdigit():
        wanted.setdefault(entity, set()).add(int(key))
