"""Is the database healthy and current? For `wplstudio check` and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from wplstudio.storage import revisions
from wplstudio.storage.database import Database, integrity_check


@dataclass(frozen=True)
class Health:
    location: str
    revision: str | None
    newest_revision: str
    integrity: list[str]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.revision == self.newest_revision


def check(db: Database) -> Health:
    if db.is_sqlite:
        integrity = integrity_check(db.target.path)
    else:
        integrity = _server_reachable(db)
    return Health(db.target.describe(), db.revision, revisions.head(), integrity)


def _server_reachable(db: Database) -> list[str]:
    with db.session() as s:
        s.execute(text("SELECT 1"))
    return ["ok"]
