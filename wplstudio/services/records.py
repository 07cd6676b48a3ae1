"""Shared mechanics for editable rows: optimistic versions and friendly conflicts."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.exc import IntegrityError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import Conflict, FieldProblem, InUse, NotFound, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit


def now() -> datetime:
    return datetime.now(timezone.utc)


def local_time(moment: datetime) -> str:
    """A stored UTC moment as the person's clock shows it (SQLite returns it without a zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def stamp(actor: Actor) -> dict:
    return {"updated_at": now(), "updated_by": actor.name[:80]}


def fetch(session: Session, model, key):
    row = session.get(model, key)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This record no longer exists; someone may have removed it. Refresh the list."))
    return row


def update_versioned(session: Session, model, key, expected_version: int, actor: Actor, values: dict) -> None:
    """Write values only if nobody changed the row since expected_version was read."""
    pk = model.__mapper__.primary_key[0]
    before = audit.snapshot(session, model, key)  # read first: the trail keeps before and after
    result = session.execute(
        update(model).where(pk == key, model.version == expected_version)
        .values(**values, version=expected_version + 1, **stamp(actor))
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 1:
        audit.changed(session, actor, model, key, before, values)
        return
    current = fetch(session, model, key)
    raise changed_by_other(current)


def changed_by_other(current) -> Conflict:
    when = "?"
    if current.updated_at:
        changed = current.updated_at
        if changed.tzinfo is None:  # SQLite hands back the stored UTC time without its zone
            changed = changed.replace(tzinfo=timezone.utc)
        when = changed.astimezone().strftime("%d-%m-%Y %H:%M")
    return Conflict(QT_TRANSLATE_NOOP(
        "errors", "Changed by {who} at {when} while you were editing. Your change was not saved; reopen the record to see the new data."),
        who=current.updated_by or "?", when=when)


def delete_versioned(session: Session, model, key, expected_version: int, actor: Actor | None = None) -> None:
    current = fetch(session, model, key)
    if current.version != expected_version:
        raise changed_by_other(current)
    audit.removed(session, actor, current)
    session.delete(current)


def refuse_if_used(session: Session, column, key, message: str, **params) -> None:
    count = session.scalar(select(func.count()).where(column == key))
    if count:
        raise InUse(message, count=count, **params)


def name_taken(session: Session, column, name: str, own_id=None, scope=None) -> bool:
    """Case-insensitive, so 'Lassen' and 'lassen' cannot both exist. Compared in
    Python: SQLite's lower() folds only A-Z, so 'Électro' would slip past it and
    end in the unique constraint's error instead of a friendly message."""
    query = select(column)
    if own_id is not None:
        query = query.where(column.table.c.id != own_id)
    if scope is not None:
        query = query.where(scope)
    wanted = name.casefold()
    return any(other.casefold() == wanted for other in session.scalars(query))


def refuse_duplicate(s: Session, column, name: str, own_id, message: str, scope=None) -> None:
    if name_taken(s, column, name, own_id, scope):
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "name"), message, {"name": name})])


def insert_or_update(s: Session, actor: Actor, model, key, version, values: dict):
    if key is None:
        return add_row(s, actor, model(**values, **stamp(actor))).id
    update_versioned(s, model, key, version, actor, values)
    return key


def add_row(s: Session, actor: Actor, row):
    """Insert a new row and its audit entry in the caller's transaction."""
    s.add(row)
    try:
        s.flush()
    except IntegrityError as exc:  # another PC made the same name between our check and our insert
        raise Conflict(QT_TRANSLATE_NOOP(
            "errors", "Someone else just saved a record with the same name. Refresh the list and try again.")) from exc
    audit.created(s, actor, row)
    return row
