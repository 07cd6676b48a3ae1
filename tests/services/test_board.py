"""The planning board through its services, on real SQLite files (and PostgreSQL where marked)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from wplstudio.domain import board as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import Conflict, NotAllowed, WplError
from wplstudio.services import board, board_display, board_extras, board_jobs, board_learning, board_plan, matrix, people
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_board import BoardAssignment

MANAGER = Actor("Henk", "manager")
DISPLAY = Actor("Planbord", "display")
MONDAY = board.this_week()


def staff(db) -> dict[str, int]:
    return {e.first_name: e.id for e in people.list_employees(db, SYSTEM)}


def task(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Task.id).where(Task.name == name))


def new_job(db, *task_names: str) -> int:
    return board_jobs.save_job(db, MANAGER, rules.JobDraft("Testklus", "Klant", "Werkplaats", 16, tuple(task(db, n) for n in task_names)))


def free_day(db, employee_id: int) -> date:
    """A working day in the week after next, when the demo has planned nothing."""
    return MONDAY + timedelta(days=14)


def test_demo_company_has_this_week_and_next_planned_with_pairs_absences_and_actions(demo_db):
    this, following = board.load_week(demo_db, SYSTEM, MONDAY), board.load_week(demo_db, SYSTEM, board.next_week(MONDAY))
    assert len(this.cards) > 40 and len(following.cards) > 20
    assert any(c.mentor_id for c in this.cards) and any(c.learners for c in this.cards)
    assert {a.kind for a in this.absences} >= {"holiday", "sick", "course"}
    assert any(b.kind == "mentoring" for b in this.learning)
    assert {i.status for i in board_extras.list_improvements(demo_db, SYSTEM)} == {"idea", "busy", "done"}


def test_manager_plans_a_job_over_three_days_and_moves_a_card(demo_db):
    s = staff(demo_db)
    job = new_job(demo_db, "Kanten volgens tekening")
    days = rules.spread_days(free_day(demo_db, s["Sanne"]), 3)
    refs = board_plan.plan(demo_db, MANAGER, job, s["Sanne"], days, 8)
    assert len(refs) == 3
    moved = board_plan.move(demo_db, MANAGER, refs[0].id, refs[0].version, s["Sanne"], days[0] + timedelta(days=7), reason="klant wil later")
    assert moved.version == refs[0].version + 1
    week = board.load_week(demo_db, MANAGER, rules.monday_of(days[0] + timedelta(days=7)))
    assert any(c.id == refs[0].id for c in week.cards)


def test_planning_a_learner_alone_asks_for_a_reason_suggests_someone_and_keeps_the_reason(demo_db):
    s = staff(demo_db)
    job = new_job(demo_db, "Storing zoeken aan besturing")
    day = free_day(demo_db, s["Daan"])
    with pytest.raises(board_plan.NeedsReason) as refused:
        board_plan.plan(demo_db, MANAGER, job, s["Daan"], [day])
    assert refused.value.warnings[0][1].kind == rules.NOT_DEPLOYABLE
    levels = matrix.load(demo_db, SYSTEM)
    for suggestion in refused.value.suggestions:  # qualified on effective levels
        cell = levels.cell(suggestion.employee_id, task(demo_db, "Storing zoeken aan besturing"))
        assert cell.level >= 3
    assert refused.value.suggestions, "someone in the demo can find faults in controls"
    ref = board_plan.plan(demo_db, MANAGER, job, s["Daan"], [day], reason="Eerste kennismaking, Erik belt mee")[0]
    card = next(c for c in board.load_week(demo_db, MANAGER, rules.monday_of(day)).cards if c.id == ref.id)
    assert card.override_reason == "Eerste kennismaking, Erik belt mee" and card.warnings


def test_an_expired_certificate_is_not_deployable_on_the_board(demo_db):
    s = staff(demo_db)
    nen = task(demo_db, "NEN 3140 (VOP)")
    matrix.set_levels(demo_db, SYSTEM, [matrix.LevelEdit(s["Erik"], nen, 4)])
    matrix.set_certificate(demo_db, SYSTEM, s["Erik"], nen, date.today() - timedelta(days=1))
    job = new_job(demo_db, "NEN 3140 (VOP)")
    with pytest.raises(board_plan.NeedsReason):
        board_plan.plan(demo_db, MANAGER, job, s["Erik"], [free_day(demo_db, s["Erik"])])
    matrix.set_certificate(demo_db, SYSTEM, s["Erik"], nen, date.today() + timedelta(days=365))
    assert board_plan.plan(demo_db, MANAGER, job, s["Erik"], [free_day(demo_db, s["Erik"])])


def test_a_job_planned_after_the_certificate_expires_warns_though_it_is_valid_today(demo_db):
    s = staff(demo_db)
    nen = task(demo_db, "NEN 3140 (VOP)")
    matrix.set_levels(demo_db, SYSTEM, [matrix.LevelEdit(s["Erik"], nen, 4)])
    monday = free_day(demo_db, s["Erik"])
    thursday = monday + timedelta(days=3)
    matrix.set_certificate(demo_db, SYSTEM, s["Erik"], nen, monday + timedelta(days=1))  # valid today, expired on Thursday
    job = new_job(demo_db, "NEN 3140 (VOP)")
    warnings, _suggestions = board_plan.check_plan(demo_db, MANAGER, job, s["Erik"], thursday)
    assert [w.kind for w in warnings] == [rules.NOT_DEPLOYABLE]
    with pytest.raises(board_plan.NeedsReason):
        board_plan.plan(demo_db, MANAGER, job, s["Erik"], [thursday])
    ref = board_plan.plan(demo_db, MANAGER, job, s["Erik"], [monday])[0]  # still valid that day
    assert not next(c for c in board.load_week(demo_db, MANAGER, monday).cards if c.id == ref.id).warnings
    moved = board_plan.move(demo_db, MANAGER, ref.id, ref.version, s["Erik"], thursday, reason="hercertificering gepland")
    card = next(c for c in board.load_week(demo_db, MANAGER, monday).cards if c.id == moved.id)
    assert [w.kind for w in card.warnings] == [rules.NOT_DEPLOYABLE]


def test_someone_who_left_is_refused_and_someone_absent_needs_a_reason(demo_db):
    s = staff(demo_db)
    job = new_job(demo_db)
    with pytest.raises(WplError, match="no longer works here"):
        board_plan.plan(demo_db, MANAGER, job, s["Stefan"], [MONDAY])
    day = free_day(demo_db, s["Ruud"])
    board_extras.save_absence(demo_db, MANAGER, s["Ruud"], day, day, "holiday")
    with pytest.raises(board_plan.NeedsReason) as refused:
        board_plan.plan(demo_db, MANAGER, job, s["Ruud"], [day])
    assert [w.kind for _d, w in refused.value.warnings] == [rules.ABSENT]


def test_overlapping_cards_are_flagged(demo_db):
    s = staff(demo_db)
    first, second = new_job(demo_db), new_job(demo_db)
    day = free_day(demo_db, s["Ruud"])
    board_plan.plan(demo_db, MANAGER, first, s["Ruud"], [day], 6)
    with pytest.raises(board_plan.NeedsReason) as refused:
        board_plan.plan(demo_db, MANAGER, second, s["Ruud"], [day], 6)
    assert refused.value.warnings[0][1] == rules.Warning(rules.OVERLOADED, hours=12)
    board_plan.plan(demo_db, MANAGER, second, s["Ruud"], [day], 6, reason="overwerk afgesproken")
    cards = [c for c in board.load_week(demo_db, MANAGER, rules.monday_of(day)).cards if c.employee_id == s["Ruud"]]
    assert all(any(w.kind == rules.OVERLOADED for w in c.warnings) for c in cards)


def test_a_card_moved_on_another_pc_is_not_overwritten(demo_db):
    s = staff(demo_db)
    day = free_day(demo_db, s["Ruud"])
    ref = board_plan.plan(demo_db, MANAGER, new_job(demo_db), s["Ruud"], [day])[0]
    board_plan.move(demo_db, Actor("Office PC", "owner"), ref.id, ref.version, s["Ruud"], day + timedelta(days=1))
    with pytest.raises(Conflict):
        board_plan.move(demo_db, MANAGER, ref.id, ref.version, s["Ruud"], day + timedelta(days=2))
    with demo_db.session() as session:
        assert session.get(BoardAssignment, ref.id).day == day + timedelta(days=1)
    removed = board_plan.remove(demo_db, MANAGER, ref.id, ref.version + 1)
    with pytest.raises(Conflict):
        board_plan.move(demo_db, MANAGER, ref.id, ref.version + 1, s["Ruud"], day)
    assert board_plan.restore(demo_db, MANAGER, removed).id


def test_learning_chance_pairs_a_learner_with_a_level_4_mentor(demo_db):
    s = staff(demo_db)
    rvs = task(demo_db, "TIG-lassen rvs")
    job = new_job(demo_db, "TIG-lassen rvs")
    day = free_day(demo_db, s["Tomasz"])
    mentor_card = board_plan.plan(demo_db, MANAGER, job, s["Tomasz"], [day])[0]
    chances = board_learning.learning_chances(demo_db, MANAGER, mentor_card.id)
    piet = next(c for c in chances if c.learner_id == s["Piet"])  # Piet is at 2, his profile asks 3
    assert piet.mentor_id == s["Tomasz"] and piet.task_id == rvs
    board_learning.plan_learner(demo_db, MANAGER, mentor_card.id, s["Piet"], rvs)
    week = board.load_week(demo_db, MANAGER, rules.monday_of(day))
    learner = next(c for c in week.cards if c.employee_id == s["Piet"] and c.day == day)
    mentor = next(c for c in week.cards if c.id == mentor_card.id)
    assert learner.mentor_id == s["Tomasz"] and mentor.learners == (s["Piet"],)
    assert week.loads[s["Tomasz"]].capacity < week.loads[s["Tomasz"]].available


def test_a_mentor_below_level_4_is_refused(demo_db):
    s = staff(demo_db)
    job = new_job(demo_db, "TIG-lassen rvs")
    day = free_day(demo_db, s["Marco"])
    board_plan.plan(demo_db, MANAGER, job, s["Marco"], [day])
    learner = board_plan.plan(demo_db, MANAGER, job, s["Ilse"], [day])[0]
    with pytest.raises(WplError, match="level 4"):
        board_learning.pair(demo_db, MANAGER, learner.id, learner.version, s["Marco"], task(demo_db, "TIG-lassen rvs"))


def test_work_on_the_board_counts_as_practice(demo_db):
    s = staff(demo_db)
    kant = task(demo_db, "Kanten volgens tekening")
    before = {r.employee_id for r in board_learning.not_practised(demo_db, SYSTEM, kant, months=6)}
    assert s["Sanne"] not in before  # she works on the series this week, days up to today count
    assert board_learning.not_practised(demo_db, SYSTEM, kant, months=1, today=MONDAY - timedelta(days=1))
    board_extras.set_practice_months(demo_db, SYSTEM, 3)
    assert board_extras.practice_months(demo_db) == 3


def test_the_shop_display_shows_today_and_tomorrow_without_confidential_data(demo_db):
    data = board_display.display_data(demo_db, DISPLAY, today=MONDAY + timedelta(days=4))
    assert len(data.days) == 2 and data.days[1].weekday() == 0  # Friday, then Monday
    week = board.load_week(demo_db, DISPLAY, MONDAY)
    assert {a.kind for a in week.absences} == {board.ABSENT}
    assert not any(c.warnings or c.override_reason for c in week.cards)
    assert any(line.role == "learner" for row in data.rows for day in row.days for line in day)


def test_only_owner_and_manager_change_the_board(demo_db):
    s = staff(demo_db)
    for role in ("mentor", "employee", "display"):
        actor = Actor(role, role)
        with pytest.raises(NotAllowed):
            board_plan.plan(demo_db, actor, new_job(demo_db), s["Ruud"], [MONDAY])
        with pytest.raises(NotAllowed):
            board_jobs.save_job(demo_db, actor, rules.JobDraft("x"))
        with pytest.raises(NotAllowed):
            board_extras.save_improvement(demo_db, actor, board_extras.ImprovementDraft("x"))
        assert board.load_week(demo_db, actor, MONDAY).cards


def test_anonymising_someone_who_left_clears_their_reasons_and_absences(demo_db):
    from wplstudio.services import privacy

    s = staff(demo_db)
    day = free_day(demo_db, s["Wim"])
    board_plan.plan(demo_db, MANAGER, new_job(demo_db, "Storing zoeken aan besturing"), s["Wim"], [day], reason="Wim twijfelt nog")
    board_extras.save_absence(demo_db, MANAGER, s["Wim"], day, day, "sick")
    with demo_db.session() as session:  # Wim leaves (as the Employees area would record it)
        session.get(Employee, s["Wim"]).end_date = date.today() - timedelta(days=1)
    privacy.anonymise_employee(demo_db, SYSTEM, s["Wim"])
    with demo_db.session() as session:
        reasons = session.scalars(select(BoardAssignment.override_reason).where(BoardAssignment.employee_id == s["Wim"])).all()
    assert reasons and set(reasons) == {""}
    assert not [a for a in board.load_week(demo_db, SYSTEM, rules.monday_of(day)).absences if a.employee_id == s["Wim"]]


@pytest.mark.postgres
def test_planning_and_a_stale_move_on_postgresql(pg_url):
    from wplstudio.services import demo
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import resolve

    db = open_database(resolve(pg_url))
    try:
        demo.fill(db, SYSTEM)
        s = staff(db)
        ref = board_plan.plan(db, MANAGER, new_job(db), s["Ruud"], [MONDAY + timedelta(days=14)])[0]
        board_plan.move(db, MANAGER, ref.id, ref.version, s["Ruud"], MONDAY + timedelta(days=15))
        with pytest.raises(Conflict):
            board_plan.move(db, MANAGER, ref.id, ref.version, s["Ruud"], MONDAY + timedelta(days=16))
        assert len(board.load_week(db, SYSTEM, MONDAY).cards) > 40
    finally:
        db.close()


def test_a_deployable_level_not_practised_for_months_is_stale_once_the_board_is_old_enough(demo_db):
    s = staff(demo_db)
    storing = task(demo_db, "Storing zoeken aan besturing")
    practice = board_learning.stale_practice(demo_db, SYSTEM)
    row = practice.cells()[s["Jeroen"], storing]
    assert practice.months == 6 and row.level >= 3 and row.last_practised < date.today() - timedelta(days=200)
    assert (s["Jeroen"], storing) not in board_learning.stale_cells(demo_db, SYSTEM, months=12)
    with demo_db.session() as session:
        first = min(session.scalars(select(BoardAssignment.day)))
    assert not board_learning.stale_practice(demo_db, SYSTEM, months=6, today=first + timedelta(days=30)).rows  # too new to say
