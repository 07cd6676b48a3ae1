"""Opens one (damaged) database the way the app does, in a forked child, for
tests/storage/test_damaged_files.py, and prints one line of JSON: what happened.

If opening works it also makes one edit, as a person would next. Any exception
other than a WplError ends the child with a traceback, which fails the test."""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import DatabaseDamaged, WplError
from wplstudio.services import people
from wplstudio.services.open_guard import open_guarded
from wplstudio.storage.locations import file_target


def probe(args: dict, emit) -> None:
    try:
        db = open_guarded(file_target(Path(args["database"]))).db
    except DatabaseDamaged as error:
        emit(json.dumps({"outcome": "damaged", "message": error.english(), "moved_to": str(error.moved_to or ""),
                         "backup": str(error.backup or "")}))
        return
    except WplError as error:
        emit(json.dumps({"outcome": "refused", "message": error.english()}))
        return
    try:
        people.save_team(db, SYSTEM, "Na de schade")
        edit = "saved"
    except WplError as error:
        edit = error.english()
    finally:
        db.close()
    emit(json.dumps({"outcome": "opened", "edit": edit}))


if __name__ == "__main__":
    from tests.forked import serve

    serve(probe)
