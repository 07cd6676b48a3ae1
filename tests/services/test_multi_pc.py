"""Several PCs on one PostgreSQL server: two Database objects ("the shop PC" and
"the office PC"), each with its own connections, edit the same records from two
threads at once. No update is lost, a refused edit changes nothing, and the
audit trail stays one chain.

WPL_STRESS_ROUNDS raises the number of rounds (default: a bounded number, fast).
A later area adds its own editable records to SCENARIOS (sign-offs: issue 5)."""

from __future__ import annotations

import json
import os
import random
import threading
from dataclasses import dataclass, field
from typing import Callable

import pytest
from sqlalchemy import func, select

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import audit, people
from wplstudio.storage.database import Database, open_database
from wplstudio.storage.locations import resolve
from wplstudio.storage.models import AuditEntry

pytestmark = pytest.mark.postgres

ROUNDS = int(os.environ.get("WPL_STRESS_ROUNDS", "60"))
RECORDS = 3
SHOP = Actor(name="Werkplaats-PC", role="owner")
OFFICE = Actor(name="Kantoor-PC", role="owner")


@dataclass(frozen=True)
class Scenario:
    """One kind of editable record, as seen through its service."""

    entity: str  # its name in the audit trail
    create: Callable[[Database, int], int]
    read: Callable[[Database, int], tuple[int, str]]  # (version, value)
    save: Callable[[Database, Actor, int, int, str], None]  # raises Conflict when the version is stale
    value_in_trail: bool = True  # False when the audit policy keeps only a marker (names)


def _team_read(db, key):
    row = next(t for t in people.list_teams(db, SHOP) if t.id == key)
    return row.version, row.name


def _function_read(db, key):
    row = next(f for f in people.list_functions(db, SHOP) if f.id == key)
    return row.version, row.description


def _function_name(db, key):  # never edited here: only the description is fought over
    return next(f.name for f in people.list_functions(db, SHOP) if f.id == key)


def _employee_read(db, key):
    row = people.get_employee(db, SHOP, key)
    return row.version, row.first_name


SCENARIOS = [
    Scenario("teams",
             create=lambda db, i: people.save_team(db, SHOP, f"Team {i}").id,
             read=_team_read,
             save=lambda db, actor, key, version, value: people.save_team(db, actor, value, key, version)),
    Scenario("functions",
             create=lambda db, i: people.save_function(db, SHOP, f"Functie {i}").id,
             read=_function_read,
             save=lambda db, actor, key, version, value: people.save_function(db, actor, _function_name(db, key), value, key, version)),
    Scenario("employees",
             create=lambda db, i: people.save_employee(db, SHOP, EmployeeDraft(f"Naam{i}", "Jansen")).id,
             read=_employee_read,
             save=lambda db, actor, key, version, value: people.save_employee(db, actor, EmployeeDraft(value, "Jansen"), key, version),
             value_in_trail=False),
    # sign-offs (issue 5): two PCs signing the same module at once must give one sign-off, never half of one
]


@dataclass
class Outcome:
    saved: list[tuple[int, int, str]] = field(default_factory=list)  # (record, version it made, value)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (record, value)
    other: list[BaseException] = field(default_factory=list)


@pytest.fixture
def two_pcs(pg_url):
    shop, office = open_database(resolve(pg_url)), open_database(resolve(pg_url))
    yield shop, office
    shop.close()
    office.close()


def edit(scenario: Scenario, db: Database, actor: Actor, key: int, value: str, outcome: Outcome, read=None) -> None:
    version, _ = read or scenario.read(db, key)
    try:
        scenario.save(db, actor, key, version, value)
    except Conflict:
        outcome.refused.append((key, value))
    except BaseException as error:  # anything else is a failure of the test, reported below
        outcome.other.append(error)
    else:
        outcome.saved.append((key, version + 1, value))


def run_pcs(work: Callable[[int], None]) -> None:
    threads = [threading.Thread(target=work, args=(pc,)) for pc in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a PC hung"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.entity for s in SCENARIOS])
def test_two_pcs_saving_the_same_record_at_the_same_moment_one_wins_and_one_is_told(two_pcs, scenario):
    """Both read, both save: exactly one save per round goes through."""
    dbs, actors = two_pcs, (SHOP, OFFICE)
    keys = [scenario.create(dbs[0], i) for i in range(RECORDS)]
    outcome, together = Outcome(), threading.Barrier(2)

    def pc(n: int) -> None:
        for r in range(ROUNDS):
            key = keys[r % RECORDS]
            seen = scenario.read(dbs[n], key)
            together.wait()  # both have read the same version
            edit(scenario, dbs[n], actors[n], key, f"pc{n}-r{r}", outcome, read=seen)
            together.wait()

    run_pcs(pc)
    assert not outcome.other, outcome.other
    assert len(outcome.saved) == ROUNDS and len(outcome.refused) == ROUNDS
    check_nothing_lost(scenario, dbs, keys, outcome)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.entity for s in SCENARIOS])
def test_two_pcs_editing_freely_lose_no_update(two_pcs, scenario):
    """No lockstep: each PC reads and saves as fast as it can, on random records."""
    dbs, actors = two_pcs, (SHOP, OFFICE)
    keys = [scenario.create(dbs[0], i) for i in range(RECORDS)]
    outcome = Outcome()

    def pc(n: int) -> None:
        pick = random.Random(n)
        for r in range(ROUNDS * 2):
            edit(scenario, dbs[n], actors[n], pick.choice(keys), f"pc{n}-r{r}", outcome)

    run_pcs(pc)
    assert not outcome.other, outcome.other
    assert len(outcome.saved) + len(outcome.refused) == ROUNDS * 4
    print(f"{scenario.entity}: {len(outcome.saved)} saved, {len(outcome.refused)} refused as conflicts")
    check_nothing_lost(scenario, dbs, keys, outcome)


def check_nothing_lost(scenario: Scenario, dbs, keys: list[int], outcome: Outcome) -> None:
    for key in keys:
        saved = sorted((v, value) for k, v, value in outcome.saved if k == key)
        version, value = scenario.read(dbs[1], key)
        assert [v for v, _ in saved] == list(range(2, version + 1)), "every save made the next version, none twice"
        assert version == len(saved) + 1
        assert value == (saved[-1][1] if saved else value)  # the last save is what both PCs read now
        assert scenario.read(dbs[0], key) == (version, value)
        updates = trail_updates(dbs[0], scenario.entity, key)
        assert len(updates) == len(saved), "each save, and only those, is in the audit trail"
        if scenario.value_in_trail:
            refused = {value for k, value in outcome.refused if k == key}
            assert [u for u in updates] == [value for _, value in saved]
            assert not refused & set(updates), "a refused edit left a trace"
    check_one_chain(dbs[0])


def trail_updates(db: Database, entity: str, key: int) -> list[str]:
    with db.session() as s:
        rows = s.scalars(select(AuditEntry.after).where(AuditEntry.entity == entity, AuditEntry.entity_id == str(key),
                                                        AuditEntry.action == "update").order_by(AuditEntry.id)).all()
    return [next(iter(json.loads(after).values())) for after in rows]


def check_one_chain(db: Database) -> None:
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(AuditEntry))
        starts = s.scalar(select(func.count(func.distinct(AuditEntry.prev_hash))))
    assert starts == count, "two entries follow the same one: the chain forked"
    report = audit.verify(db, remember=False)
    assert report.ok and report.checked == count


def test_audit_entries_appended_at_once_from_two_pcs_stay_one_chain(two_pcs):
    dbs = two_pcs
    per_thread = max(ROUNDS, 50)
    errors: list[BaseException] = []

    def pc(n: int) -> None:
        actor = (SHOP, OFFICE)[n]
        try:
            for i in range(per_thread):
                with dbs[n].session() as s:
                    audit.record(s, actor, "update", "settings", f"key-{n}", {"value": i}, {"value": i + 1})
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=pc, args=(n % 2,)) for n in range(4)]  # two threads per PC
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    check_one_chain(dbs[1])
    with dbs[1].session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 4 * per_thread
