"""`wplstudio restore` and the message a damaged database gives on the command line."""

from __future__ import annotations

import pytest

from wplstudio.cli import main
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import backups, people
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    yield
    from wplstudio import i18n

    i18n.install("en")


@pytest.fixture
def company(tmp_path):
    """Lassen is in the backup, Service only in the database."""
    path = tmp_path / "company.sqlite"
    db = open_database(file_target(path))
    people.save_team(db, SYSTEM, "Lassen")
    backup = backups.backup_now(db, SYSTEM).path
    people.save_team(db, SYSTEM, "Service")
    db.close()
    return path, backup


def teams(path) -> list[str]:
    db = open_database(file_target(path))
    try:
        return sorted(t.name for t in people.list_teams(db, SYSTEM))
    finally:
        db.close()


def test_restore_lists_the_backups_then_restores_one_and_says_where_the_old_database_went(company, capsys):
    path, backup = company
    assert main(["restore", "--list", "--database", str(path), "--lang", "en"]) == 0
    listing = capsys.readouterr().out
    assert str(backup) in listing and "by hand" in listing and " ok " in listing
    assert main(["restore", str(backup), "--database", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Restored {backup} into {path}." in out and "company.before-restore-" in out
    assert teams(path) == ["Lassen"]


def test_restore_of_a_file_that_fails_its_check_prints_one_line_and_changes_nothing(company, tmp_path, capsys):
    path, _backup = company
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_text("Naam;Team\n")
    before = path.read_bytes()
    assert main(["restore", str(bad), "--database", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"The file {bad} is not a wplstudio backup. Nothing was restored."
    assert path.read_bytes() == before


def test_a_damaged_database_names_the_newest_good_backup_and_the_restore_command(company, capsys):
    path, backup = company
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))
    assert main(["check", "--database", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "moved aside, unchanged" in err and "Traceback" not in err
    command = f'wplstudio restore "{backup}" --database "{path}"'
    assert command in err
    assert main(["restore", str(backup), "--database", str(path), "--lang", "en"]) == 0
    assert teams(path) == ["Lassen"]
