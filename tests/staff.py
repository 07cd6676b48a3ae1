"""A demo company with an account for every role, made once per test run and copied
for each test (hashing five passwords per test would make the suite slow).

Use in a test module:  from tests.staff import staff_db, staff_template  # noqa: F401"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services import accounts, demo, demo_accounts, people
from wplstudio.storage.database import Database, open_database
from wplstudio.storage.locations import file_target
from wplstudio.storage.models import Base

PASSWORD = demo_accounts.PASSWORD
USERNAMES = {a.role: a.username for a in demo_accounts.ACCOUNTS}  # role -> demo user name


@pytest.fixture(scope="session")
def staff_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("staff") / "staff.sqlite"
    db = open_database(file_target(path))
    demo.fill(db, SYSTEM)
    demo_accounts.add(db, SYSTEM)
    db.close()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def staff_db(staff_template, tmp_path):
    path = tmp_path / "staff.sqlite"
    shutil.copy(staff_template, path)
    db = open_database(file_target(path))
    yield db
    db.close()


def actor_for(db: Database, role: str) -> Actor:
    """The demo account of a role as the services know it after a sign-in."""
    row = next(r for r in accounts.list_accounts(db, SYSTEM) if r.username == USERNAMES[role])
    return Actor(row.display_name, row.role, row.id, row.employee_id)


def employee_id(db: Database, full_name: str) -> int:
    return next(e.id for e in people.list_employees(db, SYSTEM) if e.full_name == full_name)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a refused call changed nothing."""
    with db.session() as s:
        return {table.name: sorted(map(tuple, s.execute(select(table)).all()), key=repr) for table in Base.metadata.sorted_tables}
