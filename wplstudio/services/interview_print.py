"""The data for the interview papers: a blank (or pre-filled) form of a guide, and a held
interview with its answers, agreements, plan and signature lines. Plain data for
reports/interview_form_pdf.py and reports/interview_pdf.py.

The private note is never printed: paper goes to the employee."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotFound
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import company, people
from wplstudio.services.access import require_some
from wplstudio.services.interview_guides import find_guide, get_guide
from wplstudio.services.interview_plan import ActionRow, GoalRow, development_plan
from wplstudio.services.interviews import EventRow, load_interview
from wplstudio.storage.database import Database


@dataclass(frozen=True)
class FormData:
    guide_name: str
    language: str
    content: rules.GuideContent
    company_name: str
    employee_name: str = ""
    function_name: str = ""
    day: date | None = None
    interviewer_name: str = ""


@dataclass(frozen=True)
class InterviewPaper:
    form: FormData
    status: str
    held_on: date | None
    confirmed_at: datetime | None
    guide_version_no: int
    answers: dict[str, str]
    preparation: dict[str, str]
    actions: tuple[ActionRow, ...]
    goals: tuple[GoalRow, ...]
    events: tuple[EventRow, ...] = field(default_factory=tuple)
    contents_erased: bool = False


def _company_name(db: Database, actor: Actor) -> str:
    try:
        return company.get_company(db, actor).name
    except Exception:  # a role that may not read the company details still gets its own form
        return ""


def blank_form(db: Database, actor: Actor, guide: str | int, employee: str | int | None = None,
               day: date | None = None, interviewer: str = "") -> FormData:
    """guide: its name or id; employee (optional, pre-fills name and function): a full name or id."""
    require_some(actor, "interviews", "print")
    found = get_guide(db, actor, guide) if isinstance(guide, int) else find_guide(db, actor, guide)
    name = function = ""
    if employee is not None:
        person = _employee(db, actor, employee)
        name, function = person.full_name, person.function_name
    return FormData(found.name, found.language, found.content, _company_name(db, actor), name, function, day, interviewer)


def _employee(db: Database, actor: Actor, employee: str | int):
    from wplstudio.services.access import require_for_employee

    rows = people.list_employees(db, actor, include_left=True)
    wanted = employee if isinstance(employee, int) else " ".join(str(employee).split()).casefold()
    for row in rows:
        if row.id == wanted or row.full_name.casefold() == wanted:
            with db.session() as s:
                require_for_employee(s, actor, "interviews", "print", row.id)
            return row
    raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no employee named {name}."), name=str(employee))


def held_interview(db: Database, actor: Actor, interview_id: int) -> InterviewPaper:
    from wplstudio.services.access import require_for_employee

    detail = load_interview(db, actor, interview_id)
    with db.session() as s:
        require_for_employee(s, actor, "interviews", "print", detail.row.employee_id)
    plan = development_plan(db, actor, detail.row.employee_id)
    actions = tuple(a for g in plan.goals for a in g.actions if a.interview_id == interview_id) + tuple(
        a for a in plan.loose_actions if a.interview_id == interview_id)
    form = FormData(detail.row.guide_name, detail.language, detail.content, _company_name(db, actor), detail.row.employee_name,
                    detail.function_name, detail.row.held_on or detail.row.planned_on, detail.row.interviewer_name)
    confirmed = next((e.at for e in reversed(detail.events) if e.kind == "confirmed"), None) \
        if detail.row.status == rules.CONFIRMED else None
    return InterviewPaper(form, detail.row.status, detail.row.held_on, confirmed, detail.row.guide_version_no,
                          detail.answers, detail.preparation, tuple(sorted(actions, key=lambda a: (a.due_on, a.id))),
                          tuple(g for g in plan.goals if g.status == rules.OPEN), detail.events, detail.contents_erased)
