"""Five years of learning activities, quickscans and training plans for the benchmark company."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select

from wplstudio.domain import learning as rules
from wplstudio.domain import quickscan as qs
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee
from wplstudio.storage.models_learning import LearningActivity, TrainingPlanLine
from wplstudio.storage.models_quickscan import Quickscan, QuickscanAnswer, QuickscanRespondent


def add_learning(db: Database, years: int = 5, per_person_year: int = 8, seed: int = 17) -> int:
    """About per_person_year activities per employee per year, a scan with five respondents each
    year, and a 300-line training plan per year. Bulk inserts in one transaction; returns the activities."""
    rng = random.Random(seed)
    stamp = {"updated_at": now(), "updated_by": "bench"}
    today = date.today()
    with db.session() as s:
        staff = list(s.scalars(select(Employee.id)))
        activities = [_activity(rng, rng.choice(staff), today - timedelta(days=rng.randint(0, 365 * years)), stamp)
                      for _ in range(len(staff) * years * per_person_year)]
        for start in range(0, len(activities), 5000):
            s.execute(insert(LearningActivity), activities[start:start + 5000])
        for n in range(years):
            _scan(s, rng, today.replace(month=3, day=1).replace(year=today.year - n), staff, stamp)
            s.execute(insert(TrainingPlanLine), [_plan_line(rng, today.year - n, staff, stamp) for _ in range(300)])
    return len(activities)


def _activity(rng: random.Random, employee_id: int, held_on: date, stamp: dict) -> dict:
    kind = rng.choice(rules.KINDS)
    return {"employee_id": employee_id, "kind": kind, "title": f"Activiteit {kind}", "held_on": held_on,
            "minutes": rng.choice((60, 120, 240, 480)), "cost_cents": rng.choice((0, 0, 15000, 45000)) if kind == rules.COURSE else 0,
            "certificate": kind == rules.COURSE and rng.random() < 0.3, "provider": "", "note": "", "source": "manual",
            "source_ref": None, **stamp}


def _scan(s, rng: random.Random, held_on: date, staff: list[int], stamp: dict) -> None:
    scan = Quickscan(title=f"Quickscan {held_on.year}", held_on=held_on, status="final", **stamp)
    s.add(scan)
    s.flush()
    for position, employee_id in enumerate(rng.sample(staff, 5)):
        person = QuickscanRespondent(scan_id=scan.id, name=f"Respondent {position + 1}", role="employee",
                                     employee_id=employee_id, position=position, **stamp)
        s.add(person)
        s.flush()
        s.execute(insert(QuickscanAnswer), [{"respondent_id": person.id, "question": k, "score": rng.randint(1, 4 if k in qs.FACTOR_KEYS else 3)}
                                            for k in qs.FACTOR_KEYS + qs.CONDITION_KEYS])


def _plan_line(rng: random.Random, year: int, staff: list[int], stamp: dict) -> dict:
    return {"year": year, "employee_id": rng.choice(staff), "task_id": None, "what": "Plan", "how": rules.HOW_ON_THE_JOB,
            "mentor_id": rng.choice(staff), "planned_on": date(year, rng.randint(1, 12), 1), "target_level": 3,
            "origin": rules.FROM_MATRIX, "status": rng.choice(rules.PLAN_STATES), **stamp}
