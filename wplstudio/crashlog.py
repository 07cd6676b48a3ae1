"""Unexpected errors go to a log file, not to the screen."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path


def log_path() -> Path:
    from wplstudio.storage.locations import data_dir

    return data_dir() / "logs" / "wplstudio-errors.log"


def write(error: BaseException) -> Path:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        pass  # nowhere to write; the one-line message still reaches the person
    return path
