"""The learning register: learning activities per employee, by hand or made by other
areas, and the overviews per person, team and year (hours and costs, on the job
against off the job).

Permissions (area "learning"): everyone sees their own activities, a mentor also
those of their trainees, owner and managers all; owner and managers register and
change them, a mentor for their trainees (services/access.py).

For other areas: register_from_area(session, actor, ...) adds an activity inside the
CALLER's transaction (a signed onboarding module, a held progress talk). It checks the
data, not the permission: the calling area has already checked its own permission for
the act that caused it (a trainee signing a module may not edit the register, yet the
module is learning all the same). It is idempotent on (source, source_ref): calling it
again for the same sign-off returns the existing activity instead of a second one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from wplstudio.domain import learning as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, NotFound, ValidationFailed
from wplstudio.domain.people import full_name
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.access import require_for_employee, visible_rows
from wplstudio.services.records import add_row, delete_versioned, fetch, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Team
from wplstudio.storage.models_learning import LearningActivity


@dataclass(frozen=True)
class ActivityRow:
    id: int
    employee_id: int
    employee_name: str
    team_id: int | None
    team_name: str
    kind: str
    title: str
    held_on: date
    minutes: int
    cost_cents: int
    certificate: bool
    provider: str
    note: str
    source: str
    version: int

    @property
    def on_the_job(self) -> bool:
        return rules.is_on_the_job(self.kind)


@dataclass(frozen=True)
class OverviewRow:
    key: int | None  # employee id, team id or year
    name: str
    totals: rules.Totals


# --- writing ---------------------------------------------------------------------

def save_activity(db: Database, actor: Actor, draft: rules.ActivityDraft, activity_id: int | None = None,
                  version: int | None = None) -> int:
    """Register a learning activity by hand, or change one. All fields checked first; nothing half-saved."""
    checked = rules.check_activity(draft)
    with db.session() as s:
        _require_employee(s, checked.employee_id)
        require_for_employee(s, actor, "learning", "edit", checked.employee_id)
        values = _values(checked)
        if activity_id is None:
            return add_row(s, actor, LearningActivity(**values, source=rules.MANUAL, **stamp(actor))).id
        old = fetch(s, LearningActivity, activity_id)
        require_for_employee(s, actor, "learning", "edit", old.employee_id)
        update_versioned(s, LearningActivity, activity_id, version or 0, actor, values)
        return activity_id


def _values(checked: rules.CheckedActivity) -> dict:
    return {"employee_id": checked.employee_id, "kind": checked.kind, "title": checked.title, "held_on": checked.held_on,
            "minutes": checked.minutes, "cost_cents": checked.cost_cents, "certificate": checked.certificate,
            "provider": checked.provider, "note": checked.note}


def _require_employee(s: Session, employee_id: int) -> None:
    if s.get(Employee, employee_id) is None:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "employee"), QT_TRANSLATE_NOOP(
            "errors", "Choose the employee who learned it."))])


def delete_activity(db: Database, actor: Actor, activity_id: int, version: int) -> None:
    with db.session() as s:
        row = fetch(s, LearningActivity, activity_id)
        require_for_employee(s, actor, "learning", "edit", row.employee_id)
        delete_versioned(s, LearningActivity, activity_id, version, actor)


def register_from_area(session: Session, actor: Actor, *, employee_id: int, kind: str, title: str, held_on: date,
                       hours: object = 0, cost: object = 0, certificate: bool = False, source: str, source_ref: str,
                       provider: str = "") -> int:
    """Add an activity in the caller's transaction; returns its id. Idempotent on (source, source_ref).

    source: the calling area ("onboarding", "interviews", "board"); source_ref: what in that area made it,
    unique within the area (e.g. f"module-sign-off:{sign_off_id}"). Raises ValidationFailed on bad data
    (the caller's whole transaction then rolls back, as it should)."""
    if not source or source == rules.MANUAL or not source_ref:
        raise ValueError("register_from_area needs the calling area's source and a source_ref")
    existing = session.scalar(select(LearningActivity.id).where(
        LearningActivity.source == source, LearningActivity.source_ref == source_ref))
    if existing is not None:
        return existing
    checked = rules.check_activity(rules.ActivityDraft(employee_id, kind, title, held_on, hours, cost, certificate, provider))
    _require_employee(session, employee_id)
    row = LearningActivity(**_values(checked), source=source[:40], source_ref=source_ref[:80], **stamp(actor))
    return add_row(session, actor, row).id


# --- reading ---------------------------------------------------------------------

def list_activities(db: Database, actor: Actor, year: int | None = None, employee_id: int | None = None) -> list[ActivityRow]:
    """The activities the actor may see, newest first; optionally one year and/or one person."""
    with db.session() as s:
        rows = _rows(s, year, employee_id)
        return visible_rows(s, actor, "learning", rows, lambda r: r.employee_id, lambda r: r.team_id)


def _rows(s: Session, year: int | None, employee_id: int | None) -> list[ActivityRow]:
    a = LearningActivity  # columns, not ORM objects: a year of a 250-person company is thousands of rows
    query = (select(a.id, a.employee_id, Employee.first_name, Employee.prefix, Employee.last_name, Employee.team_id, Team.name,
                    a.kind, a.title, a.held_on, a.minutes, a.cost_cents, a.certificate, a.provider, a.note, a.source, a.version)
             .join(Employee, a.employee_id == Employee.id).outerjoin(Team, Employee.team_id == Team.id)
             .order_by(a.held_on.desc(), a.id.desc()))
    if year is not None:
        query = query.where(a.held_on >= date(year, 1, 1), a.held_on <= date(year, 12, 31))
    if employee_id is not None:
        query = query.where(a.employee_id == employee_id)
    return [ActivityRow(i, e, full_name(f, p, la), team, team_name or "", *rest) for i, e, f, p, la, team, team_name, *rest in s.execute(query)]


def get_activity(db: Database, actor: Actor, activity_id: int) -> ActivityRow:
    with db.session() as s:
        row = fetch(s, LearningActivity, activity_id)
        require_for_employee(s, actor, "learning", "view", row.employee_id)
        found = [r for r in _rows(s, None, row.employee_id) if r.id == activity_id]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))
    return found[0]


def overview(db: Database, actor: Actor, by: str, year: int | None = None) -> list[OverviewRow]:
    """Totals per "person", "team" or "year" over the activities the actor may see."""
    if by not in ("person", "team", "year"):
        raise ValueError(f"unknown grouping {by!r}")
    rows = list_activities(db, actor, year)
    return summarise(rows, by)


def summarise(rows: list[ActivityRow], by: str) -> list[OverviewRow]:
    groups: dict[object, tuple[str, rules.Totals]] = {}
    for r in rows:
        key, name = {"person": (r.employee_id, r.employee_name), "team": (r.team_id, r.team_name),
                     "year": (r.held_on.year, str(r.held_on.year))}[by]
        _, totals = groups.get(key, (name, rules.Totals()))
        groups[key] = (name, totals.plus(r.kind, r.minutes, r.cost_cents, r.certificate))
    result = [OverviewRow(key, name, totals) for key, (name, totals) in groups.items()]
    if by == "year":
        return sorted(result, key=lambda row: row.key)
    return sorted(result, key=lambda row: (row.key is None, row.name.casefold()))


def totals(rows: list[ActivityRow]) -> rules.Totals:
    result = rules.Totals()
    for r in rows:
        result = result.plus(r.kind, r.minutes, r.cost_cents, r.certificate)
    return result


def years_with_activities(db: Database, actor: Actor) -> list[int]:
    return sorted({r.held_on.year for r in list_activities(db, actor)}, reverse=True)


def add_many(db: Database, actor: Actor, drafts: list[rules.ActivityDraft]) -> int:
    """Register several activities in one transaction (a course for a whole team, the demo): all or nothing."""
    checked = [rules.check_activity(d) for d in drafts]
    with db.session() as s:
        for c in checked:
            _require_employee(s, c.employee_id)
            require_for_employee(s, actor, "learning", "edit", c.employee_id)
            add_row(s, actor, LearningActivity(**_values(c), source=rules.MANUAL, **stamp(actor)))
    return len(checked)


def erase_personal(s: Session, employee_id: int) -> None:
    """Anonymising someone (services/privacy.py): clear the free text about them in the learning
    register and the quickscan (a note, their name as a respondent); hours, costs and scores stay
    so the company's figures keep adding up."""
    from sqlalchemy import update

    from wplstudio.storage.models_quickscan import QuickscanRespondent

    s.execute(update(LearningActivity).where(LearningActivity.employee_id == employee_id).values(note=""))
    s.execute(update(QuickscanRespondent).where(QuickscanRespondent.employee_id == employee_id)
              .values(name=f"#{employee_id}", employee_id=None))


def year_totals(db: Database, actor: Actor) -> list[OverviewRow]:
    """Totals per year over the whole company, summed by the database (five years of a 250-person
    company are 10,000 rows: too many to carry into Python for one bar chart). Owner and managers."""
    from sqlalchemy import case, func

    from wplstudio.domain.permissions import OTHERS, require

    require(actor, "learning", "view", OTHERS)
    year = extract("year", LearningActivity.held_on)
    on_job = LearningActivity.kind.in_(sorted(rules.ON_JOB_KINDS))
    query = select(year, func.count(), func.sum(case((on_job, LearningActivity.minutes), else_=0)),
                   func.sum(case((on_job, 0), else_=LearningActivity.minutes)), func.sum(LearningActivity.cost_cents),
                   func.sum(case((LearningActivity.certificate, 1), else_=0))).group_by(year).order_by(year)
    with db.session() as s:
        return [OverviewRow(int(y), str(int(y)), rules.Totals(n, int(on or 0), int(off or 0), int(cost or 0), int(certs or 0)))
                for y, n, on, off, cost, certs in s.execute(query)]
