"""Two PCs on one PostgreSQL server sign the same module at the same moment
(the sign-off scenario of tests/services/test_multi_pc.py). Exactly one signature per
person per module, never half a sign-off: when the module completes, the matrix rises
exactly once, in the same transaction as the last signature.

WPL_STRESS_ROUNDS raises the number of rounds (default: a bounded number, fast)."""

from __future__ import annotations

import os
import threading
from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from wplstudio.domain.accounts import AccountDraft
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import accounts, landscape, onboarding, onboarding_programs as programs, onboarding_signing as signing, passwords, people
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import resolve
from wplstudio.storage.models import LevelChange
from wplstudio.storage.models_onboarding import OnboardingSignoff

pytestmark = pytest.mark.postgres

ROUNDS = max(2, int(os.environ.get("WPL_STRESS_ROUNDS", "8")) // 4)


@pytest.fixture(autouse=True)
def _cheap_hashing(monkeypatch):
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def two_pcs(pg_url):
    shop, office = open_database(resolve(pg_url)), open_database(resolve(pg_url))
    yield shop, office
    shop.close()
    office.close()


def _company(db):
    """A trainee and a mentor with accounts and PINs, and a program with one module (one task) per round."""
    team = people.save_team(db, SYSTEM, "Lassen")
    trainee = people.save_employee(db, SYSTEM, EmployeeDraft("Bram", "Mulder", team_id=team.id, start_date=date(2026, 1, 5)))
    mentor = people.save_employee(db, SYSTEM, EmployeeDraft("Piet", "Visser", team_id=team.id, start_date=date(1995, 4, 1)))
    core = landscape.save_core_task(db, SYSTEM, "Lassen")
    program = programs.save_program(db, SYSTEM, "Inwerken lasser", None)
    tasks = []
    for r in range(2 * ROUNDS):
        task = landscape.save_task(db, SYSTEM, TaskDraft(core.id, f"Naad {r}"))
        tasks.append(task.id)
        programs.save_module(db, SYSTEM, program.id, ModuleDraft(f"Module {r}", assignments=("Doen",), tasks={task.id: 2}))
    users = {}
    for name, employee, pin in (("bram", trainee.id, "1357"), ("piet", mentor.id, "2580")):
        row = accounts.create_account(db, SYSTEM, AccountDraft(name, name.title(), "employee" if name == "bram" else "mentor"),
                                      "werkplaats1", employee)
        own = accounts.get_account(db, SYSTEM, row.id)
        from wplstudio.domain.actor import Actor

        accounts.set_own_pin(db, Actor(own.display_name, own.role, own.id, own.employee_id), "werkplaats1", pin)
        users[name] = (row.id, pin)
    trajectory = onboarding.start_trajectory(db, SYSTEM, trainee.id, program.id, mentor.id, date.today() - timedelta(days=7))
    return trajectory.id, trainee.id, tasks, users


def _race(work) -> list:
    """Both PCs call work(pc) at the same moment; returns what each got (an outcome or the error)."""
    results, together = [None, None], threading.Barrier(2)

    def pc(n):
        together.wait()
        try:
            results[n] = work(n)
        except WplError as error:
            results[n] = error

    threads = [threading.Thread(target=pc, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a PC hung"
    return results


def test_two_pcs_signing_the_same_module_give_one_signature_per_person_and_never_half_a_sign_off(two_pcs):
    dbs = two_pcs
    trajectory_id, trainee_id, tasks, users = _company(dbs[0])
    signers = {name: signing.confirm(dbs[0], user_id, pin) for name, (user_id, pin) in users.items()}
    modules = onboarding.get_trajectory(dbs[0], SYSTEM, trajectory_id).modules
    for r in range(ROUNDS):
        same, both = modules[2 * r], modules[2 * r + 1]
        for m in (same, both):
            onboarding.set_ticked(dbs[0], SYSTEM, trajectory_id, m.module.assignments[0][0], True)
        # the trainee's signature on two PCs at once: exactly one is written, the other PC is told
        got = _race(lambda n: signing.sign(dbs[n], SYSTEM, trajectory_id, same.module.id, "trainee", signers["bram"], accept_open_earlier=True))
        assert sum(isinstance(g, WplError) for g in got) == 1, got
        # the trainee on one PC and the mentor on the other at once: both written, the matrix rises exactly once
        got = _race(lambda n: signing.sign(dbs[n], SYSTEM, trajectory_id, both.module.id, ("trainee", "mentor")[n],
                                           signers[("bram", "piet")[n]], result="", accept_open_earlier=True))
        assert not any(isinstance(g, WplError) for g in got), got
        assert sum(g.complete for g in got) == 1
    with dbs[1].session() as s:
        per_role = s.execute(select(OnboardingSignoff.module_id, OnboardingSignoff.role, func.count())
                             .group_by(OnboardingSignoff.module_id, OnboardingSignoff.role)).all()
        raised = dict(s.execute(select(LevelChange.task_id, func.count()).where(LevelChange.employee_id == trainee_id)
                                .group_by(LevelChange.task_id)).all())
    assert all(count == 1 for _m, _r, count in per_role)
    assert len(per_role) == 3 * ROUNDS  # per round: one trainee signature on one module, both on the other
    assert raised == {tasks[2 * r + 1]: 1 for r in range(ROUNDS)}
