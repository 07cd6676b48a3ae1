"""The one place GUI and CLI open a database through: a file in a cloud-synced or
network folder is refused unless the person insists; the refusal says why in
plain words and points to the shared server."""

from __future__ import annotations

import pytest

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import DatabaseProblem
from wplstudio.services import people
from wplstudio.services.open_guard import OpenChoices, RiskyLocation, open_guarded
from wplstudio.storage import lock as locks
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
from wplstudio.storage.migrate import upgrade_to


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Bedrijf", "Google Drive"])
def test_a_database_in_a_cloud_folder_is_refused_and_not_created(tmp_path, folder):
    (tmp_path / folder).mkdir()
    path = tmp_path / folder / "company.sqlite"
    with pytest.raises(RiskyLocation) as caught:
        open_guarded(file_target(path))
    message = caught.value.english()
    assert "keeps in sync" in message and "postgresql+psycopg://" in message and str(path) in message
    assert caught.value.placement.risky
    assert list((tmp_path / folder).iterdir()) == []  # no database, no lock file


def test_insisting_opens_the_database_in_a_cloud_folder_anyway(tmp_path):
    (tmp_path / "Dropbox").mkdir()
    path = tmp_path / "Dropbox" / "company.sqlite"
    opened = open_guarded(file_target(path), OpenChoices(allow_risky_folder=True))
    try:
        people.save_team(opened.db, SYSTEM, "Lassen")
        assert opened.db.lock is not None  # insisting on the place does not skip the lock
    finally:
        opened.db.close()


def test_a_database_in_a_network_folder_is_explained_as_one(tmp_path, monkeypatch):
    """This machine has no network share to test on; the judging is the same code
    with the share's mount entry added, as /proc/self/mounts would list it."""
    from wplstudio.domain.placement import Mount
    from wplstudio.storage import placement_probe

    share = tmp_path / "nas"
    share.mkdir()
    real = placement_probe.system_mounts()
    monkeypatch.setattr(placement_probe, "system_mounts", lambda: [*real, Mount(str(share.resolve()), "cifs")])
    with pytest.raises(RiskyLocation) as caught:
        open_guarded(file_target(share / "company.sqlite"))
    assert f"cifs on {share.resolve()}" in caught.value.english() and "network folder" in caught.value.english()


def test_a_local_folder_opens_without_questions(db_path):
    opened = open_guarded(file_target(db_path))
    try:
        assert opened.notices == [] and not opened.db.read_only
    finally:
        opened.db.close()


def test_read_only_refuses_a_file_that_needs_an_upgrade_and_leaves_it_as_it_was(db_path):
    older = open_database(file_target(db_path), migrate=False)
    try:
        with older.engine.connect() as conn:
            upgrade_to(conn, "0001")
            conn.commit()
    finally:
        older.close()
    before = db_path.read_bytes()
    locks.lock_path(db_path).write_bytes(locks.LockInfo("KANTOOR-PC", "marieke", 1, "2026-11-02T07:30:00+00:00", "0.1.0").to_bytes())
    with pytest.raises(DatabaseProblem) as caught:
        open_guarded(file_target(db_path), OpenChoices(read_only=True))
    assert "needs an upgrade" in caught.value.english()
    assert db_path.read_bytes() == before
