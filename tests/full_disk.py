"""A disk without room, for real: SQLite's own limit on the size of the file
(PRAGMA max_page_count), set on every connection of the app's engine. A write past
it fails inside SQLite with SQLITE_FULL, exactly as on a full disk."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import people

@contextmanager
def no_room_left(db):
    """Inside: the file may not grow. Afterwards there is room again (new connections, no limit)."""
    def limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()  # connections made before do not have the limit
    try:
        fill_the_last_free_pages(db)
        yield
    finally:
        event.remove(db.engine, "connect", limit)
        db.engine.dispose()


def fill_the_last_free_pages(db) -> int:
    """Writes, big ones first and then ever smaller ones, into every table the tests write
    to, until not even a small row fits anywhere; returns how many writes still fitted."""
    writers = [*(lambda n, size=size: people.save_function(db, SYSTEM, f"Vulling {n}", "x" * size) for size in (1900, 400, 60, 0)),
               lambda n: people.save_team(db, SYSTEM, f"V{n}"),
               lambda n: people.save_employee(db, SYSTEM, EmployeeDraft("V", f"V{n}"))]
    fitted = 0
    for write in writers:
        fitted += _fill(write, start=fitted)
    return fitted


def _fill(write, start: int) -> int:
    for n in range(start, start + 5000):
        try:
            write(n)
        except WplError as error:
            assert "disk is full" in error.english(), error.english()
            return n - start
    raise AssertionError("the file kept growing: the page limit did not work")
