"""Automatic backups while the app runs: one a day, checked, rotated (daily, weekly,
monthly), with counts the owner sets; backups made by hand or before an upgrade or
restore are never removed by the rotation."""

from __future__ import annotations

import random
import shutil
from datetime import datetime, timedelta, timezone

import pytest

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, ValidationFailed
from wplstudio.domain.rotation import DEFAULT, Rotation, keep
from wplstudio.services import audit, backups
from wplstudio.storage.backup_files import AUTOMATIC, BEFORE_UPGRADE, MANUAL, folder_for, list_backups
from wplstudio.storage.models import Setting

MONDAY_MORNING = datetime(2026, 1, 5, 7, 30, tzinfo=timezone.utc)
MENTOR = Actor(name="ruud", role="mentor")


def automatic_ones(db) -> list[datetime]:
    return sorted(b.taken for b in list_backups(db.target.path) if b.kind == AUTOMATIC)


def test_the_first_automatic_backup_is_taken_at_once_and_the_next_one_a_day_later(db):
    path = db.target.path
    first = backups.take_automatic(path, DEFAULT, MONDAY_MORNING)
    assert first is not None and first.path.parent == folder_for(path) and first.size > 0
    assert backups.take_automatic(path, DEFAULT, MONDAY_MORNING + timedelta(hours=1)) is None  # the hourly check
    assert backups.take_automatic(path, DEFAULT, MONDAY_MORNING + timedelta(hours=25)) is not None
    assert automatic_ones(db) == [MONDAY_MORNING, MONDAY_MORNING + timedelta(hours=25)]
    assert all(info.ok for info in backups.list_backups(db, SYSTEM))


def test_three_months_of_working_days_keep_what_the_rotation_says_and_never_other_backups(db):
    path = db.target.path
    by_hand = backups.backup_now(db, SYSTEM).path
    before_upgrade = path.with_name(f"{path.stem}.before-upgrade-from-0001-20251201T080000Z.sqlite")
    shutil.copyfile(by_hand, before_upgrade)
    rng, taken = random.Random(5), []
    for day in range(92):
        moment = MONDAY_MORNING + timedelta(days=day, minutes=rng.randrange(600))
        if moment.weekday() < 5 and backups.take_automatic(path, Rotation(daily=5, weekly=3, monthly=2), moment):
            taken.append(moment)
    expected = keep([t.astimezone() for t in taken], Rotation(daily=5, weekly=3, monthly=2))
    assert [t.astimezone() for t in automatic_ones(db)] == sorted(expected)
    assert len(taken) == 66 and len(automatic_ones(db)) <= 5 + 3 + 2
    kinds = {b.path: b.kind for b in list_backups(path)}
    assert (kinds[by_hand], kinds[before_upgrade]) == (MANUAL, BEFORE_UPGRADE)


def test_the_listing_says_which_rule_keeps_each_automatic_backup_and_finds_a_damaged_one(db):
    path = db.target.path
    for day in range(3):
        backups.take_automatic(path, DEFAULT, MONDAY_MORNING + timedelta(days=day))
    oldest = min(list_backups(path), key=lambda b: b.taken).path
    data = bytearray(oldest.read_bytes())
    data[4096 * 2:4096 * 4] = bytes(4096 * 2)
    oldest.write_bytes(bytes(data))
    listed = backups.list_backups(db, SYSTEM)
    assert [b.taken for b in listed] == sorted((b.taken for b in listed), reverse=True)
    assert listed[0].kept_as == {"daily", "weekly", "monthly"} and listed[1].kept_as == {"daily"}
    assert [b.ok for b in listed] == [True, True, False]
    assert "failed its check" in listed[2].problem.english()


def test_the_owner_sets_the_counts_they_are_checked_and_audited(db):
    assert backups.get_rotation(db) == DEFAULT
    saved = backups.save_rotation(db, SYSTEM, Rotation(daily=14, weekly=4, monthly=24))
    assert backups.get_rotation(db) == saved == Rotation(14, 4, 24)
    with db.session() as s:
        entries = [(e.entity_id, e.before, e.after) for e in audit_entries(s) if e.entity == "settings"]
    assert ("backups.daily", '{"value": "7"}', '{"value": "14"}') in entries
    assert ("backups.monthly", '{"value": "12"}', '{"value": "24"}') in entries
    assert not any(key == "backups.weekly" for key, _b, _a in entries)  # unchanged: not written, not audited


@pytest.mark.parametrize("rotation", [Rotation(-1, 4, 12), Rotation(7, 4, 500), Rotation(0, 0, 0), Rotation(7, "4", 12)])
def test_counts_out_of_range_are_refused_and_nothing_is_stored(db, rotation):
    with pytest.raises(ValidationFailed):
        backups.save_rotation(db, SYSTEM, rotation)
    assert backups.get_rotation(db) == DEFAULT


def test_a_mentor_may_not_see_or_change_backups(db):
    with pytest.raises(NotAllowed):
        backups.save_rotation(db, MENTOR, Rotation(1, 1, 1))
    with pytest.raises(NotAllowed):
        backups.list_backups(db, MENTOR)
    assert backups.get_rotation(db) == DEFAULT


def test_a_count_edited_by_hand_outside_the_app_falls_back_to_the_defaults(db):
    with db.session() as s:
        s.add(Setting(key="backups.daily", value="lots", updated_by="sqlite3"))
    assert backups.get_rotation(db) == DEFAULT


def audit_entries(session):
    from sqlalchemy import select

    from wplstudio.storage.models import AuditEntry

    return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_the_audit_chain_still_verifies_after_the_counts_change(db):
    backups.save_rotation(db, SYSTEM, Rotation(3, 2, 1))
    assert audit.verify(db).ok
