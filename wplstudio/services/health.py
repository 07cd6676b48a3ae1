"""Is the database healthy and current? For `wplstudio check` and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from wplstudio.services.audit import AuditReport, verify
from wplstudio.storage import revisions
from wplstudio.storage.database import Database, integrity_check


@dataclass(frozen=True)
class Health:
    location: str
    revision: str | None
    newest_revision: str
    integrity: list[str]
    audit: AuditReport | None = None  # None: not checked (damaged file or older schema)

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.revision == self.newest_revision and (self.audit is None or self.audit.ok)


def check(db: Database) -> Health:
    if db.is_sqlite:
        integrity = integrity_check(db.target.path)
    else:
        integrity = _server_reachable(db)
    current = integrity == ["ok"] and db.revision == revisions.head()
    return Health(db.target.describe(), db.revision, revisions.head(), integrity, verify(db) if current else None)


def _server_reachable(db: Database) -> list[str]:
    with db.session() as s:
        s.execute(text("SELECT 1"))
    return ["ok"]
