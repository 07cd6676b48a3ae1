"""The demo company: enough real-looking data that every area opens on something."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.landscape import VALIDITY_MAX_MONTHS, TaskDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import company, demo, landscape, people


def test_demo_has_a_named_company_marked_as_demo(demo_db):
    info = company.get_company(demo_db, SYSTEM)
    assert info.name == demo.COMPANY_NAME and info.is_demo and info.is_set_up


def test_demo_has_at_least_20_employees_spread_over_4_teams(demo_db):
    employees = people.list_employees(demo_db, SYSTEM)
    assert len(employees) >= 20
    teams = people.list_teams(demo_db, SYSTEM)
    assert len(teams) == 4
    assert all(t.employee_count >= 3 for t in teams)
    assert sum(t.employee_count for t in teams) == len(employees)
    assert all(e.team_name and e.function_name for e in employees)


def test_demo_has_people_who_left_and_people_still_to_come(demo_db):
    today = date(2026, 1, 1)
    employees = people.list_employees(demo_db, SYSTEM, today=today)
    assert any(not e.active for e in employees)
    assert any(e.start_date and e.start_date > today for e in employees)
    assert len(people.list_employees(demo_db, SYSTEM, include_left=False, today=today)) < len(employees)


def test_demo_has_at_least_30_tasks_and_certificates_with_a_validity(demo_db):
    tasks = landscape.list_tasks(demo_db, SYSTEM)
    assert len(tasks) >= 30
    certificates = [t for t in tasks if t.is_certificate]
    assert len(certificates) >= 3
    assert all(1 <= t.validity_months <= VALIDITY_MAX_MONTHS for t in certificates)
    assert all(t.validity_months is None for t in tasks if not t.is_certificate)
    assert {"VCA Basis", "BHV", "NEN 3140 (VOP)"} <= {t.name for t in certificates}
    assert all(t.description and t.why for t in tasks)
    cores = landscape.list_core_tasks(demo_db, SYSTEM)
    assert len(cores) >= 5 and all(c.task_count >= 3 for c in cores)


def test_every_function_is_held_by_someone(demo_db):
    functions = people.list_functions(demo_db, SYSTEM)
    assert len(functions) == len(demo.FUNCTIONS)
    assert all(f.employee_count > 0 for f in functions)


def test_the_demo_is_the_same_on_every_run(tmp_path):
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    def snapshot(path):
        database = open_database(file_target(path))
        try:
            demo.fill(database, SYSTEM)
            return ([(e.full_name, e.team_name, e.function_name, e.start_date, e.end_date, e.education)
                     for e in people.list_employees(database, SYSTEM)],
                    [(t.core_task_name, t.name, t.validity_months) for t in landscape.list_tasks(database, SYSTEM)])
        finally:
            database.close()

    assert snapshot(tmp_path / "a.sqlite") == snapshot(tmp_path / "b.sqlite")


def test_demo_names_are_all_distinct(demo_db):
    names = Counter(e.full_name for e in people.list_employees(demo_db, SYSTEM))
    assert max(names.values()) == 1


def test_demo_refuses_a_database_that_already_holds_a_company(demo_db):
    before = (people.count_employees(demo_db, SYSTEM), len(landscape.list_tasks(demo_db, SYSTEM)))
    with pytest.raises(WplError) as caught:
        demo.fill(demo_db, SYSTEM)
    assert "already holds a company" in caught.value.english()
    assert (people.count_employees(demo_db, SYSTEM), len(landscape.list_tasks(demo_db, SYSTEM))) == before


@pytest.mark.parametrize("start", ["employee", "team", "function", "core task", "company name"])
def test_demo_refuses_a_database_someone_has_started_on(any_db, start):
    if start == "employee":
        people.save_employee(any_db, SYSTEM, EmployeeDraft("Jan", "Jansen"))
    elif start == "team":
        people.save_team(any_db, SYSTEM, "Onderhoud")
    elif start == "function":
        people.save_function(any_db, SYSTEM, "Monteur")
    elif start == "core task":
        core = landscape.save_core_task(any_db, SYSTEM, "Onderhoud")
        landscape.save_task(any_db, SYSTEM, TaskDraft(core.id, "Smeren"))
    else:
        company.save_company_name(any_db, SYSTEM, "Jansen B.V.", 0)
    with pytest.raises(WplError):
        demo.fill(any_db, SYSTEM)
    assert not company.get_company(any_db, SYSTEM).is_demo
    assert people.count_employees(any_db, SYSTEM) <= 1
    assert len(landscape.list_tasks(any_db, SYSTEM)) <= 1


@pytest.mark.postgres
def test_demo_fills_a_shared_postgresql_database_too(pg_db):
    demo.fill(pg_db, SYSTEM)
    assert people.count_employees(pg_db, SYSTEM) == len(demo.EMPLOYEES)
    assert len(landscape.list_tasks(pg_db, SYSTEM)) == sum(len(t) for t in demo.LANDSCAPE.values())
    assert company.get_company(pg_db, SYSTEM).is_demo
