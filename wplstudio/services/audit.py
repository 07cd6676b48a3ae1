"""The audit trail: an append-only, hash-chained log of changes.

Writing. record() is called inside the service's own transaction, so a change
and its audit entry are committed together or not at all. The generic helpers
in services/records.py (insert_or_update, update_versioned, delete_versioned,
add_row) call created()/changed()/removed() below, so every editable record is
audited without each service remembering to. A service whose entity is
declared with automatic=False (accounts) calls record() itself.

Privacy (AVG/GDPR). The trail cannot be edited, so it must never hold personal
data that an erasure could not reach. record() passes before/after through
domain.audit_policy.redact(): ids, field names and ordinary values (team,
function, dates, levels) are kept; names, free text about a person and
password/PIN hashes become a marker such as "(changed)". The per-entity table
of sensitive fields is domain/audit_policy.py; docs/audit.md explains it.

Checking. Each entry's hash covers its content and the previous entry's hash.
verify() walks the chain and names the first entry that was edited, removed
or moved; a checkpoint outside the database (storage/checkpoints.py) catches
the newest entries being cut off. See docs/audit.md for what it cannot catch.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from wplstudio.domain import permissions
from wplstudio.domain.actor import Actor
from wplstudio.domain.audit_policy import changed_fields, policy_for, redact
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage import checkpoints
from wplstudio.storage.database import Database
from wplstudio.storage.models import AuditEntry, Setting

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_301_001  # any fixed number: serialises appends across PCs on one server
UNKNOWN_ACTOR = Actor(name="(unknown)", role="")
DATABASE_ID_KEY = "audit.database_id"  # made with the first entry: tells a new database from a wiped trail

# What verify() found; the GUI and CLI show PROBLEM_TEXT for it.
EDITED, REMOVED, REORDERED, TAIL_REMOVED = "edited", "removed", "reordered", "tail removed"
PROBLEM_TEXT = {
    EDITED: QT_TRANSLATE_NOOP("audit", "Entry {id} was edited outside wplstudio."),
    REMOVED: QT_TRANSLATE_NOOP("audit", "One or more entries just before entry {id} were removed outside wplstudio."),
    REORDERED: QT_TRANSLATE_NOOP("audit", "Entries were moved around outside wplstudio (first at entry {id})."),
    TAIL_REMOVED: QT_TRANSLATE_NOOP("audit", "The newest entries (from entry {id} on) were removed outside wplstudio."),
}


# --- who may read the trail ----------------------------------------------------

def require_reader(actor: Actor, operation: str = "view") -> None:
    """The one place that decides who may view, search and export the trail (today: the owner only).
    Raises domain.errors.NotAllowed."""
    permissions.require(actor, "audit", operation, permissions.OTHERS)


# --- writing -------------------------------------------------------------------

_PAYLOAD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # json.dumps would build one per entry


def entry_hash(prev_hash: str, at: datetime, actor: str, actor_user_id: int | None, action: str,
               entity: str, entity_id: str, before: str, after: str) -> str:
    payload = _PAYLOAD.encode([prev_hash, as_utc(at).isoformat(), actor, actor_user_id, action,
                               entity, entity_id, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def as_utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; we always write UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def as_text(values: dict | None) -> str:
    return "" if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def _last_hash(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object = "",
           before: dict | None = None, after: dict | None = None) -> None:
    """Append one entry. Sensitive fields (see domain/audit_policy.py) are replaced by a marker here."""
    before, after = redact(entity, before, after)
    at = datetime.now(timezone.utc).replace(microsecond=0)
    values = dict(actor=actor.name, actor_user_id=actor.user_id, action=action, entity=entity,
                  entity_id=str(entity_id), before=as_text(before), after=as_text(after))
    prev = _last_hash(session)
    if prev == GENESIS:
        _name_this_database(session)
    session.add(AuditEntry(at=at, prev_hash=prev, hash=entry_hash(prev, at, **values), **values))
    session.flush()


def _name_this_database(session: Session) -> None:
    """A random id, kept beside the trail; not audited itself, it belongs to the trail."""
    if session.get(Setting, DATABASE_ID_KEY) is None:
        session.add(Setting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex, updated_at=datetime.now(timezone.utc),
                            updated_by="wplstudio"))


# --- the generic helpers' hooks (services/records.py) ----------------------------

def _automatic(model) -> str | None:
    """The entity name when the generic helpers audit this model, else None."""
    entity = model.__tablename__
    policy = policy_for(entity)
    return None if policy is not None and not policy.automatic else entity


def _columns(model) -> list:
    return [c for c in model.__table__.columns if not c.primary_key]


def snapshot(session: Session, model, key) -> dict | None:
    """The row as it is now, read without loading an ORM object; None when not audited or gone."""
    if _automatic(model) is None:
        return None
    pk = model.__mapper__.primary_key[0]
    row = session.execute(select(*_columns(model)).where(pk == key)).mappings().first()
    return dict(row) if row is not None else None


def _values(row) -> dict:
    """The fields that hold something: an empty field is not worth a line when a record comes or goes."""
    values = {c.key: getattr(row, c.key) for c in _columns(type(row))}
    return {k: v for k, v in values.items() if v not in (None, "")}


def created(session: Session, actor: Actor, row) -> None:
    entity = _automatic(type(row))
    if entity is not None:
        _, after = changed_fields({}, _values(row))
        record(session, actor, "create", entity, inspect(row).identity[0], None, after)


def changed(session: Session, actor: Actor, model, key, before: dict | None, values: dict) -> None:
    entity = _automatic(model)
    if entity is None or before is None:
        return
    old, new = changed_fields(before, {**before, **values})
    if new:  # saving without a change is not worth an entry
        record(session, actor, "update", entity, key, old, new)


def removed(session: Session, actor: Actor | None, row) -> None:
    entity = _automatic(type(row))
    if entity is not None:
        _, old = changed_fields({}, _values(row))  # every field that held something
        record(session, actor or UNKNOWN_ACTOR, "delete", entity, inspect(row).identity[0], old, None)


# --- checking ----------------------------------------------------------------

@dataclass(frozen=True)
class AuditReport:
    ok: bool
    checked: int  # entries whose hash was recomputed
    broken_id: int | None = None  # the first entry where the chain breaks
    problem: str = ""  # EDITED, REMOVED, REORDERED or TAIL_REMOVED
    seconds: float = 0.0

    def english(self) -> str:
        return PROBLEM_TEXT[self.problem].format(id=self.broken_id) if self.problem else ""


_CHAIN = (AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.actor_user_id, AuditEntry.action,
          AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after,
          AuditEntry.prev_hash, AuditEntry.hash)


def location_key(db: Database) -> str:
    """Which database a checkpoint belongs to: the file's full path, or the server URL without password."""
    return str(db.target.path.resolve()) if db.is_sqlite else db.target.describe()


def verify(db: Database, remember: bool = True) -> AuditReport:
    """Recompute the whole chain in one read transaction; remember the tail when it is intact
    (remember=False for a throw-away database, such as the benchmark's)."""
    started = time.perf_counter()
    with db.session() as s:
        report, walked = _walk(s)
        store = _store(s)
        if report is None:
            report = _check_tail(s, _checkpoint_for(db, store), walked.checked)
    report = AuditReport(report.ok, report.checked, report.broken_id, report.problem, time.perf_counter() - started)
    if report.ok and walked.last_id is not None and remember:
        _remember(db, checkpoints.Checkpoint(walked.last_id, walked.last_hash, store))
    return report


@dataclass
class _Walked:
    checked: int = 0
    last_id: int | None = None
    last_hash: str = ""


def _walk(s: Session) -> tuple[AuditReport | None, _Walked]:
    """(a report when the chain breaks, else None; what was seen)."""
    expected, walked = GENESIS, _Walked()
    for row in s.execute(select(*_CHAIN).order_by(AuditEntry.id).execution_options(yield_per=2000)):
        content = entry_hash(row.prev_hash, row.at, row.actor, row.actor_user_id, row.action,
                             row.entity, row.entity_id, row.before, row.after)
        if content != row.hash:
            return AuditReport(False, walked.checked, row.id, EDITED), walked
        if row.prev_hash != expected:
            return AuditReport(False, walked.checked, row.id, _gap_kind(s, row, expected)), walked
        expected = row.hash
        walked.checked += 1
        walked.last_id, walked.last_hash = row.id, row.hash
    return None, walked


def _gap_kind(s: Session, row, expected: str) -> str:
    """An entry whose predecessor is elsewhere was moved; one whose predecessor is nowhere lost it."""
    elsewhere = s.scalar(select(AuditEntry.id).where(AuditEntry.hash == row.prev_hash))
    successor = s.scalar(select(AuditEntry.id).where(AuditEntry.prev_hash == expected)) if expected != GENESIS else None
    return REORDERED if elsewhere is not None or successor is not None else REMOVED


def _store(s: Session) -> str:
    """Which database this is, whatever its place: "" for one whose trail began before ids were given."""
    row = s.get(Setting, DATABASE_ID_KEY)
    return row.value if row else ""


def _checkpoint_for(db: Database, store: str) -> checkpoints.Checkpoint | None:
    old = checkpoints.load(location_key(db))
    return None if old is None or checkpoints.is_other_database(old, store) else old


def _check_tail(s: Session, checkpoint: checkpoints.Checkpoint | None, checked: int) -> AuditReport:
    if checkpoint is not None:
        at_checkpoint = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == checkpoint.entry_id))
        if at_checkpoint != checkpoint.hash:
            return AuditReport(False, checked, checkpoint.entry_id, TAIL_REMOVED)
    return AuditReport(True, checked)


def _remember(db: Database, checkpoint: checkpoints.Checkpoint) -> None:
    try:
        checkpoints.save(location_key(db), checkpoint)
    except OSError:
        pass  # the check itself succeeded; the next one simply compares against the older checkpoint


def forget_checkpoint(db: Database) -> None:
    """For a restore: the database is older on purpose, so the next check starts from what is there."""
    checkpoints.forget(location_key(db))
