"""A full disk: a clear message, nothing half-written, and the same action works once
there is room again (the limit is SQLite's own, see tests/full_disk.py)."""

from __future__ import annotations

import pytest

from tests.full_disk import no_room_left
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import audit, people
from wplstudio.storage.database import integrity_check


def audit_entries(db) -> int:
    from sqlalchemy import func, select

    from wplstudio.storage.models import AuditEntry

    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_adding_an_employee_on_a_full_disk_says_so_and_works_once_there_is_room(demo_db):
    """Reading goes on while the disk is full; the employee and its audit entry are both
    missing (not one of them), and the very same form data saves once there is room."""
    draft = EmployeeDraft("Kim", "Rijn", "van")
    with no_room_left(demo_db):
        employees, entries = people.count_employees(demo_db, SYSTEM), audit_entries(demo_db)
        with pytest.raises(WplError) as caught:
            people.save_employee(demo_db, SYSTEM, draft)
        message = caught.value.english()
        assert message.startswith("The disk is full") and "{" not in message
        assert (people.count_employees(demo_db, SYSTEM), audit_entries(demo_db)) == (employees, entries)  # no half record
    assert integrity_check(demo_db.target.path) == ["ok"]
    saved = people.save_employee(demo_db, SYSTEM, draft)
    assert saved.full_name == "Kim van Rijn"
    assert audit_entries(demo_db) == entries + 1
    assert audit.verify(demo_db).ok
