"""Development interviews as the owner uses them: guides, planning, filling in with
every answer saved, held, confirmed or corrected, reopened with a trace; the plan, the
actions and the cycle; the AVG. On SQLite files and, when available, PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.staff import snapshot
from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import ValidationFailed, WplError
from wplstudio.services import interview_cycle, interview_guides, interview_plan, interview_privacy, interviews, people, privacy
from wplstudio.services.interview_plan import ActionDraft, GoalDraft
from wplstudio.services.interviews import Plan
from wplstudio.storage.models import AuditEntry

TODAY = date(2026, 11, 25)


def _emp(db, last_name: str) -> int:
    return next(e.id for e in people.list_employees(db, SYSTEM) if e.last_name == last_name)


def _guide(db, name="Ontwikkelgesprek") -> int:
    return interview_guides.find_guide(db, SYSTEM, name).id


def _planned(db, last_name="Boer", day=TODAY + timedelta(days=7)) -> int:
    return interviews.plan_interview(db, SYSTEM, Plan(_emp(db, last_name), _guide(db), day), past_ok=True, today=TODAY)


@pytest.fixture
def company(any_db):
    """Two people are enough: the demo's whole company is for the demo tests."""
    from wplstudio.domain.people import EmployeeDraft

    team = people.save_team(any_db, SYSTEM, "Plaatbewerking").id
    for first, last in (("Sanne", "Boer"), ("Kevin", "Peters")):
        people.save_employee(any_db, SYSTEM, EmployeeDraft(first, last, "de" if last == "Boer" else "", team, None,
                                                           date(2017, 2, 1)))
    return any_db


def test_three_built_in_guides_come_in_dutch_and_english(company):
    guides = interview_guides.list_guides(company, SYSTEM)
    names = {(g.name, g.language) for g in guides if g.builtin}
    assert names == {("Ontwikkelgesprek", "nl"), ("Functioneringsgesprek", "nl"), ("Voortgangsgesprek inwerken", "nl"),
                     ("Development interview", "en"), ("Performance interview", "en"), ("Onboarding progress talk", "en")}
    development = next(g for g in guides if g.name == "Ontwikkelgesprek")
    types = {q.type for q in development.content.questions()}
    assert types == {rules.TEXT, rules.RATING, rules.YESNO, rules.CHOICE} and development.content.preparation
    english = next(g for g in guides if g.name == "Development interview")
    assert [q.key for q in english.content.questions()] == [q.key for q in development.content.questions()]


def test_owner_plans_fills_in_and_the_answers_are_there_when_reopened(company):
    interview_id = _planned(company)
    interviews.save_answer(company, SYSTEM, interview_id, "prep_proud", "De nieuwe kantbank ingeregeld", side=rules.EMPLOYEE)
    interviews.save_answer(company, SYSTEM, interview_id, "stand_trade", "4")
    interviews.save_answer(company, SYSTEM, interview_id, "stand_help", rules.YES)
    interviews.save_answer(company, SYSTEM, interview_id, "next_step", "Een nieuwe taak erbij leren")
    interviews.save_answer(company, SYSTEM, interview_id, "stand_notes", "Eerst dit.\nDan dat.")
    detail = interviews.load_interview(company, SYSTEM, interview_id, TODAY)
    assert detail.answers == {"stand_trade": "4", "stand_help": "yes", "next_step": "Een nieuwe taak erbij leren",
                              "stand_notes": "Eerst dit.\nDan dat."}
    assert detail.preparation == {"prep_proud": "De nieuwe kantbank ingeregeld"}
    question = detail.content.question("stand_trade")
    assert rules.answer_words(question, "4", "nl") == "4 - Gaat heel goed"


@pytest.mark.parametrize("key, value", [("stand_trade", "6"), ("stand_trade", "0"), ("stand_trade", "drie"),
                                        ("stand_help", "misschien"), ("next_step", "Iets anders")])
def test_an_answer_that_does_not_fit_its_question_is_refused_and_nothing_is_saved(company, key, value):
    interview_id = _planned(company)
    before = snapshot(company)
    with pytest.raises(ValidationFailed):
        interviews.save_answer(company, SYSTEM, interview_id, key, value)
    assert snapshot(company) == before


def test_planning_without_a_guide_or_employee_says_so_and_saves_nothing(company):
    guide = _guide(company)
    before = snapshot(company)
    with pytest.raises(ValidationFailed) as refused:
        interviews.plan_interview(company, SYSTEM, Plan(_emp(company, "Boer"), None, TODAY), today=TODAY)
    assert "guide" in str(refused.value)
    with pytest.raises(ValidationFailed):
        interviews.plan_interview(company, SYSTEM, Plan(None, guide, TODAY), today=TODAY)
    assert snapshot(company) == before


def test_a_date_in_the_past_warns_and_is_planned_once_confirmed(company):
    plan = Plan(_emp(company, "Boer"), _guide(company), TODAY - timedelta(days=3))
    with pytest.raises(rules.PastDate) as warned:
        interviews.plan_interview(company, SYSTEM, plan, today=TODAY)
    assert "22-11-2026" in str(warned.value)
    interview_id = interviews.plan_interview(company, SYSTEM, plan, past_ok=True, today=TODAY)
    assert interviews.load_interview(company, SYSTEM, interview_id, TODAY).row.planned_on == TODAY - timedelta(days=3)


def test_held_then_confirmed_is_locked_and_reopening_leaves_a_trace(company):
    interview_id = _planned(company, day=TODAY)
    interviews.save_answer(company, SYSTEM, interview_id, "agree", "Meelopen op de laser")
    interviews.mark_held(company, SYSTEM, interview_id, today=TODAY)
    interviews.confirm(company, SYSTEM, interview_id)
    detail = interviews.load_interview(company, SYSTEM, interview_id, TODAY)
    assert detail.row.status == rules.CONFIRMED and not detail.may_write and detail.may_reopen
    with pytest.raises(WplError, match="locked"):
        interviews.save_answer(company, SYSTEM, interview_id, "agree", "iets anders")
    interviews.reopen(company, SYSTEM, interview_id, "Datum van de cursus verkeerd overgenomen")
    detail = interviews.load_interview(company, SYSTEM, interview_id, TODAY)
    assert [e.kind for e in detail.events] == ["planned", "held", "confirmed", "reopened"]
    assert detail.events[-1].note == "Datum van de cursus verkeerd overgenomen" and detail.events[-1].at is not None
    assert detail.row.status == rules.HELD and detail.may_write


def test_employee_asks_a_correction_with_a_timestamp_and_the_interviewer_holds_it_again(company):
    interview_id = _planned(company, day=TODAY)
    interviews.mark_held(company, SYSTEM, interview_id, today=TODAY)
    interviews.ask_correction(company, SYSTEM, interview_id, "Ik zei twee middagen, niet één.")
    detail = interviews.load_interview(company, SYSTEM, interview_id, TODAY)
    assert detail.row.status == rules.CORRECTION and detail.events[-1].kind == "correction"
    assert detail.may_write
    interviews.mark_held(company, SYSTEM, interview_id, today=TODAY)
    interviews.confirm(company, SYSTEM, interview_id)
    assert interviews.load_interview(company, SYSTEM, interview_id, TODAY).row.status == rules.CONFIRMED


def test_editing_a_used_guide_makes_a_new_version_and_the_interview_keeps_its_own(company):
    copy = interview_guides.copy_guide(company, SYSTEM, _guide(company), "Ons ontwikkelgesprek")
    interview_id = interviews.plan_interview(company, SYSTEM, Plan(_emp(company, "Boer"), copy.id, TODAY), today=TODAY)
    sections = (*copy.content.sections, rules.Section("Extra", (rules.Question("extra", rules.YESNO, "Veilig gewerkt?"),)))
    changed = interview_guides.save_guide(company, SYSTEM, copy.id, copy.version, copy.name,
                                          rules.GuideContent(sections, copy.content.preparation))
    assert changed.id != copy.id and changed.version_no == 2 and changed.family == copy.family
    detail = interviews.load_interview(company, SYSTEM, interview_id, TODAY)
    assert detail.row.guide_id == copy.id and detail.content.question("extra") is None
    assert [g.id for g in interview_guides.list_guides(company, SYSTEM) if g.family == copy.family] == [changed.id]


def test_an_unused_copy_is_changed_in_place_and_a_built_in_guide_only_by_copying(company):
    guide = interview_guides.get_guide(company, SYSTEM, _guide(company))
    with pytest.raises(WplError, match="copy"):
        interview_guides.save_guide(company, SYSTEM, guide.id, guide.version, guide.name, guide.content)
    copy = interview_guides.copy_guide(company, SYSTEM, guide.id, "Kort gesprek")
    renamed = interview_guides.save_guide(company, SYSTEM, copy.id, copy.version, "Kort gesprek 2", copy.content)
    assert renamed.id == copy.id and renamed.version_no == 1
    with pytest.raises(ValidationFailed):
        interview_guides.copy_guide(company, SYSTEM, guide.id, "ontwikkelgesprek")


def test_a_choice_with_one_option_and_a_guide_without_questions_are_refused():
    with pytest.raises(ValidationFailed):
        rules.check_guide("Leeg", "nl", rules.GuideContent(()))
    one = rules.GuideContent((rules.Section("A", (rules.Question("c", rules.CHOICE, "Kies", options=("ja",)),)),))
    with pytest.raises(ValidationFailed, match="two options"):
        rules.check_guide("Een", "nl", one)


def test_plan_goals_and_actions_and_the_overdue_overview(company):
    sanne = _emp(company, "Boer")
    interview_id = _planned(company, day=TODAY)
    goal = interview_plan.save_goal(company, SYSTEM, GoalDraft(sanne, "Zelfstandig lasersnijden", interview_id=interview_id))
    interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "Meelopen op de laser", "Ruud", TODAY - timedelta(days=1),
                                                            interview_id=interview_id, goal_id=goal))
    interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "Cursus aanvragen", "Henk", TODAY + timedelta(days=30)))
    plan = interview_plan.development_plan(company, SYSTEM, sanne, TODAY)
    assert plan.goals[0].title == "Zelfstandig lasersnijden" and plan.goals[0].actions[0].overdue
    assert [a.what for a in plan.loose_actions] == ["Cursus aanvragen"]
    overdue = interview_plan.overdue_actions(company, SYSTEM, TODAY)
    assert [a.what for a in overdue] == ["Meelopen op de laser"]
    action = overdue[0]
    interview_plan.set_action_status(company, SYSTEM, action.id, action.version, rules.DONE, TODAY)
    assert interview_plan.overdue_actions(company, SYSTEM, TODAY) == []


def test_an_action_without_owner_or_date_is_refused_and_nothing_is_saved(company):
    sanne = _emp(company, "Boer")
    _guide(company)
    before = snapshot(company)
    with pytest.raises(ValidationFailed, match="someone who does it"):
        interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "Cursus", "  ", TODAY))
    with pytest.raises(ValidationFailed, match="by when"):
        interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "Cursus", "Henk", None))
    with pytest.raises(ValidationFailed):
        interview_plan.save_goal(company, SYSTEM, GoalDraft(sanne, "Lasersnijden", task_id=1, target_level=7))
    assert snapshot(company) == before


def test_the_previous_talks_agreements_and_open_goals_are_at_hand_in_the_next(company):
    sanne = _emp(company, "Boer")
    first = _planned(company, day=TODAY - timedelta(days=3))
    interviews.mark_held(company, SYSTEM, first, today=TODAY)
    interview_plan.save_goal(company, SYSTEM, GoalDraft(sanne, "Leren lasersnijden", interview_id=first))
    interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "Meelopen", "Ruud", TODAY + timedelta(days=5),
                                                            interview_id=first))
    second = _planned(company, day=TODAY + timedelta(days=300))
    hand = interviews.load_interview(company, SYSTEM, second, TODAY).hand
    assert hand.previous_id == first and [a.what for a in hand.previous_actions] == ["Meelopen"]
    assert [g.title for g in hand.goals] == ["Leren lasersnijden"]


def test_the_cycle_per_company_and_per_function(company):
    from wplstudio.services.people import save_function

    rows = {r.name: r for r in interview_cycle.cycle_overview(company, SYSTEM, TODAY)}
    assert rows["Sanne de Boer"].state == rules.OVERDUE and rows["Sanne de Boer"].suggested_on >= TODAY
    held = _planned(company, day=TODAY - timedelta(days=1))
    interviews.mark_held(company, SYSTEM, held, today=TODAY)
    rows = {r.name: r for r in interview_cycle.cycle_overview(company, SYSTEM, TODAY)}
    assert rows["Sanne de Boer"].state == rules.UP_TO_DATE and rows["Sanne de Boer"].due_on == date(2027, 11, 24)
    interview_cycle.set_interval(company, SYSTEM, 6)
    rows = {r.name: r for r in interview_cycle.cycle_overview(company, SYSTEM, TODAY)}
    assert rows["Sanne de Boer"].due_on == date(2027, 5, 24)
    function = save_function(company, SYSTEM, "Lasser", "").id
    interview_cycle.set_interval(company, SYSTEM, 24, function)
    assert interview_cycle.intervals(company, SYSTEM) == (6, {function: 24})
    with pytest.raises(ValidationFailed):
        interview_cycle.set_interval(company, SYSTEM, 0)


def test_the_audit_trail_never_holds_answers_notes_or_agreements(company):
    sanne = _emp(company, "Boer")
    interview_id = _planned(company, day=TODAY)
    interviews.save_answer(company, SYSTEM, interview_id, "stand_notes", "GEHEIM-ANTWOORD")
    interviews.save_private_note(company, SYSTEM, interview_id, "GEHEIME-NOTITIE")
    interview_plan.save_action(company, SYSTEM, ActionDraft(sanne, "GEHEIME-AFSPRAAK", "Henk", TODAY))
    interviews.mark_held(company, SYSTEM, interview_id, today=TODAY)
    interviews.ask_correction(company, SYSTEM, interview_id, "GEHEIME-CORRECTIE")
    with company.session() as s:
        trail = " ".join(e.before + e.after for e in s.scalars(select(AuditEntry)))
    assert "interviews" in {e.entity for e in _entries(company)}
    for secret in ("GEHEIM-ANTWOORD", "GEHEIME-NOTITIE", "GEHEIME-AFSPRAAK", "GEHEIME-CORRECTIE"):
        assert secret not in trail


def _entries(db):
    with db.session() as s:
        return list(s.scalars(select(AuditEntry)))


def test_anonymising_someone_who_left_erases_their_interview_contents(demo_db):
    from wplstudio.domain.people import EmployeeDraft

    kevin = next(e for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Peters")
    held = next(r for r in interviews.list_interviews(demo_db, SYSTEM, kevin.id) if r.status == rules.CONFIRMED)
    assert interviews.load_interview(demo_db, SYSTEM, held.id).answers
    draft = EmployeeDraft(kevin.first_name, kevin.last_name, kevin.prefix, kevin.team_id, kevin.function_id,
                          kevin.start_date, date.today() - timedelta(days=1), kevin.education)
    people.save_employee(demo_db, SYSTEM, draft, kevin.id, kevin.version)
    privacy.anonymise_employee(demo_db, SYSTEM, kevin.id)
    detail = interviews.load_interview(demo_db, SYSTEM, held.id)
    assert detail.answers == {} and detail.preparation == {} and detail.contents_erased
    plan = interview_plan.development_plan(demo_db, SYSTEM, kevin.id)
    assert {g.title for g in plan.goals} == {interview_privacy.ERASED}
    assert b"Oefenserie op de oude freesbank" not in demo_db.target.path.read_bytes()


def test_interview_contents_past_the_retention_period_are_listed_and_erased(demo_db):
    due = interview_privacy.contents_due(demo_db, SYSTEM, date.today() + timedelta(days=365 * 2))
    assert due and all(d.due_since <= date.today() + timedelta(days=730) for d in due)
    assert interview_privacy.contents_due(demo_db, SYSTEM) == []  # the demo's talks are all younger than 24 months
    erased = interview_privacy.erase_due_contents(demo_db, SYSTEM, date.today() + timedelta(days=365 * 2))
    assert erased == len(due)
    detail = interviews.load_interview(demo_db, SYSTEM, due[0].interview_id)
    assert detail.answers == {} and detail.contents_erased and detail.row.held_on == due[0].held_on


def test_the_demo_has_last_years_talks_with_done_and_overdue_actions_and_planned_ones(demo_db):
    actions = interview_plan.actions_overview(demo_db, SYSTEM, only_open=False)
    assert any(a.status == rules.DONE for a in actions) and any(a.overdue for a in actions)
    rows = interviews.list_interviews(demo_db, SYSTEM)
    year_ago = date.today() - timedelta(days=300)
    assert any(r.status == rules.CONFIRMED and r.held_on <= year_ago for r in rows)
    assert sum(r.status == rules.PLANNED and r.planned_on > date.today() for r in rows) >= 3
    assert any(r.status == rules.HELD for r in rows)



def test_anonymising_also_erases_the_interview_contents_in_backups_beside_the_database(demo_db):
    from wplstudio.domain.people import EmployeeDraft
    from wplstudio.services import backups

    copy = demo_db.target.path.parent / "backups" / "voor-anonimiseren.sqlite"
    copy.parent.mkdir(exist_ok=True)
    backups.backup_now(demo_db, SYSTEM, copy)
    assert b"Oefenserie op de oude freesbank" in copy.read_bytes()
    kevin = next(e for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Peters")
    draft = EmployeeDraft(kevin.first_name, kevin.last_name, kevin.prefix, kevin.team_id, kevin.function_id,
                          kevin.start_date, date.today() - timedelta(days=1), kevin.education)
    people.save_employee(demo_db, SYSTEM, draft, kevin.id, kevin.version)
    privacy.anonymise_employee(demo_db, SYSTEM, kevin.id)
    data = copy.read_bytes()
    assert b"Oefenserie op de oude freesbank" not in data and b"Programma's inlezen lukt" not in data
