"""Onboarding as the workshop lives it: pair a trainee with a mentor, tick assignments,
sign modules as both people with their own PIN, revoke one, and watch the matrix learn.
Every rule of issue 5 part 11 is tried one by one, and a refused call writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.staff import PASSWORD, actor_for, employee_id, snapshot, staff_db, staff_template  # noqa: F401
from wplstudio.domain import onboarding as rules
from wplstudio.domain.accounts import SignInRefused
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import InUse, NotAllowed, ValidationFailed, WplError
from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import matrix, onboarding, onboarding_programs as programs, onboarding_signing as signing, people, privacy
from wplstudio.services.access import trainees_of
from wplstudio.storage.models_onboarding import OnboardingSignoff

TODAY = date.today()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SANNE_PIN, RUUD_PIN = "1357", "2580"


def program_id(db, name="Inwerken lasser"):
    return next(p.id for p in programs.list_programs(db, SYSTEM) if p.name == name)


def task_id(db, name):
    from wplstudio.services import landscape

    return next(t.id for t in landscape.list_tasks(db, SYSTEM) if t.name == name)


@pytest.fixture
def sanne_with_ruud(staff_db):
    """Sanne (employee, PIN 1357) learns to weld with Ruud (mentor, PIN 2580) as her mentor."""
    row = onboarding.start_trajectory(staff_db, SYSTEM, employee_id(staff_db, "Sanne de Boer"), program_id(staff_db),
                                      employee_id(staff_db, "Ruud Jansen"), TODAY - timedelta(days=30))
    return row


def tick_all(db, actor, trajectory_id, module):
    for assignment_id, _ in module.module.assignments:
        onboarding.set_ticked(db, actor, trajectory_id, assignment_id, True)


def module_at(db, trajectory_id, index):
    return onboarding.get_trajectory(db, SYSTEM, trajectory_id).modules[index]


def sign_both(db, trajectory_id, index, result=""):
    sanne, ruud = actor_for(db, "employee"), actor_for(db, "mentor")
    module = module_at(db, trajectory_id, index)
    tick_all(db, sanne, trajectory_id, module)
    signing.sign(db, sanne, trajectory_id, module.module.id, "trainee", signing.confirm(db, sanne.user_id, SANNE_PIN))
    return signing.sign(db, ruud, trajectory_id, module.module.id, "mentor", signing.confirm(db, ruud.user_id, RUUD_PIN),
                        result=result, accept_open_earlier=True)


def test_the_demo_has_programs_for_two_functions_and_three_trajectories_in_different_phases(demo_db):
    listed = programs.list_programs(demo_db, SYSTEM)
    assert {p.function_name for p in listed} == {"Plaatwerker", "Lasser"}
    rows = {r.trainee_name: r for r in onboarding.list_trajectories(demo_db, SYSTEM)}
    assert rows["Bram Mulder"].status == "completed" and rows["Bram Mulder"].percent == 100
    assert rows["Ilse Kok"].signed == 0
    daan = onboarding.get_trajectory(demo_db, SYSTEM, rows["Daan Bakker"].id)
    assert any(s.revoked for m in daan.modules for s in m.signatures)
    assert daan.row.overdue >= 1 and daan.row.ready
    assert any(m.revocations and m.revocations[0].reason for m in daan.modules)


def test_mentor_signs_and_trainee_signs_with_their_own_pins_then_the_matrix_learns(staff_db, sanne_with_ruud):
    sanne_id, mig = employee_id(staff_db, "Sanne de Boer"), task_id(staff_db, "MIG/MAG-lassen staal")
    before = matrix.load_cell(staff_db, SYSTEM, sanne_id, mig).level
    outcome = None
    for index in range(3):
        outcome = sign_both(staff_db, sanne_with_ruud.id, index, result="Voldaan" if index == 2 else "")
    assert outcome.complete
    assert matrix.load_cell(staff_db, SYSTEM, sanne_id, mig).level == max(before, 2)
    if before < 2:
        note = matrix.history(staff_db, SYSTEM, sanne_id, mig)[0].note
        assert "Inwerken lasser" in note and "MAG-lassen hoeknaad" in note and "Sanne de Boer" in note and "Ruud Jansen" in note
    module = module_at(staff_db, sanne_with_ruud.id, 2)
    assert module.status == rules.SIGNED
    assert {s.role: s.signer_name for s in module.signatures} == {"trainee": "Sanne de Boer", "mentor": "Ruud Jansen"}


def test_a_completed_module_never_lowers_a_level(staff_db, sanne_with_ruud):
    sanne_id, drawing = employee_id(staff_db, "Sanne de Boer"), task_id(staff_db, "Tekening lezen")
    matrix.set_levels(staff_db, SYSTEM, [matrix.LevelEdit(sanne_id, drawing, 4)])
    sign_both(staff_db, sanne_with_ruud.id, 0)
    sign_both(staff_db, sanne_with_ruud.id, 1)  # "Lasnaden voorbereiden" brings Tekening lezen to 2
    assert matrix.load_cell(staff_db, SYSTEM, sanne_id, drawing).level == 4


def test_a_wrong_pin_signs_nothing(staff_db, sanne_with_ruud):
    before = snapshot(staff_db)
    with pytest.raises(SignInRefused):
        signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, "9999")
    after = snapshot(staff_db)
    assert after["onboarding_signoffs"] == before["onboarding_signoffs"]


def test_the_trainee_can_confirm_with_a_password_too(staff_db):
    signer = signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, PASSWORD)
    assert signer.actor.name == "Sanne de Boer"


def test_a_signer_made_up_by_a_screen_is_refused(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    fake = signing.Signer(actor_for(staff_db, "employee"))
    with pytest.raises(NotAllowed):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "trainee", fake)


def test_signing_twice_is_refused_with_a_clear_message(staff_db, sanne_with_ruud):
    sanne = actor_for(staff_db, "employee")
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    tick_all(staff_db, sanne, sanne_with_ruud.id, module)
    signer = signing.confirm(staff_db, sanne.user_id, SANNE_PIN)
    signing.sign(staff_db, sanne, sanne_with_ruud.id, module.module.id, "trainee", signer)
    before = snapshot(staff_db)
    with pytest.raises(WplError, match="already signed"):
        signing.sign(staff_db, sanne, sanne_with_ruud.id, module.module.id, "trainee", signer)
    assert snapshot(staff_db) == before


def test_only_the_trainee_signs_as_trainee_and_only_their_mentor_or_a_manager_as_mentor(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    tick_all(staff_db, SYSTEM, sanne_with_ruud.id, module)
    ruud = signing.confirm(staff_db, actor_for(staff_db, "mentor").user_id, RUUD_PIN)
    sanne = signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, SANNE_PIN)
    before = snapshot(staff_db)
    with pytest.raises(NotAllowed):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "trainee", ruud)
    with pytest.raises(NotAllowed):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "mentor", sanne)
    assert snapshot(staff_db) == before
    manager = signing.confirm(staff_db, actor_for(staff_db, "manager").user_id, PASSWORD)
    assert not signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "mentor", manager).complete


def test_another_mentor_cannot_sign_for_someone_elses_trainee(staff_db):
    daan = next(r for r in onboarding.list_trajectories(staff_db, SYSTEM) if r.trainee_name == "Ilse Kok")  # Marco's trainee
    module = module_at(staff_db, daan.id, 0)
    tick_all(staff_db, SYSTEM, daan.id, module)
    ruud = signing.confirm(staff_db, actor_for(staff_db, "mentor").user_id, RUUD_PIN)
    with pytest.raises(NotAllowed, match="Only the mentor"):
        signing.sign(staff_db, SYSTEM, daan.id, module.module.id, "mentor", ruud)


def test_a_module_from_another_trajectory_is_refused(staff_db, sanne_with_ruud):
    plate = programs.get_program(staff_db, SYSTEM, program_id(staff_db, "Inwerken plaatwerker")).modules[0]
    sanne = signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, SANNE_PIN)
    with pytest.raises(WplError, match="not part of this trajectory"):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, plate.id, "trainee", sanne)


def test_signing_for_a_trainee_who_left_is_refused(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    tick_all(staff_db, SYSTEM, sanne_with_ruud.id, module)
    signer = signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, SANNE_PIN)
    row = people.get_employee(staff_db, SYSTEM, employee_id(staff_db, "Sanne de Boer"))
    draft = EmployeeDraft(row.first_name, row.last_name, row.prefix, row.team_id, row.function_id, row.start_date,
                          TODAY - timedelta(days=1), row.education)
    people.save_employee(staff_db, SYSTEM, draft, row.id, row.version)
    with pytest.raises(WplError, match="no longer works here"):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "trainee", signer)


def test_a_module_is_ready_to_sign_only_when_every_assignment_is_ticked(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    sanne = actor_for(staff_db, "employee")
    signer = signing.confirm(staff_db, sanne.user_id, SANNE_PIN)
    with pytest.raises(WplError, match="not ticked"):
        signing.sign(staff_db, sanne, sanne_with_ruud.id, module.module.id, "trainee", signer)
    onboarding.set_ticked(staff_db, sanne, sanne_with_ruud.id, module.module.assignments[0][0], True)
    assert module_at(staff_db, sanne_with_ruud.id, 0).status == rules.BUSY
    tick_all(staff_db, sanne, sanne_with_ruud.id, module)
    assert module_at(staff_db, sanne_with_ruud.id, 0).status == rules.READY


def test_an_assessment_needs_its_result_before_the_mentor_signs(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 2)  # MAG-lassen hoeknaad has a test piece
    tick_all(staff_db, SYSTEM, sanne_with_ruud.id, module)
    ruud = signing.confirm(staff_db, actor_for(staff_db, "mentor").user_id, RUUD_PIN)
    with pytest.raises(WplError, match="assessment"):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "mentor", ruud, accept_open_earlier=True)


def test_signing_with_earlier_modules_open_warns_first(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 1)
    tick_all(staff_db, SYSTEM, sanne_with_ruud.id, module)
    assert signing.open_before(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id) == ["Veilig lassen"]
    sanne = signing.confirm(staff_db, actor_for(staff_db, "employee").user_id, SANNE_PIN)
    with pytest.raises(signing.EarlierModulesOpen):
        signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "trainee", sanne)
    signing.sign(staff_db, SYSTEM, sanne_with_ruud.id, module.module.id, "trainee", sanne, accept_open_earlier=True)


def test_a_signed_module_is_locked_and_a_revocation_keeps_both_visible(staff_db, sanne_with_ruud):
    sign_both(staff_db, sanne_with_ruud.id, 0)
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    with pytest.raises(WplError, match="locked"):
        onboarding.set_ticked(staff_db, SYSTEM, sanne_with_ruud.id, module.module.assignments[0][0], False)
    with pytest.raises(ValidationFailed):
        signing.revoke(staff_db, actor_for(staff_db, "mentor"), sanne_with_ruud.id, module.module.id, "")
    signing.revoke(staff_db, actor_for(staff_db, "mentor"), sanne_with_ruud.id, module.module.id, "Verkeerde module afgetekend")
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    assert module.status == rules.READY and len(module.signatures) == 2 and all(s.revoked for s in module.signatures)
    assert module.revocations[0].reason == "Verkeerde module afgetekend"
    sign_both(staff_db, sanne_with_ruud.id, 0)  # a new round
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    assert module.status == rules.SIGNED and len(module.signatures) == 4
    with staff_db.session() as s:
        assert s.scalar(select(func.count()).select_from(OnboardingSignoff).where(OnboardingSignoff.trajectory_id == sanne_with_ruud.id)) == 4


def test_an_employee_cannot_revoke(staff_db, sanne_with_ruud):
    sign_both(staff_db, sanne_with_ruud.id, 0)
    module = module_at(staff_db, sanne_with_ruud.id, 0)
    with pytest.raises(NotAllowed):
        signing.revoke(staff_db, actor_for(staff_db, "employee"), sanne_with_ruud.id, module.module.id, "Foutje gemaakt")


def test_a_trainee_cannot_be_their_own_mentor_and_a_mentor_has_a_maximum(staff_db):
    sanne, ruud = employee_id(staff_db, "Sanne de Boer"), employee_id(staff_db, "Ruud Jansen")
    before = snapshot(staff_db)
    with pytest.raises(WplError, match="own mentor"):
        onboarding.start_trajectory(staff_db, SYSTEM, sanne, program_id(staff_db), sanne, TODAY)
    onboarding.start_trajectory(staff_db, SYSTEM, sanne, program_id(staff_db), ruud, TODAY)  # Ruud: Daan and Sanne
    kevin = employee_id(staff_db, "Kevin Peters")
    with pytest.raises(WplError, match="most allowed"):
        onboarding.start_trajectory(staff_db, SYSTEM, kevin, program_id(staff_db), ruud, TODAY)
    with pytest.raises(WplError, match="already follows"):
        onboarding.start_trajectory(staff_db, SYSTEM, sanne, program_id(staff_db), employee_id(staff_db, "Piet Visser"), TODAY)
    assert before != snapshot(staff_db)


def test_mentor_suggestions_put_level_four_colleagues_of_the_same_team_first(demo_db):
    bram = next(e.id for e in people.list_employees(demo_db, SYSTEM) if e.full_name == "Ilse Kok")
    suggested = onboarding.suggest_mentors(demo_db, SYSTEM, program_id(demo_db), bram)
    assert suggested and all(m.teaches >= 1 for m in suggested)
    same = [m.same_team for m in suggested if not m.full]
    assert same == sorted(same, reverse=True)


def test_changing_the_mentor_asks_a_reason_and_keeps_the_history(staff_db, sanne_with_ruud):
    piet = employee_id(staff_db, "Piet Visser")
    with pytest.raises(ValidationFailed):
        onboarding.change_mentor(staff_db, SYSTEM, sanne_with_ruud.id, sanne_with_ruud.version, piet, " ")
    row = onboarding.change_mentor(staff_db, SYSTEM, sanne_with_ruud.id, sanne_with_ruud.version, piet, "Ruud gaat drie maanden naar de bouwplaats")
    assert row.mentor_name == "Piet Visser"
    changes = onboarding.get_trajectory(staff_db, SYSTEM, row.id).mentor_changes
    assert [c.new_mentor for c in changes] == ["Ruud Jansen", "Piet Visser"] and changes[-1].reason.startswith("Ruud gaat")


def test_a_mentors_team_in_onboarding_and_the_matrix_is_their_own_trainees(staff_db, sanne_with_ruud):
    ruud = actor_for(staff_db, "mentor")
    with staff_db.session() as s:
        mine = trainees_of(s, ruud)
    assert mine == {employee_id(staff_db, "Sanne de Boer"), employee_id(staff_db, "Daan Bakker")}
    assert {r.trainee_name for r in onboarding.my_trainees(staff_db, ruud)} == {"Sanne de Boer", "Daan Bakker"}
    assert [r.trainee_name for r in onboarding.where_i_am(staff_db, actor_for(staff_db, "employee"))] == ["Sanne de Boer"]
    with pytest.raises(NotAllowed):
        onboarding.list_trajectories(staff_db, actor_for(staff_db, "display"))


def test_comments_go_both_ways_and_talks_are_listed_when_due(staff_db, sanne_with_ruud):
    module = module_at(staff_db, sanne_with_ruud.id, 0).module.id
    onboarding.add_comment(staff_db, actor_for(staff_db, "employee"), sanne_with_ruud.id, module, "Wanneer oefenen we de gasfles?")
    onboarding.add_comment(staff_db, actor_for(staff_db, "mentor"), sanne_with_ruud.id, module, "Donderdag om 10 uur.")
    comments = module_at(staff_db, sanne_with_ruud.id, 0).comments
    assert [c.author_role for c in comments] == ["trainee", "mentor"]
    assert sanne_with_ruud.id in {r.id for r in onboarding.talks_due(staff_db, SYSTEM)}  # started 30 days ago
    onboarding.record_talk(staff_db, actor_for(staff_db, "mentor"), sanne_with_ruud.id, TODAY, "Gaat goed", "Lassen oefenen")
    assert sanne_with_ruud.id not in {r.id for r in onboarding.talks_due(staff_db, SYSTEM)}


def test_programs_are_copied_and_a_program_in_use_is_archived_not_deleted(staff_db):
    source = program_id(staff_db)
    copy = programs.copy_program(staff_db, SYSTEM, source, "Inwerken lasser (nachtploeg)")
    assert len(copy.modules) == len(programs.get_program(staff_db, SYSTEM, source).modules)
    with pytest.raises(InUse):
        programs.delete_program(staff_db, SYSTEM, source, programs.get_program(staff_db, SYSTEM, source).version)
    archived = programs.set_archived(staff_db, SYSTEM, source, programs.get_program(staff_db, SYSTEM, source).version, True)
    assert archived.archived and source not in {p.id for p in programs.list_programs(staff_db, SYSTEM)}
    programs.delete_program(staff_db, SYSTEM, copy.id, copy.version)


def test_a_module_needs_a_title_assignments_and_a_criterion_for_its_assessment(staff_db):
    pid = program_id(staff_db)
    for draft in (ModuleDraft(""), ModuleDraft("Iets", assignments=()),
                  ModuleDraft("Toets", assignments=("a",), assessment="Proefstuk"), ModuleDraft("Uren", hours=0, assignments=("a",))):
        with pytest.raises(ValidationFailed):
            programs.save_module(staff_db, SYSTEM, pid, draft)


def test_module_pictures_are_png_or_jpeg_within_the_size_limit_and_kept_in_the_database(staff_db):
    module = programs.get_program(staff_db, SYSTEM, program_id(staff_db)).modules[0]
    image = programs.add_image(staff_db, SYSTEM, module.id, PNG, "De lasplek")
    assert programs.image_data(staff_db, SYSTEM, image.id) == PNG
    for bad in (b"", b"GIF89a" + b"\0" * 10, b"\xff\xd8\xff" + b"\0" * rules.MAX_IMAGE_BYTES):
        with pytest.raises(WplError):
            programs.add_image(staff_db, SYSTEM, module.id, bad)
    with pytest.raises(NotAllowed):
        programs.add_image(staff_db, actor_for(staff_db, "mentor"), module.id, PNG)


def test_anonymising_a_trainee_clears_the_free_text_of_their_trajectory(staff_db):
    daan = next(r for r in onboarding.list_trajectories(staff_db, SYSTEM) if r.trainee_name == "Daan Bakker")
    row = people.get_employee(staff_db, SYSTEM, daan.employee_id)
    draft = EmployeeDraft(row.first_name, row.last_name, row.prefix, row.team_id, row.function_id, row.start_date,
                          TODAY - timedelta(days=400), row.education)
    people.save_employee(staff_db, SYSTEM, draft, row.id, row.version)
    privacy.anonymise_employee(staff_db, SYSTEM, daan.employee_id)
    detail = onboarding.get_trajectory(staff_db, SYSTEM, daan.id)
    assert all(not c.text for m in detail.modules for c in m.comments)
    assert all(not r.reason for m in detail.modules for r in m.revocations)
    assert all(not t.notes for t in detail.talks)
    assert all("Daan" not in s.signer_name for m in detail.modules for s in m.signatures)


def test_planned_dates_skip_weekends_and_company_holidays():
    monday = date(2026, 11, 23)
    assert rules.add_working_days(monday, 5) == date(2026, 11, 27)
    assert rules.add_working_days(monday, 6) == date(2026, 11, 30)
    assert rules.add_working_days(monday, 5, frozenset({date(2026, 11, 25)})) == date(2026, 11, 30)
    assert rules.planned_dates(monday, [8, 8]) == [date(2026, 11, 24), date(2026, 11, 26)]


def test_an_actor_without_rights_writes_nothing_on_a_refused_start(staff_db):
    before = snapshot(staff_db)
    with pytest.raises(NotAllowed):
        onboarding.start_trajectory(staff_db, actor_for(staff_db, "mentor"), employee_id(staff_db, "Sanne de Boer"),
                                    program_id(staff_db), employee_id(staff_db, "Ruud Jansen"), TODAY)
    assert snapshot(staff_db) == before


def test_the_avg_export_of_a_trainee_holds_the_comments_and_talks_of_their_trajectory(demo_db):
    daan = next(r for r in onboarding.list_trajectories(demo_db, SYSTEM) if r.trainee_name == "Daan Bakker")
    export = privacy.export_employee(demo_db, SYSTEM, daan.employee_id)
    assert export.sections["onboarding_trajectories"] and export.sections["onboarding_talks"]
    assert any("voordoen" in c["text"] for c in export.sections["onboarding_comments"])
    assert len(export.sections["onboarding_signoffs"]) == 6
