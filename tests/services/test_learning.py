"""The learning register: by hand, from other areas, and the overviews."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.staff import staff_db, staff_template  # noqa: F401
from wplstudio.domain import learning as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, ValidationFailed
from wplstudio.services import learning
from wplstudio.storage.models_learning import LearningActivity

SANNE, RUUD = 3, 2  # demo employees: Sanne de Boer and Ruud Jansen, both in Plaatbewerking


def activity(employee_id=SANNE, kind=rules.COURSE, hours="8", cost="450,00", **more) -> rules.ActivityDraft:
    return rules.ActivityDraft(employee_id, kind, more.pop("title", "VCA Basis"), more.pop("held_on", date(2026, 3, 4)),
                               hours, cost, **more)


def stored(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(LearningActivity))


def test_manager_registers_a_course_and_sees_it_in_the_overviews(staff_db):
    before = stored(staff_db)
    learning.save_activity(staff_db, SYSTEM, activity(certificate=True))
    learning.save_activity(staff_db, SYSTEM, activity(kind=rules.COACHING, hours="1,5", cost="", title="Kanten met Ruud"))
    assert stored(staff_db) == before + 2
    sanne = next(r for r in learning.overview(staff_db, SYSTEM, "person", 2026) if r.key == SANNE)
    assert sanne.totals.off_job_minutes >= 480 and sanne.totals.on_job_minutes >= 90
    team = next(r for r in learning.overview(staff_db, SYSTEM, "team", 2026) if r.name == "Plaatbewerking")
    assert team.totals.cost_cents >= 45000
    assert 2026 in [r.key for r in learning.overview(staff_db, SYSTEM, "year")]


def test_negative_hours_are_refused_and_nothing_is_saved(staff_db):
    before = stored(staff_db)
    with pytest.raises(ValidationFailed, match="Hours cannot be negative"):
        learning.save_activity(staff_db, SYSTEM, activity(hours="-2"))
    with pytest.raises(ValidationFailed, match="cost cannot be negative"):
        learning.save_activity(staff_db, SYSTEM, activity(cost="-1"))
    assert stored(staff_db) == before


def test_another_area_registers_inside_its_own_transaction_once_per_sign_off(staff_db):
    before = stored(staff_db)
    with staff_db.session() as s:
        first = learning.register_from_area(s, SYSTEM, employee_id=SANNE, kind=rules.ON_THE_JOB, title="Module: kantbank",
                                            held_on=date(2026, 5, 1), hours=4, source="onboarding", source_ref="sign-off:7")
        again = learning.register_from_area(s, SYSTEM, employee_id=SANNE, kind=rules.ON_THE_JOB, title="Module: kantbank",
                                            held_on=date(2026, 5, 1), hours=4, source="onboarding", source_ref="sign-off:7")
    assert first == again and stored(staff_db) == before + 1
    row = learning.get_activity(staff_db, SYSTEM, first)
    assert row.source == "onboarding" and row.on_the_job


def test_when_the_calling_area_fails_later_its_activity_is_rolled_back_too(staff_db):
    before = stored(staff_db)
    with pytest.raises(RuntimeError):
        with staff_db.session() as s:
            learning.register_from_area(s, SYSTEM, employee_id=SANNE, kind=rules.COACHING, title="Voortgangsgesprek",
                                        held_on=date(2026, 5, 1), hours=1, source="onboarding", source_ref="talk:1")
            raise RuntimeError("the sign-off itself failed")
    assert stored(staff_db) == before


def test_an_employee_sees_only_their_own_activities_and_cannot_register(staff_db):
    learning.save_activity(staff_db, SYSTEM, activity(employee_id=RUUD))
    learning.save_activity(staff_db, SYSTEM, activity(employee_id=SANNE))
    sanne = Actor("sanne", "employee", employee_id=SANNE)
    assert {r.employee_id for r in learning.list_activities(staff_db, sanne)} == {SANNE}
    with pytest.raises(NotAllowed):
        learning.save_activity(staff_db, sanne, activity(employee_id=SANNE))
