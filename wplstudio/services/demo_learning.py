"""The demo's quickscans, learning register and training plan: two scans a year apart
with several respondents each, a year of learning activities of every kind, and this
year's training plan drawn from the matrix with the months behind us mostly done."""

from __future__ import annotations

import random
from datetime import date, timedelta

from wplstudio.domain import learning as rules
from wplstudio.domain import quickscan as qs
from wplstudio.domain.actor import Actor
from wplstudio.services import learning, people, quickscan, training_plan
from wplstudio.storage.database import Database

# name, role, employee (demo index or None), how they see it: a base score and per-factor changes
LAST_YEAR = (
    ("Henk van Dalen", "owner", 0, 3, {"hr": 1, "design": 2, "technology": 2}),
    ("Anouk Dekker", "manager", 18, 2, {"hr": 1, "managers": 2, "ownership": 1}),
    ("Piet Visser", "employee", 6, 2, {"mentors": 3, "participants": 1, "managers": 1}),
    ("Sanne de Boer", "employee", 2, 2, {"technology": 1, "coordinator": 1}),
)
THIS_YEAR = (
    ("Henk van Dalen", "owner", 0, 3, {"method": 4, "hr": 2, "management": 4}),
    ("Anouk Dekker", "manager", 18, 3, {"hr": 2, "ownership": 2}),
    ("Piet Visser", "employee", 6, 3, {"mentors": 4, "managers": 2}),
    ("Sanne de Boer", "employee", 2, 3, {"technology": 2, "participants": 4}),
    ("Erik de Groot", "employee", 12, 2, {"coordinator": 3, "mentors": 3}),
)
CONDITIONS_LAST = {"time": 1, "initiative": 2, "coaching": 2, "safety": 2, "sources": 1}
CONDITIONS_NOW = {"time": 2, "initiative": 3, "coaching": 3, "safety": 2, "sources": 2}

# kind, title, hours, cost in euro, certificate, provider
ACTIVITIES = (
    (rules.COURSE, "VCA Basis", 8, 295, True, "Veiligheidsinstituut Oost"),
    (rules.COURSE, "BHV herhaling", 4, 140, True, "BHV Nederland"),
    (rules.COURSE, "TIG-lassen rvs, vervolg", 24, 1150, False, "Lasopleidingen Twente"),
    (rules.COURSE, "NEN 3140 VOP", 8, 395, True, "Elektrotechniek Academie"),
    (rules.ON_THE_JOB, "Kantbank instellen met de leermeester", 6, 0, False, ""),
    (rules.ON_THE_JOB, "Lasnaad beoordelen aan de hand van proefstukken", 4, 0, False, ""),
    (rules.COACHING, "Coaching: planning van de eigen klussen", 1, 0, False, ""),
    (rules.ROTATION, "Week meedraaien bij service & installatie", 40, 0, False, ""),
    (rules.CROSS_TRAINING, "CNC-frezen leren van een collega", 8, 0, False, ""),
    (rules.KNOWLEDGE_SHARING, "Toolboxmeeting: veilig werken op hoogte", 1, 0, False, ""),
    (rules.PEER_REVIEW, "Intervisie begeleiders", 2, 0, False, ""),
)


def fill(db: Database, actor: Actor, today: date | None = None) -> None:
    today = today or date.today()
    staff = [e.id for e in sorted(people.list_employees(db, actor, include_left=False, today=today), key=lambda e: e.id)]
    _scan(db, actor, staff, "Quickscan " + str(today.year - 1), today - timedelta(days=365), LAST_YEAR, CONDITIONS_LAST)
    _scan(db, actor, staff, "Quickscan " + str(today.year), today - timedelta(days=10), THIS_YEAR, CONDITIONS_NOW)
    learning.add_many(db, actor, _activities(staff, today))
    _plan(db, actor, today)


def _scan(db: Database, actor: Actor, staff: list[int], title: str, held_on: date, who, conditions: dict) -> None:
    respondents = []
    for name, role, index, base, changes in who:
        answers = {k: changes.get(k, base) for k in qs.FACTOR_KEYS}
        shift = 1 if role == "owner" else 0  # the owner sees the basic conditions a little brighter
        answers.update({k: min(3, v + shift) for k, v in conditions.items()})
        respondents.append(quickscan.RespondentDraft(name, role, answers, _employee(staff, index)))
    quickscan.save(db, actor, quickscan.ScanDraft(title, held_on, respondents), finish=True)


def _employee(staff: list[int], index: int | None) -> int | None:
    return staff[index] if index is not None and index < len(staff) else None


def _activities(staff: list[int], today: date) -> list[rules.ActivityDraft]:
    rng = random.Random(8)
    drafts = []
    for week in range(52):
        day = today - timedelta(days=7 * week + rng.randint(0, 4))
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            kind, title, hours, cost, certificate, provider = rng.choice(ACTIVITIES)
            drafts.append(rules.ActivityDraft(rng.choice(staff), kind, title, day, hours, cost, certificate, provider))
    return drafts


def _plan(db: Database, actor: Actor, today: date) -> None:
    """This year's plan; what was planned before this month is done, a few were dropped."""
    training_plan.draw_up(db, actor, today.year, today)
    for n, line in enumerate(training_plan.load(db, actor, today.year)):
        if line.planned_on and line.planned_on < today.replace(day=1):
            status = rules.DROPPED if n % 7 == 3 else rules.DONE if n % 5 else rules.PLANNED
            if status != rules.PLANNED:
                training_plan.set_status(db, actor, line.id, line.version, status)
