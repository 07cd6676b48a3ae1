"""The planning board for the benchmark company: a week with jobs and about six cards per
person (1,500 for 250 people), some pairs, absences and learning time. Bulk inserts."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert, select

from wplstudio.domain.board import monday_of
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_board import BoardAbsence, BoardAssignment, BoardJob, BoardJobTask, BoardLearningTime


def add_week(db: Database, cards: int = 1500, jobs: int = 300, seed: int = 11, monday: date | None = None) -> date:
    """Cards on the week of monday (default this week), for the employees who work that week. Returns the Monday."""
    rng = random.Random(seed)
    monday = monday or monday_of(date.today())
    days = [monday + timedelta(days=i) for i in range(5)]
    stamp = {"updated_at": now(), "updated_by": "bench", "version": 1}
    with db.session() as s:
        staff = [e for e, end in s.execute(select(Employee.id, Employee.end_date)) if end is None or end >= monday]
        tasks = list(s.scalars(select(Task.id)))
        s.execute(insert(BoardJob), [{"id": j + 1, "title": f"Klus {j + 1}", "customer": f"Klant {j % 40 + 1}", "location": "Werkplaats",
                                      "estimated_hours": 40, "status": "open", **stamp} for j in range(jobs)])
        s.execute(insert(BoardJobTask), [{"job_id": j + 1, "task_id": t} for j in range(jobs) for t in rng.sample(tasks, 2)])
        rows = [{"job_id": rng.randrange(jobs) + 1, "employee_id": staff[i % len(staff)], "day": days[(i // len(staff)) % 5],
                 "hours": 4 if i >= len(staff) * 5 else 8, "override_reason": "", **stamp} for i in range(cards)]
        s.execute(insert(BoardAssignment), rows)
        s.execute(insert(BoardAbsence), [{"employee_id": e, "first_day": days[1], "last_day": days[2], "kind": "holiday", **stamp}
                                         for e in staff[::12]])
        s.execute(insert(BoardLearningTime), [{"employee_id": e, "day": days[4], "hours": 4, "kind": "learning", "topic": "", **stamp}
                                              for e in staff[::7]])
    return monday
