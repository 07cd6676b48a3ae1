"""Bulk interviews for the benchmark: one development interview a year for everyone over
several years, with answers and two agreements each (some done, some open and overdue),
and a talk planned for a part of the company. One transaction, core inserts."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import insert, select

from wplstudio.domain import interviews as rules
from wplstudio.services.interview_guides import ensure_builtin
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee
from wplstudio.storage.models_interviews import FollowUpAction, Interview, InterviewAnswer, InterviewGuide


def add_interviews(db: Database, years: int = 5, seed: int = 17) -> int:
    """Returns the id of the newest held interview (for printing)."""
    rng, today, stamp = random.Random(seed), date.today(), {"updated_at": now(), "updated_by": "bench"}
    with db.session() as s:
        ensure_builtin(s)
        guide = s.scalar(select(InterviewGuide.id).where(InterviewGuide.builtin == "development.nl"))
        people = list(s.execute(select(Employee.id, Employee.start_date)))
        rows, next_id = [], (s.scalar(select(Interview.id).order_by(Interview.id.desc()).limit(1)) or 0) + 1
        for employee_id, started in people:
            for year in range(years):
                held = today - timedelta(days=365 * year + rng.randint(20, 340))
                if started and held < started:
                    continue
                rows.append({"id": next_id, "employee_id": employee_id, "guide_id": guide, "planned_on": held, "held_on": held,
                             "status": rules.CONFIRMED, "interviewer_name": "Bench", **stamp})
                next_id += 1
            if rng.random() < 0.3:
                rows.append({"id": next_id, "employee_id": employee_id, "guide_id": guide, "status": rules.PLANNED,
                             "planned_on": today + timedelta(days=rng.randint(5, 120)), "interviewer_name": "Bench", **stamp})
                next_id += 1
        s.execute(insert(Interview), rows)
        held = [r for r in rows if r["status"] == rules.CONFIRMED]
        s.execute(insert(InterviewAnswer), [a for r in held for a in _answers(rng, r["id"], r["held_on"])])
        s.execute(insert(FollowUpAction), [a for r in held for a in _actions(rng, r, today, stamp)])
        return max(held, key=lambda r: r["held_on"])["id"]


def _answers(rng: random.Random, interview_id: int, day: date) -> list[dict]:
    at = datetime.combine(day, time(10), tzinfo=timezone.utc)
    text = "Gaat goed; wil graag meer leren over lasersnijden en het inregelen van de kantbank. " * rng.randint(1, 6)
    return [{"interview_id": interview_id, "side": rules.INTERVIEWER, "question_key": key, "value": value, "saved_at": at}
            for key, value in (("stand_trade", str(rng.randint(1, 5))), ("stand_notes", text), ("agree", text[:200]),
                               ("stand_help", rng.choice((rules.YES, rules.NO))), ("next_step", "Een nieuwe taak erbij leren"))]


def _actions(rng: random.Random, interview: dict, today: date, stamp: dict) -> list[dict]:
    found = []
    for n in range(2):
        due = interview["held_on"] + timedelta(days=rng.randint(30, 300))
        done = due < today and rng.random() < 0.7
        found.append({"employee_id": interview["employee_id"], "interview_id": interview["id"], "what": f"Afspraak {n + 1}",
                      "who": "Bench", "due_on": due, "status": rules.DONE if done else rules.OPEN,
                      "done_on": due if done else None, **stamp})
    return found
