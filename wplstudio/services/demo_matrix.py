"""The demo company's matrix: levels that fit each function, certificates that are
valid, about to expire or expired, coverage targets (some met, some short, a few far
short), function profiles, level descriptions in the company's own words, and a few
lines on the training timetable. Each kind goes in with one bulk call (one transaction),
because the demo is filled in many tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from wplstudio.domain.actor import Actor
from wplstudio.services import matrix, matrix_targets
from wplstudio.services.matrix_targets import TargetDraft
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

# Cells set by hand after the dice, so the use cases in the manual and the tests meet known data:
# the welders' team has two deployable TIG-rvs welders against a target of three (amber) until
# Piet reaches U; aluminium TIG hangs on Tomasz alone (a single point of failure).
FIXED = {
    ("Piet", "TIG-lassen rvs"): 2, ("Marco", "TIG-lassen rvs"): 3, ("Tomasz", "TIG-lassen rvs"): 4,
    ("Lisa", "TIG-lassen rvs"): 2, ("Jeroen", "TIG-lassen rvs"): 1, ("Ilse", "TIG-lassen rvs"): 1,
    ("Henk", "TIG-lassen rvs"): 2, ("Bram", "TIG-lassen rvs"): 0,
    ("Tomasz", "TIG-lassen aluminium"): 3, ("Marco", "TIG-lassen aluminium"): 2, ("Piet", "TIG-lassen aluminium"): 1,
    ("Lisa", "TIG-lassen aluminium"): 0, ("Jeroen", "TIG-lassen aluminium"): 0, ("Henk", "TIG-lassen aluminium"): 0,
    ("Ilse", "TIG-lassen aluminium"): 0,
    ("Erik", "PLC uitlezen"): 4, ("Mustafa", "PLC uitlezen"): 3, ("Niels", "PLC uitlezen"): 1,
}
SCARCE = frozenset({"TIG-lassen aluminium", "PLC uitlezen"})  # nobody outside FIXED gets past level 2 here

# Company-wide targets: task -> (deployable, teachers). Chosen for a 20-person shop.
TARGETS = {
    "VCA Basis": (14, 0), "VCA VOL": (3, 0), "BHV": (4, 0), "Heftruck rijden": (6, 1), "Hoogwerker bedienen": (4, 0),
    "Gereedschap veilig gebruiken": (12, 1),
    "MIG/MAG-lassen staal": (5, 2), "TIG-lassen rvs": (4, 1), "TIG-lassen aluminium": (2, 1), "Elektrodelassen": (3, 1),
    "Lasnaad beoordelen": (4, 2), "Lascertificaat ISO 9606-1": (3, 0),
    "Kantbank instellen": (3, 1), "Kanten volgens tekening": (4, 1), "Plaatschaar bedienen": (4, 0), "Lasersnijden": (3, 1),
    "CNC-programma inlezen": (2, 1), "CNC-frezen": (2, 1), "Meten en controleren": (6, 2),
    "Elektrische schema's lezen": (4, 1), "Storing zoeken aan besturing": (3, 1), "PLC uitlezen": (2, 1),
    "NEN 3140 (VOP)": (4, 0),
    "Machine plaatsen en uitlijnen": (3, 1), "Opleveren bij de klant": (3, 1),
    "Werkbon invullen": (10, 2), "Tekening lezen": (8, 1),
}
# Team targets: (task, team) -> (deployable, teachers)
TEAM_TARGETS = {
    ("TIG-lassen rvs", "Lassen & constructie"): (3, 1),
    ("MIG/MAG-lassen staal", "Lassen & constructie"): (4, 1),
    ("Kantbank instellen", "Plaatbewerking"): (2, 1),
    ("Storing zoeken aan besturing", "Service & installatie"): (3, 1),
}

# function -> {task: required level}; the Lasser's profile is the one the manual walks through.
PROFILES = {
    "Plaatwerker": {"VCA Basis": 3, "Kantbank instellen": 3, "Kanten volgens tekening": 3, "Plaatschaar bedienen": 3,
                    "Lasersnijden": 2, "Tekening lezen": 3, "Meten en controleren": 3},
    "Lasser": {"VCA Basis": 3, "MIG/MAG-lassen staal": 3, "TIG-lassen rvs": 3, "Lasnaad beoordelen": 3,
               "Lascertificaat ISO 9606-1": 3, "Tekening lezen": 3},
    "Constructiebankwerker": {"VCA Basis": 3, "MIG/MAG-lassen staal": 3, "Kanten volgens tekening": 3, "Tekening lezen": 3,
                              "Meten en controleren": 3},
    "CNC-operator": {"VCA Basis": 3, "CNC-programma inlezen": 3, "CNC-frezen": 3, "Meten en controleren": 3,
                     "Gereedschap instellen": 3},
    "Servicemonteur": {"VCA Basis": 3, "NEN 3140 (VOP)": 3, "Elektrische schema's lezen": 3,
                       "Storing zoeken aan besturing": 3, "PLC uitlezen": 2, "Werkbon invullen": 3, "Klant uitleg geven": 3},
    "Installatiemonteur": {"VCA Basis": 3, "NEN 3140 (VOP)": 3, "Machine plaatsen en uitlijnen": 3, "Leidingwerk monteren": 3,
                           "Elektrisch aansluiten": 3, "Werkbon invullen": 3},
    "Werkvoorbereider": {"Tekening lezen": 4, "Materiaal bestellen": 3, "Klant uitleg geven": 3},
    "Werkplaatschef": {"VCA VOL": 3, "BHV": 3, "Tekening lezen": 4, "Lasnaad beoordelen": 3},
    "Leerling (BBL)": {"VCA Basis": 3, "Gereedschap veilig gebruiken": 3, "Tekening lezen": 2, "Meten en controleren": 2},
}

DESCRIPTIONS = {
    "TIG-lassen rvs": {
        1: "Kent de TIG-installatie en de veiligheidsregels. Oefent op proefstukken: ontsteken, het smeltbad "
           "vasthouden en de lasdraad gelijkmatig toevoeren.",
        2: "Last eenvoudige hoek- en stompe naden in dun rvs terwijl een ervaren lasser meekijkt. Kiest stroom en "
           "gas nog met hulp; een naad moet soms over.",
        3: "Last rvs-werk voor de klant zelfstandig volgens tekening: strakke, schone naden zonder verkleuring, met "
           "de juiste gasbescherming aan de achterkant. Keurt eerst zelf zijn eigen werk.",
        4: "Last ook in lastige posities en aan dunwandige leidingen zonder fouten, en leert het een ander: doet voor, "
           "laat oefenen, beoordeelt de proefstukken en legt uit waarom een naad wordt afgekeurd.",
    },
    "Kantbank instellen": {
        1: "Weet hoe de kantbank werkt en kent de noodstop en de lichtschermen. Kijkt mee bij het wisselen van "
           "boven- en ondergereedschap.",
        2: "Kiest met hulp het gereedschap bij plaatdikte en hoek, wisselt het veilig en zet een proefbuiging. Een "
           "collega controleert de instelling voordat de serie begint.",
        3: "Stelt de kantbank zelfstandig in vanaf tekening: kiest het gereedschap, bepaalt de buigvolgorde, corrigeert "
           "de hoek na de proefbuiging en levert het eerste stuk op maat af.",
        4: "Stelt ook moeilijke producten in (korte flenzen, lange delen, bijzonder materiaal) en leert anderen "
           "instellen. Kan uitleggen waarom een hoek terugveert en wat je daaraan doet.",
    },
    "Storing zoeken aan besturing": {
        1: "Kent de veiligheidsregels voor elektrisch werk en weet waar schema's en foutmeldingen te vinden zijn. "
           "Loopt mee met een monteur.",
        2: "Zoekt een storing samen met een ervaren monteur: leest de foutcode uit, volgt het schema en meet onder toezicht.",
        3: "Vindt een storing in de besturing zelfstandig en stap voor stap: vraagt de klant wat er gebeurde, meet "
           "gericht, lost het op en schrijft oorzaak en oplossing op de werkbon.",
        4: "Lost ook storingen op die steeds terugkomen of in geen handboek staan, en neemt een collega mee om het "
           "zoeken te leren: eerst denken, dan meten, dan pas onderdelen vervangen.",
    },
}


def fill_matrix(db: Database, actor: Actor, today: date | None = None) -> None:
    today = today or date.today()
    rng = random.Random(2026)
    data = matrix.load(db, actor, today)
    levels = _levels(rng, data)
    matrix.set_levels(db, actor, [matrix.LevelEdit(e, t, lv) for (e, t), lv in levels.items() if lv],
                      note="Overgenomen uit de oude Excel-matrix")
    _backdate_history(db, rng, levels, today)
    matrix.set_certificates(db, actor, _certificates(rng, data, levels, today))
    matrix.set_targets(db, actor, _timetable(data, today))
    _targets_and_profiles(db, actor, data)


def _levels(rng: random.Random, data: matrix.MatrixData) -> dict[tuple[int, int], int]:
    first_name = {p.id: p.name.split()[0] for p in data.people}
    levels = {}
    for person in data.people:
        strong = STRENGTHS.get(person.function_name, ())
        for task in data.tasks:
            level = _level(rng, task.core_task_name in strong, person.function_name)
            level = min(level, 2) if task.name in SCARCE else level
            levels[person.id, task.id] = FIXED.get((first_name[person.id], task.name), level)
    return levels


def _backdate_history(db: Database, rng: random.Random, levels: dict[tuple[int, int], int], today: date) -> None:
    """Replace the one-moment history of the fill by the steps that led there over the last five years,
    so the history per cell and the deployability-over-time chart show a believable past."""
    from sqlalchemy import delete, insert, select

    from wplstudio.services.synthetic import level_path
    from wplstudio.storage.models import Employee, LevelChange

    with db.session() as s:
        staff = {i: {"id": i, "start_date": start or today, "end_date": end}
                 for i, start, end in s.execute(select(Employee.id, Employee.start_date, Employee.end_date))}
        s.execute(delete(LevelChange))
        rows = [step for (e, t), lv in levels.items() if lv
                for step in level_path(rng, staff[e], t, lv, today - timedelta(days=30), 20, by="Henk van Dalen")]
        if rows:
            s.execute(insert(LevelChange), rows)


def _level(rng: random.Random, strong: bool, function: str) -> int:
    if function == "Leerling (BBL)":
        return rng.choice((0, 0, 1, 1, 2))
    if strong:
        return rng.choice((2, 3, 3, 3, 4, 4))
    return rng.choice((0, 0, 0, 0, 1, 2, 3))


def _certificates(rng, data, levels, today: date) -> list[matrix.CertificateDate]:
    offsets = (-40, 20, 45, 200, 400, 700)  # some expired, some expiring within 60 days
    return [matrix.CertificateDate(p.id, t.id, today + timedelta(days=rng.choice(offsets) + rng.randint(-12, 12)))
            for p in data.people for t in data.tasks if t.is_certificate and levels[p.id, t.id] >= 3]


def _timetable(data, today: date) -> list[matrix.TimetableTarget]:
    learners = [p for p in data.people if p.function_name == "Leerling (BBL)"]
    welding = [t for t in data.tasks if t.core_task_name == "Lassen"][:2]
    lines = [matrix.TimetableTarget(p.id, t.id, 2, today + timedelta(days=90)) for p, t in zip(learners, welding * 2)]
    piet = next((p for p in data.people if p.name == "Piet Visser"), None)
    tig = next((t for t in data.tasks if t.name == "TIG-lassen rvs"), None)
    if piet and tig:
        lines.append(matrix.TimetableTarget(piet.id, tig.id, 3, today + timedelta(days=60)))
    if learners and data.tasks:
        lines.append(matrix.TimetableTarget(learners[0].id, data.tasks[0].id, 3, today - timedelta(days=10)))  # overdue
    return lines


def _targets_and_profiles(db: Database, actor: Actor, data: matrix.MatrixData) -> None:
    task = {t.name: t.id for t in data.tasks}
    team = {p.team_name: p.team_id for p in data.people}
    function = {p.function_name: p.function_id for p in data.people}
    drafts = [TargetDraft(task[name], None, d, m) for name, (d, m) in TARGETS.items()]
    drafts += [TargetDraft(task[name], team[team_name], d, m) for (name, team_name), (d, m) in TEAM_TARGETS.items()]
    matrix_targets.set_task_targets(db, actor, drafts)
    matrix_targets.set_function_profiles(db, actor, {function[f]: {task[t]: lv for t, lv in p.items()}
                                                     for f, p in PROFILES.items() if f in function})
    matrix_targets.set_many_level_descriptions(db, actor, {task[name]: texts for name, texts in DESCRIPTIONS.items()})
