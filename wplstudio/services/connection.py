"""Is the database there? A cheap question the GUI asks every few seconds while
a shared server is unreachable, so it notices by itself when it is back."""

from __future__ import annotations

from sqlalchemy import text

from wplstudio.storage.database import Database


def ping(db: Database) -> None:
    """Returns when the database answers; raises domain.errors.Offline when a server does not."""
    with db.session() as s:
        s.execute(text("SELECT 1"))


def is_reachable(db: Database) -> bool:
    from wplstudio.domain.errors import Offline

    try:
        ping(db)
    except Offline:
        return False
    return True
