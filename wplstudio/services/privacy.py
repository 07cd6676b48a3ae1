"""The AVG (GDPR) for employees: everything about a person on request, anonymising
someone who left, and a retention period for personal contents.

The export finds its tables from the schema itself (every foreign key to
employees), so a table added later cannot be forgotten. Erasures are kept in a
register so that a restored backup has them applied again when it is opened."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.privacy import ANONYMOUS_FIRST_NAME, anonymous_last_name, is_due, months_valid
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.records import fetch, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import AuditEntry, Base, Employee, JobFunction, Setting, Team, User

RETENTION_KEY = "privacy.retention_months"
REGISTER_KEY = "privacy.erased_employees"
DEFAULT_RETENTION_MONTHS = 24
SECRET_COLUMNS = frozenset({"password_hash", "pin_hash"})


@dataclass(frozen=True)
class EmployeeExport:
    employee_id: int
    made_at: str
    sections: dict[str, list[dict]] = field(default_factory=dict)  # table name -> rows

    def as_json(self) -> str:
        return json.dumps({"employee_id": self.employee_id, "made_at": self.made_at, "sections": self.sections},
                          ensure_ascii=False, indent=2, default=str)


@dataclass(frozen=True)
class DueItem:
    employee_id: int
    name: str
    left_on: date
    due_since: date


def employee_references() -> list[tuple[str, str]]:
    """(table, column) for every column that points at an employee."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "employees":
                found.append((table.name, fk.parent.name))
    return found


def export_employee(db: Database, actor: Actor, employee_id: int) -> EmployeeExport:
    with db.session() as s:
        employee = fetch(s, Employee, employee_id)
        details = _row_dict(employee.__table__, employee)
        details["team"] = s.get(Team, employee.team_id).name if employee.team_id else ""
        details["function"] = s.get(JobFunction, employee.function_id).name if employee.function_id else ""
        sections = {"employees": [details]}
        for table_name, column in employee_references():
            table = Base.metadata.tables[table_name]
            rows = s.execute(select(table).where(table.c[column] == employee_id)).mappings()
            sections.setdefault(table_name, []).extend(_clean(dict(r)) for r in rows)
        from wplstudio.services.onboarding import export_personal as onboarding_personal

        for table_name, rows in onboarding_personal(s, employee_id).items():  # via the trajectory, not a direct key
            known = sections.setdefault(table_name, [])
            known.extend(r for r in rows if r not in known)
        sections["audit_log"] = _audit_about(s, employee_id)
    return EmployeeExport(employee_id, datetime.now().isoformat(timespec="seconds"), sections)


def _row_dict(table, row) -> dict:
    return _clean({c.name: getattr(row, c.key if hasattr(c, "key") else c.name) for c in table.columns})


def _clean(values: dict) -> dict:
    return {k: ("(set)" if v else "(not set)") if k in SECRET_COLUMNS else _plain(v) for k, v in values.items()}


def _plain(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _audit_about(s, employee_id: int) -> list[dict]:
    query = select(AuditEntry).where(AuditEntry.entity == "employees", AuditEntry.entity_id == str(employee_id)).order_by(AuditEntry.id)
    return [{"at": _plain(e.at), "by": e.actor, "action": e.action, "before": e.before, "after": e.after} for e in s.scalars(query)]


def anonymise_employee(db: Database, actor: Actor, employee_id: int, today: date | None = None) -> None:
    """Replace who someone was by a number; keep team, function and dates so the company's counts stay right."""
    today = today or date.today()
    with db.session() as s:
        employee = fetch(s, Employee, employee_id)
        if employee.end_date is None or employee.end_date >= today:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Only someone who has left can be anonymised. Fill in the end date first."))
        _erase(s, employee_id, actor)
        audit.record(s, actor, "anonymise", "employees", employee_id)
        _remember_erasure(s, actor, employee_id)
    _scrub_file(db)
    _write_register_file(db)
    _scrub_copies(db)


def _erase(s, employee_id: int, actor: Actor) -> None:
    s.execute(update(Employee).where(Employee.id == employee_id).values(
        first_name=ANONYMOUS_FIRST_NAME, prefix="", last_name=anonymous_last_name(employee_id), education="",
        version=Employee.version + 1, **stamp(actor)))
    for user in s.scalars(select(User).where(User.employee_id == employee_id)):
        s.execute(update(User).where(User.id == user.id).values(
            username=f"removed-{user.id}", display_name="", password_hash="", pin_hash="", active=False,
            version=User.version + 1, **stamp(actor)))
    from wplstudio.services.board_extras import erase_personal as erase_board

    erase_board(s, employee_id)
    from wplstudio.services.interview_privacy import erase_person as erase_interviews

    erase_interviews(s, employee_id, actor)  # answers, notes, goals and agreements of their talks
    from wplstudio.services.onboarding import erase_personal as erase_onboarding

    erase_onboarding(s, employee_id)
    from wplstudio.services.learning import erase_personal as erase_learning

    erase_learning(s, employee_id)  # notes in the learning register, their name as a quickscan respondent


def _remember_erasure(s, actor: Actor, *employee_ids: int) -> None:
    ids = set(erased_ids_in(s)) | set(employee_ids)
    s.merge(Setting(key=REGISTER_KEY, value=json.dumps(sorted(ids)), **stamp(actor)))


def erased_ids_in(s) -> list[int]:
    row = s.get(Setting, REGISTER_KEY)
    return json.loads(row.value) if row and row.value else []


def _register_file(db: Database) -> Path | None:
    return db.target.path.with_name(db.target.path.name + ".erased.json") if db.is_sqlite else None


def _write_register_file(db: Database) -> None:
    path = _register_file(db)
    if path:
        with db.session() as s:
            ids = erased_ids_in(s)
        path.write_text(json.dumps(sorted(set(ids) | set(_read_register_file(db)))))


def _read_register_file(db: Database) -> list[int]:
    path = _register_file(db)
    try:
        return json.loads(path.read_text()) if path and path.exists() else []
    except (OSError, ValueError):
        return []


def reapply_erasures(db: Database, actor: Actor) -> int:
    """After a restore the file may hold people erased since: erase them again. Returns how many."""
    with db.session() as s:
        wanted = set(erased_ids_in(s)) | set(_read_register_file(db))
        redo = [i for i in sorted(wanted) if _still_named(s, i)]
        for employee_id in redo:
            _erase(s, employee_id, actor)
            audit.record(s, actor, "anonymise-again", "employees", employee_id)
        if redo:
            _remember_erasure(s, actor, *wanted)
    if redo:
        _scrub_file(db)
    return len(redo)


def _still_named(s, employee_id: int) -> bool:
    employee = s.get(Employee, employee_id)
    return employee is not None and employee.first_name != ANONYMOUS_FIRST_NAME


def _scrub_file(db: Database) -> None:
    """secure_delete zeroes freed space; VACUUM rebuilds the file and the checkpoint empties the WAL."""
    if not db.is_sqlite:
        return
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def _scrub_copies(db: Database) -> None:
    """Backups beside the database hold the same person: erase them there too (no audit: they are copies)."""
    if not db.is_sqlite:
        return
    with db.session() as s:
        ids = erased_ids_in(s)
    folder, stem = db.target.path.parent, db.target.path.stem
    for copy in [*folder.glob(f"{stem}.before-*"), *(folder / "backups").glob("*.sqlite")]:
        _scrub_copy(copy, ids)


def _scrub_copy(path: Path, ids: list[int]) -> None:
    import sqlite3

    try:
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA secure_delete=ON")
        for employee_id in ids:
            conn.execute("UPDATE employees SET first_name=?, prefix='', last_name=?, education='' WHERE id=?",
                         (ANONYMOUS_FIRST_NAME, anonymous_last_name(employee_id), employee_id))
            _scrub_copy_users(conn, employee_id)
            from wplstudio.services.interview_privacy import scrub_copy as scrub_interviews

            scrub_interviews(conn, employee_id)
        conn.execute("VACUUM")
    except sqlite3.Error:
        pass  # a damaged or foreign copy is left as it is; the open check refuses it anyway
    finally:
        conn.close()


def _scrub_copy_users(conn, employee_id: int) -> None:
    has_users = conn.execute("SELECT 1 FROM sqlite_master WHERE name='users'").fetchone()
    if has_users:
        conn.execute("UPDATE users SET username='removed-' || id, display_name='', password_hash='', pin_hash='', active=0 "
                     "WHERE employee_id=?", (employee_id,))


def retention_months(db: Database) -> int:
    with db.session() as s:
        row = s.get(Setting, RETENTION_KEY)
        return int(row.value) if row and row.value.isdigit() else DEFAULT_RETENTION_MONTHS


def set_retention_months(db: Database, actor: Actor, months: int) -> int:
    months = months_valid(months)
    with db.session() as s:
        before = s.get(Setting, RETENTION_KEY)
        old = before.value if before else str(DEFAULT_RETENTION_MONTHS)
        s.merge(Setting(key=RETENTION_KEY, value=str(months), **stamp(actor)))
        audit.record(s, actor, "update", "settings", RETENTION_KEY, {"value": old}, {"value": str(months)})
    return months


def due_for_erasure(db: Database, actor: Actor, today: date | None = None) -> list[DueItem]:
    """People who left longer ago than the retention period and still have their personal data here."""
    today = today or date.today()
    months = retention_months(db)
    with db.session() as s:
        query = select(Employee).where(Employee.end_date.is_not(None), Employee.first_name != ANONYMOUS_FIRST_NAME)
        people = list(s.scalars(query.order_by(Employee.end_date)))
    from wplstudio.domain.people import full_name
    from wplstudio.domain.privacy import due_date

    return [DueItem(e.id, full_name(e.first_name, e.prefix, e.last_name), e.end_date, due_date(e.end_date, months))
            for e in people if is_due(e.end_date, months, today)]
