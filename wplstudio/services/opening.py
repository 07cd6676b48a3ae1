"""Opening the company's database the way the GUI and the CLI both need it."""

from __future__ import annotations

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services import privacy
from wplstudio.storage.database import Database, open_database
from wplstudio.storage.locations import Target


def open_company(target: Target, migrate: bool = True, actor: Actor = SYSTEM) -> Database:
    """Open (and migrate) the database; a restored backup gets its later erasures applied again."""
    db = open_database(target, migrate=migrate)
    if migrate:
        try:
            privacy.reapply_erasures(db, actor)
        except Exception:
            db.close()
            raise
    return db
