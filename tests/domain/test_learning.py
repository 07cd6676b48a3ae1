"""Learning activities: hours and costs as people type them, and the sums."""

from __future__ import annotations

from datetime import date

import pytest

from wplstudio.domain import learning as rules
from wplstudio.domain.errors import ValidationFailed


@pytest.mark.parametrize("typed, minutes", [("7,5", 450), (8, 480), ("0,25", 15), ("", 0), ("1.5", 90)])
def test_hours_as_typed_become_whole_minutes(typed, minutes):
    assert rules.to_minutes(typed) == minutes


@pytest.mark.parametrize("typed, cents", [("1.250,00", 125000), ("99,95", 9995), (12.5, 1250), ("€ 40", 4000)])
def test_costs_as_typed_become_whole_cents(typed, cents):
    assert rules.to_cents(typed) == cents


def test_negative_hours_and_costs_are_refused_together_in_one_message():
    draft = rules.ActivityDraft(1, rules.COURSE, "VCA", date(2026, 3, 1), hours="-4", cost="-10")
    with pytest.raises(ValidationFailed) as refused:
        rules.check_activity(draft)
    assert "Hours cannot be negative (-4)" in str(refused.value) and "cost cannot be negative (-10)" in str(refused.value)


def test_on_the_job_and_off_the_job_are_summed_apart():
    totals = rules.Totals().plus(rules.COURSE, 480, 50000, True).plus(rules.COACHING, 60, 0, False).plus(rules.ROTATION, 120, 0, False)
    assert (totals.on_job_minutes, totals.off_job_minutes, totals.cost_cents, totals.certificates) == (180, 480, 50000, 1)
    assert rules.hours_text(totals.minutes) == "11" and rules.euro_text(totals.cost_cents) == "€ 500,00"
