"""Teams, functions and employees, used the way a workshop manager would."""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, InUse, NotFound, ValidationFailed
from wplstudio.domain.people import EmployeeDraft, clean, has_control_characters
from wplstudio.services import people
from wplstudio.storage.models import Team

HENK = Actor(name="Henk van Dalen", role="manager")
ANOUK = Actor(name="Anouk Dekker", role="manager")


def employee(first="Sanne", last="Boer", prefix="de", **more) -> EmployeeDraft:
    return EmployeeDraft(first_name=first, last_name=last, prefix=prefix, **more)


# --- teams ---------------------------------------------------------------------

def test_manager_adds_team_then_employee_in_it_shows_team_name(any_db):
    team = people.save_team(any_db, HENK, "  Lassen   &  constructie ")
    assert team.name == "Lassen & constructie" and team.version == 1 and team.employee_count == 0
    saved = people.save_employee(any_db, HENK, employee(team_id=team.id, start_date=date(2020, 3, 1), education="mbo3"))
    assert saved.team_name == "Lassen & constructie"
    assert saved.full_name == "Sanne de Boer"
    assert [t.employee_count for t in people.list_teams(any_db, HENK)] == [1]
    listed = people.list_employees(any_db, HENK)
    assert [(e.full_name, e.team_name) for e in listed] == [("Sanne de Boer", "Lassen & constructie")]


@pytest.mark.parametrize("second", ["lassen", "LASSEN", "  Lassen ", "lAsSeN"])
def test_a_second_team_with_the_same_name_in_other_letters_is_refused(any_db, second):
    people.save_team(any_db, HENK, "Lassen")
    with pytest.raises(ValidationFailed) as caught:
        people.save_team(any_db, HENK, second)
    assert "already exists" in caught.value.english()
    assert [t.name for t in people.list_teams(any_db, HENK)] == ["Lassen"]


@pytest.mark.parametrize("name", ["Één ploeg", "Électro", "Ørsted-ploeg", "Ünal's team"])
def test_duplicate_names_starting_with_accented_letters_are_refused_as_well(any_db, name):
    """SQLite's lower() only knows A-Z; the check must still see 'Électro' and 'électro' as one."""
    people.save_team(any_db, HENK, name)
    for again in (name, name.lower(), name.upper()):
        with pytest.raises(ValidationFailed):
            people.save_team(any_db, HENK, again)
    assert [t.name for t in people.list_teams(any_db, HENK)] == [name]


def test_renaming_a_team_to_its_own_name_in_other_case_is_allowed(any_db):
    team = people.save_team(any_db, HENK, "lassen")
    renamed = people.save_team(any_db, HENK, "Lassen", team.id, team.version)
    assert (renamed.name, renamed.version) == ("Lassen", 2)


def test_renaming_a_team_with_a_stale_version_is_refused_and_names_who_changed_it(any_db):
    team = people.save_team(any_db, HENK, "Lassen")
    people.save_team(any_db, ANOUK, "Laswerk", team.id, team.version)
    with pytest.raises(Conflict) as caught:
        people.save_team(any_db, HENK, "Lasserij", team.id, team.version)
    assert "Anouk Dekker" in caught.value.english()
    assert caught.value.params["who"] == "Anouk Dekker"
    assert [(t.name, t.version) for t in people.list_teams(any_db, HENK)] == [("Laswerk", 2)]


@pytest.fixture
def india_time():
    """A local zone of UTC+05:30 all year, as a POSIX rule so no time zone database is needed."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is needed to change the local time zone")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_the_conflict_message_shows_the_time_of_the_change_in_local_time(any_db, india_time):
    """SQLite gives the stored UTC time back without a zone; it must not be read as local time."""
    team = people.save_team(any_db, HENK, "Lassen")
    stored = datetime(2025, 1, 10, 8, 0, tzinfo=timezone.utc)
    with any_db.session() as s:
        # through the model's column type, as every service writes it
        s.execute(update(Team).values(updated_at=stored, updated_by="Anouk Dekker", version=2))
    with pytest.raises(Conflict) as caught:
        people.save_team(any_db, HENK, "Laswerk", team.id, team.version)
    assert caught.value.params["when"] == "10-01-2025 13:30"
    assert "10-01-2025 13:30" in caught.value.english()


def test_deleting_a_team_that_still_has_employees_is_refused_and_deletes_nothing(any_db):
    team = people.save_team(any_db, HENK, "Service")
    for first in ("Erik", "Niels"):
        people.save_employee(any_db, HENK, employee(first, "Vos", "", team_id=team.id))
    with pytest.raises(InUse) as caught:
        people.delete_team(any_db, HENK, team.id, team.version)
    assert "Service" in caught.value.english() and "2 employee" in caught.value.english()
    assert [(t.name, t.employee_count) for t in people.list_teams(any_db, HENK)] == [("Service", 2)]
    assert people.count_employees(any_db, HENK) == 2


def test_an_empty_team_can_be_deleted_but_only_with_the_current_version(any_db):
    team = people.save_team(any_db, HENK, "Oud team")
    renamed = people.save_team(any_db, ANOUK, "Heel oud team", team.id, team.version)
    with pytest.raises(Conflict):
        people.delete_team(any_db, HENK, team.id, team.version)
    people.delete_team(any_db, HENK, renamed.id, renamed.version)
    assert people.list_teams(any_db, HENK) == []
    with pytest.raises(NotFound):
        people.delete_team(any_db, HENK, renamed.id, renamed.version)


def test_saving_a_team_that_someone_removed_says_it_no_longer_exists(any_db):
    team = people.save_team(any_db, HENK, "Weg")
    people.delete_team(any_db, ANOUK, team.id, team.version)
    with pytest.raises(NotFound):
        people.save_team(any_db, HENK, "Terug", team.id, team.version)
    assert people.list_teams(any_db, HENK) == []


def test_teams_are_listed_alphabetically(db):
    for name in ("Service", "Kantoor", "Plaatwerk"):
        people.save_team(db, HENK, name)
    assert [t.name for t in people.list_teams(db, HENK)] == ["Kantoor", "Plaatwerk", "Service"]


@given(name=st.text(max_size=90))
def test_any_typed_team_name_is_saved_tidy_or_refused_with_a_reason(db, name):
    try:
        team = people.save_team(db, HENK, name)
    except ValidationFailed as error:
        assert error.problems
        assert (not clean(name) or len(clean(name)) > 80 or has_control_characters(name)
                or any(t.name.casefold() == clean(name).casefold() for t in people.list_teams(db, HENK)))
        return
    try:
        assert team.name == clean(name)
        assert [t.name for t in people.list_teams(db, HENK) if t.id == team.id] == [clean(name)]
        with pytest.raises(ValidationFailed):
            people.save_team(db, HENK, " " + name.swapcase() + " ")
    finally:
        people.delete_team(db, HENK, team.id, team.version)


# --- functions -----------------------------------------------------------------

def test_a_function_keeps_its_description_and_counts_its_people(any_db):
    lasser = people.save_function(any_db, HENK, " Lasser ", "  Last staal en rvs. ")
    assert (lasser.name, lasser.description, lasser.employee_count) == ("Lasser", "Last staal en rvs.", 0)
    people.save_employee(any_db, HENK, employee(function_id=lasser.id))
    assert [(f.name, f.employee_count) for f in people.list_functions(any_db, HENK)] == [("Lasser", 1)]
    assert people.list_employees(any_db, HENK)[0].function_name == "Lasser"


def test_a_function_description_is_bounded(db):
    with pytest.raises(ValidationFailed):
        people.save_function(db, HENK, "Lasser", "x" * 2001)
    assert people.list_functions(db, HENK) == []


def test_duplicate_function_names_are_refused_case_insensitively(any_db):
    people.save_function(any_db, HENK, "CNC-operator")
    with pytest.raises(ValidationFailed):
        people.save_function(any_db, HENK, "cnc-OPERATOR")
    assert len(people.list_functions(any_db, HENK)) == 1


def test_a_function_still_held_by_someone_cannot_be_deleted(any_db):
    function = people.save_function(any_db, HENK, "Lasser")
    people.save_employee(any_db, HENK, employee(function_id=function.id))
    with pytest.raises(InUse) as caught:
        people.delete_function(any_db, HENK, function.id, function.version)
    assert "Lasser" in caught.value.english()
    assert len(people.list_functions(any_db, HENK)) == 1


def test_a_function_can_be_edited_and_deleted_with_its_version(any_db):
    function = people.save_function(any_db, HENK, "Lasser")
    edited = people.save_function(any_db, ANOUK, "Lasser", "TIG en MIG", function.id, function.version)
    assert (edited.description, edited.version) == ("TIG en MIG", 2)
    with pytest.raises(Conflict) as caught:
        people.save_function(any_db, HENK, "Lasser", "oud", function.id, function.version)
    assert "Anouk Dekker" in caught.value.english()
    people.delete_function(any_db, HENK, edited.id, edited.version)
    assert people.list_functions(any_db, HENK) == []


# --- employees -----------------------------------------------------------------

def test_an_employee_without_team_or_function_shows_empty_names(any_db):
    saved = people.save_employee(any_db, HENK, employee())
    assert (saved.team_id, saved.team_name, saved.function_id, saved.function_name) == (None, "", None, "")
    assert saved.version == 1 and saved.active


def test_an_employee_in_a_team_that_was_just_removed_is_refused(any_db):
    team = people.save_team(any_db, HENK, "Weg")
    people.delete_team(any_db, ANOUK, team.id, team.version)
    with pytest.raises(ValidationFailed) as caught:
        people.save_employee(any_db, HENK, employee(team_id=team.id, function_id=999))
    assert {p.field for p in caught.value.problems} == {"team", "function"}
    assert people.count_employees(any_db, HENK) == 0


def test_invalid_employee_is_not_written(any_db):
    with pytest.raises(ValidationFailed):
        people.save_employee(any_db, HENK, employee(start_date=date(2024, 2, 1), end_date=date(2024, 1, 1)))
    assert people.count_employees(any_db, HENK) == 0


def test_editing_an_employee_bumps_the_version_and_records_who(any_db):
    saved = people.save_employee(any_db, HENK, employee())
    edited = people.save_employee(any_db, ANOUK, employee(last="Boer-Jansen"), saved.id, saved.version)
    assert (edited.last_name, edited.version) == ("Boer-Jansen", 2)
    with pytest.raises(Conflict) as caught:
        people.save_employee(any_db, HENK, employee(last="Boer"), saved.id, saved.version)
    assert "Anouk Dekker" in caught.value.english()
    assert people.get_employee(any_db, HENK, saved.id).last_name == "Boer-Jansen"


def test_someone_who_left_is_listed_only_when_asked(any_db):
    today = date(2025, 7, 1)
    people.save_employee(any_db, HENK, employee("Stefan", "Leeuwen", "van", end_date=today - timedelta(days=1)))
    people.save_employee(any_db, HENK, employee("Wim", "Bos", "", end_date=today))
    people.save_employee(any_db, HENK, employee("Niels", "Vos", ""))
    everyone = people.list_employees(any_db, HENK, today=today)
    assert [e.first_name for e in everyone] == ["Wim", "Stefan", "Niels"]  # by last name: Bos, Leeuwen, Vos
    assert [e.first_name for e in people.list_employees(any_db, HENK, include_left=False, today=today)] == ["Wim", "Niels"]


def test_an_employee_entered_by_mistake_can_be_deleted(any_db):
    saved = people.save_employee(any_db, HENK, employee())
    with pytest.raises(Conflict):
        people.delete_employee(any_db, HENK, saved.id, saved.version + 1)
    people.delete_employee(any_db, HENK, saved.id, saved.version)
    assert people.count_employees(any_db, HENK) == 0
    with pytest.raises(NotFound):
        people.get_employee(any_db, HENK, saved.id)


@pytest.mark.parametrize("field", ["first", "last"])
def test_a_name_with_a_null_character_is_refused_not_a_crash(any_db, field):
    """Pasted text can hold a NUL; PostgreSQL cannot store one, so it must be a form problem."""
    with pytest.raises(ValidationFailed):
        people.save_employee(any_db, HENK, employee(**{field: "Pi\x00et"}))
    with pytest.raises(ValidationFailed):
        people.save_team(any_db, HENK, "Las\x00sen")
    with pytest.raises(ValidationFailed):
        people.save_function(any_db, HENK, "Lasser", "Last\x00 staal")
    assert people.count_employees(any_db, HENK) == 0 and people.list_teams(any_db, HENK) == [] and people.list_functions(any_db, HENK) == []
