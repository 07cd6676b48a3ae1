"""The planning board's rules, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from wplstudio.domain import board as rules
from wplstudio.domain.errors import ValidationFailed, WplError


def test_a_week_written_as_year_and_number_starts_on_its_monday():
    assert rules.parse_week("2026-W48") == date(2026, 11, 23)
    assert rules.week_label(date(2026, 11, 23)) == "2026-W48"
    assert rules.week_days(date(2026, 11, 23))[-1] == date(2026, 11, 27)
    assert len(rules.week_days(date(2026, 11, 23), saturday=True)) == 6


@pytest.mark.parametrize("text", ["2026-48", "2026-W54", "week 48", "", "2026-W00"])
def test_a_week_that_is_not_a_week_is_refused_with_an_example(text):
    with pytest.raises(WplError, match="2026-W48"):
        rules.parse_week(text)


def test_spreading_a_job_over_several_days_skips_the_weekend():
    assert rules.spread_days(date(2026, 11, 26), 3) == [date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 30)]


def test_a_learner_alone_on_a_task_warns_but_not_beside_someone_deployable():
    levels = {(1, 10): 2, (2, 10): 3, (1, 11): 4}
    alone = rules.deployability_warnings(1, (10, 11), [], levels)
    assert [(w.kind, w.task_id, w.level) for w in alone] == [(rules.NOT_DEPLOYABLE, 10, 2)]
    assert rules.deployability_warnings(1, (10, 11), [1, 2], levels) == []


def test_an_absent_or_overfull_day_warns():
    kinds = [w.kind for w in rules.day_warnings("sick", 10)]
    assert kinds == [rules.ABSENT, rules.OVERLOADED]
    assert rules.day_warnings(None, 8) == []


def test_suggestions_are_qualified_free_people_of_the_same_team_first():
    levels = {(1, 5): 3, (2, 5): 4, (3, 5): 3, (4, 5): 2}
    found = rules.suggest([(1, 7), (2, 8), (3, 7), (4, 7)], (5,), levels, {1: 8, 3: 4}, absent=[2], team_id=7)
    assert [c.employee_id for c in found] == [3]  # 1 is full, 2 absent, 4 not deployable


def test_mentoring_lowers_capacity_and_reserved_learning_counts_per_week():
    load = rules.week_load(days=5, absent_days=1, card_hours=24, learner_hours=0, mentor_hours=16,
                           reserved_learning=4, reserved_mentoring=0)
    assert load.available == 32 and load.mentoring == 16 and load.learning == 4
    assert load.capacity == 32 - 4 - 4  # a quarter of the 16 hours beside a learner
    assert load.free == 0


def test_a_level_not_practised_for_longer_than_the_setting_is_stale():
    today = date(2026, 11, 25)
    assert rules.months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert rules.stale(None, today, 6)
    assert rules.stale(date(2026, 5, 1), today, 6)
    assert not rules.stale(date(2026, 6, 1), today, 6)


def test_a_job_needs_a_title_and_sensible_hours():
    with pytest.raises(ValidationFailed):
        rules.check_job(rules.JobDraft("  "))
    with pytest.raises(ValidationFailed):
        rules.check_job(rules.JobDraft("Trap", estimated_hours=-1))
    assert rules.check_job(rules.JobDraft(" Trap ", task_ids=(3, 3, 4))).task_ids == (3, 4)


def test_training_need_and_learning_chance():
    assert rules.needs_training(2, None, 3) and rules.needs_training(1, 3, None)
    assert not rules.needs_training(3, None, 3)
    assert rules.learning_chance(2, 4, True) and not rules.learning_chance(2, 3, True)
