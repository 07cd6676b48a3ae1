"""Which automatic backups are kept: the rule itself, tried on many histories."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wplstudio.domain.errors import ValidationFailed
from wplstudio.domain.rotation import DAILY, DEFAULT, MAX_COUNT, MONTHLY, WEEKLY, Rotation, is_due, keep, validated

START = datetime(2024, 1, 1)
moments = st.integers(min_value=0, max_value=3 * 365 * 24 * 60).map(lambda minutes: START + timedelta(minutes=minutes))
histories = st.lists(moments, max_size=80)
counts = st.integers(min_value=0, max_value=15)
rotations = st.builds(Rotation, counts, counts, counts)


def day(moment):
    return moment.date()


@given(histories, rotations)
def test_only_existing_backups_are_kept_and_never_more_than_the_counts(history, rotation):
    kept = keep(history, rotation)
    assert set(kept) <= set(history)
    assert len(kept) <= rotation.daily + rotation.weekly + rotation.monthly
    assert all(reasons and reasons <= {DAILY, WEEKLY, MONTHLY} for reasons in kept.values())


@given(histories.filter(bool), rotations.filter(lambda r: not r.is_off))
def test_the_newest_backup_is_always_kept(history, rotation):
    assert max(history) in keep(history, rotation)


@given(histories, rotations)
def test_the_daily_ones_are_the_newest_of_each_of_the_most_recent_days(history, rotation):
    daily = sorted((m for m, why in keep(history, rotation).items() if DAILY in why), reverse=True)
    days = sorted({day(m) for m in history}, reverse=True)[:rotation.daily]
    assert [day(m) for m in daily] == days
    assert all(m == max(h for h in history if day(h) == day(m)) for m in daily)


@given(histories, rotations)
def test_weekly_and_monthly_ones_fall_in_different_weeks_and_months(history, rotation):
    kept = keep(history, rotation)
    weekly = [m.isocalendar()[:2] for m, why in kept.items() if WEEKLY in why]
    monthly = [(m.year, m.month) for m, why in kept.items() if MONTHLY in why]
    assert len(weekly) == len(set(weekly)) == min(rotation.weekly, len({m.isocalendar()[:2] for m in history}))
    assert len(monthly) == len(set(monthly)) == min(rotation.monthly, len({(m.year, m.month) for m in history}))


@given(histories, rotations)
def test_pruning_twice_removes_nothing_more(history, rotation):
    once = keep(history, rotation)
    assert keep(once, rotation) == once


@given(histories, rotations, st.integers(min_value=0, max_value=60 * 24 * 40))
def test_pruning_after_every_backup_keeps_the_same_as_pruning_once_at_the_end(history, rotation, later_minutes):
    """The app prunes after each new backup; that must never lose a backup the rule would keep."""
    newest = max(history, default=START) + timedelta(minutes=later_minutes)
    pruned_as_we_go = keep([*keep(history, rotation), newest], rotation)
    assert pruned_as_we_go == keep([*history, newest], rotation)


def test_a_year_of_daily_backups_keeps_seven_days_four_weeks_and_twelve_months():
    history = [datetime(2025, 1, 1, 9) + timedelta(days=n) for n in range(365)]
    kept = keep(history, DEFAULT)
    assert sorted(day(m) for m, why in kept.items() if DAILY in why)[0] == day(history[-7])
    assert sum(WEEKLY in why for why in kept.values()) == 4
    assert sum(MONTHLY in why for why in kept.values()) == 12
    assert len(kept) < 7 + 4 + 12  # the newest one is daily, weekly and monthly at once


@given(counts, counts, counts)
def test_valid_counts_are_accepted(daily, weekly, monthly):
    rotation = Rotation(daily, weekly, monthly)
    if rotation.is_off:
        with pytest.raises(ValidationFailed):
            validated(rotation)
    else:
        assert validated(rotation) == rotation


@given(st.one_of(st.integers(max_value=-1), st.integers(min_value=MAX_COUNT + 1), st.floats(), st.text(), st.none(), st.booleans()))
def test_a_count_that_is_not_a_whole_number_in_range_is_refused(bad):
    with pytest.raises(ValidationFailed) as caught:
        validated(Rotation(daily=7, weekly=bad, monthly=12))
    assert [p.field for p in caught.value.problems] == ["weekly backups"]
    assert str(MAX_COUNT) in caught.value.english()


@given(moments, st.integers(min_value=24 * 60, max_value=10 * 24 * 60))
def test_a_backup_is_due_when_the_newest_is_a_day_old(newest, minutes_later):
    assert is_due(newest, newest + timedelta(minutes=minutes_later))


@given(moments)
def test_no_backup_is_due_again_on_the_same_day_within_a_day(newest):
    later_same_day = newest.replace(hour=23, minute=59)
    assert not is_due(newest, later_same_day)
    assert is_due(None, newest)
    assert is_due(newest, newest.replace(hour=0, minute=0) + timedelta(days=1))  # just past midnight
