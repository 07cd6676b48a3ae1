"""Who sees which interview, proved per role on the demo company with its accounts:
the owner and managers everything; a mentor and an employee only their own (a mentor
never reads a trainee's or team member's interview); the shop screen nothing. The
private note is read by its author and the owner only, never by the employee."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.staff import actor_for, employee_id, snapshot, staff_db, staff_template  # noqa: F401
from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.permissions import ROLES
from wplstudio.services import interview_cycle, interview_guides, interview_plan, interviews
from wplstudio.services.interview_plan import ActionDraft

OWN_NAME = {"manager": "Henk van Dalen", "mentor": "Ruud Jansen", "employee": "Sanne de Boer"}


def _interview_of(db, name: str, status: str | None = None) -> int:
    rows = interviews.list_interviews(db, SYSTEM, employee_id(db, name))
    return next(r.id for r in rows if status is None or r.status == status)


@pytest.mark.parametrize("role", ROLES)
def test_the_interview_list_holds_exactly_what_each_role_may_see(staff_db, role):
    actor = actor_for(staff_db, role)
    if role == "display":
        with pytest.raises(NotAllowed):
            interviews.list_interviews(staff_db, actor)
        return
    names = {r.employee_name for r in interviews.list_interviews(staff_db, actor)}
    everyone = {r.employee_name for r in interviews.list_interviews(staff_db, SYSTEM)}
    assert len(everyone) > 10
    assert names == (everyone if role in ("owner", "manager") else {OWN_NAME[role]})


@pytest.mark.parametrize("role, may", [("owner", True), ("manager", True), ("mentor", False), ("employee", False),
                                       ("display", False)])
def test_only_owner_and_managers_open_someone_elses_interview(staff_db, role, may):
    tomasz = _interview_of(staff_db, "Tomasz Nowak", rules.CONFIRMED)
    actor = actor_for(staff_db, role)
    if may:
        assert interviews.load_interview(staff_db, actor, tomasz).answers
    else:
        with pytest.raises(NotAllowed):
            interviews.load_interview(staff_db, actor, tomasz)


def test_a_mentor_never_reads_the_interview_of_a_team_member(staff_db):
    sanne = _interview_of(staff_db, "Sanne de Boer", rules.CONFIRMED)  # Ruud and Sanne share the Plaatbewerking team
    with pytest.raises(NotAllowed):
        interviews.load_interview(staff_db, actor_for(staff_db, "mentor"), sanne)
    with pytest.raises(NotAllowed):
        interview_plan.development_plan(staff_db, actor_for(staff_db, "mentor"), employee_id(staff_db, "Sanne de Boer"))


@pytest.mark.parametrize("role", ROLES)
def test_follow_up_actions_and_the_cycle_show_only_what_each_role_may_see(staff_db, role):
    actor = actor_for(staff_db, role)
    if role == "display":
        assert interview_plan.overdue_actions(staff_db, actor) == []
        assert interview_cycle.due_interviews(staff_db, actor) == []
        with pytest.raises(NotAllowed):
            interview_plan.actions_overview(staff_db, actor)
        return
    actions = {a.employee_name for a in interview_plan.actions_overview(staff_db, actor, only_open=False)}
    cycle = {r.name for r in interview_cycle.cycle_overview(staff_db, actor)}
    if role in ("owner", "manager"):
        assert "Kevin Peters" in actions and len(cycle) > 15
    else:
        assert actions <= {OWN_NAME[role]} and cycle == {OWN_NAME[role]}


def test_the_employee_prepares_and_confirms_their_own_talk_but_cannot_write_the_interviewers_part(staff_db):
    sanne = actor_for(staff_db, "employee")
    planned = _interview_of(staff_db, "Sanne de Boer", rules.PLANNED)
    interviews.save_answer(staff_db, sanne, planned, "prep_learn", "TIG-lassen", side=rules.EMPLOYEE)
    before = snapshot(staff_db)
    with pytest.raises(NotAllowed):
        interviews.save_answer(staff_db, sanne, planned, "agree", "Ik krijg opslag", side=rules.INTERVIEWER)
    with pytest.raises(NotAllowed):
        interviews.mark_held(staff_db, sanne, planned)
    kevin = _interview_of(staff_db, "Kevin Peters", rules.PLANNED)
    with pytest.raises(NotAllowed):
        interviews.save_answer(staff_db, sanne, kevin, "prep_learn", "iets", side=rules.EMPLOYEE)
    assert snapshot(staff_db) == before
    interviews.mark_held(staff_db, SYSTEM, planned, held_on=date.today())
    interviews.confirm(staff_db, sanne, planned)
    detail = interviews.load_interview(staff_db, SYSTEM, planned)
    assert detail.row.status == rules.CONFIRMED and detail.preparation["prep_learn"] == "TIG-lassen"
    assert detail.events[-1].by == "Sanne de Boer"


def test_a_mentor_cannot_confirm_or_plan_for_a_trainee(staff_db):
    ruud = actor_for(staff_db, "mentor")
    marco = _interview_of(staff_db, "Marco Smit", rules.HELD)
    with pytest.raises(NotAllowed):
        interviews.confirm(staff_db, ruud, marco)
    guide = interview_guides.find_guide(staff_db, SYSTEM, "Ontwikkelgesprek").id
    with pytest.raises(NotAllowed):
        interviews.plan_interview(staff_db, ruud, interviews.Plan(employee_id(staff_db, "Daan Bakker"), guide,
                                                                  date.today() + timedelta(days=5)))
    with pytest.raises(NotAllowed):
        interview_plan.save_action(staff_db, ruud, ActionDraft(employee_id(staff_db, "Daan Bakker"), "x", "y", date.today()))


def test_the_employee_sees_the_interviewers_answers_only_after_the_talk_and_never_the_private_note(staff_db):
    sanne, owner, manager = (actor_for(staff_db, r) for r in ("employee", "owner", "manager"))
    planned = _interview_of(staff_db, "Sanne de Boer", rules.PLANNED)
    interviews.save_answer(staff_db, owner, planned, "stand_notes", "Kanten gaat goed")
    interviews.save_private_note(staff_db, owner, planned, "Vraagt misschien om opslag")
    assert interviews.load_interview(staff_db, sanne, planned).answers == {}
    interviews.mark_held(staff_db, owner, planned, held_on=date.today())
    seen = interviews.load_interview(staff_db, sanne, planned)
    assert seen.answers == {"stand_notes": "Kanten gaat goed"} and seen.private_note is None
    assert interviews.load_interview(staff_db, manager, planned).private_note is None
    assert interviews.load_interview(staff_db, owner, planned).private_note == "Vraagt misschien om opslag"
    with pytest.raises(Exception):
        interviews.save_private_note(staff_db, manager, planned, "overschreven")
    assert interviews.load_interview(staff_db, owner, planned).private_note == "Vraagt misschien om opslag"


def test_guides_are_kept_by_owner_and_managers_and_hidden_from_the_shop_screen(staff_db):
    guide = interview_guides.find_guide(staff_db, SYSTEM, "Ontwikkelgesprek").id
    assert interview_guides.copy_guide(staff_db, actor_for(staff_db, "manager"), guide, "Kopie").name == "Kopie"
    for role in ("mentor", "employee", "display"):
        with pytest.raises(NotAllowed):
            interview_guides.copy_guide(staff_db, actor_for(staff_db, role), guide, f"Kopie {role}")
    with pytest.raises(NotAllowed):
        interview_guides.list_guides(staff_db, actor_for(staff_db, "display"))
