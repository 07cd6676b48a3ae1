"""The welcome's steps for a new company: done or not, read from what is really in the database."""

from __future__ import annotations

from datetime import date

import pytest

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import audit, getting_started, landscape, matrix, people
from wplstudio.services.matrix import LevelEdit

OWNER = Actor(name="Marieke Smit", role="owner")
SHOP_SCREEN = Actor(name="Planbord", role="display")


def test_an_empty_company_starts_with_every_step_open(db):
    seen = getting_started.progress(db, OWNER)
    assert seen.is_new_company
    assert not (seen.people_done or seen.tasks_done or seen.levels_done or seen.printed)


def test_a_manager_entering_by_hand_sees_each_step_turn_done(db):
    team = people.save_team(db, OWNER, "Plaatwerk")
    person = people.save_employee(db, OWNER, EmployeeDraft("Sanne", "Boer", "de", team_id=team.id))
    assert getting_started.progress(db, OWNER).people_done
    core = landscape.save_core_task(db, OWNER, "Zetten")
    task = landscape.save_task(db, OWNER, TaskDraft(core.id, "Kantbank bedienen"))
    assert getting_started.progress(db, OWNER).tasks_done
    matrix.set_levels(db, OWNER, [LevelEdit(person.id, task.id, 2)])
    seen = getting_started.progress(db, OWNER)
    assert seen.matrix_filled and not seen.is_new_company and not seen.printed


def test_printing_from_the_welcome_is_remembered_and_audited(db):
    getting_started.mark_printed(db, OWNER, today=date(2026, 3, 2))
    getting_started.mark_printed(db, OWNER, today=date(2026, 3, 9))
    assert getting_started.progress(db, OWNER).printed_on == date(2026, 3, 9)
    assert audit.verify(db).ok


def test_the_demo_company_is_not_new(demo_db):
    seen = getting_started.progress(demo_db, OWNER)
    assert not seen.is_new_company and seen.matrix_filled


def test_the_shop_screen_may_neither_read_nor_mark_the_progress(db):
    with pytest.raises(NotAllowed):
        getting_started.progress(db, SHOP_SCREEN)
    with pytest.raises(NotAllowed):
        getting_started.mark_printed(db, SHOP_SCREEN)
    assert getting_started.progress(db, OWNER).printed_on is None


def test_people_who_have_left_do_not_count_as_staff(db):
    team = people.save_team(db, OWNER, "Service")
    people.save_employee(db, OWNER, EmployeeDraft("Wim", "Bos", team_id=team.id, end_date=date(2025, 12, 31)))
    assert getting_started.progress(db, OWNER, today=date(2026, 1, 5)).is_new_company
    assert not getting_started.progress(db, OWNER, today=date(2025, 12, 31)).is_new_company


def test_a_wall_print_ticks_the_step_once_a_day_only_for_a_whole_company_print_on_a_writable_file(db, db_path):
    from wplstudio.services.audit_entries import AuditFilter, list_entries
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    employee = Actor(name="Sanne", role="employee")
    assert not getting_started.note_wall_print(db, employee, today=date(2026, 3, 2))  # printed only their own row
    assert getting_started.note_wall_print(db, OWNER, today=date(2026, 3, 2))
    before = len(list_entries(db, OWNER, AuditFilter(), limit=1_000))
    assert not getting_started.note_wall_print(db, OWNER, today=date(2026, 3, 2))  # a second print that day
    assert len(list_entries(db, OWNER, AuditFilter(), limit=1_000)) == before
    db.close()
    looking = open_database(file_target(db_path), read_only=True)
    try:
        assert not getting_started.note_wall_print(looking, OWNER, today=date(2026, 3, 9))  # no write, no error box
        assert getting_started.progress(looking, OWNER).printed_on == date(2026, 3, 2)
    finally:
        looking.close()
