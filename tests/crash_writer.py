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
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

if __name__ == "__main__":  # run as a script: make "tests" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.landscape import TaskDraft
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


# --- onboarding sign-offs (issue 5) -----------------------------------------------------
# One module of one trajectory goes round and round: the trainee signs, the mentor signs
# (the module completes), a revocation opens the next round. Each write is one committed
# service call; the setup (accounts, program, trajectory) is made step by step, each step
# checked first, so a kill in the middle of it is harmless. The module links no task, so
# the level edits above keep the matrix to themselves.

SIGN_PASSWORD = "werkplaats1"
_signers: dict = {}


def _cheap_hashing() -> None:
    """The child lives a quarter of a second: hashing at full strength would never finish."""
    from argon2 import PasswordHasher

    from wplstudio.services import passwords

    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def _signoff_setup(db: Database) -> tuple[int, int]:
    """(trajectory id, module id), made if missing: trainee the fifth employee, mentor the fourth (never renamed by id)."""
    from datetime import date

    from wplstudio.domain.accounts import AccountDraft
    from wplstudio.domain.onboarding import ModuleDraft
    from wplstudio.services import accounts, onboarding, onboarding_programs as programs

    ids = sorted(e.id for e in people.list_employees(db, SYSTEM))
    trainee, mentor = ids[4], ids[3]
    existing = {a.username for a in accounts.list_accounts(db, SYSTEM)}
    for username, employee in (("crash-trainee", trainee), ("crash-mentor", mentor)):
        if username not in existing:
            accounts.create_account(db, SYSTEM, AccountDraft(username, username, "employee" if employee == trainee else "mentor"),
                                    SIGN_PASSWORD, employee)
    program = next((p for p in programs.list_programs(db, SYSTEM, True) if p.name == "Crashprogramma"), None)
    if program is None:
        program = programs.save_program(db, SYSTEM, "Crashprogramma", None)
    if not program.modules:
        programs.save_module(db, SYSTEM, program.id, ModuleDraft("Rondje", assignments=("Gedaan",)))
        program = programs.get_program(db, SYSTEM, program.id)
    row = next((r for r in onboarding.list_trajectories(db, SYSTEM) if r.employee_id == trainee), None)
    if row is None:
        row = onboarding.start_trajectory(db, SYSTEM, trainee, program.id, mentor, date(2026, 1, 5))
    module = program.modules[0]
    if not onboarding.get_trajectory(db, SYSTEM, row.id).modules[0].ticked:
        onboarding.set_ticked(db, SYSTEM, row.id, module.assignments[0][0], True)
    return row.id, module.id


def _signer(db: Database, username: str):
    from wplstudio.services import accounts, onboarding_signing

    if username not in _signers:
        user_id = next(a.id for a in accounts.list_accounts(db, SYSTEM) if a.username == username)
        _signers[username] = onboarding_signing.confirm(db, user_id, SIGN_PASSWORD)
    return _signers[username]


def write_signoff(db: Database, n: int) -> str:
    from wplstudio.services import onboarding, onboarding_signing

    _cheap_hashing()
    trajectory_id, module_id = _signoff_setup(db)
    module = onboarding.get_trajectory(db, SYSTEM, trajectory_id).modules[0]
    rnd = len(module.revocations) + 1
    if module.current("trainee") is None:
        onboarding_signing.sign(db, SYSTEM, trajectory_id, module_id, "trainee", _signer(db, "crash-trainee"))
        return f"sign {rnd} trainee"
    if module.current("mentor") is None:
        onboarding_signing.sign(db, SYSTEM, trajectory_id, module_id, "mentor", _signer(db, "crash-mentor"))
        return f"sign {rnd} mentor"
    onboarding_signing.revoke(db, SYSTEM, trajectory_id, module_id, "Nog een rondje")
    return f"revoke {rnd} -"


def check_signoffs(conn: sqlite3.Connection, reported: list[str]) -> int:
    signed = {(rnd, role) for rnd, role in conn.execute("SELECT round, role FROM onboarding_signoffs")}
    revoked = {row[0] for row in conn.execute("SELECT round FROM onboarding_revocations")}
    for line in reported:
        kind, rnd, role = line.split()
        if kind == "sign":
            assert (int(rnd), role) in signed, f"sign-off {line} was reported committed but is not there"
        else:
            assert int(rnd) in revoked, f"revocation {line} was reported committed but is not there"
    for rnd in revoked:  # here a round is revoked only once both have signed
        assert {(rnd, "trainee"), (rnd, "mentor")} <= signed, f"round {rnd} was revoked without both signatures"
    audited = conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'onboarding_signoffs' AND action = 'sign'").fetchone()[0]
    assert audited == len(signed), f"{len(signed)} signatures but {audited} audit entries"
    return len(signed) + len(revoked) - len(reported)


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
    WriteAction("signoff", write_signoff, check_signoffs),
)


# --- the company, and the writing child --------------------------------------------

def make_company(path: Path) -> None:
    """What the write actions need: five employees in a team, and two tasks."""
    db = open_database(file_target(path))
    try:
        team = people.save_team(db, SYSTEM, "Lassen")
        for first, last in [("Sanne", "Boer"), ("Ruud", "Jansen"), ("Henk", "Dalen"), ("Fatima", "Amrani"), ("Piet", "Smit")]:
            people.save_employee(db, SYSTEM, EmployeeDraft(first, last, team_id=team.id))
        core = landscape.save_core_task(db, SYSTEM, "Lassen")
        for name in ("MIG/MAG staal", "TIG rvs"):
            landscape.save_task(db, SYSTEM, TaskDraft(core.id, name))
    finally:
        db.close()


def warm_up() -> None:
    """Every write once on a throw-away company, in the parent: the children are forked from
    it with SQLAlchemy's statement caches filled, so they start writing within milliseconds."""
    with tempfile.TemporaryDirectory(prefix="wplstudio-warm-up-") as folder:
        path = Path(folder) / "warm-up.sqlite"
        make_company(path)
        db = open_database(file_target(path))
        try:
            for n, action in enumerate(WRITE_ACTIONS):
                action.write(db, n)
        finally:
            db.close()


def write_forever(args: dict, emit: Callable[[str], None]) -> None:
    db = open_database(file_target(Path(args["database"])))
    start = args["first"]
    for n in range(start, start + 10**9):
        action = WRITE_ACTIONS[n % len(WRITE_ACTIONS)]
        detail = action.write(db, n)
        emit(f"ok {action.name} {detail}")


if __name__ == "__main__":
    from tests.forked import serve

    warm_up()
    serve(write_forever)
