"""The schema revisions that exist, read from file names so that opening an
up-to-date database never has to import Alembic (it costs ~0.2 s)."""

from __future__ import annotations

from functools import cache

from wplstudio.paths import migrations_dir


@cache
def known() -> tuple[str, ...]:
    """Revision ids in order: each file in migrations/versions is NNNN_slug.py with revision NNNN."""
    names = (p.name for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return tuple(sorted(name[:4] for name in names))


def head() -> str:
    return known()[-1]
