"""The quickscan's scoring: thresholds, differences between respondents, attention points."""

from __future__ import annotations

import pytest

from wplstudio.domain import quickscan as qs
from wplstudio.domain.errors import ValidationFailed


def everyone(score: int, conditions: int = 3) -> dict[str, int]:
    return {**{k: score for k in qs.FACTOR_KEYS}, **{k: conditions for k in qs.CONDITION_KEYS}}


def test_ten_factors_five_direct_five_bound_to_the_organisation_each_with_a_question_in_both_languages():
    assert len(qs.FACTORS) == 10
    assert [f.group for f in qs.FACTORS].count(qs.DIRECT) == 5
    assert all(f.question.nl.endswith("?") and f.question.en.endswith("?") for f in qs.FACTORS)
    assert len({f.question.nl for f in qs.FACTORS}) == 10
    assert [a.score for a in qs.ANSWERS] == [1, 2, 3, 4]
    assert len(qs.CONDITIONS) == 5


@pytest.mark.parametrize("total, conclusion", [
    (10, qs.DONT_START), (19, qs.DONT_START), (19.9, qs.DONT_START), (20, qs.HARD_WORK), (27, qs.HARD_WORK),
    (28, qs.PROMISING), (34.9, qs.PROMISING), (35, qs.VERY_PROMISING), (40, qs.VERY_PROMISING)])
def test_a_total_lands_on_the_documented_conclusion(total, conclusion):
    assert qs.conclusion_for(total) == conclusion


def test_owner_and_employee_who_see_it_differently_are_shown_factor_by_factor():
    owner, employee = everyone(4), everyone(4)
    employee["managers"] = 1
    employee["safety"] = 1
    outcome = qs.result([owner, employee])
    managers = next(f for f in outcome.factors if f.key == "managers")
    assert managers.differs and managers.low == 1 and managers.high == 4 and managers.mean == 2.5
    assert not next(f for f in outcome.factors if f.key == "method").differs
    assert outcome.totals == (40, 37) and outcome.total == 38.5 and outcome.conclusion == qs.VERY_PROMISING
    assert next(c for c in outcome.conditions if c.key == "safety").attention  # one "no" is enough to look at it


def test_partly_answered_respondent_has_no_total_and_is_not_counted_in_the_scan_total():
    partial = {"method": 2}
    outcome = qs.result([everyone(2), partial])
    assert outcome.totals == (20, None) and outcome.total == 20 and outcome.conclusion == qs.HARD_WORK


def test_finishing_without_respondents_or_with_an_unanswered_question_is_refused_with_names():
    with pytest.raises(ValidationFailed, match="at least one respondent"):
        qs.check_complete([])
    answers = everyone(3)
    del answers["hr"]
    with pytest.raises(ValidationFailed) as refused:
        qs.check_complete([("Henk", everyone(3)), ("Sanne", answers)], "nl")
    assert "Sanne" in str(refused.value) and "De rol van HR of opleidingen" in str(refused.value)


def test_an_answer_outside_the_categories_is_refused():
    with pytest.raises(ValidationFailed):
        qs.check_answer("method", 5)
    with pytest.raises(ValidationFailed):
        qs.check_answer("time", 4)  # the checklist has three answers
    assert qs.check_answer("time", 3) == 3
