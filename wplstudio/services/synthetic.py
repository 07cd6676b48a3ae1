"""A large synthetic company for benchmarks: many employees, many tasks, years of history."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert

from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import CoreTask, Employee, JobFunction, Setting, Task, Team

FIRST = ("Jan", "Piet", "Kees", "Sanne", "Lisa", "Mehmet", "Fatima", "Tomasz", "Anouk", "Bram", "Daan", "Ilse", "Joost", "Noor", "Erik")
LAST = ("Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters")


def build(db: Database, employees: int = 250, tasks: int = 200, years: int = 5, seed: int = 7) -> None:
    """Bulk inserts in one transaction: a benchmark needs the data, not the use cases."""
    rng = random.Random(seed)
    stamp = {"updated_at": now(), "updated_by": "bench"}
    today = date.today()
    with db.session() as s:
        s.add(Setting(key="company.name", value="Benchmark B.V.", **stamp))
        s.execute(insert(Team), [{"id": i + 1, "name": f"Team {i + 1}", **stamp} for i in range(8)])
        s.execute(insert(JobFunction), [{"id": i + 1, "name": f"Functie {i + 1}", "description": "", **stamp} for i in range(12)])
        cores = max(1, tasks // 10)
        s.execute(insert(CoreTask), [{"id": i + 1, "name": f"Kerntaak {i + 1}", "position": i, **stamp} for i in range(cores)])
        s.execute(insert(Task), [_task(i, cores, rng, stamp) for i in range(tasks)])
        s.execute(insert(Employee), [_employee(i, rng, today, years, stamp) for i in range(employees)])


def _task(i: int, cores: int, rng: random.Random, stamp: dict) -> dict:
    certificate = rng.random() < 0.1
    return {"id": i + 1, "core_task_id": i % cores + 1, "name": f"Taak {i + 1}", "description": "Omschrijving van de taak.",
            "why": "", "is_certificate": certificate, "validity_months": 24 if certificate else None, "position": i, **stamp}


def _employee(i: int, rng: random.Random, today: date, years: int, stamp: dict) -> dict:
    start = today - timedelta(days=rng.randint(0, 365 * years))
    left = rng.random() < 0.1
    first, last = rng.choice(FIRST), rng.choice(LAST)
    prefix, _, surname = last.rpartition(" ")
    return {"id": i + 1, "first_name": first, "prefix": prefix, "last_name": surname, "team_id": i % 8 + 1,
            "function_id": i % 12 + 1, "start_date": start, "end_date": start + timedelta(days=400) if left else None,
            "education": rng.choice(("vmbo", "mbo2", "mbo3", "mbo4", "hbo")), **stamp}
