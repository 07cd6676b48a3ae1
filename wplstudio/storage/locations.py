"""Where databases live: the default file in the user's data folder, or a URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_FILE = "wplstudio.sqlite"
DEMO_FILE = "demo.sqlite"


def data_dir() -> Path:
    override = os.environ.get("WPLSTUDIO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("wplstudio", "wplstudio")


@dataclass(frozen=True)
class Target:
    """What the person asked to open: a SQLite file (path set) or a server URL."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        return str(self.path) if self.path else _hide_password(self.url)


def _hide_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    creds, at, host = rest.rpartition("@")
    if not at or ":" not in creds:
        return url
    return f"{scheme}{sep}{creds.split(':', 1)[0]}:***@{host}"


def resolve(database: str | None, default_name: str = DEFAULT_FILE) -> Target:
    if not database:
        data_dir().mkdir(parents=True, exist_ok=True)
        return file_target(data_dir() / default_name)
    if database.startswith("sqlite:///"):
        return file_target(Path(database.removeprefix("sqlite:///")))
    if "://" in database:
        return Target(url=database, path=None)
    return file_target(Path(database))


def file_target(path: Path) -> Target:
    path = path.expanduser().absolute()
    return Target(url=f"sqlite:///{path}", path=path)
