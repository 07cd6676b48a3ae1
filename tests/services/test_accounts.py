"""Accounts as a company uses them: the first owner, signing in, PINs, waiting after
wrong attempts, and the owner and manager managing the others' accounts."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text, update

from tests.staff import PASSWORD, actor_for, employee_id, snapshot, staff_db, staff_template  # noqa: F401
from wplstudio.domain.accounts import AccountDraft, SignInRefused
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import Conflict, NotAllowed, ValidationFailed, WplError
from wplstudio.services import accounts, passwords
from wplstudio.services.records import now
from wplstudio.storage.models import AuditEntry, User


def _hash_of(db, username: str, column=User.password_hash) -> str:
    with db.session() as s:
        return s.scalar(select(column).where(User.username == username))


def _audit(db) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "users").order_by(AuditEntry.id)))


def _unblock(db, username: str) -> None:
    """As if the wait had passed."""
    with db.session() as s:
        s.execute(update(User).where(User.username == username).values(blocked_until=now() - timedelta(seconds=1)))


# --- first start ----------------------------------------------------------------

def test_a_new_database_asks_for_the_owner_once_then_the_owner_signs_in(any_db):
    assert accounts.needs_owner(any_db)
    owner = accounts.create_first_owner(any_db, " Jan ", "Jan de Vries", "werkplaats 1", "werkplaats 1")
    assert (owner.name, owner.role, owner.employee_id) == ("Jan de Vries", "owner", None)
    assert not accounts.needs_owner(any_db)
    with pytest.raises(WplError, match="already has an owner"):
        accounts.create_first_owner(any_db, "piet", "Piet", "anders123", "anders123")
    assert accounts.sign_in(any_db, "JAN", "werkplaats 1") == owner
    assert [e.action for e in _audit(any_db)] == ["create"]


@pytest.mark.parametrize("password, repeated, problem", [
    ("kort", "kort", "at least 8 characters"),
    ("werkplaats1", "werkplaats2", "not the same"),
    ("jandevries", "jandevries", "same as the user name"),
])
def test_first_owner_with_a_poor_password_is_refused_and_nothing_is_written(db, password, repeated, problem):
    with pytest.raises(ValidationFailed, match=problem) as refused:
        accounts.create_first_owner(db, "jandevries", "Jan de Vries", password, repeated)
    assert password not in str(refused.value)
    assert accounts.needs_owner(db)


def test_a_user_name_with_spaces_is_refused_with_what_to_do(db):
    with pytest.raises(ValidationFailed, match="without spaces"):
        accounts.create_first_owner(db, "jan de vries", "Jan", "werkplaats1", "werkplaats1")


# --- signing in ----------------------------------------------------------------------

def test_every_demo_role_signs_in_and_gets_its_own_actor(staff_db):
    mentor = accounts.sign_in(staff_db, "ruud", PASSWORD)
    assert (mentor.role, mentor.name, mentor.employee_id) == ("mentor", "Ruud Jansen", employee_id(staff_db, "Ruud Jansen"))
    assert accounts.sign_in(staff_db, "Planbord", PASSWORD).role == "display"
    assert accounts.get_account(staff_db, mentor, mentor.user_id).last_sign_in is not None


def test_a_wrong_password_and_an_unknown_user_get_the_same_plain_answer(staff_db):
    with pytest.raises(SignInRefused) as wrong:
        accounts.sign_in(staff_db, "henk", "demo12345")
    with pytest.raises(SignInRefused) as unknown:
        accounts.sign_in(staff_db, "henkie", "demo12345")
    assert str(wrong.value) == str(unknown.value) == "The user name or password is not right. Try again."


def test_after_five_wrong_passwords_the_account_waits_longer_each_time_then_works_again(staff_db):
    for _ in range(4):
        with pytest.raises(SignInRefused, match="not right"):
            accounts.sign_in(staff_db, "henk", "geraden1")
    with pytest.raises(SignInRefused, match="Wait 30 seconds"):
        accounts.sign_in(staff_db, "henk", "geraden5")
    with pytest.raises(SignInRefused, match="Wait 30 seconds"):  # even the right password waits
        accounts.sign_in(staff_db, "henk", PASSWORD)
    _unblock(staff_db, "henk")
    with pytest.raises(SignInRefused, match="Wait 60 seconds"):  # the sixth wrong one waits twice as long
        accounts.sign_in(staff_db, "henk", "geraden6")
    _unblock(staff_db, "henk")
    assert accounts.sign_in(staff_db, "henk", PASSWORD).role == "manager"
    with staff_db.session() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "henk")) == 0
    assert [e.action for e in _audit(staff_db)].count("sign-in-blocked") == 2


def test_a_long_wait_is_said_in_minutes(staff_db):
    with staff_db.session() as s:
        s.execute(update(User).where(User.username == "sanne").values(failed_attempts=8))
    with pytest.raises(SignInRefused, match="Wait 8 minutes"):
        accounts.sign_in(staff_db, "sanne", "geraden9")


def test_a_hash_made_with_weaker_settings_is_renewed_at_the_next_good_sign_in(staff_db):
    weak = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1).hash(PASSWORD)
    with staff_db.session() as s:
        s.execute(update(User).where(User.username == "sanne").values(password_hash=weak))
    with pytest.raises(SignInRefused):
        accounts.sign_in(staff_db, "sanne", "demo4321")
    assert _hash_of(staff_db, "sanne") == weak  # a failed sign-in renews nothing
    accounts.sign_in(staff_db, "sanne", PASSWORD)
    renewed = _hash_of(staff_db, "sanne")
    assert renewed != weak and renewed.startswith("$argon2id$v=19$m=65536,t=3,p=1$")
    assert not passwords.needs_rehash(renewed)
    assert accounts.sign_in(staff_db, "sanne", PASSWORD).role == "employee"


def test_the_hash_settings_are_at_least_what_owasp_advises():
    stored = passwords.hash_secret("werkplaats1")
    settings = dict(part.split("=") for part in stored.split("$")[3].split(","))
    assert stored.startswith("$argon2id$")
    assert int(settings["m"]) >= 19456 and int(settings["t"]) >= 2 and int(settings["p"]) >= 1


def test_a_switched_off_account_cannot_sign_in_until_switched_on(staff_db):
    manager = actor_for(staff_db, "manager")
    sanne = actor_for(staff_db, "employee")
    row = accounts.set_active(staff_db, manager, sanne.user_id, accounts.get_account(staff_db, manager, sanne.user_id).version, False)
    with pytest.raises(SignInRefused, match="switched off"):
        accounts.sign_in(staff_db, "sanne", PASSWORD)
    accounts.set_active(staff_db, manager, sanne.user_id, row.version, True)
    assert accounts.sign_in(staff_db, "sanne", PASSWORD).user_id == sanne.user_id


# --- PINs and the lock screen --------------------------------------------------------

def test_a_mentor_confirms_a_sign_off_with_the_pin_and_a_wrong_pin_is_refused(staff_db):
    ruud = actor_for(staff_db, "mentor")
    assert accounts.confirm_with_pin(staff_db, ruud.user_id, "2580") == ruud
    with pytest.raises(SignInRefused, match="PIN is not right"):
        accounts.confirm_with_pin(staff_db, ruud.user_id, "2581")


def test_a_pin_is_4_to_6_digits_not_too_easy_and_set_with_ones_password(staff_db):
    henk = actor_for(staff_db, "manager")
    for weak in ("123", "1234567", "12a4", "1111", "123456", "9876"):
        with pytest.raises(ValidationFailed):
            accounts.set_own_pin(staff_db, henk, PASSWORD, weak)
    with pytest.raises(SignInRefused, match="current password is not right"):
        accounts.set_own_pin(staff_db, henk, "niet-mijn-wachtwoord", "2468")
    with pytest.raises(SignInRefused, match="has no PIN yet"):
        accounts.confirm_with_pin(staff_db, henk.user_id, "2468")
    accounts.set_own_pin(staff_db, henk, PASSWORD, "2468")
    assert accounts.confirm_with_pin(staff_db, henk.user_id, "2468").role == "manager"
    assert accounts.get_account(staff_db, henk, henk.user_id).has_pin


def test_the_locked_screen_opens_with_the_same_persons_password_or_pin_only(staff_db):
    sanne = actor_for(staff_db, "employee")
    assert accounts.unlock(staff_db, sanne.user_id, PASSWORD) == sanne
    assert accounts.unlock(staff_db, sanne.user_id, "1357") == sanne
    with pytest.raises(SignInRefused, match="password or PIN is not right"):
        accounts.unlock(staff_db, sanne.user_id, "2580")  # Ruud's PIN does not open Sanne's screen


# --- managing accounts ----------------------------------------------------------------

def test_the_manager_makes_an_account_for_a_new_mentor_linked_to_the_employee(staff_db):
    manager = actor_for(staff_db, "manager")
    tomasz = employee_id(staff_db, "Tomasz Nowak")
    row = accounts.create_account(staff_db, manager, AccountDraft("Tomasz", "Tomasz Nowak", "mentor"), "lassen2026", tomasz, "lassen2026")
    assert (row.username, row.role, row.employee_id, row.employee_name) == ("tomasz", "mentor", tomasz, "Tomasz Nowak")
    assert accounts.sign_in(staff_db, "tomasz", "lassen2026").employee_id == tomasz
    entry = _audit(staff_db)[-1]
    assert (entry.action, entry.actor, entry.entity_id) == ("create", "Henk van Dalen", str(row.id))


def test_a_user_name_and_an_employee_have_one_account_each(staff_db):
    owner = actor_for(staff_db, "owner")
    with pytest.raises(ValidationFailed, match="is taken"):
        accounts.create_account(staff_db, owner, AccountDraft("RUUD", "Ruud 2", "employee"), "werkplaats1")
    with pytest.raises(ValidationFailed, match="already has an account"):
        accounts.create_account(staff_db, owner, AccountDraft("ruud2", "Ruud 2", "employee"), "werkplaats1",
                                employee_id(staff_db, "Ruud Jansen"))


def test_the_manager_may_not_touch_the_owners_account_or_make_an_owner(staff_db):
    manager, owner = actor_for(staff_db, "manager"), actor_for(staff_db, "owner")
    before = snapshot(staff_db)
    own_row = accounts.get_account(staff_db, manager, owner.user_id)
    with pytest.raises(NotAllowed, match="Only the owner"):
        accounts.update_account(staff_db, manager, owner.user_id, own_row.version, "Baas", "owner", None)
    with pytest.raises(NotAllowed, match="Only the owner"):
        accounts.reset_password(staff_db, manager, owner.user_id, own_row.version, "overgenomen1", "overgenomen1")
    sanne = accounts.get_account(staff_db, manager, actor_for(staff_db, "employee").user_id)
    with pytest.raises(NotAllowed, match="Only the owner"):
        accounts.update_account(staff_db, manager, sanne.id, sanne.version, sanne.display_name, "owner", sanne.employee_id)
    with pytest.raises(NotAllowed, match="Only the owner"):
        accounts.create_account(staff_db, manager, AccountDraft("baas2", "Tweede baas", "owner"), "werkplaats1")
    assert snapshot(staff_db) == before


def test_nobody_changes_their_own_role_or_switches_themselves_off(staff_db):
    for role in ("owner", "manager"):
        me = actor_for(staff_db, role)
        row = accounts.get_account(staff_db, me, me.user_id)
        with pytest.raises(NotAllowed, match="your own role"):
            accounts.update_account(staff_db, me, me.user_id, row.version, row.display_name, "employee", row.employee_id)
        with pytest.raises(NotAllowed, match="your own"):
            accounts.set_active(staff_db, me, me.user_id, row.version, False)
    henk = actor_for(staff_db, "manager")
    row = accounts.get_account(staff_db, henk, henk.user_id)
    renamed = accounts.update_account(staff_db, henk, henk.user_id, row.version, "Henk v. Dalen", row.role, row.employee_id)
    assert renamed.display_name == "Henk v. Dalen"  # one's own name is fine


def test_the_last_active_owner_is_never_switched_off_even_from_the_command_line(staff_db):
    owner = actor_for(staff_db, "owner")
    row = accounts.get_account(staff_db, SYSTEM, owner.user_id)
    with pytest.raises(NotAllowed, match="last active owner"):
        accounts.set_active(staff_db, SYSTEM, owner.user_id, row.version, False)
    with pytest.raises(NotAllowed, match="last active owner"):
        accounts.update_account(staff_db, SYSTEM, owner.user_id, row.version, row.display_name, "manager", None)


def test_a_reset_gives_a_new_password_clears_the_pin_and_lifts_the_wait(staff_db):
    manager, ruud = actor_for(staff_db, "manager"), actor_for(staff_db, "mentor")
    with staff_db.session() as s:
        s.execute(update(User).where(User.id == ruud.user_id).values(failed_attempts=7, blocked_until=now() + timedelta(minutes=5)))
    row = accounts.get_account(staff_db, manager, ruud.user_id)
    reset = accounts.reset_password(staff_db, manager, ruud.user_id, row.version, "nieuwwachtwoord", "nieuwwachtwoord")
    assert not reset.has_pin and reset.blocked_until is None
    assert accounts.sign_in(staff_db, "ruud", "nieuwwachtwoord") == ruud
    with pytest.raises(NotAllowed, match="under My account"):
        accounts.reset_password(staff_db, manager, manager.user_id, row.version, "nieuwwachtwoord", "nieuwwachtwoord")


def test_an_account_edit_based_on_stale_data_is_refused_as_a_conflict(staff_db):
    owner, manager = actor_for(staff_db, "owner"), actor_for(staff_db, "manager")
    sanne_id = actor_for(staff_db, "employee").user_id
    seen = accounts.get_account(staff_db, owner, sanne_id)
    accounts.update_account(staff_db, manager, sanne_id, seen.version, "Sanne de Boer-Jansen", "employee", seen.employee_id)
    with pytest.raises(Conflict, match="Changed by Henk van Dalen"):
        accounts.update_account(staff_db, owner, sanne_id, seen.version, seen.display_name, "mentor", seen.employee_id)
    assert accounts.get_account(staff_db, owner, sanne_id).role == "employee"


def test_a_mentor_sees_and_changes_only_their_own_account(staff_db):
    ruud = actor_for(staff_db, "mentor")
    assert [r.username for r in accounts.list_accounts(staff_db, ruud)] == ["ruud"]
    with pytest.raises(NotAllowed):
        accounts.get_account(staff_db, ruud, actor_for(staff_db, "employee").user_id)
    with pytest.raises(SignInRefused, match="current password"):
        accounts.change_own_password(staff_db, ruud, "fout-wachtwoord", "nieuwwachtwoord", "nieuwwachtwoord")
    accounts.change_own_password(staff_db, ruud, PASSWORD, "nieuwwachtwoord", "nieuwwachtwoord")
    assert accounts.sign_in(staff_db, "ruud", "nieuwwachtwoord") == ruud


def test_the_lock_time_is_five_minutes_until_the_office_sets_another(staff_db):
    assert accounts.lock_minutes(staff_db) == accounts.LOCK_MINUTES_DEFAULT == 5
    with pytest.raises(NotAllowed):
        accounts.set_lock_minutes(staff_db, actor_for(staff_db, "mentor"), 30)
    with pytest.raises(ValidationFailed):
        accounts.set_lock_minutes(staff_db, actor_for(staff_db, "manager"), 0)
    accounts.set_lock_minutes(staff_db, actor_for(staff_db, "manager"), 2)
    assert accounts.lock_minutes(staff_db) == 2


def test_accounts_work_the_same_on_the_shared_server(pg_db):
    owner = accounts.create_first_owner(pg_db, "jan", "Jan de Vries", "werkplaats1", "werkplaats1")
    made = accounts.create_account(pg_db, owner, AccountDraft("kim", "Kim", "mentor"), "werkplaats2", None, "werkplaats2")
    assert accounts.sign_in(pg_db, "KIM", "werkplaats2").user_id == made.id
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in(pg_db, "kim", "fout-fout")
    with pytest.raises(SignInRefused, match="Wait"):
        accounts.sign_in(pg_db, "kim", "werkplaats2")


# --- secrets stay secret ----------------------------------------------------------------

def test_passwords_pins_and_hashes_appear_in_no_returned_data_message_log_audit_entry_or_export(staff_db, tmp_path):
    """Go through every account use case with recognisable secrets, then search everything that came out."""
    from wplstudio.crashlog import log_path
    from wplstudio.services import privacy

    owner, sanne = actor_for(staff_db, "owner"), actor_for(staff_db, "employee")
    secrets = ["Geheim-Wachtwoord-77", "Nog-Geheimer-88", "Reset-Geheim-99", "8642", "Fout-Geheim-11", PASSWORD]
    outputs: list[object] = []

    def keep(call):
        try:
            outputs.append(call())
        except WplError as error:
            outputs.append(error)
            outputs.append(error.params)

    keep(lambda: accounts.create_account(staff_db, owner, AccountDraft("kees", "Kees", "employee"), secrets[0], None, secrets[0]))
    kees = next(r for r in accounts.list_accounts(staff_db, owner) if r.username == "kees")
    kees_actor = accounts.sign_in(staff_db, "kees", secrets[0])
    keep(lambda: accounts.change_own_password(staff_db, kees_actor, secrets[0], secrets[1], secrets[1]))
    keep(lambda: accounts.set_own_pin(staff_db, kees_actor, secrets[1], secrets[3]))
    keep(lambda: accounts.confirm_with_pin(staff_db, kees.id, secrets[3]))
    keep(lambda: accounts.unlock(staff_db, kees.id, secrets[4]))
    keep(lambda: accounts.change_own_password(staff_db, kees_actor, secrets[4], "kort", "kort"))
    keep(lambda: accounts.create_first_owner(staff_db, "x", "X", secrets[4], secrets[4]))
    for _ in range(6):
        keep(lambda: accounts.sign_in(staff_db, "sanne", secrets[4]))
    keep(lambda: accounts.reset_password(staff_db, owner, kees.id, accounts.get_account(staff_db, owner, kees.id).version, secrets[2], secrets[2]))
    keep(lambda: accounts.list_accounts(staff_db, owner))
    keep(lambda: privacy.export_employee(staff_db, SYSTEM, sanne.employee_id).as_json())
    with staff_db.session() as s:
        hashes = [h for row in s.execute(select(User.password_hash, User.pin_hash)) for h in row if h]
        trail = [(e.before, e.after, e.action, e.entity_id) for e in s.scalars(select(AuditEntry))]
        settings = [tuple(r) for r in s.execute(text("SELECT key, value FROM settings"))]
    log = log_path().read_text(encoding="utf-8") if log_path().exists() else ""
    everything = "\n".join([repr(outputs), str(outputs), json.dumps(trail), repr(settings), log])
    for secret in secrets + hashes:
        assert secret not in everything
    assert "$argon2" not in everything
    assert len(hashes) >= 6  # the search above really had hashes to look for
