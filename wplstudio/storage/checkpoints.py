"""The audit trail's checkpoint, kept OUTSIDE the database in the user's data folder.

The hash chain shows an entry edited, removed or moved, but not the newest
entries cut off: what is left is still a valid chain. So after each successful
verification we remember the last entry (id and hash) per database location;
the next verification insists that entry is still there. It is a tripwire,
not a proof: someone who can also edit this file can hide a cut-off tail."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from wplstudio.storage.locations import data_dir

FILE_NAME = "audit-checkpoints.json"
_lock = threading.Lock()  # the GUI's background check and a foreground one may finish together


@dataclass(frozen=True)
class Checkpoint:
    entry_id: int
    hash: str
    store: str = ""  # the database's own id (a setting made with its first entry)


def is_other_database(old: Checkpoint, store: str) -> bool:
    """A database deleted and made again at the same place has another id. A trail wiped
    with a SQLite tool keeps the database's id, so it is never mistaken for this."""
    return bool(old.store) and bool(store) and old.store != store


def checkpoint_file() -> Path:
    return data_dir() / FILE_NAME


def load(location: str) -> Checkpoint | None:
    item = _read_all().get(location)
    if not isinstance(item, dict):
        return None
    try:
        return Checkpoint(int(item["id"]), str(item["hash"]), str(item.get("store", "")))
    except (KeyError, TypeError, ValueError):
        return None


def save(location: str, checkpoint: Checkpoint) -> None:
    with _lock:
        everything = _read_all()
        everything[location] = {"id": checkpoint.entry_id, "hash": checkpoint.hash, "store": checkpoint.store,
                                "saved": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        _write_all(everything)


def forget(location: str) -> None:
    """After a restore the database is older on purpose: start again from what is there."""
    with _lock:
        everything = _read_all()
        if everything.pop(location, None) is not None:
            _write_all(everything)


def _read_all() -> dict:
    try:
        content = json.loads(checkpoint_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: the next successful check writes a new one
    return content if isinstance(content, dict) else {}


def _write_all(everything: dict) -> None:
    """Write next to the old file and swap, so a crash never leaves half a file."""
    target = checkpoint_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".checkpoints-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(everything, out, indent=1, sort_keys=True)
        os.replace(temporary, target)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise
