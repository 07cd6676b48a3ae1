"""The audit trail: every change recorded in its own transaction, no personal text kept,
changes made outside the app detected, readable and exportable by the owner only."""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.audit_policy import POLICIES
from wplstudio.domain.errors import Conflict, InUse, NotAllowed, ValidationFailed, WplError
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import audit, company, landscape, people, synthetic
from wplstudio.services.audit_entries import AuditFilter, count_entries, filter_choices, list_entries
from wplstudio.services.audit_export import export_entries
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target, resolve
from wplstudio.storage.models import AuditEntry, Base

OWNER = Actor(name="Henk", role="owner", user_id=1)
MANAGER = Actor(name="Anouk", role="manager", user_id=2)


def entries(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def entry_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


# --- every change, in the same transaction --------------------------------------

def test_renaming_a_team_writes_one_entry_with_the_old_and_new_name(any_db):
    team = people.save_team(any_db, OWNER, "Lassen")
    before = entry_count(any_db)
    people.save_team(any_db, OWNER, "Lassen & constructie", team.id, team.version)
    added = entries(any_db)[before:]
    assert len(added) == 1
    entry = added[0]
    assert (entry.actor, entry.actor_user_id, entry.action, entry.entity, entry.entity_id) == ("Henk", 1, "update", "teams", str(team.id))
    assert json.loads(entry.before) == {"name": "Lassen"}
    assert json.loads(entry.after) == {"name": "Lassen & constructie"}
    assert abs(audit.as_utc(entry.at) - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_creating_and_removing_a_task_are_recorded_with_who_and_what(db):
    core = landscape.save_core_task(db, OWNER, "Lassen")
    task = landscape.save_task(db, OWNER, TaskDraft(core.id, "TIG-lassen", "Dun rvs", "", True, 24))
    landscape.delete_task(db, MANAGER, task.id, task.version)
    *_, created, removed = entries(db)
    assert (created.action, created.entity, created.entity_id, created.before) == ("create", "tasks", str(task.id), "")
    assert json.loads(created.after)["validity_months"] == 24
    assert (removed.action, removed.actor, removed.after) == ("delete", "Anouk", "")
    assert json.loads(removed.before)["name"] == "TIG-lassen"


def test_the_company_name_is_audited_when_set_and_when_changed(db):
    info = company.save_company_name(db, OWNER, "Smit Metaal", 0)
    company.save_company_name(db, OWNER, "Smit Metaal B.V.", info.version)
    first, second = entries(db)[-2:]
    assert (first.action, first.entity, first.entity_id, json.loads(first.after)) == ("create", "settings", "company.name", {"value": "Smit Metaal"})
    assert (json.loads(second.before), json.loads(second.after)) == ({"value": "Smit Metaal"}, {"value": "Smit Metaal B.V."})


def test_a_refused_save_writes_no_entry(db):
    lassen = people.save_team(db, OWNER, "Lassen")
    people.save_team(db, OWNER, "Service")
    people.save_employee(db, OWNER, EmployeeDraft("Piet", "Visser", team_id=lassen.id))
    before = entry_count(db)
    with pytest.raises(ValidationFailed):
        people.save_team(db, OWNER, "service")  # the name exists already
    with pytest.raises(ValidationFailed):
        people.save_employee(db, OWNER, EmployeeDraft("", ""))
    renamed = people.save_team(db, OWNER, "Lassen & constructie", lassen.id, lassen.version)
    with pytest.raises(Conflict):
        people.save_team(db, MANAGER, "Laswerk", lassen.id, lassen.version)  # based on the old version
    with pytest.raises(InUse):
        people.delete_team(db, OWNER, renamed.id, renamed.version)  # Piet is still in it
    assert entry_count(db) == before + 1  # only the rename that succeeded


def test_saving_without_a_change_writes_no_entry(db):
    team = people.save_team(db, OWNER, "Lassen")
    before = entry_count(db)
    people.save_team(db, OWNER, "Lassen", team.id, team.version)
    assert entry_count(db) == before


# --- privacy: no second copy of personal data -------------------------------------

def test_an_employee_name_never_reaches_the_audit_trail_even_after_renaming_and_anonymising(db, db_path):
    from wplstudio.services import privacy

    team = people.save_team(db, OWNER, "Service")
    saved = people.save_employee(db, OWNER, EmployeeDraft("Xandrijn", "Quorvelde", team_id=team.id, education="mbo3"))
    renamed = people.save_employee(db, OWNER, EmployeeDraft("Xandrijn", "Zwimmerdaal", team_id=team.id, education="mbo4",
                                                            end_date=date.today() - timedelta(days=30)), saved.id, saved.version)
    privacy.anonymise_employee(db, OWNER, renamed.id)

    trail = " ".join(e.actor + e.before + e.after + e.entity_id for e in entries(db))
    assert "Xandrijn" not in trail and "Quorvelde" not in trail and "Zwimmerdaal" not in trail
    rename = next(e for e in entries(db) if e.action == "update" and e.entity == "employees")
    # the field names and the non-personal value stay; what the person is called does not
    assert json.loads(rename.after) == {"last_name": "(changed)", "education": "(changed)", "end_date": str(renamed.end_date)}
    for part in (db_path, db_path.with_name(db_path.name + "-wal")):
        if part.exists():
            content = part.read_bytes()
            assert b"Xandrijn" not in content and b"Quorvelde" not in content and b"Zwimmerdaal" not in content


def test_password_and_pin_hashes_are_never_recorded_whoever_records_them(db):
    secret = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
    with db.session() as s:
        audit.record(s, OWNER, "update", "users", 7, {"password_hash": secret, "role": "mentor"},
                     {"password_hash": secret + "x", "role": "manager"})
        audit.record(s, OWNER, "update", "something_new", 1, {"token": secret}, {"token": ""})
    first, second = entries(db)[-2:]
    assert "$argon2" not in first.before + first.after + second.before + second.after
    assert json.loads(first.after) == {"password_hash": "(changed)", "role": "manager"}
    assert json.loads(second.before) == {"token": "(changed)"}


def test_a_table_without_a_declared_policy_keeps_numbers_but_not_text(db):
    with db.session() as s:
        audit.record(s, OWNER, "update", "notes_of_a_future_area", 3, {"answer": "Jan wil lasser worden", "score": 2},
                     {"answer": "Jan twijfelt", "score": 3})
    entry = entries(db)[-1]
    assert json.loads(entry.before) == {"answer": "(changed)", "score": 2}
    assert json.loads(entry.after) == {"answer": "(changed)", "score": 3}


def test_every_table_declares_what_the_audit_trail_may_keep_of_it():
    """A new table (levels, sign-offs, interviews) must say which of its fields are personal."""
    tables = set(Base.metadata.tables) - {"audit_log"}
    missing = sorted(tables - set(POLICIES))
    assert not missing, f"declare these tables in wplstudio/domain/audit_policy.py POLICIES: {missing}"


# --- the app cannot rewrite history --------------------------------------------------

def test_the_app_itself_cannot_change_or_remove_audit_entries(any_db):
    people.save_team(any_db, OWNER, "Lassen")
    with pytest.raises(DBAPIError, match="append-only"):
        with any_db.session() as s:
            s.execute(update(AuditEntry).values(actor="someone else"))
    with pytest.raises(DBAPIError, match="append-only"):
        with any_db.session() as s:
            s.execute(AuditEntry.__table__.delete())
    assert [e.actor for e in entries(any_db)] == ["Henk"]
    assert audit.verify(any_db).ok


# --- changes made outside the app are detected ----------------------------------------

def tamper(path, *statements: str) -> None:
    """What someone with a SQLite tool could do: drop the guards, then edit."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def reopen_and_verify(path) -> audit.AuditReport:
    db = open_database(file_target(path))
    try:
        return audit.verify(db)
    finally:
        db.close()


def test_the_demo_company_has_an_intact_trail(demo_db):
    report = audit.verify(demo_db)
    assert report.ok and report.problem == ""
    assert report.checked == entry_count(demo_db) > 50


@pytest.mark.parametrize("kind, statements, broken_id", [
    (audit.EDITED, ["UPDATE audit_log SET after = '{\"name\": \"Lasserij\"}' WHERE id = 30"], 30),
    (audit.REMOVED, ["DELETE FROM audit_log WHERE id = 30"], 31),
    (audit.REMOVED, ["DELETE FROM audit_log WHERE id = 1"], 2),
    (audit.REORDERED, ["UPDATE audit_log SET id = -1 WHERE id = 20", "UPDATE audit_log SET id = 20 WHERE id = 40",
                       "UPDATE audit_log SET id = 40 WHERE id = -1"], 20),
    (audit.EDITED, ["UPDATE audit_log SET hash = substr(hash, 2) || '0' WHERE id = 10"], 10),
])
def test_a_trail_changed_with_a_sqlite_tool_is_reported_at_the_next_open(demo_db, db_path, kind, statements, broken_id):
    assert audit.verify(demo_db).ok
    demo_db.close()
    tamper(db_path, *statements)
    report = reopen_and_verify(db_path)
    assert (report.ok, report.problem, report.broken_id) == (False, kind, broken_id)
    assert str(broken_id) in report.english()


def test_removing_the_newest_entries_is_caught_by_the_checkpoint_outside_the_database(demo_db, db_path, _private_data_dir):
    newest = entries(demo_db)[-1].id
    assert audit.verify(demo_db).ok  # remembers the newest entry in the user's data folder
    assert (_private_data_dir / "audit-checkpoints.json").exists()
    demo_db.close()
    tamper(db_path, f"DELETE FROM audit_log WHERE id > {newest - 3}")
    report = reopen_and_verify(db_path)
    assert (report.ok, report.problem, report.broken_id) == (False, audit.TAIL_REMOVED, newest)
    # new entries written since do not hide it: the remembered entry is still missing
    db = open_database(file_target(db_path))
    people.save_team(db, OWNER, "Nieuw team")
    assert audit.verify(db).problem == audit.TAIL_REMOVED
    db.close()


def test_a_broken_trail_stays_reported_and_its_checkpoint_is_not_moved(demo_db, db_path):
    assert audit.verify(demo_db).ok
    demo_db.close()
    tamper(db_path, "UPDATE audit_log SET actor = 'niemand' WHERE id = 5")
    db = open_database(file_target(db_path))
    people.save_team(db, OWNER, "Nog een team")
    assert [audit.verify(db).problem for _ in range(2)] == [audit.EDITED, audit.EDITED]
    db.close()


def test_after_a_restore_the_checkpoint_is_forgotten_on_purpose(demo_db, db_path, tmp_path):
    import shutil

    demo_db.close()
    shutil.copyfile(db_path, tmp_path / "older.sqlite")
    db = open_database(file_target(db_path))
    people.save_team(db, OWNER, "Later team")
    assert audit.verify(db).ok
    db.close()
    shutil.copyfile(tmp_path / "older.sqlite", db_path)  # what a restore does
    db = open_database(file_target(db_path))
    assert audit.verify(db).problem == audit.TAIL_REMOVED
    audit.forget_checkpoint(db)
    assert audit.verify(db).ok
    db.close()


def test_a_database_deleted_and_made_again_at_the_same_place_is_not_an_alarm(db_path):
    from wplstudio.services import demo

    first = open_database(file_target(db_path))
    demo.fill(first, SYSTEM)
    people.save_team(first, OWNER, "Extra")
    assert audit.verify(first).ok
    first.close()
    for part in db_path.parent.glob(db_path.name + "*"):
        part.unlink()
    again = open_database(file_target(db_path))
    demo.fill(again, SYSTEM)  # a new company: a new chain in a new file
    assert audit.verify(again).ok
    again.close()


def test_wiping_the_whole_trail_in_place_is_still_reported(demo_db, db_path):
    assert audit.verify(demo_db).ok
    demo_db.close()
    tamper(db_path, "DELETE FROM audit_log")
    db = open_database(file_target(db_path))
    people.save_team(db, OWNER, "Nieuw begin")  # a fresh chain starts in the same file
    assert audit.verify(db).problem == audit.TAIL_REMOVED
    db.close()


def test_checkpoints_of_two_databases_do_not_mix(tmp_path):
    first = open_database(file_target(tmp_path / "a.sqlite"))
    second = open_database(file_target(tmp_path / "b.sqlite"))
    people.save_team(first, OWNER, "A")
    people.save_team(first, OWNER, "B")
    people.save_team(second, OWNER, "C")
    assert audit.verify(first).ok and audit.verify(second).ok
    assert audit.verify(first).ok and audit.verify(second).ok
    first.close()
    second.close()


# --- reading and exporting, for the owner only -------------------------------------------

@pytest.mark.parametrize("role", ["manager", "mentor", "employee", "display"])
def test_only_the_owner_may_read_or_export_the_trail(demo_db, tmp_path, role):
    someone = Actor(name="iemand", role=role, user_id=9)
    for call in (lambda: list_entries(demo_db, someone), lambda: count_entries(demo_db, someone),
                 lambda: filter_choices(demo_db, someone),
                 lambda: export_entries(demo_db, someone, AuditFilter(), tmp_path / "out.csv")):
        with pytest.raises(NotAllowed):
            call()
    assert not (tmp_path / "out.csv").exists()
    assert list_entries(demo_db, OWNER, limit=1)


def test_owner_filters_the_trail_by_what_who_and_record_newest_first(demo_db):
    team = people.list_teams(demo_db, OWNER)[0]
    people.save_team(demo_db, MANAGER, team.name + " Noord", team.id, team.version)
    newest = list_entries(demo_db, OWNER, limit=3)
    assert newest[0].actor == "Anouk" and [r.id for r in newest] == sorted((r.id for r in newest), reverse=True)
    teams = list_entries(demo_db, OWNER, AuditFilter(entity="teams"))
    assert {r.entity for r in teams} == {"teams"} and len(teams) == 5
    assert [r.actor for r in list_entries(demo_db, OWNER, AuditFilter(who="anou"))] == ["Anouk"]
    mine = list_entries(demo_db, OWNER, AuditFilter(entity="teams", search=str(team.id)))
    assert {r.entity_id for r in mine} == {str(team.id)}
    rename = mine[0]
    assert rename.subject == team.name + " Noord"
    assert [(c.field, c.before, c.after) for c in rename.changes] == [("name", team.name, team.name + " Noord")]
    assert list_entries(demo_db, OWNER, AuditFilter(action="delete")) == []
    choices = filter_choices(demo_db, OWNER)
    assert "Anouk" in choices.actors and "teams" in choices.entities and "update" in choices.actions


def test_the_trail_is_filtered_by_period_on_the_persons_calendar(demo_db):
    today = date.today()
    assert count_entries(demo_db, OWNER, AuditFilter(date_from=today, date_to=today)) == entry_count(demo_db)
    assert count_entries(demo_db, OWNER, AuditFilter(date_from=today + timedelta(days=1))) == 0
    assert count_entries(demo_db, OWNER, AuditFilter(date_to=today - timedelta(days=1))) == 0


def test_an_employee_entry_names_the_team_as_it_is_called_today(demo_db):
    employee = people.list_employees(demo_db, OWNER)[0]
    teams = {t.name: t.id for t in people.list_teams(demo_db, OWNER)}
    other = next(i for name, i in teams.items() if i != employee.team_id)
    draft = EmployeeDraft(employee.first_name, employee.last_name, employee.prefix, other, employee.function_id,
                          employee.start_date, employee.end_date, employee.education)
    people.save_employee(demo_db, OWNER, draft, employee.id, employee.version)
    row = list_entries(demo_db, OWNER, limit=1)[0]
    assert row.subject == employee.full_name  # looked up now, never stored
    names = {i: name for name, i in teams.items()}
    assert [(c.field, c.before, c.after) for c in row.changes] == [
        ("team_id", f"{names[employee.team_id]} (#{employee.team_id})", f"{names[other]} (#{other})")]


def test_pages_of_a_long_trail_follow_each_other_without_gaps(db):
    synthetic.build(db, employees=20, tasks=20)
    synthetic.add_audit_history(db, entries=1_000, years=1)
    first = list_entries(db, OWNER, limit=400)
    second = list_entries(db, OWNER, limit=400, offset=400)
    ids = [r.id for r in first + second]
    assert ids == list(range(1_000, 200, -1))


def test_export_writes_the_filtered_entries_as_csv_and_json(demo_db, tmp_path):
    wanted = AuditFilter(entity="teams")
    expected = [r.id for r in reversed(list_entries(demo_db, OWNER, wanted))]
    assert export_entries(demo_db, OWNER, wanted, tmp_path / "teams.csv") == len(expected) == 4
    with open(tmp_path / "teams.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [int(r["id"]) for r in rows] == expected and {r["entity"] for r in rows} == {"teams"}
    assert json.loads(rows[0]["after"]) == {"name": "Plaatbewerking"}

    assert export_entries(demo_db, OWNER, wanted, tmp_path / "teams.json") == 4
    document = json.loads((tmp_path / "teams.json").read_text(encoding="utf-8"))
    assert document["filters"]["entity"] == "teams"
    assert [e["id"] for e in document["entries"]] == expected
    first = document["entries"][0]
    assert first["after"] == {"name": "Plaatbewerking"}
    # an outsider can recompute each hash from the export
    recomputed = audit.entry_hash(first["prev_hash"], datetime.fromisoformat(first["at_utc"]), first["actor"], first["actor_user_id"],
                                  first["action"], first["entity"], first["entity_id"], first["before_text"], first["after_text"])
    assert recomputed == first["hash"]


def test_export_keeps_a_formula_as_text_for_excel(db, tmp_path):
    people.save_team(db, OWNER, "=HYPERLINK(\"x\")")
    export_entries(db, OWNER, AuditFilter(), tmp_path / "trail.csv")
    content = (tmp_path / "trail.csv").read_text(encoding="utf-8-sig")
    assert "=HYPERLINK" in content and ";=" not in content


def test_export_to_an_unknown_format_or_missing_folder_says_so(db, tmp_path):
    with pytest.raises(WplError, match="csv"):
        export_entries(db, OWNER, AuditFilter(), tmp_path / "trail.xlsx")
    with pytest.raises(WplError, match="could not be written"):
        export_entries(db, OWNER, AuditFilter(), tmp_path / "no-such-folder" / "trail.csv")


# --- a long trail ---------------------------------------------------------------------------

def test_years_of_history_verify_whole_and_page_by_who_and_what(demo_db):
    # How fast is for `wplstudio bench` (50,000 entries); here only that a long trail verifies whole.
    before = audit.verify(demo_db).checked
    people.save_team(demo_db, OWNER, "Echt team")  # entries from the app itself, then years of history after them
    synthetic.add_audit_history(demo_db, entries=5_000, years=5)
    report = audit.verify(demo_db)
    assert report.ok and report.checked == before + 5_001
    page = list_entries(demo_db, OWNER, AuditFilter(who="henk", entity="employees"), limit=200, offset=300)
    assert len(page) == 200


# --- PostgreSQL: several PCs on one server ------------------------------------------------------

@pytest.mark.postgres
def test_record_and_verify_on_postgresql_and_tampering_is_seen(pg_db):
    from wplstudio.services import demo

    demo.fill(pg_db, SYSTEM)
    assert audit.verify(pg_db).ok
    with pg_db.session() as s:  # what someone with psql could do
        s.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"))
        s.execute(text("UPDATE audit_log SET after = '{}' WHERE id = (SELECT min(id) + 4 FROM audit_log)"))
        s.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"))
    report = audit.verify(pg_db)
    assert (report.ok, report.problem, report.broken_id) == (False, audit.EDITED, entries(pg_db)[4].id)


@pytest.mark.postgres
def test_two_pcs_appending_at_the_same_time_never_fork_the_chain(pg_url):
    import os

    rounds = int(os.environ.get("WPL_STRESS_ROUNDS", "40"))
    shop, office = open_database(resolve(pg_url)), open_database(resolve(pg_url))
    problems: list[Exception] = []

    def work(db, actor, prefix):
        try:
            for i in range(rounds):
                team = people.save_team(db, actor, f"{prefix} {i}")
                people.save_team(db, actor, f"{prefix} {i} bis", team.id, team.version)
        except Exception as error:  # noqa: BLE001 - reported below
            problems.append(error)

    threads = [threading.Thread(target=work, args=(shop, MANAGER, "Werkplaats")),
               threading.Thread(target=work, args=(office, OWNER, "Kantoor"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert problems == []
        trail = entries(shop)
        assert len(trail) == 4 * rounds
        assert len({e.prev_hash for e in trail}) == len(trail)  # no two entries claim the same predecessor
        report = audit.verify(office)
        assert report.ok and report.checked == 4 * rounds
    finally:
        shop.close()
        office.close()
