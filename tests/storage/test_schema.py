"""The models and the migrations describe the same schema, on SQLite and PostgreSQL."""

from __future__ import annotations

import ast
import re

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from wplstudio.paths import migrations_dir
from wplstudio.storage import revisions
from wplstudio.storage.database import make_engine, open_database
from wplstudio.storage.locations import file_target, resolve
from wplstudio.storage.migrate import alembic_config, upgrade_to_head
from wplstudio.storage.models import Base


def _diff(engine) -> list:
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)


def test_sqlite_migrated_to_head_matches_the_models(tmp_path):
    engine = make_engine(file_target(tmp_path / "schema.sqlite"))
    try:
        with engine.connect() as conn:
            upgrade_to_head(conn)
            conn.commit()
        assert _diff(engine) == []
        assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgresql_migrated_to_head_matches_the_models(pg_url):
    database = open_database(resolve(pg_url))
    try:
        assert _diff(database.engine) == []
        assert set(inspect(database.engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        database.close()


def test_named_constraints_survive_into_the_database(db):
    """The naming convention reaches the real schema, so later migrations can drop constraints by name."""
    insp = inspect(db.engine)
    assert {fk["name"] for fk in insp.get_foreign_keys("employees")} == {
        "fk_employees_team_id_teams", "fk_employees_function_id_functions"}
    assert {ix["name"] for ix in insp.get_indexes("tasks")} == {"ix_tasks_core_task_id"}


def test_the_head_from_file_names_is_alembics_head():
    script = ScriptDirectory.from_config(alembic_config())
    assert revisions.head() == script.get_current_head()
    assert list(revisions.known()) == [r.revision for r in reversed(list(script.walk_revisions()))]


def _assigned(tree: ast.Module, name: str):
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not set")


def test_each_revision_file_is_named_after_its_revision_and_follows_the_one_before():
    files = sorted((migrations_dir() / "versions").glob("*.py"))
    assert files, "no migrations found"
    previous = None
    for path in files:
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", path.name), f"{path.name} is not NNNN_slug.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        assert _assigned(tree, "revision") == path.name[:4], path.name
        assert _assigned(tree, "down_revision") == previous, path.name
        previous = path.name[:4]
    assert previous == revisions.head()


def test_migrations_go_down_to_nothing_and_up_again(tmp_path):
    """A revision's downgrade is its mirror: the schema after down+up equals the models again."""
    from alembic import command

    engine = make_engine(file_target(tmp_path / "updown.sqlite"))
    try:
        with engine.connect() as conn:
            upgrade_to_head(conn)
            command.downgrade(alembic_config(conn), "base")
            conn.commit()
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        with engine.connect() as conn:
            upgrade_to_head(conn)
            conn.commit()
        assert _diff(engine) == []
    finally:
        engine.dispose()


def test_migrations_run_on_the_connection_they_are_handed():
    """env.py uses the connection wplstudio passes in, so an in-memory database is migrated in place."""
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        upgrade_to_head(conn)
        assert MigrationContext.configure(conn).get_current_revision() == revisions.head()
    engine.dispose()
