"""Rules for the task landscape: core tasks split into tasks."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.people import check_name, check_text, clean
from wplstudio.domain.text import QT_TRANSLATE_NOOP

VALIDITY_MAX_MONTHS = 120


@dataclass(frozen=True)
class TaskDraft:
    core_task_id: int
    name: str
    description: str = ""
    why: str = ""
    is_certificate: bool = False
    validity_months: int | None = None


def normalise_task(draft: TaskDraft) -> TaskDraft:
    """A certificate needs a validity between 1 and 120 months; other tasks have none."""
    validity = draft.validity_months if draft.is_certificate else None
    tidy = TaskDraft(
        core_task_id=draft.core_task_id, name=clean(draft.name), description=(draft.description or "").strip(),
        why=(draft.why or "").strip(), is_certificate=bool(draft.is_certificate), validity_months=validity,
    )
    problems: list[FieldProblem] = []
    check_name(QT_TRANSLATE_NOOP("fields", "name"), tidy.name, problems)
    check_text(QT_TRANSLATE_NOOP("fields", "description"), tidy.description, problems)
    check_text(QT_TRANSLATE_NOOP("fields", "why"), tidy.why, problems)
    if tidy.is_certificate and not (validity and 1 <= validity <= VALIDITY_MAX_MONTHS):
        problems.append(FieldProblem(
            "validity", QT_TRANSLATE_NOOP("errors", "A certificate needs a validity between 1 and {n} months."),
            {"n": VALIDITY_MAX_MONTHS}))
    if problems:
        raise ValidationFailed(problems)
    return tidy
