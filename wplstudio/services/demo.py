"""The demo company: a believable Dutch metal and installation workshop, so every
area opens on something real. Deterministic: the same data on every run."""

from __future__ import annotations

from datetime import date

from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.landscape import TaskDraft
from wplstudio.domain.people import EmployeeDraft
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import company, demo_board, demo_learning, demo_matrix, demo_onboarding, landscape, people
from wplstudio.storage.database import Database

COMPANY_NAME = "Van Dalen Metaal & Installatie B.V."

TEAMS = ("Plaatbewerking", "Lassen & constructie", "Service & installatie", "Kantoor & werkvoorbereiding")

FUNCTIONS = (
    ("Plaatwerker", "Knipt, kant en zet plaatdelen volgens tekening."),
    ("Lasser", "Last constructies en onderdelen in staal, rvs en aluminium."),
    ("Constructiebankwerker", "Bouwt constructies op uit tekening, van aftekenen tot afmonteren."),
    ("CNC-operator", "Richt CNC-machines in en bewaakt series."),
    ("Servicemonteur", "Lost storingen op bij klanten en doet onderhoud."),
    ("Installatiemonteur", "Plaatst en sluit machines en installaties aan bij de klant."),
    ("Werkvoorbereider", "Maakt tekeningen werkklaar, bestelt materiaal en plant de klussen."),
    ("Werkplaatschef", "Stuurt de werkplaats aan en houdt het planbord bij."),
    ("Leerling (BBL)", "Leert het vak in de werkplaats, vier dagen werken en een dag school."),
)

# core task -> tasks: (name, description, why, certificate validity in months or None)
LANDSCAPE = {
    "Veiligheid": [
        ("VCA Basis", "Basisveiligheid voor wie op de werkvloer of bij klanten werkt.", "Veel opdrachtgevers laten niemand zonder VCA op hun terrein.", 120),
        ("VCA VOL", "Veiligheid voor wie leiding geeft aan een ploeg.", "Nodig voor de voorman op grotere projecten.", 120),
        ("BHV", "Bedrijfshulpverlening: eerste hulp, brand en ontruiming.", "Er moet altijd iemand in de werkplaats zijn die kan helpen.", 12),
        ("Heftruck rijden", "Veilig laden, lossen en verplaatsen met de heftruck.", "Zware platen en machines gaan niet met de hand.", 60),
        ("Hoogwerker bedienen", "Werken vanaf een hoogwerker of schaarlift.", "Montage op hoogte gebeurt vaak bij de klant.", 60),
        ("Gereedschap veilig gebruiken", "Haakse slijper, boormachine en zaag veilig inzetten.", "De meeste ongelukken gebeuren met handgereedschap.", None),
    ],
    "Lassen": [
        ("MIG/MAG-lassen staal", "Hoeknaden en stompe naden in constructiestaal.", "Het meeste laswerk in onze constructies.", None),
        ("TIG-lassen rvs", "Dunwandig rvs lassen met een strak uiterlijk.", "Voedingsmiddelenklanten eisen mooie, schone naden.", None),
        ("TIG-lassen aluminium", "Aluminium lassen met wisselstroom.", "Weinig mensen kunnen het, en de vraag groeit.", None),
        ("Elektrodelassen", "Lassen met beklede elektrode, ook buiten.", "Voor reparaties op locatie zonder gasfles.", None),
        ("Lasnaad beoordelen", "Visueel een lasnaad keuren op fouten.", "Fouten vinden voor de klant ze vindt.", None),
        ("Lascertificaat ISO 9606-1", "Erkend lascertificaat voor constructiewerk.", "Verplicht bij gecertificeerde constructies.", 24),
    ],
    "Kanten & snijden": [
        ("Kantbank instellen", "Gereedschap kiezen en de kantbank instellen.", "Een goede instelling scheelt afkeur en tijd.", None),
        ("Kanten volgens tekening", "Plaatdelen zetten op maat en hoek.", "Hier begint bijna elke opdracht.", None),
        ("Plaatschaar bedienen", "Plaat knippen op maat.", "Snel en zonder braam voorbereiden.", None),
        ("Lasersnijden", "Snijprogramma's laden en de laser bewaken.", "De laser draait ook als de chef er niet is.", None),
        ("Plasmasnijden", "Dikke plaat snijden met de plasmabrander.", "Voor dik materiaal en reparaties.", None),
    ],
    "CNC": [
        ("CNC-programma inlezen", "Een programma laden, controleren en simuleren.", "Een fout programma kost een machine of een vinger.", None),
        ("CNC-frezen", "Werkstukken opspannen en frezen.", "Maatwerkonderdelen maken we zelf.", None),
        ("CNC-draaien", "Assen en bussen draaien op de draaibank.", "Snelle reparatie-onderdelen voor klanten.", None),
        ("Meten en controleren", "Schuifmaat, micrometer en hoogtemeter gebruiken.", "Wat niet gemeten is, is niet goed.", None),
        ("Gereedschap instellen", "Frezen en beitels wisselen en inmeten.", "Minder stilstand tussen series.", None),
    ],
    "Storingzoeken": [
        ("Elektrische schema's lezen", "Een schema volgen van voeding tot motor.", "Zonder schema zoek je op de gok.", None),
        ("Storing zoeken aan besturing", "Systematisch een storing in de besturing vinden.", "De klant staat stil zolang wij zoeken.", None),
        ("PLC uitlezen", "Foutcodes en ingangen van een PLC bekijken.", "Veel storingen zijn in de PLC te zien.", None),
        ("NEN 3140 (VOP)", "Instructie voldoende onderricht persoon voor elektrisch werk.", "Wettelijk nodig voor werk aan elektrische installaties.", 36),
        ("Hydrauliek en pneumatiek", "Cilinders, ventielen en leidingen controleren.", "Veel machines bewegen met olie of lucht.", None),
    ],
    "Installatie": [
        ("Machine plaatsen en uitlijnen", "Een machine stellen, waterpas zetten en verankeren.", "Een scheve machine slijt snel.", None),
        ("Leidingwerk monteren", "Lucht- en olieleidingen op maat maken en monteren.", "Lekkage kost de klant geld.", None),
        ("Elektrisch aansluiten", "Een machine aansluiten en beveiligen.", "Veilig aansluiten voorkomt brand en schokken.", None),
        ("Opleveren bij de klant", "Proefdraaien, uitleg geven en de opleverlijst tekenen.", "De klant moet weten wat hij krijgt.", None),
    ],
    "Klant & werkvoorbereiding": [
        ("Werkbon invullen", "Uren, materiaal en bevindingen noteren.", "Zonder werkbon geen factuur.", None),
        ("Klant uitleg geven", "In gewone woorden uitleggen wat er gedaan is.", "Een tevreden klant belt ons weer.", None),
        ("Tekening lezen", "Maten, toleranties en lassymbolen lezen.", "Iedereen in de werkplaats werkt vanaf tekening.", None),
        ("Materiaal bestellen", "Materiaal uittrekken en bestellen.", "Wachten op materiaal is verloren tijd.", None),
    ],
}

# first name, prefix, last name, team, function, start, end, education
EMPLOYEES = (
    ("Henk", "van", "Dalen", 3, "Werkplaatschef", date(1998, 3, 1), None, "mbo4"),
    ("Ruud", "", "Jansen", 0, "Plaatwerker", date(2004, 9, 1), None, "mbo2"),
    ("Sanne", "de", "Boer", 0, "Plaatwerker", date(2017, 2, 1), None, "mbo3"),
    ("Mehmet", "", "Yilmaz", 0, "CNC-operator", date(2012, 5, 14), None, "mbo3"),
    ("Kevin", "", "Peters", 0, "CNC-operator", date(2021, 8, 16), None, "mbo2"),
    ("Daan", "", "Bakker", 0, "Leerling (BBL)", date(2025, 9, 1), None, "vmbo"),
    ("Piet", "", "Visser", 1, "Lasser", date(1995, 4, 1), None, "vmbo"),
    ("Marco", "", "Smit", 1, "Lasser", date(2009, 1, 5), None, "mbo2"),
    ("Lisa", "", "Meijer", 1, "Constructiebankwerker", date(2019, 6, 1), None, "mbo3"),
    ("Tomasz", "", "Nowak", 1, "Lasser", date(2016, 3, 7), None, "mbo2"),
    ("Jeroen", "van der", "Linden", 1, "Constructiebankwerker", date(2008, 10, 1), None, "mbo3"),
    ("Bram", "", "Mulder", 1, "Leerling (BBL)", date(2026, 2, 2), None, "vmbo"),
    ("Erik", "de", "Groot", 2, "Servicemonteur", date(2003, 11, 1), None, "mbo4"),
    ("Mustafa", "El", "Amrani", 2, "Servicemonteur", date(2014, 4, 1), None, "mbo4"),
    ("Wim", "", "Bos", 2, "Installatiemonteur", date(1999, 8, 1), date(2026, 12, 31), "mbo2"),
    ("Niels", "", "Vos", 2, "Installatiemonteur", date(2018, 1, 8), None, "mbo3"),
    ("Joyce", "", "Hendriks", 2, "Installatiemonteur", date(2022, 3, 1), None, "mbo3"),
    ("Stefan", "van", "Leeuwen", 2, "Servicemonteur", date(2010, 9, 1), date(2025, 6, 30), "mbo4"),
    ("Anouk", "", "Dekker", 3, "Werkvoorbereider", date(2015, 1, 12), None, "hbo"),
    ("Martijn", "", "Brouwer", 3, "Werkvoorbereider", date(2020, 10, 1), None, "mbo4"),
    ("Fleur", "de", "Wit", 3, "Werkvoorbereider", date(2023, 5, 1), None, "hbo"),
    ("Youssef", "", "Benali", 2, "Leerling (BBL)", date(2026, 9, 1), None, "mbo2"),
    ("Gerrit", "", "Dijkstra", 0, "Plaatwerker", date(1990, 2, 1), date(2024, 3, 31), "vmbo"),
    ("Ilse", "", "Kok", 1, "Lasser", date(2024, 1, 15), None, "mbo2"),
)


def fill(db: Database, actor: Actor) -> None:
    """Put the demo company into an empty database. The name is written last, so a
    fill that was interrupted is recognisable and can be repeated on a new file."""
    if (company.get_company(db, actor).is_set_up or people.count_employees(db, actor) or people.list_teams(db, actor)
            or people.list_functions(db, actor) or landscape.list_core_tasks(db, actor)):
        raise WplError(QT_TRANSLATE_NOOP("errors", "This database already holds a company. The demo is only put into an empty database."))
    _fill_landscape(db, actor)
    teams = [people.save_team(db, actor, name).id for name in TEAMS]
    functions = {name: people.save_function(db, actor, name, text).id for name, text in FUNCTIONS}
    for first, prefix, last, team, function, start, end, education in EMPLOYEES:
        draft = EmployeeDraft(first, last, prefix, teams[team], functions[function], start, end, education)
        people.save_employee(db, actor, draft)
    demo_matrix.fill_matrix(db, actor)
    demo_board.fill_board(db, actor)
    demo_onboarding.fill_onboarding(db, actor)
    demo_learning.fill(db, actor)
    from wplstudio.services.demo_interviews import fill_interviews

    fill_interviews(db, actor)
    company.mark_demo(db, actor)
    company.save_company_name(db, actor, COMPANY_NAME, 0)


def _fill_landscape(db: Database, actor: Actor) -> None:
    for core_name, tasks in LANDSCAPE.items():
        core = landscape.save_core_task(db, actor, core_name)
        for name, description, why, validity in tasks:
            landscape.save_task(db, actor, TaskDraft(core.id, name, description, why, validity is not None, validity))
