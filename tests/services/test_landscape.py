"""The task landscape: core tasks and their tasks, the columns of the matrix."""

from __future__ import annotations

import pytest

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import Conflict, InUse, NotFound, ValidationFailed
from wplstudio.domain.landscape import TaskDraft
from wplstudio.services import landscape

HENK = Actor(name="Henk van Dalen", role="manager")
ANOUK = Actor(name="Anouk Dekker", role="manager")


def test_manager_builds_core_tasks_in_the_order_they_were_added(any_db):
    for name in ("Veiligheid", "Lassen", "CNC"):
        landscape.save_core_task(any_db, HENK, name)
    rows = landscape.list_core_tasks(any_db, HENK)
    assert [(r.name, r.position, r.task_count) for r in rows] == [("Veiligheid", 1, 0), ("Lassen", 2, 0), ("CNC", 3, 0)]


def test_manager_adds_tasks_and_they_are_listed_by_core_task_then_position(any_db):
    safety = landscape.save_core_task(any_db, HENK, "Veiligheid")
    welding = landscape.save_core_task(any_db, HENK, "Lassen")
    landscape.save_task(any_db, HENK, TaskDraft(welding.id, "TIG-lassen rvs"))
    landscape.save_task(any_db, HENK, TaskDraft(safety.id, "VCA Basis", is_certificate=True, validity_months=120))
    landscape.save_task(any_db, HENK, TaskDraft(welding.id, "MIG/MAG-lassen staal"))
    tasks = landscape.list_tasks(any_db, HENK)
    assert [(t.core_task_name, t.name, t.position) for t in tasks] == [
        ("Veiligheid", "VCA Basis", 1), ("Lassen", "TIG-lassen rvs", 1), ("Lassen", "MIG/MAG-lassen staal", 2)]
    assert [r.task_count for r in landscape.list_core_tasks(any_db, HENK)] == [1, 2]


def test_a_certificate_keeps_its_validity_and_an_ordinary_task_has_none(any_db):
    core = landscape.save_core_task(any_db, HENK, "Veiligheid")
    bhv = landscape.save_task(any_db, HENK, TaskDraft(core.id, "BHV", "Eerste hulp", "Altijd iemand", True, 12))
    tools = landscape.save_task(any_db, HENK, TaskDraft(core.id, "Gereedschap", is_certificate=False, validity_months=12))
    assert (bhv.is_certificate, bhv.validity_months, bhv.description, bhv.why) == (True, 12, "Eerste hulp", "Altijd iemand")
    assert (tools.is_certificate, tools.validity_months) == (False, None)
    assert landscape.get_task(any_db, HENK, bhv.id) == bhv


def test_a_certificate_without_validity_is_refused_and_not_saved(any_db):
    core = landscape.save_core_task(any_db, HENK, "Veiligheid")
    with pytest.raises(ValidationFailed) as caught:
        landscape.save_task(any_db, HENK, TaskDraft(core.id, "VCA", is_certificate=True, validity_months=None))
    assert "validity" in {p.field for p in caught.value.problems}
    assert landscape.list_tasks(any_db, HENK) == []


def test_the_same_task_name_may_be_used_under_another_core_task_but_not_twice_under_one(any_db):
    welding = landscape.save_core_task(any_db, HENK, "Lassen")
    install = landscape.save_core_task(any_db, HENK, "Installatie")
    landscape.save_task(any_db, HENK, TaskDraft(welding.id, "Tekening lezen"))
    landscape.save_task(any_db, HENK, TaskDraft(install.id, "tekening lezen"))
    with pytest.raises(ValidationFailed) as caught:
        landscape.save_task(any_db, HENK, TaskDraft(welding.id, "TEKENING  LEZEN"))
    assert "already has a task named" in caught.value.english()
    assert len(landscape.list_tasks(any_db, HENK)) == 2


def test_duplicate_core_task_names_are_refused_case_insensitively(any_db):
    landscape.save_core_task(any_db, HENK, "Kanten & snijden")
    with pytest.raises(ValidationFailed):
        landscape.save_core_task(any_db, HENK, "KANTEN & SNIJDEN")
    assert len(landscape.list_core_tasks(any_db, HENK)) == 1


def test_a_task_under_a_core_task_that_was_removed_is_refused(any_db):
    core = landscape.save_core_task(any_db, HENK, "Weg")
    landscape.delete_core_task(any_db, ANOUK, core.id, core.version)
    with pytest.raises(ValidationFailed) as caught:
        landscape.save_task(any_db, HENK, TaskDraft(core.id, "Iets"))
    assert [p.field for p in caught.value.problems] == ["core task"]


def test_a_core_task_that_still_holds_tasks_cannot_be_deleted(any_db):
    core = landscape.save_core_task(any_db, HENK, "CNC")
    landscape.save_task(any_db, HENK, TaskDraft(core.id, "CNC-frezen"))
    landscape.save_task(any_db, HENK, TaskDraft(core.id, "CNC-draaien"))
    with pytest.raises(InUse) as caught:
        landscape.delete_core_task(any_db, HENK, core.id, core.version)
    assert "CNC" in caught.value.english() and "2 task" in caught.value.english()
    assert len(landscape.list_tasks(any_db, HENK)) == 2 and len(landscape.list_core_tasks(any_db, HENK)) == 1


def test_editing_a_task_with_a_stale_version_is_refused_and_names_who_changed_it(any_db):
    core = landscape.save_core_task(any_db, HENK, "Lassen")
    task = landscape.save_task(any_db, HENK, TaskDraft(core.id, "TIG"))
    edited = landscape.save_task(any_db, ANOUK, TaskDraft(core.id, "TIG-lassen", "rvs"), task.id, task.version)
    assert (edited.name, edited.version, edited.position) == ("TIG-lassen", 2, task.position)
    with pytest.raises(Conflict) as caught:
        landscape.save_task(any_db, HENK, TaskDraft(core.id, "TIG lassen"), task.id, task.version)
    assert "Anouk Dekker" in caught.value.english()
    assert landscape.get_task(any_db, HENK, task.id).name == "TIG-lassen"


def test_renaming_a_core_task_needs_the_current_version(any_db):
    core = landscape.save_core_task(any_db, HENK, "Lasen")
    fixed = landscape.save_core_task(any_db, ANOUK, "Lassen", core.id, core.version)
    assert (fixed.name, fixed.version, fixed.position) == ("Lassen", 2, 1)
    with pytest.raises(Conflict):
        landscape.save_core_task(any_db, HENK, "Laswerk", core.id, core.version)


def test_a_task_is_deleted_with_its_version_and_then_is_gone(any_db):
    core = landscape.save_core_task(any_db, HENK, "Lassen")
    task = landscape.save_task(any_db, HENK, TaskDraft(core.id, "TIG"))
    with pytest.raises(Conflict):
        landscape.delete_task(any_db, HENK, task.id, task.version + 1)
    landscape.delete_task(any_db, HENK, task.id, task.version)
    with pytest.raises(NotFound):
        landscape.get_task(any_db, HENK, task.id)
    landscape.delete_core_task(any_db, HENK, core.id, core.version)
    assert landscape.list_core_tasks(any_db, HENK) == []
