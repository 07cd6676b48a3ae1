"""The writer that tests/services/test_crash_safety.py kills with SIGKILL.

Each child opens the database and makes edits through the services, one committed
transaction at a time, in an endless loop, and prints "ok <action> <detail>" only
after the service call has returned (the commit is durable by then). It never
stops by itself: the test kills it at a random moment.

WRITE_ACTIONS is the list of what it does, each with the check the test makes
afterwards. A new area adds its writes here (sign-offs, level edits): a write()
that makes one committed service call and returns the detail to report, a
check() that compares the database with the reported details, and returns how
many commits it found that were not reported (at most the one the writer was in
when it was killed).

The company it works on needs five employees and two tasks (see the test's fixture)."""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

if __name__ == "__main__":  # run as a script: make "tests" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import landscape, matrix, people
from wplstudio.storage.database import Database, open_database
from wplstudio.storage.locations import file_target

TEAM_PREFIX = "Ploeg "
EDIT_PREFIX = "Versie "
EDITED_EMPLOYEES = 4  # the first employees (by id) get their last name edited over and over


@dataclass(frozen=True)
class WriteAction:
    name: str
    write: Callable[[Database, int], str]  # one committed service call; the detail to report
    check: Callable[[sqlite3.Connection, list[str]], int]  # asserts; returns commits found but not reported


# --- new teams ---------------------------------------------------------------------

def write_team(db: Database, n: int) -> str:
    team = people.save_team(db, SYSTEM, f"{TEAM_PREFIX}{n}")
    return f"{team.id} {team.name}"


def check_teams(conn: sqlite3.Connection, reported: list[str]) -> int:
    present = {row[0]: row[1] for row in conn.execute("SELECT id, name FROM teams WHERE name LIKE ?", (TEAM_PREFIX + "%",))}
    for line in reported:
        team_id, name = line.split(" ", 1)
        assert present.get(int(team_id)) == name, f"team {name} was reported committed but is not there"
    _assert_audited(conn, "teams", "create", {team_id: 1 for team_id in present})
    return len(present) - len(reported)


# --- employee edits ----------------------------------------------------------------

def write_employee_edit(db: Database, n: int) -> str:
    employee_id = edited_employee_ids(db)[n % EDITED_EMPLOYEES]
    row = people.get_employee(db, SYSTEM, employee_id)
    count = edit_count(row.last_name) + 1
    draft = EmployeeDraft(row.first_name, f"{EDIT_PREFIX}{count}", row.prefix, row.team_id, row.function_id,
                          row.start_date, row.end_date, row.education)
    people.save_employee(db, SYSTEM, draft, employee_id, row.version)
    return f"{employee_id} {count}"


def check_employee_edits(conn: sqlite3.Connection, reported: list[str]) -> int:
    newest: dict[int, int] = {}
    for line in reported:
        employee_id, count = map(int, line.split())
        newest[employee_id] = max(newest.get(employee_id, 0), count)
    stored = {row[0]: (edit_count(row[1]), row[2]) for row in conn.execute("SELECT id, last_name, version FROM employees")}
    unreported = 0
    for employee_id, (count, version) in stored.items():
        assert count >= newest.get(employee_id, 0), f"employee {employee_id}: a reported edit is lost"
        assert version == 1 + count, f"employee {employee_id}: version {version} does not match {count} edits"
        unreported += count - newest.get(employee_id, 0)
    _assert_audited(conn, "employees", "update", {str(e): count for e, (count, _v) in stored.items() if count})
    return unreported


def edit_count(last_name: str) -> int:
    match = re.fullmatch(re.escape(EDIT_PREFIX) + r"(\d+)", last_name)
    return int(match[1]) if match else 0


def edited_employee_ids(db: Database) -> list[int]:
    return sorted(e.id for e in people.list_employees(db, SYSTEM))[:EDITED_EMPLOYEES]


# --- level edits: two cells of one person in one transaction ---------------------

def write_levels(db: Database, n: int) -> str:
    """Both cells always get the same level together; one without the other is a half edit."""
    employee_id = edited_employee_ids(db)[n % EDITED_EMPLOYEES]
    first, second = level_task_ids(db)
    cell = matrix.load_cell(db, SYSTEM, employee_id, first)
    level = (cell.level + 1) % 5
    matrix.set_levels(db, SYSTEM, [matrix.LevelEdit(employee_id, first, level), matrix.LevelEdit(employee_id, second, level)])
    changes = len(matrix.history(db, SYSTEM, employee_id, first))
    return f"{employee_id} {changes}"


def check_levels(conn: sqlite3.Connection, reported: list[str]) -> int:
    first, second = sorted(row[0] for row in conn.execute("SELECT id FROM tasks ORDER BY id LIMIT 2"))
    newest: dict[int, int] = {}
    for line in reported:
        employee_id, changes = map(int, line.split())
        newest[employee_id] = max(newest.get(employee_id, 0), changes)
    levels = {(e, t): level for e, t, level in conn.execute("SELECT employee_id, task_id, level FROM levels")}
    changes = dict(conn.execute("SELECT employee_id, count(*) FROM level_history WHERE task_id = ? GROUP BY employee_id", (first,)))
    also = dict(conn.execute("SELECT employee_id, count(*) FROM level_history WHERE task_id = ? GROUP BY employee_id", (second,)))
    assert changes == also, "a level edit of two cells was half written (history)"
    for employee_id in changes:
        assert levels.get((employee_id, first)) == levels.get((employee_id, second)), f"employee {employee_id}: half a level edit"
        assert changes[employee_id] >= newest.get(employee_id, 0), f"employee {employee_id}: a reported level edit is lost"
    edits = conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'levels'").fetchone()[0]
    assert edits in (0, sum(changes.values())), f"{sum(changes.values())} level edits but {edits} audit entries"
    return sum(changes.values()) - sum(newest.values())


def level_task_ids(db: Database) -> tuple[int, int]:
    first, second = sorted(t.id for t in landscape.list_tasks(db, SYSTEM))[:2]
    return first, second


# --- the audit trail, when the services write one ----------------------------------

def _assert_audited(conn: sqlite3.Connection, entity: str, action: str, expected: dict) -> None:
    """A change and its audit entry are committed together: no change without its entry, no
    entry without its change. Checked only once the services audit this entity."""
    rows = conn.execute("SELECT entity_id, count(*) FROM audit_log WHERE entity = ? AND action = ? GROUP BY entity_id",
                        (entity, action)).fetchall()
    if not rows:
        return
    found = {str(entity_id): count for entity_id, count in rows}
    for key, count in expected.items():
        assert found.get(str(key), 0) == count, f"{entity} {key}: {count} change(s) but {found.get(str(key), 0)} audit entries"


WRITE_ACTIONS = (
    WriteAction("team", write_team, check_teams),
    WriteAction("employee", write_employee_edit, check_employee_edits),
    WriteAction("levels", write_levels, check_levels),
)


# --- the writing child -------------------------------------------------------------

def write_forever(args: dict, emit: Callable[[str], None]) -> None:
    db = open_database(file_target(Path(args["database"])))
    start = args["first"]
    for n in range(start, start + 10**9):
        action = WRITE_ACTIONS[n % len(WRITE_ACTIONS)]
        detail = action.write(db, n)
        emit(f"ok {action.name} {detail}")


if __name__ == "__main__":
    from tests.forked import serve

    serve(write_forever)
