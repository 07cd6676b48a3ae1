"""Accounts for the demo company, one per role, so every role can be tried.

Kept apart from demo.fill: hashing takes a moment per account on purpose, and
the many tests that fill a demo company do not need to sign in."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.accounts import AccountDraft
from wplstudio.domain.actor import Actor
from wplstudio.services import accounts, people
from wplstudio.storage.database import Database

PASSWORD = "demo1234"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    display_name: str
    role: str
    employee: str | None  # full name in the demo company's staff
    pin: str | None


ACCOUNTS = (
    DemoAccount("eigenaar", "Marjolein van Dalen", "owner", None, None),
    DemoAccount("henk", "Henk van Dalen", "manager", "Henk van Dalen", None),
    DemoAccount("ruud", "Ruud Jansen", "mentor", "Ruud Jansen", "2580"),
    DemoAccount("sanne", "Sanne de Boer", "employee", "Sanne de Boer", "1357"),
    DemoAccount("planbord", "Planbord werkplaats", "display", None, None),
)


def add(db: Database, actor: Actor) -> tuple[DemoAccount, ...]:
    """Create the demo accounts, once: a database that has accounts already is left alone."""
    if accounts.list_accounts(db, actor):
        return ACCOUNTS
    staff = {e.full_name: e.id for e in people.list_employees(db, actor)}
    for account in ACCOUNTS:
        row = accounts.create_account(db, actor, AccountDraft(account.username, account.display_name, account.role),
                                      PASSWORD, staff.get(account.employee))
        if account.pin:
            own = Actor(account.display_name, account.role, row.id, row.employee_id)
            accounts.set_own_pin(db, own, PASSWORD, account.pin)
    return ACCOUNTS
