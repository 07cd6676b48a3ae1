"""The demo company's onboarding: programs for the plate worker and the welder, and three
trajectories in different phases (just begun; halfway with a revoked and an overdue
module; completed). Start dates are counted back from today, so the phases look the
same whatever day the demo is made. The demo writes its signatures directly (nobody
types a PIN when a demo is filled); in the app every signature goes through a PIN."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.services import demo_pictures, onboarding, onboarding_programs as programs, onboarding_signing as signing
from wplstudio.services.records import now
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, JobFunction, Task
from wplstudio.storage.models_onboarding import OnboardingComment, OnboardingModule, OnboardingRevocation, OnboardingTalk, OnboardingTick, OnboardingTrajectory

# program -> (function, description, modules: (title, goal, why, safety, hours, assessment, pass criterion, assignments, {task: level}))
PROGRAMS = {
    "Inwerken plaatwerker": ("Plaatwerker", "De eerste weken in de plaatwerkerij: veilig werken, knippen, kanten en zelf een serie maken.", [
        ("Veilig beginnen in de werkplaats", "Je kent de looproutes, nooduitgangen en de regels bij de machines.",
         "Wie de risico's kent, blijft heel en houdt collega's heel.", "Veiligheidsschoenen, bril en gehoorbescherming bij elke machine.",
         16, "", "", ["Rondleiding met je mentor gelopen", "Nooduitgangen en blusmiddelen aangewezen", "Persoonlijke beschermingsmiddelen gepast"],
         {"Gereedschap veilig gebruiken": 2}),
        ("Tekening lezen", "Je haalt maten, zetrichting en materiaal uit een werktekening.",
         "Elke opdracht begint op tekening; een verkeerd gelezen maat is afkeur.", "",
         24, "", "", ["Drie tekeningen samen met je mentor doorgenomen", "Zelf een stuklijst uitgetrokken"], {"Tekening lezen": 2}),
        ("Plaatschaar bedienen", "Je knipt plaat op maat, haaks en zonder braam.",
         "Goed knippen scheelt werk bij kanten en lassen.", "Handen nooit achter de beschermkap; twee-handenbediening niet overbruggen.",
         24, "", "", ["Mes-speling ingesteld onder toezicht", "Tien stroken op maat geknipt", "Restmateriaal opgeruimd"],
         {"Plaatschaar bedienen": 2}),
        ("Kanten volgens tekening", "Je zet eenvoudige delen op maat en hoek.",
         "Hier begint bijna elke opdracht van de klant.", "Let op knelgevaar tussen boven- en ondergereedschap.",
         40, "Proefstuk: een U-profiel volgens tekening", "Maten binnen 0,5 mm, hoeken binnen 1 graad",
         ["Gereedschap gekozen met je mentor", "Proefstukken gezet en gemeten", "Proefstuk laten keuren"],
         {"Kanten volgens tekening": 2, "Meten en controleren": 2}),
        ("Zelf een kleine serie", "Je maakt een serie van twintig stuks zelfstandig, met eigen controle.",
         "Zelfstandig werken is het doel van het inwerken.", "",
         40, "", "", ["Werkbon gelezen en materiaal klaargezet", "Eerste stuk laten controleren", "Serie afgemaakt en werkbon ingevuld"],
         {"Kanten volgens tekening": 3, "Werkbon invullen": 2}),
    ]),
    "Inwerken lasser": ("Lasser", "Van veilig lassen tot een MAG-naad die de keuring doorstaat.", [
        ("Veilig lassen", "Je kent de gevaren van lasrook, straling, brand en gasflessen.",
         "Lasrook en vonken zijn de grootste risico's in onze werkplaats.", "Afzuiging aan, lashelm op, brandbare spullen weg, flessen vastgezet.",
         8, "", "", ["Afzuiging en lasscherm gecontroleerd", "Gasfles veilig gewisseld met je mentor"], {"Gereedschap veilig gebruiken": 2}),
        ("Lasnaden voorbereiden", "Je maakt naadvormen klaar en hecht delen op maat.",
         "Een goede voorbereiding is het halve lassen.", "Slijpen alleen met kap en bril.",
         16, "", "", ["Naadvorm volgens tekening geslepen", "Delen gehecht en nagemeten"], {"Tekening lezen": 2}),
        ("MAG-lassen hoeknaad", "Je last hoeknaden in staal in de positie PB.",
         "De meeste naden in onze constructies zijn hoeknaden.", "",
         32, "Proefstuk hoeknaad PB, visueel gekeurd", "Geen zichtbare poriën of inkartelingen, a-maat volgens tekening",
         ["Lasparameters ingesteld met je mentor", "Tien proefnaden gelast", "Proefstuk ingeleverd"], {"MIG/MAG-lassen staal": 2}),
        ("Naden beoordelen", "Je ziet zelf of een naad goed is en wat er mis is.",
         "Wie zijn eigen fouten ziet, levert beter werk af.", "",
         8, "", "", ["Tien naden beoordeeld samen met je mentor", "Foutkaart doorgenomen"], {"Lasnaad beoordelen": 2}),
    ]),
}

# module title -> (sketch, caption)
PICTURES = {
    "Veilig beginnen in de werkplaats": (demo_pictures.warning_sign, "Let op: bij elke machine bril en gehoorbescherming"),
    "Veilig lassen": (demo_pictures.warning_sign, "Afzuiging aan voor je begint"),
    "Kanten volgens tekening": (demo_pictures.u_profile, "Proefstuk: U-profiel, let op de maat onder"),
}

# trainee, program, mentor, days since the start, modules signed, module revoked (index or None), talks held
TRAJECTORIES = (
    ("Ilse Kok", "Inwerken lasser", "Marco Smit", 1, 0, None, 0),
    ("Daan Bakker", "Inwerken plaatwerker", "Ruud Jansen", 42, 3, 2, 1),
    ("Bram Mulder", "Inwerken lasser", "Tomasz Nowak", 90, 4, None, 3),
)


def fill_onboarding(db: Database, actor: Actor, today: date | None = None) -> None:
    today = today or date.today()
    with db.session() as s:
        functions = dict(s.execute(select(JobFunction.name, JobFunction.id)).all())
        tasks = dict(s.execute(select(Task.name, Task.id)).all())
        staff = {" ".join(p for p in (e.first_name, e.prefix, e.last_name) if p): e.id for e in s.scalars(select(Employee))}
    program_ids = {}
    for name, (function, description, modules) in PROGRAMS.items():
        program = programs.save_program(db, actor, name, functions.get(function), description)
        for title, goal, why, safety, hours, assessment, criterion, assignments, links in modules:
            draft = ModuleDraft(title, goal, why, safety, hours, assessment, criterion, tuple(assignments),
                                {tasks[t]: lvl for t, lvl in links.items() if t in tasks})
            module = programs.save_module(db, actor, program.id, draft)
            picture = PICTURES.get(title)
            if picture:
                programs.add_image(db, actor, module.id, picture[0](), picture[1])
        program_ids[name] = program.id
    for trainee, program, mentor, days, signed, revoked, talks in TRAJECTORIES:
        start = today - timedelta(days=days)
        row = onboarding.start_trajectory(db, actor, staff[trainee], program_ids[program], staff[mentor], start, today=today)
        _progress(db, row.id, staff[trainee], staff[mentor], trainee, mentor, signed, revoked, talks, today)


def _progress(db: Database, trajectory_id: int, trainee_id: int, mentor_id: int, trainee: str, mentor: str, signed: int,
              revoked: int | None, talks: int, today: date) -> None:
    """Ticks, signatures, a revocation, a comment and talks, in one transaction."""
    trainee_actor, mentor_actor = Actor(trainee, "employee", None, trainee_id), Actor(mentor, "mentor", None, mentor_id)
    with db.session() as s:
        t = s.get(OnboardingTrajectory, trajectory_id)
        modules = programs.modules_of(s, t.program_id)
        planned = rules.planned_dates(t.start_date, [m.hours for m in modules])
        for index, module in enumerate(modules[:signed + 1]):
            done = module.assignments if index < signed else module.assignments[:1]
            s.add_all(OnboardingTick(trajectory_id=t.id, assignment_id=a, at=now(), by=trainee[:80]) for a, _ in done)
            s.flush()
            if index < signed:
                orm_module = s.get(OnboardingModule, module.id)
                at = datetime.combine(planned[index], time(15, 30), tzinfo=timezone.utc) - timedelta(days=1)
                signing._write_signature(s, t, orm_module, rules.TRAINEE, trainee_actor, "", "", today, at)
                result = "Voldaan: naden zonder fouten" if module.assessment else ""
                signing._write_signature(s, t, orm_module, rules.MENTOR, mentor_actor, "Netjes gedaan.", result, today, at)
        if t.status == rules.COMPLETED:
            t.completed_on = planned[signed - 1] - timedelta(days=1)
        if revoked is not None and revoked < signed:
            s.add(OnboardingRevocation(trajectory_id=t.id, module_id=modules[revoked].id, round=1, at=now(), by=mentor[:120],
                                       reason="Per ongeluk afgetekend; het proefstuk moet nog gekeurd worden."))
            t.status, t.completed_on = rules.ACTIVE, None
        if len(modules) > signed:
            s.add(OnboardingComment(trajectory_id=t.id, module_id=modules[min(signed, len(modules) - 1)].id, at=now(),
                                    author=trainee[:80], author_role=rules.TRAINEE, text="Mag ik dit samen nog een keer voordoen?"))
        for n in range(talks):
            s.add(OnboardingTalk(trajectory_id=t.id, held_on=t.start_date + timedelta(weeks=4 * (n + 1) - 2), by=mentor[:80],
                                 notes="Gaat goed, rustig tempo.", next_steps="Volgende module samen plannen."))
