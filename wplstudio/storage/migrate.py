"""Run the Alembic revisions in migrations/ on an open connection."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from wplstudio.paths import migrations_dir


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection) -> None:
    command.upgrade(alembic_config(connection), "head")


def upgrade_to(connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)
