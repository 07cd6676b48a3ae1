"""The demo company's matrix: levels that fit each function, certificates that are
valid, about to expire or expired, and a few lines on the training timetable."""

from __future__ import annotations

import random
from datetime import date, timedelta

from wplstudio.domain.actor import Actor
from wplstudio.services import matrix
from wplstudio.storage.database import Database

# function -> core tasks where people of that function are strong
STRENGTHS = {
    "Plaatwerker": ("Kanten & snijden", "Veiligheid"),
    "Lasser": ("Lassen", "Veiligheid"),
    "Constructiebankwerker": ("Lassen", "Kanten & snijden", "Klant & werkvoorbereiding"),
    "CNC-operator": ("CNC", "Kanten & snijden"),
    "Servicemonteur": ("Storingzoeken", "Installatie", "Veiligheid"),
    "Installatiemonteur": ("Installatie", "Storingzoeken", "Veiligheid"),
    "Werkvoorbereider": ("Klant & werkvoorbereiding",),
    "Werkplaatschef": ("Klant & werkvoorbereiding", "Lassen", "Kanten & snijden", "Veiligheid"),
    "Leerling (BBL)": (),
}


def fill_matrix(db: Database, actor: Actor, today: date | None = None) -> None:
    today = today or date.today()
    rng = random.Random(2026)
    data = matrix.load(db, actor, today)
    for person in data.people:
        strong = STRENGTHS.get(person.function_name, ())
        edits = [matrix.LevelEdit(person.id, task.id, _level(rng, task.core_task_name in strong, person.function_name))
                 for task in data.tasks]
        matrix.set_levels(db, actor, [e for e in edits if e.level], note="Overgenomen uit de oude Excel-matrix")
        _certificates(db, actor, rng, person, data, today)
    _timetable(db, actor, data, today)


def _level(rng: random.Random, strong: bool, function: str) -> int:
    if function == "Leerling (BBL)":
        return rng.choice((0, 0, 1, 1, 2))
    if strong:
        return rng.choice((2, 3, 3, 3, 4, 4))
    return rng.choice((0, 0, 0, 0, 1, 2, 3))


def _certificates(db, actor, rng, person, data, today: date) -> None:
    for task in data.tasks:
        if task.is_certificate and matrix.load_cell(db, actor, person.id, task.id).level >= 3:
            offset = rng.choice((-40, 20, 45, 200, 400, 700))  # some expired, some expiring within 60 days
            matrix.set_certificate(db, actor, person.id, task.id, today + timedelta(days=offset))


def _timetable(db, actor, data, today: date) -> None:
    learners = [p for p in data.people if p.function_name == "Leerling (BBL)"]
    welding = [t for t in data.tasks if t.core_task_name == "Lassen"][:2]
    for person, task in zip(learners, welding * 2):
        matrix.set_target(db, actor, person.id, task.id, 2, today + timedelta(days=90))
    if learners and data.tasks:
        matrix.set_target(db, actor, learners[0].id, data.tasks[0].id, 3, today - timedelta(days=10))  # overdue
