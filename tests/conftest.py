"""Shared fixtures. Tests use real SQLite files and, when WPL_TEST_POSTGRES_URL is
set, a real PostgreSQL server; never mocks of the database."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from pathlib import Path

# Before anything imports Qt or looks for the user's folders: no screen, and a
# throw-away home for data and settings, so no test touches the real ones.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="wplstudio-tests-"))
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
os.environ["WPLSTUDIO_DATA_DIR"] = str(_SESSION_HOME / "data")
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "xdg-config")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from wplstudio.domain.actor import SYSTEM  # noqa: E402

settings.register_profile(
    "wplstudio", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile("wplstudio")

PG_ENV = "WPL_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(request, monkeypatch):
    """A modal dialog nobody answers would hang the whole run: fail the test instead.
    Tests that expect a message use the `messages` fixture (tests/ui/conftest.py);
    a test that answers a real dialog itself is marked real_dialogs."""
    if request.node.get_closest_marker("real_dialogs") or os.environ.get("WPL_NO_DIALOG_GUARD"):
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(*args, **kwargs):
        text = " ".join(str(a) for a in args[1:4] if isinstance(a, str))
        raise AssertionError(f"a modal dialog would block the test: {text[:300]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder; the real user data folder is never used."""
    folder = tmp_path / "wplstudio-data"
    monkeypatch.setenv("WPLSTUDIO_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "company.sqlite"


@pytest.fixture
def db(db_path):
    """A fresh SQLite database file, migrated to the newest schema."""
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    database = open_database(file_target(db_path))
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    """The demo company, filled once per test run (it takes seconds) and copied for each test."""
    from wplstudio.services import demo
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    database = open_database(file_target(path))
    demo.fill(database, SYSTEM)
    database.close()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def demo_db(_demo_template, db_path):
    """A fresh copy of the demo company in this test's own file."""
    import shutil

    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    shutil.copy(_demo_template, db_path)
    database = open_database(file_target(db_path))
    yield database
    database.close()


# --- PostgreSQL --------------------------------------------------------------

@pytest.fixture(scope="session")
def _pg_admin():
    """One engine on the server from WPL_TEST_POSTGRES_URL, for making and dropping schemas."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL tests need a real server")
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    yield url, engine
    engine.dispose()


@pytest.fixture
def pg_url(_pg_admin):
    """The server URL with its own, empty schema first on the search path. Dropped afterwards."""
    from sqlalchemy import make_url, text

    base, admin = _pg_admin
    schema = f"wpltest_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def pg_db(pg_url):
    """A migrated Database in a clean PostgreSQL schema."""
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import resolve

    database = open_database(resolve(pg_url))
    yield database
    database.close()


@pytest.fixture(scope="session")
def _pg_demo_template(_pg_admin):
    """A server database holding the demo company, filled once per run; tests get copies of it."""
    from sqlalchemy import make_url, text

    from wplstudio.services import demo
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import resolve

    base, admin = _pg_admin
    name = f"wpltpl_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = open_database(resolve(make_url(base).set(database=name).render_as_string(hide_password=False)))
    demo.fill(database, SYSTEM)
    database.close()  # a template may have no connections while it is copied
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_demo_db(_pg_admin, _pg_demo_template):
    """A copy of the demo company in its own server database (a file copy inside PostgreSQL: fast)."""
    from sqlalchemy import make_url, text

    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import resolve

    base, admin = _pg_admin
    name = f"wpltest_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_demo_template}"'))
    database = open_database(resolve(make_url(base).set(database=name).render_as_string(hide_password=False)))
    yield database
    database.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_demo_db(request):
    """The demo company on a SQLite file and, when available, on PostgreSQL; a fresh copy for each test."""
    return request.getfixturevalue("demo_db" if request.param == "sqlite" else "pg_demo_db")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request):
    """The same test on a SQLite file and, when available, on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("db")
    return request.getfixturevalue("pg_db")
