"""Exporting the audit trail, for the owner: the filtered entries exactly as stored.

The export holds what the trail holds and no more: no names looked up from the
live records, so it is no more personal than the trail itself. It keeps each
entry's hashes, so an accountant can recompute the chain outside wplstudio.
CSV is for Excel (semicolons and a BOM, as Dutch Excel expects), JSON for machines."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import select

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.audit import as_utc, require_reader
from wplstudio.services.audit_entries import AuditFilter, filtered, parse
from wplstudio.storage.database import Database
from wplstudio.storage.models import AuditEntry

FORMATS = ("csv", "json")
COLUMNS = ("id", "at_utc", "actor", "actor_user_id", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_entries(db: Database, actor: Actor, filters: AuditFilter, path: Path, fmt: str | None = None) -> int:
    """Write the entries that match filters, oldest first; returns how many. fmt defaults to the file's suffix."""
    require_reader(actor, "export")
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise WplError(QT_TRANSLATE_NOOP("errors", "Export to a .csv or a .json file; {name} is neither."), name=Path(path).name)
    with db.session() as s:  # streamed inside one read transaction: 100,000 entries never sit in memory at once
        query = filtered(select(AuditEntry), filters).order_by(AuditEntry.id).execution_options(yield_per=1000)
        entries = (_plain(e) for e in s.scalars(query))
        chunks = _csv_text(entries) if fmt == "csv" else _json_text(entries, filters)
        return _write_atomically(Path(path), chunks, "utf-8-sig" if fmt == "csv" else "utf-8")


def _plain(e: AuditEntry) -> dict:
    return {"id": e.id, "at_utc": as_utc(e.at).isoformat(), "actor": e.actor, "actor_user_id": e.actor_user_id,
            "action": e.action, "entity": e.entity, "entity_id": e.entity_id, "before": e.before, "after": e.after,
            "prev_hash": e.prev_hash, "hash": e.hash}


def _csv_text(entries: Iterable[dict]) -> Iterator[str | None]:
    """The file's text piece by piece; None after each entry, so the writer can count them."""
    class Line:
        def write(self, text: str) -> None:
            self.text = text

    line = Line()
    writer = csv.writer(line, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield line.text
    for entry in entries:
        writer.writerow([_cell(entry[c]) for c in COLUMNS])
        yield line.text
        yield None


def _cell(value) -> str:
    """A team called "=HYPERLINK(...)" must stay text when the owner opens the file in Excel."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _json_text(entries: Iterable[dict], filters: AuditFilter) -> Iterator[str | None]:
    head = {"exported_at_utc": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "filters": {k: (None if v is None else str(v)) for k, v in vars(filters).items()}}
    yield json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "entries": ['
    separator = "\n"
    for entry in entries:
        # before/after parsed for reading, and the exact stored text the hash was computed over
        shown = {**entry, "before": parse(entry["before"]), "after": parse(entry["after"]),
                 "before_text": entry["before"], "after_text": entry["after"]}
        yield separator + "  " + json.dumps(shown, ensure_ascii=False)
        yield None
        separator = ",\n"
    yield "\n ]\n}\n"


def _write_atomically(path: Path, chunks: Iterator[str | None], encoding: str) -> int:
    """Into a temporary file beside the target, then swapped in: never half an export. Returns the entries written."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    except OSError as exc:
        raise _not_written(path, exc) from exc
    written = 0
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            for chunk in chunks:
                if chunk is None:
                    written += 1
                else:
                    out.write(chunk)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise _not_written(path, exc) from exc
    return written


def _not_written(path: Path, exc: OSError) -> WplError:
    return WplError(QT_TRANSLATE_NOOP("errors", "The export could not be written to {path} ({reason}). Nothing was changed."),
                    path=str(path), reason=exc.strerror or str(exc))
