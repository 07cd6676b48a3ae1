"""The owner's year report from real data (issue 8 part 6): onboarding trajectories completed
in the year, and interviews held against who was due (the PDF: tests/services/test_dashboard.py)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.services.test_onboarding import module_at, program_id, sign_both
from tests.staff import employee_id, staff_db, staff_template  # noqa: F401
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import interview_cycle, interview_guides, interviews, onboarding, onboarding_year, people
from wplstudio.services.interviews import Plan

TODAY = date.today()


def _person(db, first: str, started: date, ended: date | None = None) -> int:
    return people.save_employee(db, SYSTEM, EmployeeDraft(first, "Test", "", None, None, started, ended)).id


def _held(db, eid: int, day: date) -> None:
    guide = interview_guides.find_guide(db, SYSTEM, "Ontwikkelgesprek").id
    iid = interviews.plan_interview(db, SYSTEM, Plan(eid, guide, day), past_ok=True, today=date(2026, 12, 31))
    interviews.mark_held(db, SYSTEM, iid, day, today=date(2026, 12, 31))


def test_interviews_held_against_due_counts_who_was_due_in_the_year_and_who_had_a_talk(any_db):
    db = any_db
    anna, bert = _person(db, "Anna", date(2020, 1, 1)), _person(db, "Bert", date(2020, 1, 1))
    carl, dirk = _person(db, "Carl", date(2026, 6, 1)), _person(db, "Dirk", date(2020, 1, 1), date(2025, 12, 31))
    _held(db, anna, date(2025, 3, 1))  # due again 1 March 2026 ...
    _held(db, anna, date(2026, 4, 1))  # ... and held
    _held(db, carl, date(2026, 9, 1))  # not due yet (started in June), but held: counts among the talks held
    _held(db, dirk, date(2024, 3, 1))  # left before the year: not due
    found = interview_cycle.held_against_due(db, SYSTEM, 2026)
    assert (found.due, found.due_held, found.held) == (2, 1, 2)  # Anna and Bert due; Anna held; Anna's and Carl's talks
    assert bert  # due and overdue: counted in "due", not in "held"
    nothing = onboarding_year.completions(db, SYSTEM, 2026)  # the same queries on SQLite and PostgreSQL
    assert (nothing.done, nothing.started, nothing.modules_signed, nothing.still_running) == (0, 0, 0, 0)


def test_the_onboarding_year_lists_a_trajectory_completed_this_year_with_its_planned_end(staff_db):
    start = TODAY - timedelta(days=60)
    trajectory = onboarding.start_trajectory(staff_db, SYSTEM, employee_id(staff_db, "Sanne de Boer"), program_id(staff_db),
                                             employee_id(staff_db, "Ruud Jansen"), start).id
    before = onboarding_year.completions(staff_db, SYSTEM, TODAY.year)
    modules = len(onboarding.get_trajectory(staff_db, SYSTEM, trajectory).modules)
    for index in range(modules):
        sign_both(staff_db, trajectory, index, result="Voldoende")
    after = onboarding_year.completions(staff_db, SYSTEM, TODAY.year)
    assert after.done == before.done + 1 and after.modules_signed == before.modules_signed + modules
    mine = next(c for c in after.completed if c.trainee == "Sanne de Boer")
    assert mine.started == start and mine.completed_on == TODAY and mine.planned_end is not None
    assert module_at(staff_db, trajectory, modules - 1).planned == mine.planned_end
