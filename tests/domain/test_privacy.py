from datetime import date

import pytest
from hypothesis import given, strategies as st

from wplstudio.domain.errors import ValidationFailed
from wplstudio.domain.privacy import add_months, due_date, is_due, months_valid


def test_end_of_month_stays_inside_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), st.integers(min_value=1, max_value=120))
def test_due_date_lies_the_right_number_of_months_later(day, months):
    due = due_date(day, months)
    assert (due.year - day.year) * 12 + due.month - day.month == months
    assert due.day <= day.day


@given(st.dates(), st.integers(min_value=1, max_value=120), st.dates())
def test_nobody_is_due_before_leaving_or_before_the_period_ends(left, months, today):
    if is_due(left, months, today):
        assert left < today and due_date(left, months) <= today


@pytest.mark.parametrize("bad", [0, -1, 121, 10_000])
def test_retention_outside_1_to_120_months_is_refused(bad):
    with pytest.raises(ValidationFailed):
        months_valid(bad)
