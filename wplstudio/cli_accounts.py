"""`wplstudio accounts`: list the accounts, or set a new password when someone (the
owner, too) has lost theirs. The command line acts as the owner: whoever holds the
database file holds its data anyway (docs/permissions.md)."""

from __future__ import annotations

import getpass
import sys

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.permissions import ROLE_TITLES
from wplstudio.i18n import translate


def add_parser(sub) -> None:
    parser = sub.add_parser("accounts", help="list the accounts, or give one a new password")
    parser.add_argument("--reset-password", metavar="USERNAME", help="ask for a new password for this account and set it")


def run(args, db) -> int:
    if args.reset_password:
        return _reset(db, args.reset_password)
    from wplstudio.services import accounts

    for row in accounts.list_accounts(db, SYSTEM):
        print(account_line(row.username, row.display_name, row.role, row.active))
    return 0


def account_line(username: str, name: str, role: str, active: bool = True) -> str:
    state = "" if active else "  " + translate("cli", "(switched off)")
    width = max(len(translate("roles", title)) for title in ROLE_TITLES.values())  # 'werkplaatsscherm' is 16
    return f"  {username:12} {translate('roles', ROLE_TITLES.get(role, role)):{width}} {name}{state}"


def _reset(db, username: str) -> int:
    from wplstudio.domain.accounts import normalise_username
    from wplstudio.domain.errors import NotFound
    from wplstudio.domain.text import QT_TRANSLATE_NOOP
    from wplstudio.services import accounts

    wanted = normalise_username(username)
    row = next((r for r in accounts.list_accounts(db, SYSTEM) if r.username == wanted), None)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account with the user name {name}."), name=username)
    password = _ask(translate("cli", "New password for {name}: ").format(name=row.username))
    repeated = _ask(translate("cli", "The same password again: "))
    accounts.reset_password(db, SYSTEM, row.id, row.version, password, repeated)
    print(translate("cli", "{name} has a new password; their PIN was cleared.").format(name=row.username))
    return 0


def _ask(prompt: str) -> str:
    """Hidden typing at a terminal; one line from standard input when piped (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")
