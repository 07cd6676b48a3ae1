"""Accounts from the command line: the demo prints how to sign in, and a lost
password (the owner's too) is set anew by whoever holds the database file."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.staff import staff_template  # noqa: F401
from wplstudio.services import accounts, demo_accounts
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target


def wpl(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "wplstudio", *args, "--lang", "en"], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_demo_makes_an_account_for_every_role_and_says_how_to_sign_in(tmp_path):
    path = tmp_path / "demo.sqlite"
    result = wpl("demo", "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert "password of each is demo1234" in result.stdout
    for account in demo_accounts.ACCOUNTS:
        assert account.username in result.stdout
    db = open_database(file_target(path))
    try:
        assert {accounts.sign_in(db, a.username, demo_accounts.PASSWORD).role for a in demo_accounts.ACCOUNTS} == {
            "owner", "manager", "mentor", "employee", "display"}
    finally:
        db.close()


def test_a_lost_owner_password_is_set_anew_from_the_command_line(staff_template, tmp_path):
    import shutil

    path = tmp_path / "company.sqlite"
    shutil.copy(staff_template, path)
    result = wpl("accounts", "--reset-password", "Eigenaar", "--database", str(path), stdin="nieuw-wachtwoord\nnieuw-wachtwoord\n")
    assert result.returncode == 0, result.stderr
    assert "nieuw-wachtwoord" not in result.stdout + result.stderr
    listed = wpl("accounts", "--database", str(path))
    assert "eigenaar" in listed.stdout and "shop screen" in listed.stdout
    db = open_database(file_target(path))
    try:
        assert accounts.sign_in(db, "eigenaar", "nieuw-wachtwoord").role == "owner"
    finally:
        db.close()


def test_a_mistyped_repeat_or_unknown_user_gives_one_line_and_changes_nothing(staff_template, tmp_path):
    import shutil

    path = tmp_path / "company.sqlite"
    shutil.copy(staff_template, path)
    mistyped = wpl("accounts", "--reset-password", "henk", "--database", str(path), stdin="nieuw-wachtwoord\nnieuw-wachtwoorf\n")
    unknown = wpl("accounts", "--reset-password", "henkie", "--database", str(path), stdin="x\nx\n")
    for result in (mistyped, unknown):
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "not the same" in mistyped.stderr and "henkie" in unknown.stderr
    db = open_database(file_target(path))
    try:
        assert accounts.sign_in(db, "henk", demo_accounts.PASSWORD).role == "manager"
    finally:
        db.close()


def test_the_account_list_keeps_the_names_in_one_column_in_dutch_too(qapp):
    from wplstudio import i18n
    from wplstudio.cli_accounts import account_line

    i18n.install("nl")
    try:
        lines = [account_line(a.username, a.display_name, a.role) for a in demo_accounts.ACCOUNTS]
    finally:
        i18n.install("en")
    assert "werkplaatsscherm Planbord werkplaats" in "\n".join(lines)
    assert len({line.index(a.display_name) for line, a in zip(lines, demo_accounts.ACCOUNTS, strict=True)}) == 1
