"""The permission table: the code and docs/permissions.md say the same, cell by cell,
and the decisions the issue asks for hold in every cell."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import NotAllowed, WplError
from wplstudio.domain.permissions import (AREAS, COMPANY_AREAS, OPERATIONS, OTHERS, OWN, ROLES, SCOPES, TABLE, TEAM,
                                          allowed, applies, check_account_change, may_read_private_notes, require,
                                          scope_of)

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
EVERY_CELL = list(itertools.product(ROLES, AREAS, OPERATIONS, SCOPES))
NOT_APPLICABLE = "n/a"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _scopes(cell: str) -> frozenset[str] | str:
    if cell == NOT_APPLICABLE:
        return NOT_APPLICABLE
    if cell in ("—", "-"):
        return frozenset()
    if cell == "all":
        return frozenset(SCOPES)
    words = [w.strip() for w in cell.split(",")]
    assert set(words) <= set(SCOPES), f"unknown scope in docs cell {cell!r}"
    return frozenset(words)


def documented_table() -> dict[tuple[str, str, str], frozenset[str] | str]:
    """(role, area, operation) -> scopes, read from the tables in docs/permissions.md."""
    table: dict = {}
    area = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = _cells(line) if line.startswith("|") else []
        if cells[1:] == list(ROLES) and cells[0] in AREAS:
            area = cells[0]
        elif area and cells and cells[0] in OPERATIONS:
            assert len(cells) == 1 + len(ROLES), line
            for role, cell in zip(ROLES, cells[1:]):
                assert (role, area, cells[0]) not in table, f"{area}/{cells[0]} appears twice"
                table[role, area, cells[0]] = _scopes(cell)
        elif not cells:
            area = None
    return table


def test_docs_hold_one_table_per_area_with_every_operation_and_role():
    documented = documented_table()
    assert set(documented) == set(itertools.product(ROLES, AREAS, OPERATIONS))


@pytest.mark.parametrize("role, area, operation, scope", EVERY_CELL)
def test_every_role_area_operation_and_scope_is_the_same_in_code_and_docs(role, area, operation, scope):
    documented = documented_table()[role, area, operation]
    if documented == NOT_APPLICABLE:
        assert not applies(area, operation)
        assert not allowed(role, area, operation, scope)
    else:
        assert applies(area, operation)
        assert allowed(role, area, operation, scope) == (scope in documented)


def test_code_table_has_every_area_and_operation_and_nothing_more():
    assert set(TABLE) == set(AREAS)
    for area, rows in TABLE.items():
        assert list(rows) == list(OPERATIONS), area
        for row in rows.values():
            assert row is None or len(row) == len(ROLES)


def test_owner_may_do_everything_that_exists():
    for _, area, operation, scope in EVERY_CELL:
        assert allowed("owner", area, operation, scope) == applies(area, operation)


def test_nobody_may_edit_the_audit_trail_and_only_the_owner_reads_it():
    for role, operation, scope in itertools.product(ROLES, OPERATIONS, SCOPES):
        assert allowed(role, "audit", operation, scope) == (role == "owner" and operation != "edit" and applies("audit", operation))


def test_manager_may_do_everything_the_owner_may_except_the_audit_trail():
    for _, area, operation, scope in EVERY_CELL:
        expected = applies(area, operation) and area != "audit"
        assert allowed("manager", area, operation, scope) == expected, (area, operation, scope)


def test_the_shop_screen_only_views_the_board():
    for _, area, operation, scope in EVERY_CELL:
        assert allowed("display", area, operation, scope) == (area == "board" and operation == "view")


def test_mentors_never_read_anybody_elses_interview():
    for operation, scope in itertools.product(OPERATIONS, (TEAM, OTHERS)):
        assert not allowed("mentor", "interviews", operation, scope)
        assert not allowed("display", "interviews", operation, scope)


def test_a_mentor_signs_only_for_own_trainees_never_for_others():
    for area in ("matrix", "onboarding", "learning"):
        assert allowed("mentor", area, "sign", TEAM)
        assert not allowed("mentor", area, "sign", OTHERS)
        assert not allowed("mentor", area, "sign", OWN)


def test_employees_see_only_their_own_records_in_personal_areas():
    for area in ("people", "matrix", "onboarding", "interviews", "learning", "reports", "accounts"):
        assert allowed("employee", area, "view", OWN)
        assert not allowed("employee", area, "view", TEAM)
        assert not allowed("employee", area, "view", OTHERS)


def test_company_records_have_one_value_for_every_scope():
    for role, area, operation in itertools.product(ROLES, COMPANY_AREAS, OPERATIONS):
        assert len({allowed(role, area, operation, scope) for scope in SCOPES}) == 1


def test_an_unknown_role_may_do_nothing_and_a_misspelt_area_is_a_programming_error():
    assert not any(allowed("admin", area, operation, scope) for _, area, operation, scope in EVERY_CELL)
    with pytest.raises(ValueError):
        allowed("owner", "peopel", "view", OWN)
    with pytest.raises(ValueError):
        allowed("owner", "people", "view", "everyone")


def test_refusal_is_a_clear_sentence_naming_role_and_what():
    mentor = Actor("Ruud", role="mentor", user_id=3, employee_id=2)
    with pytest.raises(NotAllowed) as refused:
        require(mentor, "interviews", "view", OTHERS)
    assert isinstance(refused.value, WplError)
    assert str(refused.value) == "As mentor you may not view development interviews of other people."
    with pytest.raises(NotAllowed) as refused:
        require(Actor("Scherm", role="display"), "settings", "edit")
    assert str(refused.value) == "As shop screen you may not change settings."
    require(mentor, "interviews", "view", OWN)  # allowed: no exception


def test_scope_of_tells_own_team_trainee_and_others_apart():
    ruud = Actor("Ruud", role="mentor", employee_id=2)
    assert scope_of(ruud, "people", 2) == OWN
    assert scope_of(ruud, "people", 5, subject_team_id=1, actor_team_id=1) == TEAM
    assert scope_of(ruud, "people", 5, subject_team_id=2, actor_team_id=1) == OTHERS
    assert scope_of(ruud, "people", None) == OTHERS
    # where mentors sign, only their own trainees are "team", not every team member
    assert scope_of(ruud, "onboarding", 5, subject_team_id=1, actor_team_id=1) == OTHERS
    assert scope_of(ruud, "onboarding", 7, subject_team_id=3, actor_team_id=1, trainees={7}) == TEAM
    assert scope_of(Actor("Scherm", role="display"), "board", 5) == OTHERS


def test_account_rules_keep_owners_in_charge_of_owners_and_nobody_promotes_themselves():
    manager = Actor("Henk", role="manager", user_id=2)
    owner = Actor("Eigenaar", role="owner", user_id=1)
    check_account_change(manager, "mentor", "employee")
    check_account_change(owner, "owner", "manager")
    with pytest.raises(NotAllowed):
        check_account_change(manager, "owner", "owner")
    with pytest.raises(NotAllowed):
        check_account_change(manager, "mentor", "owner")
    with pytest.raises(NotAllowed):
        check_account_change(owner, "owner", "manager", is_self=True)


def test_private_interview_notes_are_for_their_author_and_the_owner():
    manager = Actor("Henk", role="manager", user_id=2)
    assert may_read_private_notes(manager, author_user_id=2)
    assert not may_read_private_notes(manager, author_user_id=1)
    assert may_read_private_notes(Actor("Eigenaar", role="owner", user_id=1), author_user_id=2)
    assert not may_read_private_notes(Actor("Ruud", role="mentor", user_id=3), author_user_id=3)
