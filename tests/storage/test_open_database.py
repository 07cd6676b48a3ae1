"""Opening a database: what is not ours, damaged, too new or not writable is
refused with a clear sentence and left exactly as it was; what is older is
backed up and then migrated."""

from __future__ import annotations

import os
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import DatabaseProblem
from wplstudio.services import demo, people
from wplstudio.storage import revisions
from wplstudio.storage.database import BUSY_TIMEOUT_MS, integrity_check, make_engine, open_database
from wplstudio.storage.locations import file_target, resolve
from wplstudio.storage.migrate import upgrade_to
from wplstudio.storage.backup import untouched_uri

from tests.storage import schema_history


def refused(path: Path) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(file_target(path))
    message = caught.value.english()
    assert "{" not in message, "a placeholder was left unfilled"
    return caught.value


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def sqlite_file_of_another_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()


# --- things that are not a database we may open -----------------------------

def test_a_path_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created(tmp_path):
    missing = tmp_path / "no such folder"
    error = refused(missing / "company.sqlite")
    assert str(missing) in error.english() and "does not exist" in error.english()
    assert not missing.exists()


def test_a_folder_is_not_a_database(tmp_path):
    error = refused(tmp_path)
    assert "is a folder" in error.english()


@pytest.mark.parametrize("content", [
    pytest.param(random.Random(7).randbytes(20_000), id="random-bytes"),
    pytest.param("Naam;Team\nPiet;Lassen\n".encode(), id="text-file"),
    pytest.param(b"SQLite", id="short-file"),
])
def test_a_file_that_is_not_a_database_is_refused_and_unchanged(tmp_path, content):
    path = tmp_path / "company.sqlite"
    path.write_bytes(content)
    error = refused(path)
    assert "is not a wplstudio database" in error.english() and "Nothing was changed" in error.english()
    assert path.read_bytes() == content
    assert folder_listing(tmp_path) == ["company.sqlite"]


def test_a_read_only_file_is_refused_and_unchanged(tmp_path):
    """Also when the app runs with the rights to write anyway (root, an administrator):
    a file marked read-only was marked so on purpose."""
    path = tmp_path / "company.sqlite"
    open_database(file_target(path)).close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        error = refused(path)
        assert "read-only" in error.english()
        assert path.read_bytes() == before
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root may write in any folder, so a folder without write permission cannot be made here")
def test_a_folder_without_write_permission_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        error = refused(folder / "company.sqlite")
        assert "may not write in the folder" in error.english()
        assert folder_listing(folder) == []
    finally:
        folder.chmod(0o755)


def test_a_sqlite_database_of_another_program_is_refused_and_byte_identical(tmp_path):
    path = tmp_path / "boekhouding.db"
    sqlite_file_of_another_program(path)
    before = path.read_bytes()
    error = refused(path)
    assert "tables of another program" in error.english()
    assert path.read_bytes() == before
    assert folder_listing(tmp_path) == ["boekhouding.db"]


def _make_newer(path: Path) -> None:
    database = open_database(file_target(path))
    people.save_team(database, SYSTEM, "Lassen")
    with database.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()


def test_a_database_from_a_newer_wplstudio_is_refused_and_byte_identical(tmp_path):
    path = tmp_path / "company.sqlite"
    _make_newer(path)
    before = path.read_bytes()
    error = refused(path)
    assert "newer version of wplstudio" in error.english() and "9999" in error.english()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_a_newer_database_restored_from_a_backup_copy_is_also_left_alone(tmp_path):
    """Backups are written in rollback-journal mode; opening one must not switch it to WAL."""
    from wplstudio.storage.backup import copy_database

    original = tmp_path / "company.sqlite"
    _make_newer(original)
    copy = copy_database(original, tmp_path / "copy.sqlite")
    before = copy.read_bytes()
    refused(copy)
    assert copy.read_bytes() == before


def _damage(path: Path) -> None:
    """Overwrite the middle pages with noise, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    assert pages >= 6, "the demo database should span several pages"
    noise = random.Random(3)
    for number in range(2, pages - 2):
        start = number * page
        data[start:start + page] = noise.randbytes(page)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_refused_and_moved_aside_unchanged(tmp_path):
    """Moved aside, never deleted; with no backup to offer, the message says so
    (tests/storage/test_damaged_files.py tries many kinds of damage, with backups)."""
    path = tmp_path / "company.sqlite"
    database = open_database(file_target(path))
    demo.fill(database, SYSTEM)
    database.close()
    _damage(path)
    before = path.read_bytes()
    assert integrity_check(path) != ["ok"]
    error = refused(path)
    assert "is damaged" in error.english() and "no good backup" in error.english()
    assert not path.exists() and error.moved_to.read_bytes() == before
    assert folder_listing(tmp_path) == [error.moved_to.name]
    assert error.moved_to.name.startswith("company.damaged-") and error.moved_to.suffix == ".sqlite"


def test_an_unreachable_server_gives_a_clear_message_without_the_password():
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve("postgresql+psycopg://wpl:geheim@127.0.0.1:1/wpl?connect_timeout=2"))
    message = caught.value.english()
    assert "cannot be reached" in message
    assert "geheim" not in message and "wpl:***@127.0.0.1:1" in message


def test_an_address_that_is_not_understood_gives_a_clear_message():
    with pytest.raises(DatabaseProblem) as caught:
        open_database(resolve("nosuchdb+nodriver://host/db"))
    assert "is not understood" in caught.value.english()


# --- opening our own files ----------------------------------------------------

def test_a_new_file_is_created_at_the_newest_schema_without_a_backup(tmp_path):
    path = tmp_path / "new.sqlite"
    database = open_database(file_target(path))
    try:
        assert database.revision == revisions.head()
        with database.session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == revisions.head()
    finally:
        database.close()
    assert integrity_check(path) == ["ok"]
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_an_empty_file_is_taken_as_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    database = open_database(file_target(path))
    database.close()
    assert database.revision == revisions.head()
    assert not list(tmp_path.glob("*before-upgrade*"))


def test_a_file_at_the_newest_revision_opens_with_its_data_and_no_backup(tmp_path):
    path = tmp_path / "company.sqlite"
    first = open_database(file_target(path))
    team = people.save_team(first, SYSTEM, "Plaatbewerking")
    first.close()
    again = open_database(file_target(path))
    try:
        assert again.revision == revisions.head()
        assert [t.name for t in people.list_teams(again, SYSTEM)] == [team.name]
    finally:
        again.close()
    assert folder_listing(tmp_path) == ["company.sqlite"]


def test_opening_without_migrate_reports_the_files_own_revision_and_changes_nothing(tmp_path):
    oldest = revisions.known()[0]
    path = tmp_path / "company.sqlite"
    engine = make_engine(file_target(path))
    with engine.connect() as conn:
        upgrade_to(conn, oldest)
        conn.commit()
    engine.dispose()
    database = open_database(file_target(path), migrate=False)
    try:
        assert database.revision == oldest
        with database.session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == oldest
    finally:
        database.close()
    assert folder_listing(tmp_path) == ["company.sqlite"]


def test_every_older_revision_is_backed_up_beside_the_file_then_upgraded(tmp_path):
    """Realistic content per revision (tests/storage/schema_history.py), written with plain SQL,
    must come through the upgrade intact, and the backup beside it must hold the old file."""
    older = revisions.known()[:-1]
    if not older:
        pytest.skip(f"only one schema revision exists ({revisions.head()}); there is nothing older to upgrade from yet")
    for revision in older:
        path = tmp_path / f"at-{revision}.sqlite"
        content = schema_history.content_for(revision)
        engine = make_engine(file_target(path))
        with engine.connect() as conn:
            upgrade_to(conn, revision)
            schema_history.fill(conn, content)
            conn.commit()
        engine.dispose()
        database = open_database(file_target(path))
        try:
            assert database.revision == revisions.head()
            with database.engine.connect() as conn:
                assert schema_history.read_back(conn, content) == schema_history.in_order(content)
            employees = {e.full_name: e for e in people.list_employees(database, SYSTEM)}
            assert employees["Gerrit van der Dijkstra"].end_date == date(2024, 12, 31)
            assert employees["Élodie Öztürk-Jansen"].team_name == "Plaatbewerking"
        finally:
            database.close()
        backups = list(tmp_path.glob(f"at-{revision}.before-upgrade-from-{revision}-*"))
        assert len(backups) == 1, f"no backup was made before upgrading from {revision}"
        assert integrity_check(backups[0]) == ["ok"]
        copy = create_engine("sqlite://", creator=lambda: sqlite3.connect(untouched_uri(backups[0]), uri=True))
        try:
            with copy.connect() as conn:
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == revision
                assert schema_history.read_back(conn, content) == schema_history.in_order(content)
        finally:
            copy.dispose()


def test_the_backup_before_a_migration_keeps_the_data_and_the_old_revision(tmp_path):
    """The backup routine itself, on a file with data in its write-ahead log."""
    from wplstudio.storage.backup import backup_before_migration

    path = tmp_path / "company.sqlite"
    database = open_database(file_target(path))
    try:
        people.save_team(database, SYSTEM, "Lassen")
        copy = backup_before_migration(path, revisions.head())
    finally:
        database.close()
    assert copy.parent == tmp_path
    assert copy.name.startswith(f"company.before-upgrade-from-{revisions.head()}-") and copy.suffix == ".sqlite"
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM teams").fetchall() == [("Lassen",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        conn.close()


@pytest.mark.parametrize("folder_name", ["Project #4", "100% zeker", "wat?", "a%20b"])
def test_files_in_folders_with_url_characters_in_their_name_work(tmp_path, folder_name):
    from wplstudio.storage.backup import copy_database

    folder = tmp_path / folder_name
    folder.mkdir()
    path = folder / "company.sqlite"
    database = open_database(file_target(path))
    try:
        people.save_team(database, SYSTEM, "Lassen")
    finally:
        database.close()
    assert folder_listing(folder) == ["company.sqlite"]
    assert integrity_check(path) == ["ok"]
    copy = copy_database(path, folder / "copy.sqlite")
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("SELECT name FROM teams").fetchall() == [("Lassen",)]
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder_name]


# --- connection settings -------------------------------------------------------

def test_every_session_has_the_safety_pragmas_on(db):
    with db.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_a_failed_block_rolls_back_completely(db):
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.execute(text("INSERT INTO teams (name) VALUES ('Lassen')"))
            raise RuntimeError("power cut")
    assert people.list_teams(db, SYSTEM) == []


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.execute(text("INSERT INTO employees (first_name, last_name, team_id) VALUES ('a', 'b', 999)"))
    assert people.count_employees(db, SYSTEM) == 0


@pytest.mark.postgres
def test_postgresql_opens_migrated_in_its_own_schema(pg_db):
    assert pg_db.revision == revisions.head()
    assert not pg_db.is_sqlite
    with pg_db.session() as s:
        assert s.execute(text("SELECT current_schema()")).scalar().startswith("wpltest_")
        assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == revisions.head()


@pytest.mark.postgres
def test_a_postgresql_schema_holding_tables_of_another_program_is_refused_and_left_alone(pg_url):
    from sqlalchemy import create_engine, inspect

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)"))
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(resolve(pg_url))
        assert "tables of another program" in caught.value.english()
        assert inspect(engine).get_table_names() == ["invoices"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_postgresql_database_from_a_newer_wplstudio_is_refused(pg_url):
    open_database(resolve(pg_url)).close()
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with pytest.raises(DatabaseProblem) as caught:
            open_database(resolve(pg_url))
        assert "newer version of wplstudio" in caught.value.english()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    finally:
        engine.dispose()
