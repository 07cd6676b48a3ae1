"""Every public matrix service function, called as every role on one's own row and on
someone else's: allowed or refused exactly as domain/permissions.py says, and a refused
change leaves the database as it was."""

from __future__ import annotations

import inspect
from datetime import date, timedelta

import pytest

from tests.staff import actor_for, employee_id, snapshot, staff_db, staff_template  # noqa: F401
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.permissions import OTHERS, OWN, ROLES, SCOPES, allowed, scope_of
from wplstudio.services import matrix, matrix_figures, matrix_targets, people
from wplstudio.services.matrix_targets import TargetDraft, TargetEdit

SOON = date.today() + timedelta(days=90)


def _task(db, name="VCA Basis") -> int:
    return next(t.id for t in matrix.load(db, SYSTEM).tasks if t.name == name)


# name -> (area, operation, run(db, actor, subject employee id or None)); subject None: about no one
PER_PERSON = {
    "set_levels": ("edit", lambda db, a, e: matrix.set_levels(db, a, [matrix.LevelEdit(e, _task(db), 1)])),
    "set_certificate": ("edit", lambda db, a, e: matrix.set_certificate(db, a, e, _task(db), SOON)),
    "set_certificates": ("edit", lambda db, a, e: matrix.set_certificates(db, a, [matrix.CertificateDate(e, _task(db), SOON)])),
    "set_target": ("edit", lambda db, a, e: matrix.set_target(db, a, e, _task(db), 4, SOON)),
    "set_targets": ("edit", lambda db, a, e: matrix.set_targets(db, a, [matrix.TimetableTarget(e, _task(db), 4, SOON)])),
    "history": ("view", lambda db, a, e: matrix.history(db, a, e, _task(db))),
    "load_cell": ("view", lambda db, a, e: matrix.load_cell(db, a, e, _task(db))),
}
# name -> (area, operation, run(db, actor)) for records about no one: targets, profiles, descriptions, figures
COMPANY = {
    "coverage": ("matrix", "view", lambda db, a: matrix_figures.coverage(db, a)),
    "coverage_by_core_task": ("matrix", "view", lambda db, a: matrix_figures.coverage_by_core_task(db, a)),
    "single_points_of_failure": ("matrix", "view", lambda db, a: matrix_figures.single_points_of_failure(db, a)),
    "teachers": ("matrix", "view", lambda db, a: matrix_figures.teachers(db, a)),
    "level_distribution": ("matrix", "view", lambda db, a: matrix_figures.level_distribution(db, a)),
    "deployability_over_time": ("matrix", "view", lambda db, a: matrix_figures.deployability_over_time(db, a)),
    "list_targets": ("matrix", "view", lambda db, a: matrix_targets.list_targets(db, a)),
    "set_task_target": ("matrix", "edit", lambda db, a: matrix_targets.set_task_target(
        db, a, TargetDraft(_task(db), None, 20, 0), version=1)),
    "set_task_targets": ("matrix", "edit", lambda db, a: matrix_targets.set_task_targets(db, a, [TargetDraft(_task(db), None, 20, 0)])),
    "remove_task_target": ("matrix", "edit", lambda db, a: matrix_targets.remove_task_target(db, a, _task(db), None, 1)),
    "save_task_page": ("matrix", "edit", lambda db, a: matrix_targets.save_task_page(
        db, a, _task(db), [TargetEdit(None, 20, 0, 1)])),
    "function_profile": ("matrix", "view", lambda db, a: matrix_targets.function_profile(db, a, _function(db))),
    "set_function_profile": ("matrix", "edit", lambda db, a: matrix_targets.set_function_profile(db, a, _function(db), {_task(db): 4})),
    "set_function_profiles": ("matrix", "edit", lambda db, a: matrix_targets.set_function_profiles(db, a, {_function(db): {_task(db): 4}})),
    "level_descriptions": ("landscape", "view", lambda db, a: matrix_targets.level_descriptions(db, a, _task(db))),
    "all_level_descriptions": ("landscape", "view", lambda db, a: matrix_targets.all_level_descriptions(db, a)),
    "set_level_descriptions": ("landscape", "edit", lambda db, a: matrix_targets.set_level_descriptions(db, a, _task(db), {1: "Nieuw."})),
    "set_many_level_descriptions": ("landscape", "edit", lambda db, a: matrix_targets.set_many_level_descriptions(
        db, a, {_task(db): {1: "Nieuw."}})),
    "set_expiry_warning_days": ("settings", "edit", lambda db, a: matrix_targets.set_expiry_warning_days(db, a, 45)),
}
# Lists that hold only the rows the actor may view: refused only for a role that may view none.
FILTERED = {
    "load": lambda db, a: [p.id for p in matrix.load(db, a).people],
    "gaps": lambda db, a: [g.employee_id for g in matrix_figures.gaps(db, a)],
    "certificate_alerts": lambda db, a: [c.employee_id for c in matrix_figures.certificate_alerts(db, a)],
    "training_needs": lambda db, a: [n.employee_id for n in matrix_figures.training_needs(db, a)],
    "timetable": lambda db, a: [t.employee_id for t in matrix_figures.timetable(db, a)],
}
EXEMPT = {
    "read": "matrix.load's body inside a caller's session; load and the figures check before calling it",
    "visible_people": "the filter load and the figures use, inside their checked session",
    "visible_rows": "the rows of visible_people inside a caller's checked session (the board's stale practice)",
    "require_edit": "the check itself",
    "warning_days_in": "reads a setting inside a checked session",
    "expiry_warning_days": "the warning period: allowed to everyone who may view any matrix row, walked below",
    "trainee_counts": "the onboarding hook inside a checked session",
    "coverage_rows": "works on a MatrixData the caller already loaded through load()",
    "active_team_names": "team names for a filter, for anyone who may view a matrix row",
    "write_levels": "set_levels' bulk variant inside the importer's transaction: checks require_edit itself (walked via import)",
    "stored_levels": "reads stored cells inside a caller's checked session",
    "write_certificates": "set_certificates inside the importer's transaction: checks require_edit itself",
    "write_targets": "set_targets inside the importer's transaction: checks require_edit itself",
    "write_task_targets": "set_task_targets inside the importer's transaction: checks matrix edit itself",
    "raise_levels_in": "onboarding's sign-off raises levels inside its own checked transaction (the signatures are the authority)",
}


def _function(db) -> int:
    return next(f.id for f in people.list_functions(db, SYSTEM) if f.name == "Lasser")


def test_every_public_matrix_service_function_is_walked_or_exempt():
    walked = set(PER_PERSON) | set(COMPANY) | set(FILTERED) | set(EXEMPT)
    for module in (matrix, matrix_figures, matrix_targets):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                assert name in walked, f"{module.__name__}.{name} is not in the matrix permission walk"


def _scope(db, actor, subject: int) -> str:
    teams = {e.id: e.team_id for e in people.list_employees(db, SYSTEM)}
    return scope_of(actor, "matrix", subject, subject_team_id=teams.get(subject), actor_team_id=teams.get(actor.employee_id))


def _expect(db, actor, area, operation, run) -> None:
    """Allowed: it runs. Refused: NotAllowed, and nothing changed."""
    if allowed(actor.role, area, operation, OTHERS):
        run()
        return
    before = snapshot(db)
    with pytest.raises(NotAllowed):
        run()
    assert snapshot(db) == before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(PER_PERSON))
@pytest.mark.parametrize("whose", ["own", "other"])
def test_per_person_calls_follow_the_table(staff_db, role, name, whose):
    actor = actor_for(staff_db, role)
    subject = actor.employee_id if whose == "own" and actor.employee_id else employee_id(staff_db, "Tomasz Nowak")
    operation, run = PER_PERSON[name]
    scope = _scope(staff_db, actor, subject)
    if allowed(role, "matrix", operation, scope):
        run(staff_db, actor, subject)
        return
    before = snapshot(staff_db)
    with pytest.raises(NotAllowed):
        run(staff_db, actor, subject)
    assert snapshot(staff_db) == before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(COMPANY))
def test_company_records_and_figures_follow_the_table(staff_db, role, name):
    area, operation, run = COMPANY[name]
    actor = actor_for(staff_db, role)
    _expect(staff_db, actor, area, operation, lambda: run(staff_db, actor))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(FILTERED))
def test_personal_lists_hold_exactly_the_rows_each_role_may_view(staff_db, role, name):
    actor = actor_for(staff_db, role)
    if not any(allowed(role, "matrix", "view", scope) for scope in SCOPES):
        with pytest.raises(NotAllowed):
            FILTERED[name](staff_db, actor)
        with pytest.raises(NotAllowed):
            matrix_targets.expiry_warning_days(staff_db, actor)
        return
    shown = set(FILTERED[name](staff_db, actor))
    everyone = set(FILTERED[name](staff_db, SYSTEM))
    may_see = {e for e in everyone if allowed(role, "matrix", "view", _scope(staff_db, actor, e))}
    assert shown == may_see
    if not allowed(role, "matrix", "view", OTHERS):
        assert shown <= {actor.employee_id} and allowed(role, "matrix", "view", OWN)
