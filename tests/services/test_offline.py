"""A dropped connection to the shared server: the next call either gets through
(the pool tests a connection before lending it) or says plainly that the server
is out of reach; once the server is back, the same Database works again,
without reopening anything. Connections are dropped for real: the server ends
this test's own sessions (pg_terminate_backend, found by a unique
application_name, never anyone else's), or a relay in between is cut."""

from __future__ import annotations

import time
import uuid

import pytest
from sqlalchemy import make_url, text

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Offline
from wplstudio.services import connection, people
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import resolve
from wplstudio.storage.models import Team

from tests.pg_proxy import TcpRelay

pytestmark = pytest.mark.postgres

OWNER = Actor(name="Kantoor-PC", role="owner")
OFFLINE_SENTENCE = "The connection to the database server is lost"


@pytest.fixture
def app_name() -> str:
    return f"wpltest-offline-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def server_db(pg_url, app_name):
    url = make_url(pg_url).update_query_dict({"application_name": app_name}).render_as_string(hide_password=False)
    db = open_database(resolve(url))
    yield db
    db.close()


@pytest.fixture
def end_our_sessions(_pg_admin, app_name):
    """Ends the server sessions of this test's Database, and nobody else's."""
    _, admin = _pg_admin

    def end() -> int:
        with admin.connect() as conn:
            ended = conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = :name AND pid <> pg_backend_pid()"), {"name": app_name}).all()
        return len(ended)

    return end


@pytest.fixture
def relay(_pg_admin):
    base = make_url(_pg_admin[0])
    road = TcpRelay((base.host or "127.0.0.1", base.port or 5432)).start()
    yield road
    road.cut()


def test_after_the_server_ended_an_idle_connection_the_next_call_gets_through(server_db, end_our_sessions):
    people.save_team(server_db, OWNER, "Lassen")
    assert end_our_sessions() >= 1
    try:
        teams = people.list_teams(server_db, OWNER)
    except Offline as error:  # allowed, if said plainly; then the call after it must work
        assert OFFLINE_SENTENCE in error.english()
        teams = people.list_teams(server_db, OWNER)
    assert [t.name for t in teams] == ["Lassen"]


def test_a_connection_dropped_in_the_middle_of_a_change_is_offline_and_saves_nothing(server_db, end_our_sessions):
    with pytest.raises(Offline) as caught:
        with server_db.session() as s:
            s.add(Team(name="Half", updated_by="test"))
            s.flush()
            assert end_our_sessions() >= 1
            s.execute(text("SELECT 1"))
    assert OFFLINE_SENTENCE in caught.value.english() and "not saved" in caught.value.english()
    assert people.list_teams(server_db, OWNER) == []  # the same Database, back at once, and nothing half-written
    people.save_team(server_db, OWNER, "Heel")
    assert [t.name for t in people.list_teams(server_db, OWNER)] == ["Heel"]


def test_while_the_server_is_out_of_reach_every_call_says_so_and_afterwards_all_works_again(pg_url, relay):
    url = make_url(pg_url).set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    db = open_database(resolve(url))
    try:
        people.save_team(db, OWNER, "Lassen")
        relay.cut()
        started = time.perf_counter()
        for _attempt in range(3):
            with pytest.raises(Offline):
                people.save_team(db, OWNER, "Zagen")
        assert time.perf_counter() - started < 10  # told quickly, not after minutes of waiting
        assert not connection.is_reachable(db)
        relay.restore()
        assert connection.is_reachable(db)
        assert [t.name for t in people.list_teams(db, OWNER)] == ["Lassen"]  # nothing of the refused saves
        people.save_team(db, OWNER, "Zagen")
        assert [t.name for t in people.list_teams(db, OWNER)] == ["Lassen", "Zagen"]
    finally:
        db.close()


def test_an_error_that_is_not_about_the_connection_stays_what_it_is(server_db):
    from sqlalchemy.exc import ProgrammingError

    with pytest.raises(ProgrammingError):
        with server_db.session() as s:
            s.execute(text("SELECT * FROM no_such_table"))
    assert connection.is_reachable(server_db)
