"""The 0-4 ILUO scale."""

from __future__ import annotations

import pytest

from wplstudio.domain.levels import DEPLOYABLE, MENTOR, SCALE, Level, can_teach, info, is_deployable


def test_the_scale_has_five_steps_in_order_with_the_iluo_letters():
    assert [i.level for i in SCALE] == [0, 1, 2, 3, 4]
    assert [i.letter for i in SCALE] == ["-", "I", "L", "U", "O"]
    assert all(i.label and i.meaning for i in SCALE)


@pytest.mark.parametrize("level", range(5))
def test_info_finds_every_level_by_number(level):
    assert info(level).level == level
    assert info(Level(level)) is SCALE[level]


@pytest.mark.parametrize("level", [-1, 5, 99])
def test_a_level_off_the_scale_is_refused(level):
    with pytest.raises(ValueError):
        info(level)


def test_deployable_means_independent_or_better():
    assert DEPLOYABLE == Level.INDEPENDENT == 3
    assert [is_deployable(n) for n in range(5)] == [False, False, False, True, True]


def test_only_someone_who_can_teach_is_a_mentor():
    assert MENTOR == Level.TEACHES == 4
    assert [can_teach(n) for n in range(5)] == [False, False, False, False, True]
