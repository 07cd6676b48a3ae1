"""Rules for the company's people: teams, functions and employees."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

NAME_MAX = 80
TEXT_MAX = 2000

EDUCATION_LEVELS = (
    ("", QT_TRANSLATE_NOOP("education", "unknown")),
    ("vmbo", QT_TRANSLATE_NOOP("education", "vmbo")),
    ("mbo1", QT_TRANSLATE_NOOP("education", "mbo level 1")),
    ("mbo2", QT_TRANSLATE_NOOP("education", "mbo level 2")),
    ("mbo3", QT_TRANSLATE_NOOP("education", "mbo level 3")),
    ("mbo4", QT_TRANSLATE_NOOP("education", "mbo level 4")),
    ("havo", QT_TRANSLATE_NOOP("education", "havo")),
    ("vwo", QT_TRANSLATE_NOOP("education", "vwo")),
    ("hbo", QT_TRANSLATE_NOOP("education", "hbo")),
    ("wo", QT_TRANSLATE_NOOP("education", "university")),
)
EDUCATION_CODES = frozenset(code for code, _ in EDUCATION_LEVELS)


@dataclass(frozen=True)
class EmployeeDraft:
    first_name: str
    last_name: str
    prefix: str = ""
    team_id: int | None = None
    function_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    education: str = ""


def full_name(first_name: str, prefix: str, last_name: str) -> str:
    return " ".join(part for part in (first_name, prefix, last_name) if part)


def is_active(end_date: date | None, today: date) -> bool:
    """Someone with a leaving date still works here until that day has passed."""
    return end_date is None or end_date >= today


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def has_control_characters(value: str, allowed: str = "") -> bool:
    """Invisible characters that come along with pasted text; PostgreSQL cannot even store NUL."""
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value)


def _control_problem(field: str) -> FieldProblem:
    return FieldProblem(field, QT_TRANSLATE_NOOP("errors", "The {field} holds an invisible control character. Type it again without it."), {"field": field})


def check_name(field: str, value: str, problems: list[FieldProblem], required: bool = True) -> None:
    if required and not value:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "The {field} must be filled in."), {"field": field}))
    elif len(value) > NAME_MAX:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "The {field} may be at most {n} characters."), {"field": field, "n": NAME_MAX}))
    elif has_control_characters(value):
        problems.append(_control_problem(field))


def check_text(field: str, value: str, problems: list[FieldProblem]) -> None:
    if len(value) > TEXT_MAX:
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("errors", "The {field} may be at most {n} characters."), {"field": field, "n": TEXT_MAX}))
    elif has_control_characters(value, allowed="\t\n\r"):
        problems.append(_control_problem(field))


def normalise_employee(draft: EmployeeDraft) -> EmployeeDraft:
    """Tidy the white space of the names and raise ValidationFailed on anything wrong."""
    tidy = EmployeeDraft(
        first_name=clean(draft.first_name), last_name=clean(draft.last_name), prefix=clean(draft.prefix),
        team_id=draft.team_id, function_id=draft.function_id, start_date=draft.start_date,
        end_date=draft.end_date, education=draft.education or "",
    )
    problems: list[FieldProblem] = []
    check_name(QT_TRANSLATE_NOOP("fields", "first name"), tidy.first_name, problems)
    check_name(QT_TRANSLATE_NOOP("fields", "last name"), tidy.last_name, problems)
    check_name(QT_TRANSLATE_NOOP("fields", "prefix"), tidy.prefix, problems, required=False)
    if tidy.education not in EDUCATION_CODES:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "education"), QT_TRANSLATE_NOOP("errors", "Choose an education level from the list."), {}))
    if tidy.start_date and tidy.end_date and tidy.end_date < tidy.start_date:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "end date"), QT_TRANSLATE_NOOP("errors", "The end date lies before the start date."), {}))
    if problems:
        raise ValidationFailed(problems)
    return tidy


def normalise_simple_name(field: str, value: str) -> str:
    """For teams, functions and core tasks: a required, tidy, bounded name."""
    tidy = clean(value)
    problems: list[FieldProblem] = []
    check_name(field, tidy, problems)
    if problems:
        raise ValidationFailed(problems)
    return tidy
