"""Restoring a backup: checked first (nothing replaced if the check fails), the
current database kept as a backup before it is replaced, the swap atomic, an older
schema upgraded afterwards, and the running app's lock kept throughout."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, WplError
from wplstudio.services import audit, backups, people
from wplstudio.services.open_guard import open_guarded
from wplstudio.storage import revisions
from wplstudio.storage.backup_files import BEFORE_RESTORE, list_backups
from wplstudio.storage.database import integrity_check, make_engine, open_database
from wplstudio.storage.locations import file_target
from wplstudio.storage.migrate import upgrade_to

from tests.storage import schema_history


def team_names(db) -> list[str]:
    return sorted(t.name for t in people.list_teams(db, SYSTEM))


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def company_with_a_backup(db):
    """Lassen is in the backup; Service was added afterwards. The database is closed."""
    people.save_team(db, SYSTEM, "Lassen")
    backup = backups.backup_now(db, SYSTEM).path
    people.save_team(db, SYSTEM, "Service")
    assert audit.verify(db).ok  # leaves a checkpoint outside the database, at the newest entry
    db.close()
    return db.target, backup


def test_restoring_brings_back_the_backup_and_keeps_the_database_as_it_was(company_with_a_backup):
    target, backup = company_with_a_backup
    result = backups.restore_with_lock(target, SYSTEM, backup)
    db = open_database(target)
    try:
        assert team_names(db) == ["Lassen"]
        assert audit.verify(db).ok, "the trail is older on purpose: its checkpoint starts again"
        with db.session() as s:
            last = s.execute(text("SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1")).one()
        assert tuple(last) == ("restore", "database")
    finally:
        db.close()
    kept = result.kept_as
    assert kept.parent == backup.parent and kept.name.startswith("company.before-restore-")
    assert {b.path: b.kind for b in list_backups(target.path)}[kept] == BEFORE_RESTORE
    before = open_database(file_target(kept))
    try:
        assert team_names(before) == ["Lassen", "Service"]
    finally:
        before.close()
    assert not list(target.path.parent.glob("*.restoring*")) and not list(target.path.parent.glob("*.lock"))


def damaged_copy_of(backup: Path, folder: Path) -> Path:
    copy = folder / "damaged-backup.sqlite"
    data = bytearray(backup.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    noise = random.Random(1)
    for page in range(2, len(data) // size - 1):
        data[page * size:(page + 1) * size] = noise.randbytes(size)
    copy.write_bytes(bytes(data))
    return copy


def newer_copy_of(backup: Path, folder: Path) -> Path:
    copy = folder / "from-the-future.sqlite"
    shutil.copyfile(backup, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return copy


def other_programs_file(_backup: Path, folder: Path) -> Path:
    copy = folder / "boekhouding.sqlite"
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return copy


def text_file(_backup: Path, folder: Path) -> Path:
    copy = folder / "notes.sqlite"
    copy.write_text("Naam;Team\nPiet;Lassen\n")
    return copy


def missing_file(_backup: Path, folder: Path) -> Path:
    return folder / "no-such-backup.sqlite"


@pytest.mark.parametrize("bad_backup, says", [
    (damaged_copy_of, "failed its check"), (newer_copy_of, "newer version of wplstudio"),
    (other_programs_file, "is not a wplstudio backup"), (text_file, "is not a wplstudio backup"),
    (missing_file, "There is no backup file"),
])
def test_a_backup_that_fails_the_check_replaces_nothing(company_with_a_backup, tmp_path_factory, bad_backup, says):
    target, backup = company_with_a_backup
    bad = bad_backup(backup, tmp_path_factory.mktemp("elsewhere"))
    before, listing = target.path.read_bytes(), folder_listing(target.path.parent)
    backups_before = folder_listing(backup.parent)
    with pytest.raises(WplError) as caught:
        backups.restore_file(target, SYSTEM, bad)
    assert says in caught.value.english() and "{" not in caught.value.english()
    assert target.path.read_bytes() == before
    assert (folder_listing(target.path.parent), folder_listing(backup.parent)) == (listing, backups_before)


def test_a_backup_of_an_older_schema_is_restored_then_upgraded_with_its_content(company_with_a_backup, tmp_path):
    target, _backup = company_with_a_backup
    older = revisions.known()[0]
    if older == revisions.head():
        pytest.skip("only one schema revision exists")
    old_backup = tmp_path / "from-last-year.sqlite"
    content = schema_history.content_for(older)
    engine = make_engine(file_target(old_backup))
    with engine.connect() as conn:
        upgrade_to(conn, older)
        schema_history.fill(conn, content)
        conn.commit()
    engine.dispose()
    result = backups.restore_with_lock(target, SYSTEM, old_backup)
    db = open_database(target)
    try:
        assert result.revision == older and db.revision == revisions.head()
        with db.engine.connect() as conn:
            assert schema_history.read_back(conn, content) == schema_history.in_order(content)
    finally:
        db.close()
    assert list(target.path.parent.glob(f"company.before-upgrade-from-{older}-*.sqlite"))


def test_a_restore_while_another_program_has_the_database_open_replaces_nothing(company_with_a_backup):
    target, backup = company_with_a_backup
    other = open_database(target)  # another program, still holding a connection
    try:
        people.list_teams(other, SYSTEM)
        before = target.path.read_bytes()
        with pytest.raises(WplError) as caught:
            backups.restore_file(target, SYSTEM, backup)
        assert "still open" in caught.value.english()
        assert target.path.read_bytes() == before
        assert team_names(other) == ["Lassen", "Service"]
    finally:
        other.close()
    assert not [b for b in list_backups(target.path) if b.kind == BEFORE_RESTORE]


def test_the_running_app_restores_and_goes_on_with_the_same_database_and_its_lock(company_with_a_backup):
    target, backup = company_with_a_backup
    app_db = open_guarded(target).db
    lock = app_db.lock
    try:
        result = backups.restore_into_open(app_db, SYSTEM, backup)
        assert result.kept_as.name.startswith("company.before-restore-")
        assert app_db.lock is lock and lock.still_mine()
        assert team_names(app_db) == ["Lassen"]
        people.save_team(app_db, SYSTEM, "Na het terugzetten")  # it reconnected by itself and works as ever
    finally:
        app_db.close()
    assert not lock.path.exists()


def test_a_restore_refused_in_the_running_app_leaves_it_working_on_the_same_file(company_with_a_backup):
    target, backup = company_with_a_backup
    app_db = open_guarded(target).db
    other = open_database(target)  # another program holds the file
    try:
        people.list_teams(other, SYSTEM)
        with pytest.raises(WplError, match="still open"):
            backups.restore_into_open(app_db, SYSTEM, backup)
        assert team_names(app_db) == ["Lassen", "Service"]
    finally:
        other.close()
        app_db.close()


def test_the_running_app_refuses_a_bad_backup_before_closing_anything(company_with_a_backup, tmp_path):
    target, backup = company_with_a_backup
    app_db = open_guarded(target).db
    try:
        with pytest.raises(WplError, match="failed its check"):
            backups.restore_into_open(app_db, SYSTEM, damaged_copy_of(backup, tmp_path))
        assert team_names(app_db) == ["Lassen", "Service"]  # still open, still the same
    finally:
        app_db.close()


def test_only_owners_and_managers_may_restore(company_with_a_backup):
    target, backup = company_with_a_backup
    before = target.path.read_bytes()
    with pytest.raises(NotAllowed):
        backups.restore_file(target, Actor(name="sanne", role="employee"), backup)
    assert target.path.read_bytes() == before


def test_a_damaged_database_is_moved_aside_by_the_restore_not_kept_as_a_backup(company_with_a_backup):
    target, backup = company_with_a_backup
    data = bytearray(target.path.read_bytes())
    data[:4096] = bytes(4096)
    target.path.write_bytes(bytes(data))
    result = backups.restore_file(target, SYSTEM, backup)
    assert result.was_damaged and result.kept_as.name.startswith("company.damaged-")
    assert result.kept_as.read_bytes() == bytes(data)
    assert integrity_check(target.path) == ["ok"]


def test_a_leftover_wal_beside_the_database_is_moved_out_of_the_way_before_the_swap(company_with_a_backup, tmp_path):
    """A -wal left beside the new file would be replayed into it; it is set aside, not deleted."""
    target, backup = company_with_a_backup
    target.path.unlink()  # e.g. the file was deleted by hand, its -wal not
    stray = target.path.with_name(target.path.name + "-wal")
    stray.write_bytes(b"not ours" * 100)
    backups.restore_file(target, SYSTEM, backup)
    assert not stray.exists()
    assert [p.read_bytes() for p in target.path.parent.glob("company.stale-*.wal")] == [b"not ours" * 100]
    db = open_database(target)
    try:
        assert team_names(db) == ["Lassen"]
    finally:
        db.close()


def test_the_database_itself_cannot_be_restored_onto_itself(company_with_a_backup):
    target, _backup = company_with_a_backup
    with pytest.raises(WplError, match="is the database itself"):
        backups.restore_file(target, SYSTEM, target.path)


def test_the_command_line_restore_is_refused_while_the_app_has_the_file_open(company_with_a_backup):
    from wplstudio.services.open_guard import HeldElsewhere

    target, backup = company_with_a_backup
    app_db = open_guarded(target).db  # the app, with its lock on the file
    try:
        before = target.path.read_bytes()
        with pytest.raises(HeldElsewhere):
            backups.restore_with_lock(target, SYSTEM, backup)
        assert target.path.read_bytes() == before and team_names(app_db) == ["Lassen", "Service"]
    finally:
        app_db.close()
