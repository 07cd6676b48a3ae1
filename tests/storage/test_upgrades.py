"""Schema upgrades that go wrong halfway: an error in a migration step, or the process
killed in the middle of one. The file must be as it was before, with the backup
taken before the upgrade next to it. (Upgrading each earlier revision with its
content intact: tests/storage/test_open_database.py, with tests/storage/schema_history.py.)"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.forked import ROOT
from tests.storage import schema_history
from wplstudio.domain.errors import DatabaseProblem
from wplstudio.storage import migrate, revisions
from wplstudio.storage.backup import untouched_uri
from wplstudio.storage.database import integrity_check, make_engine, open_database
from wplstudio.storage.locations import file_target

HALFWAY_STEP = '''"""A migration step that stops halfway (written by tests/storage/test_upgrades.py)."""
import os
import time

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("halfway", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("employees") as batch:  # on SQLite: the table is copied and swapped
        batch.add_column(sa.Column("shoe_size", sa.Integer, nullable=True))
    op.execute("UPDATE teams SET name = name || ' (old)'")
    print("halfway", flush=True)
    if os.environ.get("WPL_HALFWAY") == "wait":
        time.sleep(120)
    raise RuntimeError("the power went out")


def downgrade() -> None:
    pass
'''


def test_every_earlier_revision_has_realistic_content_in_every_table_to_upgrade_from(tmp_path):
    """So a new table cannot be forgotten when the upgrades are tried (test_open_database.py)."""
    settled = [r for r in revisions.known()[:-1] if r not in schema_history.STILL_BEING_BUILT]
    missing = [r for r in settled if r not in schema_history.CONTENT]
    assert not missing, f"add content_{missing[0]}() to tests/storage/schema_history.py for the revision(s) {missing}"
    for revision in settled:
        engine = make_engine(file_target(tmp_path / f"at-{revision}.sqlite"))
        with engine.connect() as conn:
            migrate.upgrade_to(conn, revision)
            tables = set(conn.dialect.get_table_names(conn)) - {"alembic_version"}
        engine.dispose()
        empty = sorted(tables - set(schema_history.content_for(revision)))
        assert not empty, f"content_{revision}() in tests/storage/schema_history.py fills no rows in {empty}"


@pytest.fixture
def migrations_with_a_failing_step(tmp_path) -> Path:
    """A copy of the real migrations plus one more revision that fails halfway."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrations_dir_of_the_app(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = revisions.head()
    following = f"{int(head) + 1:04d}"
    (folder / "versions" / f"{following}_halfway.py").write_text(HALFWAY_STEP.format(revision=following, down=head))
    return folder


def migrations_dir_of_the_app() -> Path:
    from wplstudio.paths import migrations_dir

    return migrations_dir()


@pytest.fixture
def company_at_head(tmp_path) -> tuple[Path, schema_history.Rows]:
    path = tmp_path / "company.sqlite"
    content = schema_history.content_for(revisions.head())
    engine = make_engine(file_target(path))
    with engine.connect() as conn:
        migrate.upgrade_to_head(conn)
        schema_history.fill(conn, content)
        conn.commit()
    engine.dispose()
    return path, content


def everything_in(path: Path) -> list[str]:
    """Schema and rows, as SQL text: what "the same file" means apart from its bytes."""
    conn = sqlite3.connect(untouched_uri(path) if not path.with_name(path.name + "-wal").exists() else f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def use_migrations(monkeypatch, folder: Path) -> None:
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    monkeypatch.setattr(revisions, "migrations_dir", lambda: folder)
    revisions.known.cache_clear()


@pytest.fixture(autouse=True)
def _forget_the_extra_revision():
    yield
    revisions.known.cache_clear()


def assert_as_before_with_the_backup_beside(path: Path, before: list[str], head: str) -> None:
    assert everything_in(path) == before, "the interrupted upgrade left changes behind"
    assert integrity_check(path) == ["ok"]
    backups = sorted(path.parent.glob(f"company.before-upgrade-from-{head}-*.sqlite"))
    assert len(backups) == 1, "the backup taken before the upgrade must be next to the file"
    assert everything_in(backups[0]) == before


def test_a_migration_that_fails_halfway_leaves_the_file_as_it_was_with_the_backup_beside(
        company_at_head, migrations_with_a_failing_step, monkeypatch):
    path, _content = company_at_head
    head, before, raw = revisions.head(), everything_in(path), path.read_bytes()
    use_migrations(monkeypatch, migrations_with_a_failing_step)
    with pytest.raises(DatabaseProblem) as caught:
        open_database(file_target(path))
    message = caught.value.english()
    assert "could not be upgraded" in message and "(RuntimeError)" in message and "It was left as it was" in message
    assert f"company.before-upgrade-from-{head}-" in message
    assert path.read_bytes() == raw, "not one byte of the file may change"
    assert_as_before_with_the_backup_beside(path, before, head)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_upgrade_killed_halfway_leaves_the_file_as_it_was_and_opens_normally_afterwards(
        company_at_head, migrations_with_a_failing_step, tmp_path):
    path, content = company_at_head
    head, before, raw = revisions.head(), everything_in(path), path.read_bytes()
    upgrader = subprocess.Popen([sys.executable, "-c", UPGRADE_IN_A_PROCESS, str(migrations_with_a_failing_step), str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                env=dict(os.environ, PYTHONPATH=str(ROOT), WPL_HALFWAY="wait"))
    try:
        assert upgrader.stdout.readline().strip() == "halfway", upgrader.stderr.read()
    finally:
        upgrader.kill()  # SIGKILL, in the middle of the migration's transaction
        upgrader.communicate(timeout=30)
    assert path.read_bytes() == raw, "the file itself is untouched; the unfinished transaction is only in the -wal"
    assert_as_before_with_the_backup_beside(path, before, head)
    database = open_database(file_target(path))  # the real migrations: current, opens as it was
    try:
        with database.engine.connect() as conn:
            assert schema_history.read_back(conn, content) == schema_history.in_order(content)
    finally:
        database.close()


UPGRADE_IN_A_PROCESS = """
import sys
from pathlib import Path
from wplstudio.storage import migrate, revisions
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
folder = Path(sys.argv[1])
migrate.migrations_dir = lambda: folder
revisions.migrations_dir = lambda: folder
revisions.known.cache_clear()
open_database(file_target(Path(sys.argv[2])))
"""
