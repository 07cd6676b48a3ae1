"""Every service function, called as every role, on own, team and other people's
records: allowed or refused exactly as domain/permissions.py (and so
docs/permissions.md) says; a refused call changes nothing."""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable

import pytest
from argon2 import PasswordHasher

from tests.staff import PASSWORD, actor_for, employee_id, snapshot, staff_db, staff_template  # noqa: F401
from wplstudio.domain.accounts import AccountDraft
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.domain.permissions import OTHERS, OWN, ROLES, allowed, scope_of
from wplstudio.services import accounts, backups, company, landscape, passwords, people
from wplstudio.services import onboarding, onboarding_programs, onboarding_report, onboarding_signing, onboarding_year
from wplstudio.services.access import trainees_of

# Demo staff used as the records acted upon: Ruud (mentor) and Sanne (employee) share
# the Plaatbewerking team; Henk (manager) and Anouk share the office; Tomasz welds.
EMPLOYEE_TARGETS = ("Sanne de Boer", "Ruud Jansen", "Henk van Dalen", "Anouk Dekker", "Tomasz Nowak")
ACCOUNT_TARGETS = ("owner", "manager", "mentor", "employee", "display")


@dataclass(frozen=True)
class Case:
    name: str
    function: Callable
    area: str
    operation: str
    run: Callable  # (db, actor, target, tmp_path) -> result
    targets: tuple = (None,)  # None: a record about no one in particular (scope "others")
    kind: str = "employee"  # how a target's scope is found: "employee" or "account"
    rule: Callable | None = None  # a rule beside the table: (actor, db, target) -> allowed?
    changes: bool = field(default=True)
    setup: Callable | None = None  # (db, tmp_path) -> what run needs, made by the system before the snapshot

    def call(self, db, actor, target, tmp_path, prepared):
        if self.setup is None:
            return self.run(db, actor, target, tmp_path)
        return self.run(db, actor, prepared)


def _emp(db, name):
    return employee_id(db, name)


def _draft_of(db, employee_id_):
    row = people.get_employee(db, SYSTEM, employee_id_)
    return EmployeeDraft(row.first_name, row.last_name, row.prefix, row.team_id, row.function_id, row.start_date, row.end_date, row.education), row.version


def _save_same(db, actor, name, _tmp):
    draft, version = _draft_of(db, _emp(db, name))
    return people.save_employee(db, actor, draft, _emp(db, name), version)


def _delete(db, actor, name, _tmp):
    target = _emp(db, name)
    return people.delete_employee(db, actor, target, people.get_employee(db, SYSTEM, target).version)


def _new_team(db):
    return people.save_team(db, SYSTEM, "Tijdelijk team")


def _new_function(db):
    return people.save_function(db, SYSTEM, "Tijdelijke functie")


def _new_core(db):
    return landscape.save_core_task(db, SYSTEM, "Tijdelijke kerntaak")


def _first_task(db):
    return landscape.list_tasks(db, SYSTEM)[0]


def _account(db, role):
    return accounts.get_account(db, SYSTEM, actor_for(db, role).user_id)


def _restore(db, actor, source):
    outcome = backups.restore_into_open(db, actor, source)
    reopened = getattr(outcome, "db", None)  # whether the service hands back another Database is its own business
    if reopened is not None and reopened is not db:
        reopened.close()


TRAJECTORY_TARGETS = ("Daan Bakker", "Ilse Kok", "Bram Mulder")  # the demo's trainees: halfway, just begun, completed
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def _traj(db, name):
    return next(r.id for r in onboarding.list_trajectories(db, SYSTEM) if r.trainee_name == name)


def _traj_version(db, name):
    return next(r.version for r in onboarding.list_trajectories(db, SYSTEM) if r.trainee_name == name)


def _program(db):
    return next(p.id for p in onboarding_programs.list_programs(db, SYSTEM) if p.name == "Inwerken lasser")


def _open_module(db, name):
    return next(m.module.id for m in onboarding.get_trajectory(db, SYSTEM, _traj(db, name)).modules if m.status != "signed")


def _signed_module(db, name):
    return next(m.module.id for m in onboarding.get_trajectory(db, SYSTEM, _traj(db, name)).modules if m.status == "signed")


def _tick(db, actor, name):
    modules = onboarding.get_trajectory(db, SYSTEM, _traj(db, name)).modules
    assignment = next(a for m in modules if m.status != "signed" for a, _ in m.module.assignments if a not in m.ticked)
    return onboarding.set_ticked(db, actor, _traj(db, name), assignment, True)


def _module_of_new_program(db):
    program = onboarding_programs.save_program(db, SYSTEM, "Proefprogramma", None)
    return onboarding_programs.save_module(db, SYSTEM, program.id, ModuleDraft("Proef", assignments=("Doen",)))


def _not_self(actor, _db, role):
    return actor.user_id != actor_for(_db, role).user_id


def _owner_only_for_owners(actor, db, role):
    return actor.role == "owner" or role != "owner"


def _manage_rule(actor, db, role):
    return _not_self(actor, db, role) and _owner_only_for_owners(actor, db, role)


def _rename_rule(actor, db, role):
    return _owner_only_for_owners(actor, db, role)


CASES = (
    # people
    Case("list_teams", people.list_teams, "people", "view", lambda db, a, t, p: people.list_teams(db, a), changes=False),
    Case("save_team", people.save_team, "people", "edit", lambda db, a, t, p: people.save_team(db, a, "Nieuw team")),
    Case("delete_team", people.delete_team, "people", "edit", lambda db, a, team: people.delete_team(db, a, team.id, team.version),
         setup=lambda db, p: _new_team(db)),
    Case("list_functions", people.list_functions, "people", "view", lambda db, a, t, p: people.list_functions(db, a), changes=False),
    Case("save_function", people.save_function, "people", "edit", lambda db, a, t, p: people.save_function(db, a, "Nieuwe functie")),
    Case("delete_function", people.delete_function, "people", "edit", lambda db, a, f: people.delete_function(db, a, f.id, f.version),
         setup=lambda db, p: _new_function(db)),
    Case("get_employee", people.get_employee, "people", "view", lambda db, a, t, p: people.get_employee(db, a, _emp(db, t)),
         EMPLOYEE_TARGETS, changes=False),
    Case("save_employee", people.save_employee, "people", "edit", _save_same, EMPLOYEE_TARGETS),
    Case("save_employee (new)", people.save_employee, "people", "edit",
         lambda db, a, t, p: people.save_employee(db, a, EmployeeDraft("Kim", "Rijn", start_date=date(2026, 1, 5)))),
    Case("delete_employee", people.delete_employee, "people", "edit", _delete, EMPLOYEE_TARGETS),
    Case("count_employees", people.count_employees, "people", "view", lambda db, a, t, p: people.count_employees(db, a), changes=False),
    # landscape
    Case("list_core_tasks", landscape.list_core_tasks, "landscape", "view", lambda db, a, t, p: landscape.list_core_tasks(db, a), changes=False),
    Case("list_tasks", landscape.list_tasks, "landscape", "view", lambda db, a, t, p: landscape.list_tasks(db, a), changes=False),
    Case("get_task", landscape.get_task, "landscape", "view", lambda db, a, t, p: landscape.get_task(db, a, _first_task(db).id), changes=False),
    Case("save_core_task", landscape.save_core_task, "landscape", "edit", lambda db, a, t, p: landscape.save_core_task(db, a, "Nieuwe kerntaak")),
    Case("delete_core_task", landscape.delete_core_task, "landscape", "edit", lambda db, a, c: landscape.delete_core_task(db, a, c.id, c.version),
         setup=lambda db, p: _new_core(db)),
    Case("save_task", landscape.save_task, "landscape", "edit",
         lambda db, a, t, p: landscape.save_task(db, a, TaskDraft(_first_task(db).core_task_id, "Nieuwe taak"))),
    Case("delete_task", landscape.delete_task, "landscape", "edit",
         lambda db, a, t, p: (lambda task: landscape.delete_task(db, a, task.id, task.version))(_first_task(db))),
    # company
    Case("get_company", company.get_company, "company", "view", lambda db, a, t, p: company.get_company(db, a), changes=False),
    Case("save_company_name", company.save_company_name, "company", "edit",
         lambda db, a, t, p: company.save_company_name(db, a, "Van Dalen B.V.", company.get_company(db, SYSTEM).version)),
    Case("mark_demo", company.mark_demo, "company", "edit", lambda db, a, t, p: company.mark_demo(db, a)),
    # backups
    Case("backup_now", backups.backup_now, "backups", "edit", lambda db, a, t, p: backups.backup_now(db, a, p / "copy.sqlite"), changes=False),
    Case("list_backups", backups.list_backups, "backups", "view", lambda db, a, t, p: backups.list_backups(db, a), changes=False),
    Case("save_rotation", backups.save_rotation, "backups", "edit",
         lambda db, a, t, p: backups.save_rotation(db, a, replace(backups.get_rotation(db), daily=backups.get_rotation(db).daily + 1))),
    Case("restore_into_open", backups.restore_into_open, "backups", "edit", lambda db, a, source: _restore(db, a, source),
         setup=lambda db, p: backups.backup_now(db, SYSTEM, p / "source" / "backup.sqlite").path),
    # accounts
    Case("get_account", accounts.get_account, "accounts", "view", lambda db, a, t, p: accounts.get_account(db, a, _account(db, t).id),
         ACCOUNT_TARGETS, kind="account", changes=False),
    Case("create_account", accounts.create_account, "accounts", "edit",
         lambda db, a, t, p: accounts.create_account(db, a, AccountDraft("nieuw", "Nieuw", "employee"), "werkplaats1")),
    Case("update_account", accounts.update_account, "accounts", "edit",
         lambda db, a, t, p: (lambda r: accounts.update_account(db, a, r.id, r.version, r.display_name + " (2)", r.role, r.employee_id))(_account(db, t)),
         ACCOUNT_TARGETS, kind="account", rule=_rename_rule),
    Case("set_active", accounts.set_active, "accounts", "edit",
         lambda db, a, t, p: (lambda r: accounts.set_active(db, a, r.id, r.version, False))(_account(db, t)),
         ACCOUNT_TARGETS, kind="account", rule=_manage_rule),
    Case("reset_password", accounts.reset_password, "accounts", "edit",
         lambda db, a, t, p: (lambda r: accounts.reset_password(db, a, r.id, r.version, "werkplaats1"))(_account(db, t)),
         ACCOUNT_TARGETS, kind="account", rule=_manage_rule),
    Case("change_own_password", accounts.change_own_password, "accounts", "edit",
         lambda db, a, t, p: accounts.change_own_password(db, a, PASSWORD, "werkplaats1"), ("self",), kind="account"),
    Case("set_own_pin", accounts.set_own_pin, "accounts", "edit",
         lambda db, a, t, p: accounts.set_own_pin(db, a, PASSWORD, "2468"), ("self",), kind="account"),
    Case("set_lock_minutes", accounts.set_lock_minutes, "settings", "edit", lambda db, a, t, p: accounts.set_lock_minutes(db, a, 9)),
    # onboarding (issue 5): trajectories of the demo trainees; Daan is Ruud's (the mentor's) trainee
    Case("get_trajectory", onboarding.get_trajectory, "onboarding", "view", lambda db, a, t, p: onboarding.get_trajectory(db, a, _traj(db, t)),
         TRAJECTORY_TARGETS, changes=False),
    Case("get_settings (onboarding)", onboarding.get_settings, "onboarding", "view", lambda db, a, t, p: onboarding.get_settings(db, a), changes=False),
    Case("completions (year report)", onboarding_year.completions, "onboarding", "view",
         lambda db, a, t, p: onboarding_year.completions(db, a, date.today().year), changes=False),
    Case("save_settings (onboarding)", onboarding.save_settings, "settings", "edit", lambda db, a, t, p: onboarding.save_settings(db, a, 3, [])),
    Case("suggest_mentors", onboarding.suggest_mentors, "onboarding", "edit",
         lambda db, a, t, p: onboarding.suggest_mentors(db, a, _program(db), _emp(db, "Kevin Peters")), changes=False),
    Case("start_trajectory", onboarding.start_trajectory, "onboarding", "edit",
         lambda db, a, t, p: onboarding.start_trajectory(db, a, _emp(db, "Kevin Peters"), _program(db), _emp(db, "Piet Visser"), date.today())),
    Case("change_mentor", onboarding.change_mentor, "onboarding", "edit",
         lambda db, a, t, p: onboarding.change_mentor(db, a, _traj(db, "Daan Bakker"), _traj_version(db, "Daan Bakker"), _emp(db, "Piet Visser"), "Ruud is op montage")),
    Case("stop_trajectory", onboarding.stop_trajectory, "onboarding", "edit",
         lambda db, a, t, p: onboarding.stop_trajectory(db, a, _traj(db, "Ilse Kok"), _traj_version(db, "Ilse Kok"), "Andere functie")),
    Case("set_ticked", onboarding.set_ticked, "onboarding", "sign", lambda db, a, t, p: _tick(db, a, t), ("Daan Bakker", "Ilse Kok")),
    Case("add_comment", onboarding.add_comment, "onboarding", "sign",
         lambda db, a, t, p: onboarding.add_comment(db, a, _traj(db, t), _open_module(db, t), "Hoe gaat het?"), ("Daan Bakker", "Ilse Kok")),
    Case("record_talk", onboarding.record_talk, "onboarding", "edit",
         lambda db, a, t, p: onboarding.record_talk(db, a, _traj(db, t), date.today(), "Goed", "Verder"), TRAJECTORY_TARGETS),
    Case("signer_account", onboarding_signing.signer_account, "onboarding", "view",
         lambda db, a, t, p: onboarding_signing.signer_account(db, a, _emp(db, t)), TRAJECTORY_TARGETS, changes=False),
    Case("open_before", onboarding_signing.open_before, "onboarding", "view",
         lambda db, a, t, p: onboarding_signing.open_before(db, a, _traj(db, t), _open_module(db, t)), ("Daan Bakker", "Ilse Kok"), changes=False),
    Case("revoke", onboarding_signing.revoke, "onboarding", "edit",
         lambda db, a, t, p: onboarding_signing.revoke(db, a, _traj(db, t), _signed_module(db, t), "Per ongeluk"), ("Daan Bakker", "Bram Mulder")),
    Case("progress_card", onboarding_report.progress_card, "onboarding", "print",
         lambda db, a, t, p: onboarding_report.progress_card(db, a, _traj(db, t)), TRAJECTORY_TARGETS, changes=False),
    Case("certificate", onboarding_report.certificate, "onboarding", "print",
         lambda db, a, t, p: onboarding_report.certificate(db, a, _traj(db, t)), ("Bram Mulder",), changes=False),
    Case("list_programs", onboarding_programs.list_programs, "onboarding", "view", lambda db, a, t, p: onboarding_programs.list_programs(db, a), changes=False),
    Case("get_program", onboarding_programs.get_program, "onboarding", "view", lambda db, a, t, p: onboarding_programs.get_program(db, a, _program(db)), changes=False),
    Case("save_program", onboarding_programs.save_program, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.save_program(db, a, "Inwerken CNC", None)),
    Case("copy_program", onboarding_programs.copy_program, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.copy_program(db, a, _program(db), "Kopie")),
    Case("set_archived", onboarding_programs.set_archived, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.set_archived(db, a, _program(db), onboarding_programs.get_program(db, SYSTEM, _program(db)).version, True)),
    Case("delete_program", onboarding_programs.delete_program, "onboarding", "edit",
         lambda db, a, prog: onboarding_programs.delete_program(db, a, prog.id, prog.version),
         setup=lambda db, p: onboarding_programs.save_program(db, SYSTEM, "Leeg programma", None)),
    Case("save_module", onboarding_programs.save_module, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.save_module(db, a, _program(db), ModuleDraft("Nieuw", assignments=("Doen",)))),
    Case("move_module", onboarding_programs.move_module, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.move_module(db, a, onboarding_programs.get_program(db, SYSTEM, _program(db)).modules[0].id, 1)),
    Case("delete_module", onboarding_programs.delete_module, "onboarding", "edit",
         lambda db, a, m: onboarding_programs.delete_module(db, a, m.id, m.version), setup=lambda db, p: _module_of_new_program(db)),
    Case("add_image", onboarding_programs.add_image, "onboarding", "edit",
         lambda db, a, t, p: onboarding_programs.add_image(db, a, onboarding_programs.get_program(db, SYSTEM, _program(db)).modules[0].id, PNG)),
    Case("remove_image", onboarding_programs.remove_image, "onboarding", "edit",
         lambda db, a, image: onboarding_programs.remove_image(db, a, image.id),
         setup=lambda db, p: onboarding_programs.add_image(db, SYSTEM, onboarding_programs.get_program(db, SYSTEM, _program(db)).modules[0].id, PNG)),
)

# Lists that hold only what the actor may see, checked row by row below.
FILTERED_LISTS = {people.list_employees, accounts.list_accounts, onboarding.list_trajectories}
# Functions that act before anyone is signed in, or are not a use case at all.
EXEMPT = {
    onboarding.export_personal: "a part of privacy.export_employee inside its transaction; the AVG export checks",
    people.write_employee: "save_employee's body inside the caller's transaction; walked through save_employee",
    people.write_team: "save_team's body inside the caller's transaction; walked through save_team",
    landscape.write_core_task: "save_core_task's body inside the caller's transaction; walked through save_core_task",
    landscape.write_task: "save_task's body inside the caller's transaction; walked through save_task",
    accounts.needs_owner: "asked before anyone has signed in",
    accounts.create_first_owner: "only on a database without any account: it makes the first actor",
    accounts.sign_in: "establishes who the actor is",
    accounts.confirm_with_pin: "establishes who confirms",
    accounts.unlock: "establishes that the same person is back",
    accounts.lock_minutes: "the idle lock needs it for whoever is signed in; not confidential",
    backups.default_folder: "a path, no data",
    backups.get_rotation: "how many automatic backups are kept; read by the background backup",
    backups.automatic_due: "the background backup on the file path; shows no one anything",
    backups.take_automatic: "the background backup on the file path; shows no one anything",
    backups.prune: "the background backup removing its own old copies",
    backups.backups_of: "the file-level list behind list_backups, which checks",
    backups.check_backup: "checks one file for a restore; shows no data",
    backups.restore_file: "checks backups/edit itself; walked through restore_into_open",
    backups.finish_restore: "the last step of restore_into_open and restore_with_lock, after their checks",
    backups.restore_with_lock: "the command line's restore (acting as the owner); restore_file checks",
    onboarding.my_trainees: "a filter of list_trajectories, which is checked row by row",
    onboarding.where_i_am: "a filter of list_trajectories, which is checked row by row",
    onboarding.ready_to_sign: "a filter of list_trajectories, which is checked row by row",
    onboarding.talks_due: "a filter of list_trajectories, which is checked row by row",
    onboarding.visible_trajectories: "the row filter behind list_trajectories, inside the caller's session",
    onboarding.progress_of: "works inside the caller's session; its callers check",
    onboarding.detail_in: "works inside the caller's session; its callers check",
    onboarding.module_of: "works inside the caller's session; its callers check",
    onboarding.max_trainees_in: "a setting read inside the caller's session",
    onboarding.holidays_in: "a setting read inside the caller's session",
    onboarding.erase_personal: "the anonymise step of services/privacy.py, which checks",
    onboarding_programs.program_row: "works inside the caller's session; its callers check",
    onboarding_programs.modules_of: "works inside the caller's session; its callers check",
    onboarding_programs.image_data: "pictures of machines and sketches, no personal data: anyone who may see onboarding at all",
    onboarding_signing.confirm: "establishes who confirms (through accounts.confirm_with_pin / sign_in)",
    onboarding_signing.current_round: "works inside the caller's session; its callers check",
    onboarding_signing.sign: "the signer's own rights decide (trainee, their mentor or a manager): tests/services/test_onboarding.py",
    onboarding_report.find_trajectory: "a name lookup over the trajectories the actor may print",
    onboarding_report.completed_trajectories: "the trajectories the actor may print, for the batch of certificates",
}


def test_every_public_service_function_is_walked_or_exempt_with_a_reason():
    walked = {case.function for case in CASES} | FILTERED_LISTS | set(EXEMPT)
    for module in (people, landscape, company, backups, accounts, onboarding, onboarding_programs, onboarding_signing, onboarding_report,
                   onboarding_year):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                assert function in walked, f"{module.__name__}.{name} is not in the permission walk"


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    """New hashes in this walk may be cheap: it is about permissions, test_accounts is about hashing."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def expected_scope(db, actor: Actor, case: Case, target) -> str:
    if target is None:
        return OTHERS
    if case.kind == "account":
        if target == "self" or actor.user_id == actor_for(db, target).user_id:
            return OWN
        subject = actor_for(db, target).employee_id
    else:
        subject = _emp(db, target)
    rows = {e.id: e.team_id for e in people.list_employees(db, SYSTEM)}
    with db.session() as s:
        trainees = trainees_of(s, actor)
    scope = scope_of(actor, case.area, subject, subject_team_id=rows.get(subject), actor_team_id=rows.get(actor.employee_id),
                     trainees=trainees)
    return OTHERS if case.kind == "account" and scope == OWN else scope


WALK = [(role, case, target) for role in ROLES for case in CASES for target in case.targets]


@pytest.mark.parametrize("role, case, target", WALK, ids=[f"{r}-{c.name}-{t}" for r, c, t in WALK])
def test_each_role_is_allowed_or_refused_exactly_as_the_table_says(staff_db, tmp_path, role, case, target):
    actor = actor_for(staff_db, role)
    scope = expected_scope(staff_db, actor, case, target)
    expected = allowed(role, case.area, case.operation, scope)
    if expected and case.rule is not None:
        expected = case.rule(actor, staff_db, target)
    prepared = case.setup(staff_db, tmp_path) if case.setup else None
    before = snapshot(staff_db)
    if expected:
        case.call(staff_db, actor, target, tmp_path, prepared)
        return
    with pytest.raises(NotAllowed):
        case.call(staff_db, actor, target, tmp_path, prepared)
    assert snapshot(staff_db) == before
    assert not (tmp_path / "copy.sqlite").exists()


@pytest.mark.parametrize("role", ROLES)
def test_the_employee_list_holds_exactly_the_people_each_role_may_see(staff_db, role):
    actor = actor_for(staff_db, role)
    everyone = people.list_employees(staff_db, SYSTEM)
    teams = {e.id: e.team_id for e in everyone}
    visible = {e.id for e in everyone if allowed(role, "people", "view", scope_of(
        actor, "people", e.id, subject_team_id=e.team_id, actor_team_id=teams.get(actor.employee_id)))}
    if not visible:
        with pytest.raises(NotAllowed):
            people.list_employees(staff_db, actor)
        return
    assert {e.id for e in people.list_employees(staff_db, actor)} == visible


@pytest.mark.parametrize("role", ROLES)
def test_the_account_list_holds_exactly_the_accounts_each_role_may_see(staff_db, role):
    actor = actor_for(staff_db, role)
    case = replace(CASES[0], area="accounts", kind="account")
    expected = {actor_for(staff_db, r).user_id for r in ACCOUNT_TARGETS
                if allowed(role, "accounts", "view", expected_scope(staff_db, actor, case, r))}
    if not expected:
        with pytest.raises(NotAllowed):
            accounts.list_accounts(staff_db, actor)
        return
    assert {r.id for r in accounts.list_accounts(staff_db, actor)} == expected


@pytest.mark.parametrize("role", ["mentor", "employee", "display"])
def test_filling_the_demo_company_as_a_role_without_rights_writes_nothing(db, role):
    from wplstudio.services import demo

    before = snapshot(db)
    with pytest.raises(NotAllowed):
        demo.fill(db, Actor("x", role))
    assert snapshot(db) == before


@pytest.mark.parametrize("role", ROLES)
def test_the_trajectory_list_holds_exactly_the_trajectories_each_role_may_see(staff_db, role):
    actor = actor_for(staff_db, role)
    everyone = onboarding.list_trajectories(staff_db, SYSTEM)
    with staff_db.session() as s:
        trainees = trainees_of(s, actor)
    teams = {e.id: e.team_id for e in people.list_employees(staff_db, SYSTEM)}
    visible = {r.id for r in everyone if allowed(role, "onboarding", "view", scope_of(
        actor, "onboarding", r.employee_id, subject_team_id=r.team_id, actor_team_id=teams.get(actor.employee_id), trainees=trainees))}
    if not any(allowed(role, "onboarding", "view", scope) for scope in (OWN, "team", OTHERS)):
        with pytest.raises(NotAllowed):
            onboarding.list_trajectories(staff_db, actor)
        return
    assert {r.id for r in onboarding.list_trajectories(staff_db, actor)} == visible
    if role == "mentor":
        assert {r.trainee_name for r in onboarding.list_trajectories(staff_db, actor)} == {"Daan Bakker"}
