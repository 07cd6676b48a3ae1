"""The company's own name and the demo mark."""

from __future__ import annotations

import pytest

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import Conflict, ValidationFailed
from wplstudio.services import company

OWNER = Actor(name="Henk van Dalen", role="owner")
OFFICE = Actor(name="Anouk Dekker", role="owner")


def test_a_new_database_has_no_company_yet(any_db):
    info = company.get_company(any_db, OWNER)
    assert (info.name, info.version, info.is_demo, info.is_set_up) == ("", 0, False, False)


def test_owner_names_the_company_and_renames_it_later(any_db):
    named = company.save_company_name(any_db, OWNER, "  Van Dalen   Metaal ", 0)
    assert (named.name, named.version, named.is_set_up) == ("Van Dalen Metaal", 1, True)
    renamed = company.save_company_name(any_db, OWNER, "Van Dalen Metaal B.V.", named.version)
    assert (renamed.name, renamed.version) == ("Van Dalen Metaal B.V.", 2)
    assert company.get_company(any_db, OWNER) == renamed


def test_two_people_naming_a_new_company_at_once_the_second_gets_a_conflict(any_db):
    company.save_company_name(any_db, OFFICE, "Van Dalen", 0)
    with pytest.raises(Conflict) as caught:
        company.save_company_name(any_db, OWNER, "Dalen Metaal", 0)
    assert "Anouk Dekker" in caught.value.english()
    assert company.get_company(any_db, OWNER).name == "Van Dalen"


def test_renaming_with_a_stale_version_is_refused(any_db):
    first = company.save_company_name(any_db, OWNER, "Van Dalen", 0)
    company.save_company_name(any_db, OFFICE, "Van Dalen B.V.", first.version)
    with pytest.raises(Conflict):
        company.save_company_name(any_db, OWNER, "Van Dalen Metaal", first.version)
    assert company.get_company(any_db, OWNER).name == "Van Dalen B.V."


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_an_empty_or_overlong_company_name_is_refused(any_db, name):
    with pytest.raises(ValidationFailed) as caught:
        company.save_company_name(any_db, OWNER, name, 0)
    assert caught.value.problems[0].field == "company name"
    assert not company.get_company(any_db, OWNER).is_set_up


def test_marking_the_demo_is_remembered_and_can_be_repeated(any_db):
    company.mark_demo(any_db, OWNER)
    company.mark_demo(any_db, OWNER)
    assert company.get_company(any_db, OWNER).is_demo
