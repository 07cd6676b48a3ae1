"""The deployability matrix as its users meet it, on the demo company (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import Conflict, NotAllowed, NotFound, ValidationFailed
from wplstudio.services import matrix, matrix_figures, matrix_targets
from wplstudio.services.matrix import LevelEdit
from wplstudio.services.matrix_targets import TargetDraft
from wplstudio.storage.models import AuditEntry, LevelChange

MANAGER = Actor("Anouk Dekker", "manager")
TODAY = date.today()


def person(db, name: str) -> matrix.RowPerson:
    return next(p for p in matrix.load(db, SYSTEM).people if p.name == name)


def task(db, name: str) -> matrix.ColumnTask:
    return next(t for t in matrix.load(db, SYSTEM).tasks if t.name == name)


def team_tig(db) -> matrix_figures.CoverageRow:
    return next(r for r in matrix_figures.coverage(db, MANAGER) if r.task_name == "TIG-lassen rvs" and r.team_name == "Lassen & constructie")


@pytest.fixture
def company(any_demo_db):
    return any_demo_db


def test_manager_sets_piets_tig_to_independent_and_the_welders_coverage_turns_green(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    assert team_tig(company).status == rules.AMBER and team_tig(company).deployable == 2
    changed = matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 3)], note="Proefstuk goedgekeurd")
    assert changed == [matrix.LevelChanged(piet.id, tig.id, 2, 3)]
    newest = matrix.history(company, MANAGER, piet.id, tig.id)[0]
    assert (newest.by, newest.old_level, newest.new_level, newest.note) == ("Anouk Dekker", 2, 3, "Proefstuk goedgekeurd")
    assert team_tig(company).status == rules.GREEN and team_tig(company).deployable == 3
    assert matrix.load(company, MANAGER).cell(piet.id, tig.id).level == 3


def test_the_audit_trail_keeps_the_level_change_but_not_the_note(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 3)], note="Nog wat onzeker bij dun materiaal")
    with company.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.entity, entry.entity_id) == ("levels", f"{piet.id}/{tig.id}")
    assert '"level": 3' in entry.after and "onzeker" not in entry.before + entry.after


def test_employee_sees_only_their_own_row_and_cannot_change_levels(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    own = Actor("Piet", "employee", employee_id=piet.id)
    data = matrix.load(company, own)
    assert [p.id for p in data.people] == [piet.id] and not data.complete
    assert {e for e, _t in data.cells} == {piet.id}
    with pytest.raises(NotAllowed):
        matrix.set_levels(company, own, [LevelEdit(piet.id, tig.id, 4)])
    other = person(company, "Marco Smit")
    with pytest.raises(NotAllowed):
        matrix.history(company, own, other.id, tig.id)
    assert matrix.load_cell(company, SYSTEM, piet.id, tig.id).level == 2


def test_shop_screen_sees_no_levels_at_all(company):
    screen = Actor("Werkplaats-scherm", "display")
    for call in (matrix.load, matrix_figures.coverage, matrix_figures.training_needs, matrix_figures.certificate_alerts):
        with pytest.raises(NotAllowed):
            call(company, screen)


def test_mentor_changes_levels_of_own_trainees_only(company, monkeypatch):
    erik, daan, tig = person(company, "Erik de Groot"), person(company, "Daan Bakker"), task(company, "TIG-lassen rvs")
    mentor = Actor("Erik", "mentor", employee_id=erik.id)
    with pytest.raises(NotAllowed):
        matrix.set_levels(company, mentor, [LevelEdit(daan.id, tig.id, 2)])
    # The table lets a mentor edit "team" = own trainees; onboarding will say who those are.
    monkeypatch.setattr(matrix, "trainees_of", lambda s, actor: frozenset({daan.id}))
    matrix.set_levels(company, mentor, [LevelEdit(daan.id, tig.id, 2)])
    assert matrix.load_cell(company, SYSTEM, daan.id, tig.id).level == 2


def test_a_change_with_one_refused_cell_changes_nothing(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    before = _history_count(company)
    with pytest.raises(NotFound):
        matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 3), LevelEdit(piet.id, 99_999, 3)])
    with pytest.raises(ValidationFailed):
        matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 3), LevelEdit(piet.id, tig.id, 5)])
    assert matrix.load_cell(company, SYSTEM, piet.id, tig.id).level == 2 and _history_count(company) == before


def test_an_edit_based_on_a_stale_cell_is_refused(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    seen = matrix.load_cell(company, MANAGER, piet.id, tig.id).version
    matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 3, seen)])
    with pytest.raises(Conflict):
        matrix.set_levels(company, MANAGER, [LevelEdit(piet.id, tig.id, 4, seen)])
    assert matrix.load_cell(company, SYSTEM, piet.id, tig.id).level == 3


def test_an_expired_certificate_stops_counting_until_it_is_renewed(company):
    vca = task(company, "VCA Basis")
    row = lambda: next(r for r in matrix_figures.coverage(company, MANAGER) if r.task_id == vca.id and r.team_id is None)  # noqa: E731
    data = matrix.load(company, MANAGER)
    valid = next(p.id for p in data.people if data.cell(p.id, vca.id).level >= 3
                 and data.cell(p.id, vca.id).valid_until and data.cell(p.id, vca.id).valid_until >= TODAY)
    before = row().deployable
    matrix.set_certificate(company, MANAGER, valid, vca.id, TODAY - timedelta(days=1))
    assert row().deployable == before - 1
    assert any(c.employee_id == valid and c.state == "expired" for c in matrix_figures.certificate_alerts(company, MANAGER))
    matrix.set_certificate(company, MANAGER, valid, vca.id, TODAY + timedelta(days=365))
    assert row().deployable == before


def test_the_warning_period_is_a_setting(company):
    soon = [c for c in matrix_figures.certificate_alerts(company, MANAGER) if c.state == "expiring"]
    assert soon and all(0 <= c.days_left <= 60 for c in soon)
    matrix_targets.set_expiry_warning_days(company, MANAGER, 30)
    assert matrix_targets.expiry_warning_days(company, MANAGER) == 30
    assert all(c.days_left <= 30 for c in matrix_figures.certificate_alerts(company, MANAGER) if c.state == "expiring")
    with pytest.raises(ValidationFailed):
        matrix_targets.set_expiry_warning_days(company, MANAGER, -1)


def test_a_certificate_date_on_an_ordinary_task_is_refused(company):
    piet, tig = person(company, "Piet Visser"), task(company, "TIG-lassen rvs")
    with pytest.raises(ValidationFailed):
        matrix.set_certificate(company, MANAGER, piet.id, tig.id, TODAY)


def test_manager_sets_a_team_target_once_and_changes_it_with_its_version(company):
    tig = task(company, "TIG-lassen rvs")
    service = next(p.team_id for p in matrix.load(company, SYSTEM).people if p.team_name == "Service & installatie")
    made = matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, service, 1, 0))
    assert (made.team_name, made.deployable, made.version) == ("Service & installatie", 1, 1)
    with pytest.raises(Conflict):
        matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, service, 2, 0))
    changed = matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, service, 2, 1), version=made.version)
    assert changed.deployable == 2
    with pytest.raises(Conflict):
        matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, service, 3, 1), version=made.version)
    matrix_targets.remove_task_target(company, MANAGER, tig.id, service, changed.version)
    assert all(t.team_id != service for t in matrix_targets.list_targets(company, MANAGER, tig.id))


def test_only_one_company_wide_target_per_task(company):
    tig = task(company, "TIG-lassen rvs")
    with pytest.raises(Conflict):
        matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, None, 9, 1))
    assert [t.deployable for t in matrix_targets.list_targets(company, MANAGER, tig.id) if t.team_id is None] == [4]


def test_more_teachers_than_deployable_people_is_refused(company):
    tig = task(company, "TIG-lassen rvs")
    with pytest.raises(ValidationFailed):
        matrix_targets.set_task_target(company, MANAGER, TargetDraft(tig.id, None, 1, 2), version=1)


def test_employees_and_mentors_cannot_change_targets(company):
    tig = task(company, "TIG-lassen rvs")
    for role in ("employee", "mentor"):
        with pytest.raises(NotAllowed):
            matrix_targets.set_task_target(company, Actor("x", role), TargetDraft(tig.id, None, 5, 1), version=1)
    assert matrix_targets.list_targets(company, Actor("Erik", "mentor"), tig.id)


def test_function_profile_drives_the_gaps(company):
    lasser = person(company, "Piet Visser").function_id
    profile = matrix_targets.function_profile(company, MANAGER, lasser)
    wanted = {r.task_id: r.required_level for r in profile if r.required_level}
    alu = task(company, "TIG-lassen aluminium")
    wanted[alu.id] = 3
    read = {r.task_id: r.version for r in profile if r.version}
    matrix_targets.set_function_profile(company, MANAGER, lasser, wanted, read)
    gaps = [g for g in matrix_figures.gaps(company, MANAGER) if g.task_id == alu.id]
    assert {g.employee_name for g in gaps} >= {"Piet Visser", "Marco Smit"}
    assert all(g.required == 3 and g.effective < 3 for g in gaps)
    with pytest.raises(Conflict):  # saved again on the old reading
        matrix_targets.set_function_profile(company, MANAGER, lasser, {alu.id: 2}, read)


def test_piet_needs_tig_and_tomasz_of_his_own_team_is_suggested_as_mentor(company):
    needs = [n for n in matrix_figures.training_needs(company, MANAGER)
             if n.employee_name == "Piet Visser" and n.task_name == "TIG-lassen rvs"]
    assert len(needs) == 1 and needs[0].target_level == 3 and needs[0].reason == rules.REASON_PROFILE
    assert needs[0].mentors[0].name == "Tomasz Nowak" and needs[0].mentors[0].same_team
    assert (needs[0].planned_level, needs[0].planned_date) == (3, TODAY + timedelta(days=60))


def test_an_employee_sees_own_needs_without_other_peoples_levels(company):
    piet = person(company, "Piet Visser")
    needs = matrix_figures.training_needs(company, Actor("Piet", "employee", employee_id=piet.id))
    assert needs and {n.employee_id for n in needs} == {piet.id} and all(n.mentors == () for n in needs)
    with pytest.raises(NotAllowed):
        matrix_figures.coverage(company, Actor("Piet", "employee", employee_id=piet.id))


def test_timetable_shows_the_overdue_target(company):
    lines = matrix_figures.timetable(company, MANAGER)
    overdue = [line for line in lines if line.overdue]
    assert [(line.employee_name, line.task_name) for line in overdue] == [("Bram Mulder", "VCA Basis")]
    assert any(line.employee_name == "Piet Visser" and not line.overdue for line in lines)


def test_single_point_of_failure_and_teachers(company):
    spof = {r.task_name: [p.name for p in r.people] for r in matrix_figures.single_points_of_failure(company, MANAGER)}
    assert spof["TIG-lassen aluminium"] == ["Tomasz Nowak"]
    teaching = {r.task_name: [p.name for p in r.people] for r in matrix_figures.teachers(company, MANAGER)}
    assert teaching["PLC uitlezen"] == ["Erik de Groot"]


def test_level_descriptions_in_the_companys_own_words(company):
    tig = task(company, "TIG-lassen rvs")
    texts = matrix_targets.level_descriptions(company, Actor("Piet", "employee"), tig.id)
    assert [d.level for d in texts] == [1, 2, 3, 4] and "zelfstandig" in texts[2].text
    read = {d.level: d.version for d in texts}
    updated = matrix_targets.set_level_descriptions(company, MANAGER, tig.id, {3: "Last rvs zonder hulp, netjes en schoon."}, read)
    assert updated[2].text == "Last rvs zonder hulp, netjes en schoon." and updated[2].version == 2
    with pytest.raises(Conflict):
        matrix_targets.set_level_descriptions(company, MANAGER, tig.id, {3: "Iets anders."}, read)
    with pytest.raises(NotAllowed):
        matrix_targets.set_level_descriptions(company, Actor("Piet", "employee"), tig.id, {3: "Kan ik al."})
    assert matrix_targets.all_level_descriptions(company, MANAGER)[tig.id][3].startswith("Last rvs")


def test_deployability_over_time_ends_at_todays_recorded_count(company):
    series = matrix_figures.deployability_over_time(company, MANAGER)
    assert len(series) in (60, 61) and series[-1].month_end == TODAY
    data = matrix.load(company, MANAGER)
    recorded = sum(1 for (e, _t), c in data.cells.items() if c.level >= 3 and e in {p.id for p in data.people})
    assert series[-1].deployable_pairs == recorded
    assert series[0].deployable_pairs < series[-1].deployable_pairs


def test_figures_per_core_task_and_team(company):
    cores = matrix_figures.coverage_by_core_task(company, MANAGER)
    assert [c.core_task_name for c in cores][:2] == ["Veiligheid", "Lassen"] and all(0 <= c.share <= 1 for c in cores)
    teams = matrix_figures.level_distribution(company, MANAGER)
    assert len(teams) == 4 and all(sum(t.counts) > 0 for t in teams)


def _history_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(LevelChange))
