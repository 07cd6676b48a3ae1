"""Rules for employees, teams and functions: pure functions, no database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.people import (
    EDUCATION_CODES,
    NAME_MAX,
    TEXT_MAX,
    EmployeeDraft,
    check_text,
    clean,
    has_control_characters,
    full_name,
    is_active,
    normalise_employee,
    normalise_simple_name,
)

WHITESPACE = " \t\n\r\x0b\x0c\u00a0\u2003\u3000"
names = st.text(min_size=0, max_size=120)
spaced_words = st.lists(st.text(alphabet=st.characters(categories=("L", "N")), min_size=1, max_size=12), min_size=1, max_size=4)
gaps = st.text(alphabet=WHITESPACE, min_size=1, max_size=4)


def draft(**changes) -> EmployeeDraft:
    values = dict(first_name="Sanne", last_name="Boer", prefix="de")
    values.update(changes)
    return EmployeeDraft(**values)


def fields_of(error: ValidationFailed) -> set[str]:
    return {p.field for p in error.problems}


def test_a_plain_employee_passes_unchanged():
    d = draft(team_id=3, function_id=4, start_date=date(2020, 1, 1), education="mbo3")
    assert normalise_employee(d) == d


def test_names_lose_outer_and_double_spaces():
    tidy = normalise_employee(draft(first_name="  Jan  Willem ", prefix=" van  der ", last_name="\tLinden\n"))
    assert (tidy.first_name, tidy.prefix, tidy.last_name) == ("Jan Willem", "van der", "Linden")


@pytest.mark.parametrize("field", ["first_name", "last_name"])
@pytest.mark.parametrize("value", ["", "   ", "\t\n", None])
def test_first_and_last_name_are_required(field, value):
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(draft(**{field: value}))
    assert len(caught.value.problems) == 1
    assert "must be filled in" in caught.value.english()


def test_prefix_may_be_empty():
    assert normalise_employee(draft(prefix="   ")).prefix == ""


def test_a_name_of_exactly_the_maximum_length_is_accepted_one_more_is_refused():
    assert len(normalise_employee(draft(last_name="x" * NAME_MAX)).last_name) == NAME_MAX
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(draft(last_name="x" * (NAME_MAX + 1)))
    assert f"at most {NAME_MAX} characters" in caught.value.english()


def test_all_problems_are_reported_at_once():
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(EmployeeDraft(first_name="", last_name="", prefix="p" * 81, education="phd",
                                         start_date=date(2024, 1, 2), end_date=date(2024, 1, 1)))
    assert fields_of(caught.value) == {"first name", "last name", "prefix", "education", "end date"}


def test_end_before_start_is_refused():
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(draft(start_date=date(2024, 5, 2), end_date=date(2024, 5, 1)))
    assert fields_of(caught.value) == {"end date"}
    assert "before the start date" in caught.value.english()


def test_end_on_the_start_day_and_open_ends_are_fine():
    assert normalise_employee(draft(start_date=date(2024, 5, 2), end_date=date(2024, 5, 2))).end_date == date(2024, 5, 2)
    assert normalise_employee(draft(start_date=None, end_date=date(2024, 5, 1))).end_date == date(2024, 5, 1)
    assert normalise_employee(draft(start_date=date(2024, 5, 1), end_date=None)).end_date is None


@given(start=st.dates(), days=st.integers(min_value=-4000, max_value=4000))
def test_dates_are_accepted_exactly_when_the_end_is_not_before_the_start(start, days):
    try:
        end = start + timedelta(days=days)
    except OverflowError:
        assume(False)
    if days < 0:
        with pytest.raises(ValidationFailed):
            normalise_employee(draft(start_date=start, end_date=end))
    else:
        assert normalise_employee(draft(start_date=start, end_date=end)).end_date == end


@pytest.mark.parametrize("code", sorted(EDUCATION_CODES))
def test_every_listed_education_is_accepted(code):
    assert normalise_employee(draft(education=code)).education == code


@pytest.mark.parametrize("code", ["MBO3", "mbo5", "phd", " mbo3"])
def test_an_education_not_on_the_list_is_refused(code):
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(draft(education=code))
    assert fields_of(caught.value) == {"education"}


def test_education_none_means_unknown():
    assert normalise_employee(draft(education=None)).education == ""


@given(first=names, prefix=names, last=names, education=st.one_of(st.sampled_from(sorted(EDUCATION_CODES)), st.text(max_size=6)),
       start=st.one_of(st.none(), st.dates()), end=st.one_of(st.none(), st.dates()))
def test_normalise_employee_accepts_or_raises_validation_failed_only(first, prefix, last, education, start, end):
    d = EmployeeDraft(first, last, prefix, 1, 2, start, end, education)
    try:
        tidy = normalise_employee(d)
    except ValidationFailed as error:
        assert error.problems
        assert all(isinstance(p, FieldProblem) and p.english() for p in error.problems)
        assert error.english().startswith("Please correct: ")
        return
    for value in (tidy.first_name, tidy.prefix, tidy.last_name):
        assert value == value.strip()
        assert "  " not in value
        assert len(value) <= NAME_MAX
        assert not has_control_characters(value)
    assert tidy.first_name and tidy.last_name
    assert tidy.education in EDUCATION_CODES
    assert (tidy.team_id, tidy.function_id, tidy.start_date, tidy.end_date) == (1, 2, start, end)


@given(words=spaced_words, separators=st.lists(gaps, min_size=5, max_size=5))
def test_names_are_whitespace_collapsed_to_single_spaces(words, separators):
    messy = separators[0] + "".join(w + separators[i % 4 + 1] for i, w in enumerate(words))
    assert clean(messy) == " ".join(words)
    assume(len(" ".join(words)) <= NAME_MAX)
    assert normalise_employee(draft(first_name=messy)).first_name == " ".join(words)


@given(st.text())
def test_clean_is_idempotent_and_never_has_outer_space(text):
    once = clean(text)
    assert clean(once) == once
    assert once == once.strip()


@given(st.text(max_size=120))
def test_a_simple_name_is_cleaned_or_refused(value):
    try:
        tidy = normalise_simple_name("team name", value)
    except ValidationFailed as error:
        assert error.problems[0].field == "team name"
        assert not clean(value) or len(clean(value)) > NAME_MAX or has_control_characters(clean(value))
    else:
        assert tidy == clean(value) and 0 < len(tidy) <= NAME_MAX


def test_check_text_bounds_long_texts():
    problems: list[FieldProblem] = []
    check_text("description", "x" * TEXT_MAX, problems)
    assert problems == []
    check_text("description", "x" * (TEXT_MAX + 1), problems)
    assert [p.field for p in problems] == ["description"]


@pytest.mark.parametrize("bad", ["Pi\x00et", "Piet\x1b[0m", "\x7fPiet", "Pi\x9bet"])
def test_a_name_with_an_invisible_control_character_is_refused(bad):
    with pytest.raises(ValidationFailed) as caught:
        normalise_employee(draft(first_name=bad))
    assert [p.field for p in caught.value.problems] == ["first name"]
    assert "control character" in caught.value.english()


def test_line_breaks_and_tabs_in_a_name_are_plain_white_space():
    assert normalise_employee(draft(first_name="Jan\r\n\tWillem")).first_name == "Jan Willem"


def test_a_longer_text_may_hold_line_breaks_and_tabs_but_no_other_control_characters():
    problems: list[FieldProblem] = []
    check_text("description", "Stap 1:\tmeten\r\nStap 2: lassen", problems)
    assert problems == []
    check_text("description", "Stap\x00 1", problems)
    assert [p.field for p in problems] == ["description"]


def test_full_name_skips_an_empty_prefix():
    assert full_name("Jeroen", "van der", "Linden") == "Jeroen van der Linden"
    assert full_name("Piet", "", "Visser") == "Piet Visser"


def test_someone_still_works_here_on_the_leaving_day_and_not_after():
    today = date(2025, 6, 30)
    assert is_active(None, today)
    assert is_active(today, today)
    assert is_active(today + timedelta(days=1), today)
    assert not is_active(today - timedelta(days=1), today)


def test_validation_failed_is_a_wpl_error_whose_text_lists_every_problem():
    error = ValidationFailed([FieldProblem("a", "The {field} is wrong.", {"field": "a"}), FieldProblem("b", "B too.")])
    assert isinstance(error, WplError)
    assert str(error) == "Please correct: The a is wrong.; B too."
