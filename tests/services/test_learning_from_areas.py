"""The learning register fills itself where another area knows (issue 8 part 3): a module
signed by trainee and mentor, a held onboarding progress talk (in the onboarding area or
as an interview with the progress-talk guide). And the development-plan goals reach the
yearly training plan (issue 8 part 4)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.services.test_onboarding import RUUD_PIN, SANNE_PIN, module_at, program_id, sign_both, tick_all
from tests.staff import actor_for, employee_id, staff_db, staff_template  # noqa: F401
from wplstudio.domain import learning as rules
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import interview_guides, interview_plan, interviews, learning, onboarding, training_plan
from wplstudio.services import onboarding_signing as signing
from wplstudio.services.interview_plan import GoalDraft
from wplstudio.services.interviews import Plan

TODAY = date.today()


def _from(db, person: int, source: str) -> list[learning.ActivityRow]:
    return [a for a in learning.list_activities(db, SYSTEM, employee_id=person) if a.source == source]


def _start(db) -> int:
    return onboarding.start_trajectory(db, SYSTEM, employee_id(db, "Sanne de Boer"), program_id(db),
                                       employee_id(db, "Ruud Jansen"), TODAY - timedelta(days=30)).id


def test_a_module_signed_by_both_lands_in_the_learning_register_as_training_on_the_job(staff_db):
    trajectory, sanne = _start(staff_db), employee_id(staff_db, "Sanne de Boer")
    first = module_at(staff_db, trajectory, 0).module
    sign_both(staff_db, trajectory, 0)
    [activity] = _from(staff_db, sanne, rules.FROM_ONBOARDING)
    assert activity.kind == rules.ON_THE_JOB and activity.on_the_job
    assert first.title in activity.title and activity.minutes == round(first.hours * 60) and activity.held_on == TODAY


def test_one_signature_alone_registers_nothing_and_signing_again_after_a_revocation_adds_no_second_entry(staff_db):
    trajectory, sanne = _start(staff_db), employee_id(staff_db, "Sanne de Boer")
    trainee = actor_for(staff_db, "employee")
    module = module_at(staff_db, trajectory, 0)
    tick_all(staff_db, trainee, trajectory, module)
    signing.sign(staff_db, trainee, trajectory, module.module.id, "trainee", signing.confirm(staff_db, trainee.user_id, SANNE_PIN))
    assert _from(staff_db, sanne, rules.FROM_ONBOARDING) == []
    mentor = actor_for(staff_db, "mentor")
    signing.sign(staff_db, mentor, trajectory, module.module.id, "mentor", signing.confirm(staff_db, mentor.user_id, RUUD_PIN))
    signing.revoke(staff_db, actor_for(staff_db, "manager"), trajectory, module.module.id, "Verkeerde module afgetekend")
    sign_both(staff_db, trajectory, 0)
    assert len(_from(staff_db, sanne, rules.FROM_ONBOARDING)) == 1


def test_a_progress_talk_held_in_onboarding_is_registered_as_coaching(staff_db):
    trajectory, sanne = _start(staff_db), employee_id(staff_db, "Sanne de Boer")
    onboarding.record_talk(staff_db, actor_for(staff_db, "mentor"), trajectory, TODAY - timedelta(days=1), "Gaat goed", "Zetten")
    [activity] = _from(staff_db, sanne, rules.FROM_ONBOARDING)
    assert activity.kind == rules.COACHING and activity.held_on == TODAY - timedelta(days=1)
    assert "Voortgangsgesprek" in activity.title


def test_a_held_progress_talk_interview_is_coaching_but_a_development_interview_is_not_a_learning_activity(staff_db):
    sanne = employee_id(staff_db, "Sanne de Boer")
    ids = {}
    for name in ("Voortgangsgesprek inwerken", "Ontwikkelgesprek"):
        guide = interview_guides.find_guide(staff_db, SYSTEM, name).id
        ids[name] = interviews.plan_interview(staff_db, SYSTEM, Plan(sanne, guide, TODAY - timedelta(days=2)), past_ok=True)
        interviews.mark_held(staff_db, SYSTEM, ids[name])
    [activity] = _from(staff_db, sanne, rules.FROM_INTERVIEWS)
    assert activity.kind == rules.COACHING and activity.title == "Voortgangsgesprek inwerken"
    assert activity.held_on == TODAY - timedelta(days=2)


def test_an_open_development_goal_becomes_a_line_of_the_training_plan_once(staff_db):
    sanne, year = employee_id(staff_db, "Sanne de Boer"), TODAY.year + 1
    interview_plan.save_goal(staff_db, SYSTEM, GoalDraft(sanne, "Leren leidinggeven aan een kleine ploeg", target_date=date(year, 5, 1)))
    interview_plan.save_goal(staff_db, SYSTEM, GoalDraft(sanne, "Al bereikt", status="reached"))
    goals = {g.goal for g in training_plan.development_goals(staff_db, SYSTEM, year) if g.employee_id == sanne}
    assert "Leren leidinggeven aan een kleine ploeg" in goals and "Al bereikt" not in goals
    training_plan.draw_up(staff_db, SYSTEM, year)
    training_plan.draw_up(staff_db, SYSTEM, year)
    lines = [line for line in training_plan.load(staff_db, SYSTEM, year)
             if line.origin == rules.FROM_PLAN and line.what == "Leren leidinggeven aan een kleine ploeg"]
    assert [(line.employee_id, line.planned_on) for line in lines] == [(sanne, date(year, 5, 1))]


def test_a_mentor_does_not_see_the_development_goals_of_others(staff_db):
    sanne = employee_id(staff_db, "Sanne de Boer")
    interview_plan.save_goal(staff_db, SYSTEM, GoalDraft(sanne, "Vertrouwelijk doel"))
    assert [g for g in interview_plan.development_goals(staff_db, actor_for(staff_db, "mentor"), TODAY.year)
            if g.goal == "Vertrouwelijk doel"] == []


def test_a_mentor_reading_the_training_plan_does_not_see_lines_that_repeat_an_interview_goal(staff_db):
    sanne, year = employee_id(staff_db, "Sanne de Boer"), TODAY.year + 1
    interview_plan.save_goal(staff_db, SYSTEM, GoalDraft(sanne, "Vertrouwelijk doel", target_date=date(year, 5, 1)))
    training_plan.draw_up(staff_db, SYSTEM, year)
    goal_lines = lambda actor: [line.what for line in training_plan.load(staff_db, actor, year)  # noqa: E731
                                if line.origin == rules.FROM_PLAN]
    assert "Vertrouwelijk doel" in goal_lines(actor_for(staff_db, "owner"))
    mentor_sees = training_plan.load(staff_db, actor_for(staff_db, "mentor"), year)
    assert mentor_sees and "Vertrouwelijk doel" not in goal_lines(actor_for(staff_db, "mentor"))


def test_a_goal_on_a_certificate_whose_teachers_all_expired_is_planned_as_a_course_not_with_a_mentor(staff_db):
    from sqlalchemy import select

    from wplstudio.services import matrix
    from wplstudio.storage.models import Level, Task

    sanne, year = employee_id(staff_db, "Sanne de Boer"), TODAY.year + 1
    with staff_db.session() as s:
        task_id, holders = next((t.id, [lv.employee_id for lv in s.scalars(select(Level).where(Level.task_id == t.id, Level.level >= 4))])
                                for t in s.scalars(select(Task).where(Task.is_certificate.is_(True)).order_by(Task.id))
                                if s.scalar(select(Level.employee_id).where(Level.task_id == t.id, Level.level >= 4)) is not None)
    holders = [h for h in holders if h != sanne]
    assert holders
    matrix.set_certificates(staff_db, SYSTEM, [matrix.CertificateDate(h, task_id, TODAY - timedelta(days=1)) for h in holders])
    interview_plan.save_goal(staff_db, SYSTEM, GoalDraft(sanne, "Certificaat halen", task_id=task_id, target_level=3))
    training_plan.draw_up(staff_db, SYSTEM, year)
    [line] = [line for line in training_plan.load(staff_db, SYSTEM, year) if line.what == "Certificaat halen"]
    assert (line.how, line.mentor_id) == (rules.HOW_COURSE, None)
