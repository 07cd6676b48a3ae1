"""What a company's database held at each earlier schema revision: realistic rows,
written with plain SQL (the services only speak the newest schema), and read back
after an upgrade to see they are intact.

A new revision that adds tables adds a content_NNNN() here that extends the one
before it; tests/storage/test_upgrades.py insists every earlier revision has content."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import text

from wplstudio.services.audit import GENESIS, entry_hash

Rows = dict[str, list[dict]]  # table -> rows, each row column -> value as SQLite stores it


def _when(day: int, hour: int = 9) -> str:
    return f"2025-03-{day:02d} {hour:02d}:15:00.000000"


def _edited(by: str, day: int, version: int = 1) -> dict:
    return {"version": version, "updated_at": _when(day), "updated_by": by}


def content_0001() -> Rows:
    """People and the task landscape, as a small metal workshop kept them."""
    return {
        "settings": [{"key": "company.name", "value": "Metaalwerk Van Dalen B.V.", **_edited("Marjolein", 1, 3)}],
        "teams": [{"id": 1, "name": "Plaatbewerking", **_edited("Henk", 2)},
                  {"id": 2, "name": "Lassen", **_edited("Henk", 2, 2)},
                  {"id": 3, "name": "Service & montage", **_edited("Henk", 3)}],
        "functions": [{"id": 1, "name": "Lasser", "description": "MIG/MAG en TIG op staal en rvs", **_edited("Henk", 3)},
                      {"id": 2, "name": "Kantbankoperator", "description": "", **_edited("Henk", 3)}],
        "employees": [
            {"id": 1, "first_name": "Sanne", "prefix": "de", "last_name": "Boer", "team_id": 2, "function_id": 1,
             "start_date": "2024-08-19", "end_date": None, "education": "mbo2", **_edited("Henk", 4)},
            {"id": 2, "first_name": "Élodie", "prefix": "", "last_name": "Öztürk-Jansen", "team_id": 1, "function_id": 2,
             "start_date": "2019-01-07", "end_date": None, "education": "vmbo", **_edited("Henk", 4, 5)},
            {"id": 3, "first_name": "Gerrit", "prefix": "van der", "last_name": "Dijkstra", "team_id": 3, "function_id": None,
             "start_date": "1998-04-01", "end_date": "2024-12-31", "education": "", **_edited("Marjolein", 5, 2)},
            {"id": 4, "first_name": "Mustafa", "prefix": "El", "last_name": "Amrani", "team_id": None, "function_id": 1,
             "start_date": None, "end_date": None, "education": "mbo4", **_edited("Henk", 6)},
        ],
        "core_tasks": [{"id": 1, "name": "Lassen", "position": 0, **_edited("Henk", 7)},
                       {"id": 2, "name": "Veiligheid", "position": 1, **_edited("Henk", 7)}],
        "tasks": [
            {"id": 1, "core_task_id": 1, "name": "MIG/MAG staal", "description": "Hoeknaden en stompe naden",
             "why": "Het meeste werk", "is_certificate": 0, "validity_months": None, "position": 0, **_edited("Henk", 8)},
            {"id": 2, "core_task_id": 2, "name": "VCA basis", "description": "", "why": "Verplicht op de bouwplaats",
             "is_certificate": 1, "validity_months": 120, "position": 0, **_edited("Henk", 8, 2)},
        ],
    }


def content_0002() -> Rows:
    """Accounts and an audit trail on top of 0001; the trail's hash chain is valid."""
    rows = content_0001()
    rows["users"] = [
        {"id": 1, "username": "marjolein", "display_name": "Marjolein van Dalen", "role": "owner", "employee_id": None,
         "password_hash": "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", "pin_hash": "",
         "active": 1, "failed_attempts": 0, "blocked_until": None, "last_sign_in": _when(9), **_edited("wplstudio", 9)},
        {"id": 2, "username": "sanne", "display_name": "Sanne de Boer", "role": "employee", "employee_id": 1,
         "password_hash": "", "pin_hash": "$argon2id$v=19$m=19456,t=2,p=1$cGVwcGVy$cGluaGFzaHBpbmhhc2g", "active": 1,
         "failed_attempts": 2, "blocked_until": None, "last_sign_in": None, **_edited("marjolein", 9)},
    ]
    rows["audit_log"] = _chain([
        ("Henk", "create", "teams", "3", "", '{"name": "Service & montage"}'),
        ("Henk", "update", "employees", "2", '{"last_name": "(changed)"}', '{"last_name": "(changed)"}'),
        ("marjolein", "update", "settings", "company.name", '{"value": "Van Dalen"}', '{"value": "Metaalwerk Van Dalen B.V."}'),
    ])
    return rows


def _chain(entries: list[tuple]) -> list[dict]:
    rows, prev = [], GENESIS
    for n, (actor, action, entity, entity_id, before, after) in enumerate(entries, start=1):
        at = datetime(2025, 3, 10, 8, n, tzinfo=timezone.utc)
        digest = entry_hash(prev, at, actor, None, action, entity, entity_id, before, after)
        rows.append({"id": n, "at": at.strftime("%Y-%m-%d %H:%M:%S.000000"), "actor": actor, "actor_user_id": None,
                     "action": action, "entity": entity, "entity_id": entity_id, "before": before, "after": after,
                     "prev_hash": prev, "hash": digest})
        prev = digest
    return rows


def content_0003() -> Rows:
    """The deployability matrix on top of 0002: levels with their history, targets, a function's profile."""
    rows = content_0002()
    rows["levels"] = [
        {"employee_id": 1, "task_id": 1, "level": 2, "valid_until": None, "target_level": 3, "target_date": "2025-09-01", **_edited("Henk", 11, 3)},
        {"employee_id": 2, "task_id": 1, "level": 4, "valid_until": None, "target_level": None, "target_date": None, **_edited("Henk", 11)},
        {"employee_id": 1, "task_id": 2, "level": 3, "valid_until": "2034-02-28", "target_level": None, "target_date": None, **_edited("Henk", 12)},
        {"employee_id": 4, "task_id": 2, "level": 1, "valid_until": None, "target_level": 3, "target_date": None, **_edited("Henk", 12)},
    ]
    rows["level_history"] = [
        {"id": 1, "employee_id": 1, "task_id": 1, "at": _when(10), "by": "Henk", "old_level": 0, "new_level": 1, "note": ""},
        {"id": 2, "employee_id": 1, "task_id": 1, "at": _when(11), "by": "Ruud", "old_level": 1, "new_level": 2,
         "note": "Hoeknaden nu netjes, stompe naden nog onder begeleiding"},
        {"id": 3, "employee_id": 2, "task_id": 1, "at": _when(11, 10), "by": "Henk", "old_level": 3, "new_level": 4, "note": ""},
    ]
    rows["level_descriptions"] = [
        {"task_id": 1, "level": 3, "text": "Last zelfstandig hoeknaden volgens WPS", **_edited("Henk", 13)},
        {"task_id": 1, "level": 4, "text": "Leert anderen lassen en beoordeelt hun werk", **_edited("Henk", 13)},
    ]
    rows["task_targets"] = [
        {"id": 1, "task_id": 1, "team_id": 2, "deployable": 3, "teachers": 1, **_edited("Henk", 14)},
        {"id": 2, "task_id": 2, "team_id": None, "deployable": 5, "teachers": 0, **_edited("Henk", 14)},
    ]
    rows["function_requirements"] = [
        {"function_id": 1, "task_id": 1, "required_level": 3, **_edited("Henk", 15)},
        {"function_id": 1, "task_id": 2, "required_level": 3, **_edited("Henk", 15)},
    ]
    return rows


CONTENT = {"0001": content_0001, "0002": content_0002, "0003": content_0003}
# Revisions whose areas are still being built (reserved side by side): their engineers add a
# content_NNNN() above when the schema settles. tests/storage/test_upgrades.py names what is missing.
STILL_BEING_BUILT = {"0004", "0005", "0006", "0007"}


def content_for(revision: str) -> Rows:
    """The content of the newest revision at or before this one."""
    return CONTENT[max(r for r in CONTENT if r <= revision)]()


def fill(conn, rows: Rows) -> None:
    """Insert with plain SQL on a SQLAlchemy connection, in table order (teams before employees)."""
    for table, records in rows.items():
        for record in records:
            columns = ", ".join(f'"{c}"' for c in record)
            values = ", ".join(f":{c}" for c in record)
            conn.execute(text(f'INSERT INTO "{table}" ({columns}) VALUES ({values})'), record)


def read_back(conn, rows: Rows) -> Rows:
    """The same rows (found by their first column) and columns as they are now, in_order().
    Rows the app adds itself on opening (a setting of its own, say) are not compared."""
    found: Rows = {}
    for table, records in rows.items():
        columns = list(records[0])
        listed = ", ".join(f'"{c}"' for c in columns)
        keys = sorted({record[columns[0]] for record in records}, key=repr)
        marks = ", ".join(f":k{n}" for n in range(len(keys)))
        result = conn.execute(text(f'SELECT {listed} FROM "{table}" WHERE "{columns[0]}" IN ({marks})'),
                              {f"k{n}": key for n, key in enumerate(keys)})
        found[table] = [dict(zip(columns, row)) for row in result]
    return in_order(found)


def in_order(rows: Rows) -> Rows:
    """Rows sorted by all their values, so tables with a key of two columns compare too."""
    return {table: sorted(records, key=lambda r: [repr(v) for v in r.values()]) for table, records in rows.items()}
