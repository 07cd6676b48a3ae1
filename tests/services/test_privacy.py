"""The AVG: right of access, anonymising people who left, retention, and erasure that sticks."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import ValidationFailed, WplError
from wplstudio.services import backups, people, privacy
from wplstudio.services.opening import open_company
from wplstudio.storage.models import Base, User


def _person(db, last_name):
    return next(e for e in people.list_employees(db, SYSTEM) if e.last_name == last_name)


def _file_bytes(db) -> bytes:
    path = db.target.path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_every_column_that_points_at_an_employee_is_part_of_the_export():
    by_name = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns
               if c.name.endswith("employee_id") and t.name != "employees"}
    assert by_name <= set(privacy.employee_references()), "a table refers to employees without a foreign key the export can follow"
    assert ("users", "employee_id") in privacy.employee_references()


def test_export_holds_the_persons_details_and_account_but_never_password_material(demo_db):
    gerrit = _person(demo_db, "Dijkstra")
    with demo_db.session() as s:
        s.add(User(username="gerrit", display_name="Gerrit", role="employee", employee_id=gerrit.id,
                   password_hash="$argon2id$v=19$secret-hash", pin_hash="$argon2id$pin-hash"))
    data = json.loads(privacy.export_employee(demo_db, SYSTEM, gerrit.id).as_json())
    details = data["sections"]["employees"][0]
    assert (details["first_name"], details["last_name"], details["team"]) == ("Gerrit", "Dijkstra", "Plaatbewerking")
    assert data["sections"]["users"][0]["username"] == "gerrit"
    text = json.dumps(data)
    assert "argon2" not in text and "secret-hash" not in text
    assert data["sections"]["users"][0]["password_hash"] == "(set)"


def test_export_as_pdf_is_a_real_pdf(demo_db, tmp_path):
    from wplstudio.reports import employee_data_pdf

    gerrit = _person(demo_db, "Dijkstra")
    out = employee_data_pdf.render(privacy.export_employee(demo_db, SYSTEM, gerrit.id), gerrit.full_name, "Van Dalen", tmp_path / "g.pdf")
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 1500


def test_someone_still_employed_cannot_be_anonymised(demo_db):
    ruud = _person(demo_db, "Jansen")
    with pytest.raises(WplError, match="Only someone who has left"):
        privacy.anonymise_employee(demo_db, SYSTEM, ruud.id)
    assert _person(demo_db, "Jansen").first_name == "Ruud"


def test_anonymising_someone_who_left_erases_the_name_from_the_file_but_keeps_the_counts(demo_db):
    gerrit = _person(demo_db, "Dijkstra")
    teams_before = {t.name: t.employee_count for t in people.list_teams(demo_db, SYSTEM)}
    privacy.anonymise_employee(demo_db, SYSTEM, gerrit.id)
    after = people.get_employee(demo_db, SYSTEM, gerrit.id)
    assert (after.first_name, after.last_name, after.team_id, after.end_date) == ("Oud-medewerker", f"#{gerrit.id}", gerrit.team_id, gerrit.end_date)
    assert {t.name: t.employee_count for t in people.list_teams(demo_db, SYSTEM)} == teams_before
    assert b"Dijkstra" not in _file_bytes(demo_db)


def test_a_restored_old_backup_gets_the_erasure_applied_again_when_opened(demo_db, tmp_path):
    gerrit = _person(demo_db, "Dijkstra")
    old = backups.backup_now(demo_db, SYSTEM, tmp_path / "old-copy.sqlite").path
    privacy.anonymise_employee(demo_db, SYSTEM, gerrit.id)
    target = demo_db.target
    demo_db.close()
    shutil.copy(old, target.path)  # what a restore does, seen from the file
    for leftover in (target.path.with_name(target.path.name + "-wal"), target.path.with_name(target.path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    reopened = open_company(target)
    try:
        assert people.get_employee(reopened, SYSTEM, gerrit.id).first_name == "Oud-medewerker"
        assert b"Dijkstra" not in _file_bytes(reopened)
    finally:
        reopened.close()


def test_backups_beside_the_database_are_scrubbed_too(demo_db):
    gerrit = _person(demo_db, "Dijkstra")
    copy = backups.backup_now(demo_db, SYSTEM).path
    assert b"Dijkstra" in copy.read_bytes()
    privacy.anonymise_employee(demo_db, SYSTEM, gerrit.id)
    assert b"Dijkstra" not in copy.read_bytes()


def test_retention_period_is_kept_and_bounded(demo_db):
    assert privacy.retention_months(demo_db) == 24
    assert privacy.set_retention_months(demo_db, SYSTEM, 36) == 36
    assert privacy.retention_months(demo_db) == 36
    for bad in (0, 121, -5):
        with pytest.raises(ValidationFailed):
            privacy.set_retention_months(demo_db, SYSTEM, bad)
    assert privacy.retention_months(demo_db) == 36


def test_due_list_shows_who_left_longer_ago_than_the_retention_period(demo_db):
    due = privacy.due_for_erasure(demo_db, SYSTEM, today=date(2026, 11, 25))
    assert [d.name for d in due] == ["Gerrit Dijkstra"]  # left 31-03-2024; Stefan left 30-06-2025
    assert due[0].due_since == date(2026, 3, 31)
    privacy.set_retention_months(demo_db, SYSTEM, 3)
    assert len(privacy.due_for_erasure(demo_db, SYSTEM, today=date(2026, 11, 25))) == 2
    privacy.anonymise_employee(demo_db, SYSTEM, due[0].employee_id, today=date(2026, 11, 25))
    assert [d.name for d in privacy.due_for_erasure(demo_db, SYSTEM, today=date(2026, 11, 25))] == ["Stefan van Leeuwen"]


def test_privacy_works_on_the_shared_server(pg_url):
    from wplstudio.services import demo
    from wplstudio.storage.locations import resolve

    db = open_company(resolve(pg_url))
    try:
        demo.fill(db, SYSTEM)
        gerrit = _person(db, "Dijkstra")
        privacy.anonymise_employee(db, SYSTEM, gerrit.id)
        assert people.get_employee(db, SYSTEM, gerrit.id).first_name == "Oud-medewerker"
        assert "Dijkstra" not in json.dumps(privacy.export_employee(db, SYSTEM, gerrit.id).sections)
    finally:
        db.close()
