"""A large synthetic company for benchmarks: many employees, many tasks, years of history."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, insert, select

from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import (AuditEntry, CoreTask, Employee, FunctionRequirement, JobFunction, Level, LevelChange,
                                      LevelDescription, Setting, Task, TaskTarget, Team)

FIRST = ("Jan", "Piet", "Kees", "Sanne", "Lisa", "Mehmet", "Fatima", "Tomasz", "Anouk", "Bram", "Daan", "Ilse", "Joost", "Noor", "Erik")
LAST = ("Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters")


def build(db: Database, employees: int = 250, tasks: int = 200, years: int = 5, seed: int = 7, matrix: bool = True) -> None:
    """Bulk inserts in one transaction: a benchmark needs the data, not the use cases.
    matrix: also levels (about 40% filled), certificates, targets, profiles and years of level history."""
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
        staff = [_employee(i, rng, today, years, stamp) for i in range(employees)]
        s.execute(insert(Employee), staff)
    if matrix:
        add_matrix(db, staff, tasks, today, years, seed)


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


# --- the deployability matrix ---------------------------------------------------

FILL = 0.4  # share of cells with a level above 0, as in a real workshop's sheet


def add_matrix(db: Database, staff: list[dict], tasks: int, today: date, years: int = 5, seed: int = 13) -> None:
    """Levels, certificate dates, timetable targets, task targets, function profiles, a few level
    descriptions and the level history that led to today's levels, spread over `years` years."""
    rng = random.Random(seed)
    stamp = {"updated_at": now(), "updated_by": "bench"}
    certificates = _certificate_tasks(db)
    levels, history = [], []
    for person in staff:
        for task_id in rng.sample(range(1, tasks + 1), int(tasks * FILL)):
            level = rng.choice((1, 2, 2, 3, 3, 3, 4))
            levels.append(_level_row(rng, person["id"], task_id, level, task_id in certificates, today, stamp))
            history.extend(level_path(rng, person, task_id, level, today, years))
    with db.session() as s:
        _bulk(s, Level, levels)
        _bulk(s, LevelChange, history)
        _bulk(s, TaskTarget, _targets(rng, tasks, stamp))
        _bulk(s, FunctionRequirement, _profiles(rng, tasks, stamp))
        _bulk(s, LevelDescription, [{"task_id": t, "level": lv, "text": f"Niveau {lv} voor taak {t}.", **stamp}
                                    for t in range(1, min(tasks, 20) + 1) for lv in range(1, 5)])


def _bulk(s, model, rows: list[dict], size: int = 5000) -> None:
    for start in range(0, len(rows), size):
        s.execute(insert(model), rows[start:start + size])


def _certificate_tasks(db: Database) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(Task.id).where(Task.is_certificate)))


def _level_row(rng: random.Random, employee_id: int, task_id: int, level: int, certificate: bool, today: date, stamp: dict) -> dict:
    valid = today + timedelta(days=rng.randint(-120, 720)) if certificate and level >= 3 else None
    planned = rng.random() < 0.05 and level < 4
    return {"employee_id": employee_id, "task_id": task_id, "level": level, "valid_until": valid,
            "target_level": level + 1 if planned else None,
            "target_date": today + timedelta(days=rng.randint(-60, 240)) if planned else None, **stamp}


def level_path(rng: random.Random, person: dict, task_id: int, level: int, today: date, years: int,
               by: str = "Anouk (werkplaatschef)") -> list[dict]:
    """The steps 0 -> 1 -> ... -> level, at increasing moments between start (or `years` ago) and today or leaving."""
    first = max(person["start_date"], today - timedelta(days=365 * years))
    last = min(person["end_date"] or today, today)
    span = max((last - first).days, 1)
    days = sorted(rng.randrange(span) for _ in range(level))
    at = [datetime.combine(first + timedelta(days=d), datetime.min.time(), timezone.utc) + timedelta(hours=9) for d in days]
    return [{"employee_id": person["id"], "task_id": task_id, "at": moment, "by": by,
             "old_level": step, "new_level": step + 1, "note": ""} for step, moment in enumerate(at)]


def _targets(rng: random.Random, tasks: int, stamp: dict) -> list[dict]:
    rows = [{"task_id": t, "team_id": None, "deployable": rng.randint(10, 40), "teachers": rng.randint(2, 8), **stamp}
            for t in range(1, tasks + 1)]
    rows += [{"task_id": t, "team_id": t % 8 + 1, "deployable": rng.randint(2, 6), "teachers": 1, **stamp}
             for t in range(1, tasks + 1, 3)]
    return rows


def _profiles(rng: random.Random, tasks: int, stamp: dict) -> list[dict]:
    return [{"function_id": f, "task_id": t, "required_level": rng.choice((2, 3, 3, 4)), **stamp}
            for f in range(1, 13) for t in rng.sample(range(1, tasks + 1), min(tasks, 20))]


# --- audit history -------------------------------------------------------------

AUDIT_ACTORS = ("Henk (eigenaar)", "Anouk (werkplaatschef)", "Erik (mentor)", "Kantoor-PC")


def add_audit_history(db: Database, entries: int = 50_000, years: int = 5, seed: int = 11) -> int:
    """Append years of believable, properly chained audit entries after the current newest one.
    Bulk inserts; each hash is computed as record() computes it. Returns the count."""
    from wplstudio.services.audit import GENESIS, entry_hash

    rng = random.Random(seed)
    with db.session() as s:
        prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS
        people = s.scalar(select(func.count()).select_from(Employee)) or 1
        tasks = s.scalar(select(func.count()).select_from(Task)) or 1
        first = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=365 * years)
        step = timedelta(days=365 * years) / max(entries, 1)
        batch: list[dict] = []
        for i in range(entries):
            row = _audit_change(rng, (first + step * i).replace(microsecond=0), people, tasks)
            row["prev_hash"], row["hash"] = prev, entry_hash(prev, **row)
            prev = row["hash"]
            batch.append(row)
            if len(batch) == 5000:
                s.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            s.execute(insert(AuditEntry), batch)
    return entries


def _audit_change(rng: random.Random, at: datetime, people: int, tasks: int) -> dict:
    """One change as the generic helpers would record it: ids and plain values, no names."""
    from wplstudio.services.audit import as_text

    kind = rng.random()
    if kind < 0.6:
        entity, key, field, choices = "employees", rng.randint(1, people), "team_id", range(1, 9)
    elif kind < 0.85:
        entity, key, field, choices = "employees", rng.randint(1, people), "function_id", range(1, 13)
    else:
        entity, key, field, choices = "tasks", rng.randint(1, tasks), "validity_months", (12, 24, 36, 60)
    old, new = rng.sample(choices, 2)
    return {"at": at, "actor": rng.choice(AUDIT_ACTORS), "actor_user_id": None, "action": "update", "entity": entity,
            "entity_id": str(key), "before": as_text({field: old}), "after": as_text({field: new})}
