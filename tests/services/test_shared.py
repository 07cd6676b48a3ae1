"""Two PCs on one database: each with its own connection, as in the shared-server mode."""

from __future__ import annotations

import pytest

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, ValidationFailed
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import people
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target, resolve

SHOP = Actor(name="Werkplaats-PC", role="manager")
OFFICE = Actor(name="Kantoor-PC", role="owner")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_pcs(request, tmp_path):
    if request.param == "sqlite":
        target = file_target(tmp_path / "shared.sqlite")
    else:
        target = resolve(request.getfixturevalue("pg_url"))
    first = open_database(target)
    second = open_database(target)
    yield first, second
    first.close()
    second.close()


def test_what_one_pc_saves_the_other_sees_and_a_stale_edit_is_refused(two_pcs):
    shop, office = two_pcs
    team = people.save_team(shop, SHOP, "Service")
    saved = people.save_employee(shop, SHOP, EmployeeDraft("Erik", "Groot", "de", team_id=team.id))
    seen = people.get_employee(office, SHOP, saved.id)
    assert (seen.full_name, seen.team_name) == ("Erik de Groot", "Service")

    people.save_employee(office, OFFICE, EmployeeDraft("Erik", "Groot", "de", team_id=team.id, education="mbo4"), seen.id, seen.version)
    with pytest.raises(Conflict) as caught:
        people.save_employee(shop, SHOP, EmployeeDraft("Erik", "Groot", "de", team_id=None), saved.id, saved.version)
    assert "Kantoor-PC" in caught.value.english()
    final = people.get_employee(shop, SHOP, saved.id)
    assert (final.education, final.team_name, final.version) == ("mbo4", "Service", 2)


def test_a_name_taken_on_one_pc_is_refused_on_the_other(two_pcs):
    shop, office = two_pcs
    people.save_team(shop, SHOP, "Lassen")
    with pytest.raises(ValidationFailed):
        people.save_team(office, OFFICE, "lassen")
    assert [t.name for t in people.list_teams(office, SHOP)] == ["Lassen"]
