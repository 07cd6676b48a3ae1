"""Accounts: the first owner, signing in, PIN confirmations and managing accounts.

Hashing takes a few hundred milliseconds, so it happens outside any transaction:
a sign-in reads in one short transaction, checks the password, and writes the
outcome in another. What leaves this module is plain data without any secret or
hash (AccountRow, Actor)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import NoReturn

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from wplstudio.domain import accounts as rules
from wplstudio.domain.accounts import AccountDraft, SignInRefused
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import FieldProblem, NotAllowed, ValidationFailed, WplError
from wplstudio.domain.permissions import OTHERS, OWN, allowed, check_account_change, require, scope_of
from wplstudio.domain.people import full_name
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit, passwords
from wplstudio.services.access import actor_team, require_some, trainees_of
from wplstudio.services.records import fetch, name_taken, now, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Setting, User

LOCK_MINUTES_KEY = "security.lock_minutes"
LOCK_MINUTES_DEFAULT = 5
LOCK_MINUTES_RANGE = (1, 60)
_PG_FIRST_OWNER_LOCK = 7_301_002  # serialises "create the first owner" across PCs on one server
_AUDITED = ("username", "display_name", "role", "employee_id", "active")


@dataclass(frozen=True)
class AccountRow:
    """An account as screens see it: never a password, PIN or hash."""

    id: int
    username: str
    display_name: str
    role: str
    employee_id: int | None
    employee_name: str
    active: bool
    has_pin: bool
    blocked_until: datetime | None
    last_sign_in: datetime | None
    version: int


@dataclass(frozen=True)
class _Credentials:
    """What a sign-in needs to read; stays inside this module."""

    user_id: int
    username: str
    display_name: str
    role: str
    employee_id: int | None
    active: bool
    blocked_until: datetime | None
    password_hash: str = field(repr=False)
    pin_hash: str = field(repr=False)

    def actor(self) -> Actor:
        return Actor(name=self.display_name or self.username, role=self.role, user_id=self.user_id, employee_id=self.employee_id)


WRONG = QT_TRANSLATE_NOOP("errors", "The user name or password is not right. Try again.")
WRONG_PIN = QT_TRANSLATE_NOOP("errors", "That PIN is not right. Try again.")


# --- first start -----------------------------------------------------------------

def needs_owner(db: Database) -> bool:
    """True on a database without any account: the first start creates the owner."""
    with db.session() as s:
        return not s.scalar(select(func.count()).select_from(User))


def create_first_owner(db: Database, username: str, display_name: str, password: str, repeated: str | None = None) -> Actor:
    draft = rules.check_draft(AccountDraft(username, display_name, "owner"))
    rules.check_password(password, draft.username, repeated)
    hashed = passwords.hash_secret(password)
    with db.session() as s:
        _serialise_first_owner(s)
        if s.scalar(select(func.count()).select_from(User)):
            raise WplError(QT_TRANSLATE_NOOP("errors", "This database already has an owner. Sign in with that account."))
        user = User(username=draft.username, display_name=draft.display_name, role="owner", password_hash=hashed, **stamp(SYSTEM))
        s.add(user)
        s.flush()
        owner = Actor(name=draft.display_name, role="owner", user_id=user.id)
        audit.record(s, owner, "create", "users", user.id, None, _audited(user))
    return owner


def _serialise_first_owner(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_FIRST_OWNER_LOCK})


# --- signing in and confirming ----------------------------------------------------

def sign_in(db: Database, username: str, password: str) -> Actor:
    """The actor for a right user name and password; SignInRefused otherwise (after a wait, a clear one)."""
    found = _credentials(db, username=rules.normalise_username(username))
    if found is None:
        passwords.burn_time(password)
        raise SignInRefused(WRONG)
    _refuse_if_blocked(found)
    if not passwords.verify(found.password_hash, password):
        _count_failure(db, found.user_id, WRONG)
    _refuse_if_switched_off(found)
    _succeeded(db, found, password_hash=_renewed(found.password_hash, password))
    return found.actor()


def confirm_with_pin(db: Database, user_id: int, pin: str) -> Actor:
    """A quick confirmation at the shop PC (a sign-off): the actor whose PIN this is."""
    found = _credentials(db, user_id=user_id)
    if found is None:
        raise SignInRefused(WRONG_PIN)
    _refuse_if_blocked(found)
    if not found.pin_hash:
        raise SignInRefused(QT_TRANSLATE_NOOP("errors", "{name} has no PIN yet. Confirm with the password, or set a PIN under Accounts."),
                            name=found.display_name)
    if not passwords.verify(found.pin_hash, pin):
        _count_failure(db, found.user_id, WRONG_PIN)
    _refuse_if_switched_off(found)
    _succeeded(db, found, pin_hash=_renewed(found.pin_hash, pin))
    return found.actor()


def unlock(db: Database, user_id: int, secret: str) -> Actor:
    """Back to work after the idle lock: the same person's password, or their PIN."""
    found = _credentials(db, user_id=user_id)
    if found is None:
        raise SignInRefused(WRONG)
    _refuse_if_blocked(found)
    if passwords.verify(found.password_hash, secret):
        _refuse_if_switched_off(found)
        _succeeded(db, found, password_hash=_renewed(found.password_hash, secret))
        return found.actor()
    if found.pin_hash and secret.isdigit() and passwords.verify(found.pin_hash, secret):
        _refuse_if_switched_off(found)
        _succeeded(db, found, pin_hash=_renewed(found.pin_hash, secret))
        return found.actor()
    _count_failure(db, found.user_id, QT_TRANSLATE_NOOP("errors", "That password or PIN is not right. Try again."))


def _credentials(db: Database, username: str | None = None, user_id: int | None = None) -> _Credentials | None:
    with db.session() as s:
        user = s.get(User, user_id) if user_id is not None else s.scalar(select(User).where(User.username == username))
        if user is None:
            return None
        return _Credentials(user.id, user.username, user.display_name, user.role, user.employee_id, user.active,
                            _utc(user.blocked_until), user.password_hash, user.pin_hash)


def _refuse_if_blocked(found: _Credentials) -> None:
    moment = now()
    if found.blocked_until is not None and found.blocked_until > moment:
        raise rules.blocked_message(found.blocked_until, moment)


def _refuse_if_switched_off(found: _Credentials) -> None:
    if not found.active:
        raise SignInRefused(QT_TRANSLATE_NOOP("errors", "This account is switched off. Ask the owner or the manager."))


def _count_failure(db: Database, user_id: int, message: str) -> NoReturn:
    """One more wrong attempt; from the fifth on the account waits, longer each time."""
    moment = now()
    if _read_only(db):  # opened read-only beside another instance: nothing can be written, not even a count
        raise SignInRefused(message)
    with db.session() as s:
        s.execute(update(User).where(User.id == user_id).values(failed_attempts=User.failed_attempts + 1)
                  .execution_options(synchronize_session=False))
        failures = s.scalar(select(User.failed_attempts).where(User.id == user_id))
        wait = rules.wait_after(failures)
        if wait:
            s.execute(update(User).where(User.id == user_id).values(blocked_until=moment + wait)
                      .execution_options(synchronize_session=False))
            audit.record(s, SYSTEM, "sign-in-blocked", "users", user_id, None, {"failed_attempts": failures, "wait_s": int(wait.total_seconds())})
    if wait:
        raise rules.blocked_message(moment + wait, moment)
    raise SignInRefused(message)


def _renewed(stored_hash: str, secret: str) -> str | None:
    """A new hash when the parameters have risen since this one was made."""
    return passwords.hash_secret(secret) if passwords.needs_rehash(stored_hash) else None


def _succeeded(db: Database, found: _Credentials, password_hash: str | None = None, pin_hash: str | None = None) -> None:
    values = {"failed_attempts": 0, "blocked_until": None, "last_sign_in": now()}
    if password_hash:
        values["password_hash"] = password_hash
    if pin_hash:
        values["pin_hash"] = pin_hash
    if _read_only(db):
        return
    with db.session() as s:
        s.execute(update(User).where(User.id == found.user_id).values(**values).execution_options(synchronize_session=False))


# --- managing accounts --------------------------------------------------------------

def list_accounts(db: Database, actor: Actor) -> list[AccountRow]:
    """Every account for the owner and the manager; one's own account for the others."""
    require_some(actor, "accounts", "view")
    with db.session() as s:
        rows = [_row(s, u) for u in s.scalars(select(User).order_by(User.display_name, User.username))]
        return [r for r in rows if _may(s, actor, "view", r.id, r.employee_id)]


def get_account(db: Database, actor: Actor, user_id: int) -> AccountRow:
    with db.session() as s:
        user = fetch(s, User, user_id)
        require(actor, "accounts", "view", _scope(s, actor, user.id, user.employee_id))
        return _row(s, user)


def create_account(db: Database, actor: Actor, draft: AccountDraft, password: str, employee_id: int | None = None,
                   repeated: str | None = None) -> AccountRow:
    require(actor, "accounts", "edit", OTHERS)
    draft = rules.check_draft(draft)
    check_account_change(actor, draft.role, draft.role)
    rules.check_password(password, draft.username, repeated)
    hashed = passwords.hash_secret(password)
    with db.session() as s:
        _refuse_taken_username(s, draft.username)
        _check_employee_link(s, employee_id, None)
        user = User(username=draft.username, display_name=draft.display_name, role=draft.role, employee_id=employee_id,
                    password_hash=hashed, **stamp(actor))
        s.add(user)
        s.flush()
        audit.record(s, actor, "create", "users", user.id, None, _audited(user))
        user_id = user.id
    return get_account(db, actor, user_id)


def update_account(db: Database, actor: Actor, user_id: int, version: int, display_name: str, role: str,
                   employee_id: int | None) -> AccountRow:
    """Name, role and the employee the account belongs to. One's own role and link stay as they are."""
    with db.session() as s:
        user = fetch(s, User, user_id)
        require(actor, "accounts", "edit", _scope(s, actor, user.id, user.employee_id))
        draft = rules.check_draft(AccountDraft(user.username, display_name, role))
        changes_access = role != user.role or employee_id != user.employee_id
        check_account_change(actor, user.role, role, is_self=changes_access and user.id == actor.user_id)
        _keep_an_owner(s, user, role, user.active)
        _check_employee_link(s, employee_id, user.id)
        before = _audited(user)
        update_versioned(s, User, user_id, version, actor, {"display_name": draft.display_name, "role": role, "employee_id": employee_id})
        s.refresh(user)
        audit.record(s, actor, "update", "users", user_id, before, _audited(user))
    return get_account(db, actor, user_id)


def set_active(db: Database, actor: Actor, user_id: int, version: int, active: bool) -> AccountRow:
    """Switch an account off (someone left) or on again. Accounts are never deleted: the audit trail names them."""
    with db.session() as s:
        user = fetch(s, User, user_id)
        require(actor, "accounts", "edit", _scope(s, actor, user.id, user.employee_id))
        check_account_change(actor, user.role, is_self=user.id == actor.user_id)
        _keep_an_owner(s, user, user.role, active)
        before = _audited(user)
        update_versioned(s, User, user_id, version, actor, {"active": active})
        s.refresh(user)
        audit.record(s, actor, "activate" if active else "deactivate", "users", user_id, before, _audited(user))
    return get_account(db, actor, user_id)


def reset_password(db: Database, actor: Actor, user_id: int, version: int, new_password: str,
                   repeated: str | None = None) -> AccountRow:
    """For someone who forgot theirs: a new password, their PIN cleared and any wait lifted."""
    with db.session() as s:
        user = fetch(s, User, user_id)
        if user.id == actor.user_id:
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Change your own password under My account, with your current password."))
        require(actor, "accounts", "edit", _scope(s, actor, user.id, user.employee_id))
        check_account_change(actor, user.role)
        username = user.username
    rules.check_password(new_password, username, repeated)
    hashed = passwords.hash_secret(new_password)
    with db.session() as s:
        update_versioned(s, User, user_id, version, actor, {"password_hash": hashed, "pin_hash": "", "failed_attempts": 0, "blocked_until": None})
        audit.record(s, actor, "reset-password", "users", user_id, None, {"pin_cleared": True})
    return get_account(db, actor, user_id)


def change_own_password(db: Database, actor: Actor, current: str, new_password: str, repeated: str | None = None) -> None:
    found = _own_credentials(db, actor)
    rules.check_password(new_password, found.username, repeated)
    _check_current_password(db, found, current)
    hashed = passwords.hash_secret(new_password)
    with db.session() as s:
        s.execute(update(User).where(User.id == found.user_id).values(password_hash=hashed, **stamp(actor))
                  .execution_options(synchronize_session=False))
        audit.record(s, actor, "change-password", "users", found.user_id)


def set_own_pin(db: Database, actor: Actor, current_password: str, pin: str) -> None:
    """A PIN for quick confirmations at the shop PC; the password proves it is really you."""
    found = _own_credentials(db, actor)
    rules.check_pin(pin)
    _check_current_password(db, found, current_password)
    hashed = passwords.hash_secret(pin)
    with db.session() as s:
        s.execute(update(User).where(User.id == found.user_id).values(pin_hash=hashed, **stamp(actor))
                  .execution_options(synchronize_session=False))
        audit.record(s, actor, "set-pin", "users", found.user_id)


def _own_credentials(db: Database, actor: Actor) -> _Credentials:
    require(actor, "accounts", "edit", OWN)
    found = _credentials(db, user_id=actor.user_id) if actor.user_id is not None else None
    if found is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Sign in with your own account to change your password or PIN."))
    return found


def _check_current_password(db: Database, found: _Credentials, current: str) -> None:
    _refuse_if_blocked(found)
    if not passwords.verify(found.password_hash, current):
        _count_failure(db, found.user_id, QT_TRANSLATE_NOOP("errors", "Your current password is not right. Nothing was changed."))


# --- the idle lock ------------------------------------------------------------------

def lock_minutes(db: Database) -> int:
    """After how many idle minutes the shop PC locks. Read before anyone signs in, so no check."""
    with db.session() as s:
        setting = s.get(Setting, LOCK_MINUTES_KEY)
    try:
        minutes = int(setting.value) if setting else LOCK_MINUTES_DEFAULT
    except ValueError:
        return LOCK_MINUTES_DEFAULT
    low, high = LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)


def set_lock_minutes(db: Database, actor: Actor, minutes: int) -> int:
    require(actor, "settings", "edit", OTHERS)
    low, high = LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "minutes"), QT_TRANSLATE_NOOP(
            "errors", "The screen locks after {low} to {high} minutes."), {"low": low, "high": high})])
    with db.session() as s:
        old = s.get(Setting, LOCK_MINUTES_KEY)
        before = {"value": old.value} if old else None
        s.merge(Setting(key=LOCK_MINUTES_KEY, value=str(minutes), **stamp(actor)))
        audit.record(s, actor, "update", "settings", LOCK_MINUTES_KEY, before, {"value": str(minutes)})
    return minutes


# --- helpers --------------------------------------------------------------------------

def _scope(s: Session, actor: Actor, user_id: int, employee_id: int | None) -> str:
    """An account is one's own by its id; otherwise whose it is follows the linked employee."""
    if actor.user_id is not None and actor.user_id == user_id:
        return OWN
    scope = scope_of(actor, "accounts", employee_id, subject_team_id=_team(s, employee_id),
                     actor_team_id=actor_team(s, actor), trainees=trainees_of(s, actor))
    return OTHERS if scope == OWN else scope


def _may(s: Session, actor: Actor, operation: str, user_id: int, employee_id: int | None) -> bool:
    return allowed(actor.role, "accounts", operation, _scope(s, actor, user_id, employee_id))


def _team(s: Session, employee_id: int | None) -> int | None:
    employee = s.get(Employee, employee_id) if employee_id is not None else None
    return employee.team_id if employee else None


def _row(s: Session, user: User) -> AccountRow:
    employee = s.get(Employee, user.employee_id) if user.employee_id is not None else None
    name = full_name(employee.first_name, employee.prefix, employee.last_name) if employee else ""
    return AccountRow(user.id, user.username, user.display_name, user.role, user.employee_id, name, user.active,
                      bool(user.pin_hash), _utc(user.blocked_until), _utc(user.last_sign_in), user.version)


def _audited(user: User) -> dict:
    """What the audit trail keeps of an account: never a hash."""
    return {key: getattr(user, key) for key in _AUDITED}


def _refuse_taken_username(s: Session, username: str) -> None:
    if name_taken(s, User.username, username):
        raise ValidationFailed([FieldProblem(rules.FIELD_USERNAME, QT_TRANSLATE_NOOP(
            "errors", "The user name {name} is taken. Choose another."), {"name": username})])


def _check_employee_link(s: Session, employee_id: int | None, own_id: int | None) -> None:
    if employee_id is None:
        return
    if s.get(Employee, employee_id) is None:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "employee"), QT_TRANSLATE_NOOP(
            "errors", "That employee no longer exists; choose another."))])
    other = s.scalar(select(User.display_name).where(User.employee_id == employee_id, User.id != (own_id or -1)))
    if other is not None:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "employee"), QT_TRANSLATE_NOOP(
            "errors", "This employee already has an account ({name}). One account per person."), {"name": other})])


def _keep_an_owner(s: Session, user: User, new_role: str, new_active: bool) -> None:
    """The company must always keep one active owner, or nobody could manage accounts any more."""
    if user.role != "owner" or (new_role == "owner" and new_active):
        return
    others = s.scalar(select(func.count()).select_from(User).where(User.role == "owner", User.active.is_(True), User.id != user.id))
    if not others:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This is the last active owner account. Make another owner first."))


def _read_only(db: Database) -> bool:
    return bool(getattr(db, "read_only", False))


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
