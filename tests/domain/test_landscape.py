"""Rules for tasks in the task landscape, above all certificate validity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wplstudio.domain.errors import ValidationFailed
from wplstudio.domain.landscape import VALIDITY_MAX_MONTHS, TaskDraft, normalise_task
from wplstudio.domain.people import NAME_MAX, TEXT_MAX


def test_a_task_is_tidied():
    tidy = normalise_task(TaskDraft(7, "  MIG/MAG   lassen ", "  hoeknaden \n", "\twant  ", False, None))
    assert tidy == TaskDraft(7, "MIG/MAG lassen", "hoeknaden", "want", False, None)


def test_a_task_needs_a_name():
    with pytest.raises(ValidationFailed) as caught:
        normalise_task(TaskDraft(1, "   "))
    assert [p.field for p in caught.value.problems] == ["name"]


def test_description_and_why_are_bounded():
    normalise_task(TaskDraft(1, "ok", "d" * TEXT_MAX, "w" * TEXT_MAX))
    with pytest.raises(ValidationFailed) as caught:
        normalise_task(TaskDraft(1, "ok", "d" * (TEXT_MAX + 1), "w" * (TEXT_MAX + 1)))
    assert {p.field for p in caught.value.problems} == {"description", "why"}


@pytest.mark.parametrize("months", [1, 12, 60, VALIDITY_MAX_MONTHS])
def test_a_certificate_with_a_validity_in_range_is_accepted(months):
    assert normalise_task(TaskDraft(1, "VCA", is_certificate=True, validity_months=months)).validity_months == months


@pytest.mark.parametrize("months", [None, 0, -1, VALIDITY_MAX_MONTHS + 1, 1000])
def test_a_certificate_without_a_sensible_validity_is_refused(months):
    with pytest.raises(ValidationFailed) as caught:
        normalise_task(TaskDraft(1, "VCA", is_certificate=True, validity_months=months))
    assert [p.field for p in caught.value.problems] == ["validity"]
    assert f"between 1 and {VALIDITY_MAX_MONTHS} months" in caught.value.english()


@given(st.one_of(st.none(), st.integers()))
def test_a_task_that_is_no_certificate_never_keeps_a_validity(months):
    tidy = normalise_task(TaskDraft(1, "Kanten", is_certificate=False, validity_months=months))
    assert tidy.validity_months is None and tidy.is_certificate is False


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_certificate_validity_is_accepted_exactly_from_1_to_the_maximum(months):
    draft = TaskDraft(1, "NEN 3140", is_certificate=True, validity_months=months)
    if 1 <= months <= VALIDITY_MAX_MONTHS:
        assert normalise_task(draft).validity_months == months
    else:
        with pytest.raises(ValidationFailed):
            normalise_task(draft)


@given(name=st.text(max_size=100), description=st.text(max_size=50), why=st.text(max_size=50),
       certificate=st.booleans(), months=st.one_of(st.none(), st.integers(-5, 200)))
def test_normalise_task_accepts_or_raises_validation_failed_only(name, description, why, certificate, months):
    try:
        tidy = normalise_task(TaskDraft(3, name, description, why, certificate, months))
    except ValidationFailed as error:
        assert error.problems and error.english()
        return
    assert tidy.name and len(tidy.name) <= NAME_MAX and "  " not in tidy.name
    assert tidy.description == description.strip() and tidy.why == why.strip()
    assert (tidy.validity_months is not None) == certificate
