"""The audit trail: an append-only, hash-chained log of changes.

record() is called inside the service's own transaction, so a change and its
audit entry are committed together or not at all."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.storage.models import AuditEntry

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_301_001  # any fixed number: serialises appends across PCs on one server


def entry_hash(prev_hash: str, at: datetime, actor: str, actor_user_id: int | None, action: str,
               entity: str, entity_id: str, before: str, after: str) -> str:
    payload = json.dumps([prev_hash, as_utc(at).isoformat(), actor, actor_user_id, action,
                          entity, entity_id, before, after], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def as_utc(moment: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; we always write UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _as_text(values: dict | None) -> str:
    return "" if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


def _last_hash(session: Session) -> str:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: object = "",
           before: dict | None = None, after: dict | None = None) -> None:
    """Append one entry. Callers leave out free text about a person (see redact)."""
    at = datetime.now(timezone.utc).replace(microsecond=0)
    values = dict(actor=actor.name, actor_user_id=actor.user_id, action=action, entity=entity,
                  entity_id=str(entity_id), before=_as_text(before), after=_as_text(after))
    prev = _last_hash(session)
    session.add(AuditEntry(at=at, prev_hash=prev, hash=entry_hash(prev, at, **values), **values))
    session.flush()
