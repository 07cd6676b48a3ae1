"""Rules for accounts: user names, passwords, PINs and the delay after wrong attempts.

Kept humane for a workshop: a password of 8 characters or more (a sentence is
fine, no required symbols), a PIN of 4 to 6 digits for quick confirmations."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.people import clean
from wplstudio.domain.permissions import ROLES
from wplstudio.domain.text import QT_TRANSLATE_NOOP

USERNAME_MIN, USERNAME_MAX = 2, 40
PASSWORD_MIN, PASSWORD_MAX = 8, 128
PIN_MIN, PIN_MAX = 4, 6
DISPLAY_NAME_MAX = 120
FREE_ATTEMPTS = 5          # wrong attempts before the first wait
FIRST_WAIT_S = 30          # then 30 s, 60 s, 120 s ... doubling
LONGEST_WAIT_S = 15 * 60   # never more than a quarter of an hour: a workshop must get on with its day
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_PIN_RUNS = "0123456789012345", "9876543210987654"

FIELD_USERNAME = QT_TRANSLATE_NOOP("fields", "user name")
FIELD_PASSWORD = QT_TRANSLATE_NOOP("fields", "password")
FIELD_PIN = QT_TRANSLATE_NOOP("fields", "PIN")
FIELD_DISPLAY_NAME = QT_TRANSLATE_NOOP("fields", "name")
FIELD_ROLE = QT_TRANSLATE_NOOP("fields", "role")


def has_control_characters(value: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" for ch in value)


class SignInRefused(WplError):
    """A sign-in or confirmation did not succeed; the message says why and what to do."""


@dataclass(frozen=True)
class AccountDraft:
    username: str
    display_name: str
    role: str


def normalise_username(username: str | None) -> str:
    """User names compare without case or surrounding spaces: 'Henk ' signs in as 'henk'."""
    return (username or "").strip().lower()


def check_draft(draft: AccountDraft) -> AccountDraft:
    draft = AccountDraft(normalise_username(draft.username), clean(draft.display_name), draft.role)
    problems: list[FieldProblem] = []
    _check_username(draft.username, problems)
    if not draft.display_name:
        problems.append(FieldProblem(FIELD_DISPLAY_NAME, QT_TRANSLATE_NOOP("errors", "The {field} must be filled in."), {"field": FIELD_DISPLAY_NAME}))
    elif len(draft.display_name) > DISPLAY_NAME_MAX or has_control_characters(draft.display_name):
        problems.append(FieldProblem(FIELD_DISPLAY_NAME, QT_TRANSLATE_NOOP("errors", "The {field} may be at most {n} characters."),
                                     {"field": FIELD_DISPLAY_NAME, "n": DISPLAY_NAME_MAX}))
    if draft.role not in ROLES:
        problems.append(FieldProblem(FIELD_ROLE, QT_TRANSLATE_NOOP("errors", "Choose a role for the account.")))
    if problems:
        raise ValidationFailed(problems)
    return draft


def _check_username(username: str, problems: list[FieldProblem]) -> None:
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX or not _USERNAME.match(username):
        problems.append(FieldProblem(FIELD_USERNAME, QT_TRANSLATE_NOOP(
            "errors", "A user name has {low} to {high} letters or digits (also . _ -), without spaces."),
            {"low": USERNAME_MIN, "high": USERNAME_MAX}))


def password_problems(password: str, username: str = "") -> list[FieldProblem]:
    """What is wrong with a new password; never echoes the password itself."""
    if len(password) < PASSWORD_MIN:
        return [FieldProblem(FIELD_PASSWORD, QT_TRANSLATE_NOOP("errors", "A password has at least {n} characters. A short sentence is easy to remember."), {"n": PASSWORD_MIN})]
    if len(password) > PASSWORD_MAX:
        return [FieldProblem(FIELD_PASSWORD, QT_TRANSLATE_NOOP("errors", "A password has at most {n} characters."), {"n": PASSWORD_MAX})]
    if username and password.strip().lower() == normalise_username(username):
        return [FieldProblem(FIELD_PASSWORD, QT_TRANSLATE_NOOP("errors", "The password may not be the same as the user name."))]
    if has_control_characters(password):
        return [FieldProblem(FIELD_PASSWORD, QT_TRANSLATE_NOOP("errors", "The password holds an invisible control character. Type it again."))]
    return []


def check_password(password: str, username: str = "", repeated: str | None = None) -> None:
    problems = password_problems(password, username)
    if not problems and repeated is not None and repeated != password:
        problems = [FieldProblem(FIELD_PASSWORD, QT_TRANSLATE_NOOP("errors", "The two passwords are not the same. Type them again."))]
    if problems:
        raise ValidationFailed(problems)


def check_pin(pin: str) -> None:
    """4 to 6 digits, not one digit repeated and not a straight run like 1234."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise ValidationFailed([FieldProblem(FIELD_PIN, QT_TRANSLATE_NOOP("errors", "A PIN has {low} to {high} digits."), {"low": PIN_MIN, "high": PIN_MAX})])
    if len(set(pin)) == 1 or any(pin in run for run in _PIN_RUNS):
        raise ValidationFailed([FieldProblem(FIELD_PIN, QT_TRANSLATE_NOOP("errors", "That PIN is too easy to guess (like 1111 or 1234). Choose other digits."))])


def wait_after(failed_attempts: int) -> timedelta:
    """How long the account waits after this many wrong attempts in a row."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta(0)
    seconds = FIRST_WAIT_S * 2 ** min(failed_attempts - FREE_ATTEMPTS, 10)
    return timedelta(seconds=min(seconds, LONGEST_WAIT_S))


def blocked_message(blocked_until: datetime, now: datetime) -> SignInRefused:
    seconds = max(1, int((blocked_until - now).total_seconds() + 0.999))
    if seconds <= 90:
        return SignInRefused(QT_TRANSLATE_NOOP("errors", "Too many wrong attempts. Wait {seconds} seconds and try again."), seconds=seconds)
    return SignInRefused(QT_TRANSLATE_NOOP("errors", "Too many wrong attempts. Wait {minutes} minutes and try again."), minutes=(seconds + 59) // 60)
