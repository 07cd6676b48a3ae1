"""Rules for personal data (AVG/GDPR): retention after someone leaves, and what an
anonymised employee looks like."""

from __future__ import annotations

from datetime import date

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

ANONYMOUS_FIRST_NAME = "Oud-medewerker"
RETENTION_MIN_MONTHS = 1
RETENTION_MAX_MONTHS = 120


def anonymous_last_name(employee_id: int) -> str:
    return f"#{employee_id}"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):  # 31 January + 1 month is the end of February
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_date(left_on: date, retention_months: int) -> date:
    return add_months(left_on, retention_months)


def is_due(left_on: date | None, retention_months: int, today: date) -> bool:
    return left_on is not None and left_on < today and due_date(left_on, retention_months) <= today


def months_valid(months: int) -> int:
    if not isinstance(months, int) or not RETENTION_MIN_MONTHS <= months <= RETENTION_MAX_MONTHS:
        raise ValidationFailed([FieldProblem(
            QT_TRANSLATE_NOOP("fields", "retention period"),
            QT_TRANSLATE_NOOP("errors", "The retention period must be between {low} and {high} months."),
            {"low": RETENTION_MIN_MONTHS, "high": RETENTION_MAX_MONTHS})])
    return months
