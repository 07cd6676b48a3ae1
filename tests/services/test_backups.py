"""Backups while the app runs, and the health check behind `wplstudio check`."""

from __future__ import annotations

import sqlite3

import pytest

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.services import backups, health, people
from wplstudio.storage import revisions


def test_a_backup_lands_in_the_backups_folder_beside_the_database_and_holds_the_data(demo_db):
    result = backups.backup_now(demo_db, SYSTEM)
    assert result.path.parent == demo_db.target.path.parent / "backups"
    assert result.size == result.path.stat().st_size > 0
    conn = sqlite3.connect(result.path)
    try:
        assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] == people.count_employees(demo_db, SYSTEM)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_backup_taken_while_someone_is_saving_holds_the_committed_data_only(db, tmp_path):
    from sqlalchemy import text

    people.save_team(db, SYSTEM, "Lassen")
    with db.session() as s:  # another PC is halfway through saving
        s.execute(text("INSERT INTO teams (name) VALUES ('Half')"))
        result = backups.backup_now(db, SYSTEM, tmp_path / "copy.sqlite")
    conn = sqlite3.connect(result.path)
    try:
        assert [r[0] for r in conn.execute("SELECT name FROM teams")] == ["Lassen"]
    finally:
        conn.close()
    assert sorted(t.name for t in people.list_teams(db, SYSTEM)) == ["Half", "Lassen"]


def test_a_backup_never_overwrites_a_file(db, tmp_path):
    existing = tmp_path / "keep.sqlite"
    existing.write_bytes(b"precious")
    with pytest.raises(WplError) as caught:
        backups.backup_now(db, SYSTEM, existing)
    assert "never overwrites" in caught.value.english()
    assert existing.read_bytes() == b"precious"


def test_a_backup_into_a_place_that_cannot_be_a_folder_says_so(db, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(WplError) as caught:
        backups.backup_now(db, SYSTEM, blocker / "copy.sqlite")
    assert "cannot be made" in caught.value.english()
    assert blocker.read_text() == "x"


def test_a_fresh_database_is_healthy_and_current(db):
    report = health.check(db)
    assert report.ok
    assert (report.integrity, report.revision, report.newest_revision) == (["ok"], revisions.head(), revisions.head())
    assert report.location == str(db.target.path)


@pytest.mark.postgres
def test_a_shared_server_database_is_checked_by_reaching_it_and_backed_up_elsewhere(pg_db):
    report = health.check(pg_db)
    assert report.ok and report.integrity == ["ok"]
    with pytest.raises(WplError) as caught:
        backups.backup_now(pg_db, SYSTEM)
    assert "pg_dump" in caught.value.english()
