"""The demo company's planning board: this week and next planned with jobs, absences,
learner-mentor pairs, learning time and improvement actions. Planned through the board's
own services, so the demo meets the same rules as a person would (a plan that warns is
kept with a reason, as a manager would give one)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from wplstudio.domain.actor import Actor
from wplstudio.domain.board import JobDraft, monday_of
from wplstudio.services import board_facts as facts
from wplstudio.services import board_jobs, board_learning, board_plan
from wplstudio.services.records import add_row, stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_board import BoardAbsence, BoardAssignment, BoardImprovement, BoardLearningTime

# key -> title, customer, location, estimated hours, tasks needed
JOBS = {
    "trap": ("Trapconstructie hal 3", "Bouwbedrijf Hoekstra", "Werkplaats", 64, ("MIG/MAG-lassen staal", "Tekening lezen")),
    "rvs": ("RVS-doseerkast", "Zuivelfabriek De Vlier", "Werkplaats", 40, ("TIG-lassen rvs", "Lasnaad beoordelen")),
    "storing": ("Storing verpakkingslijn", "Bakkerij Van Rijn", "Woerden", 16, ("Storing zoeken aan besturing", "PLC uitlezen")),
    "kantwerk": ("Behuizingen serie 40", "Techniek Noord", "Werkplaats", 48, ("Kantbank instellen", "Kanten volgens tekening")),
    "laser": ("Plaatdelen lasersnijden", "Agro Systems", "Werkplaats", 24, ("Lasersnijden",)),
    "cnc": ("Serie asbussen", "Hydrauliek Centrum", "Werkplaats", 40, ("CNC-frezen", "Meten en controleren")),
    "pers": ("Plaatsing kantpers", "Metaalwaren Veenstra", "Veenendaal", 48, ("Machine plaatsen en uitlijnen", "Elektrisch aansluiten")),
    "compressor": ("Onderhoud compressoren", "Gemeente Utrecht", "Utrecht", 16, ("Hydrauliek en pneumatiek", "Werkbon invullen")),
    "wvb": ("Werkvoorbereiding hal 3", "Bouwbedrijf Hoekstra", "Kantoor", 24, ("Tekening lezen", "Materiaal bestellen")),
    "alu": ("Aluminium leuningen", "Jachtwerf Schuttevaer", "Werkplaats", 32, ("TIG-lassen aluminium",)),
    "hekwerk": ("Hekwerk laadperron", "Transport Bosman", "Werkplaats", 20, ("MIG/MAG-lassen staal",)),
}

# first name, job, week (0 this, 1 next), first weekday (0 = Monday), days, hours a day
PLAN = (
    ("Piet", "trap", 0, 0, 3, 8), ("Marco", "trap", 0, 0, 5, 8), ("Jeroen", "trap", 0, 2, 3, 8), ("Lisa", "trap", 1, 0, 3, 8),
    ("Tomasz", "rvs", 0, 1, 4, 8), ("Tomasz", "alu", 1, 0, 4, 8), ("Marco", "alu", 1, 2, 2, 8),
    ("Ilse", "hekwerk", 0, 0, 3, 8), ("Ilse", "rvs", 1, 0, 3, 8), ("Jeroen", "hekwerk", 1, 0, 2, 8),
    ("Erik", "storing", 0, 1, 2, 8), ("Mustafa", "compressor", 0, 0, 2, 8), ("Niels", "pers", 0, 2, 3, 8),
    ("Joyce", "pers", 0, 2, 3, 8), ("Erik", "pers", 1, 0, 2, 8), ("Niels", "compressor", 1, 1, 2, 8), ("Joyce", "pers", 1, 0, 3, 8),
    ("Sanne", "kantwerk", 0, 0, 5, 8), ("Ruud", "kantwerk", 0, 0, 2, 8), ("Ruud", "laser", 0, 2, 3, 8), ("Sanne", "kantwerk", 1, 0, 3, 8),
    ("Ruud", "laser", 1, 0, 2, 8), ("Mehmet", "cnc", 0, 0, 5, 8), ("Kevin", "cnc", 0, 0, 5, 8), ("Mehmet", "cnc", 1, 0, 2, 8),
    ("Kevin", "laser", 1, 1, 2, 8), ("Anouk", "wvb", 0, 0, 2, 6), ("Martijn", "wvb", 0, 2, 2, 6), ("Fleur", "wvb", 1, 0, 2, 6),
    ("Henk", "trap", 0, 4, 1, 4), ("Lisa", "rvs", 0, 1, 2, 8),
)
REASON = "Geen ander vrij; Henk kijkt mee bij de start."

# learner, mentor, job, task, week, weekday, days
PAIRS = (
    ("Bram", "Piet", "trap", "MIG/MAG-lassen staal", 0, 0, 3),
    ("Piet", "Tomasz", "rvs", "TIG-lassen rvs", 0, 3, 2),
    ("Daan", "Sanne", "kantwerk", "Kantbank instellen", 0, 1, 3),
    ("Youssef", "Erik", "storing", "PLC uitlezen", 0, 1, 2),
    ("Kevin", "Lisa", "laser", "Lasersnijden", 1, 3, 1),
)

# first name, week, first weekday, last weekday, kind
ABSENCES = (("Wim", 0, 0, 4, "holiday"), ("Fleur", 0, 1, 2, "course"), ("Kevin", 0, 4, 4, "sick"),
            ("Martijn", 1, 2, 4, "holiday"), ("Mustafa", 1, 0, 1, "course"))

# first name, week, weekday, hours, kind, topic
LEARNING = (("Daan", 0, 4, 8, "learning", "Schooldag BBL"), ("Bram", 0, 4, 8, "learning", "Schooldag BBL"),
            ("Youssef", 0, 4, 8, "learning", "Schooldag BBL"), ("Sanne", 0, 4, 2, "mentoring", "Daan: terugblik op de week"),
            ("Ilse", 1, 3, 4, "learning", "Oefenen TIG-rvs op proefstukken"), ("Tomasz", 1, 3, 4, "mentoring", "Ilse: TIG-rvs proefstukken"),
            ("Daan", 1, 4, 8, "learning", "Schooldag BBL"), ("Bram", 1, 4, 8, "learning", "Schooldag BBL"))

# title, description, status, proposed by, owner, due in days
IMPROVEMENTS = (
    ("Vaste plek voor de lasmallen", "Mallen raken zoek; een rek met namen bij de lasplekken.", "busy", "Marco", "Piet", 10),
    ("Kantbankgereedschap sorteren op vorm", "Stempels en matrijzen per vorm en lengte in de kast, met foto op de deur.", "idea", "Sanne", "Ruud", 30),
    ("Storingslog per klant", "Na elke storing drie regels in het log, zodat een collega de volgende keer sneller is.", "busy", "Erik", "Mustafa", -3),
    ("Dagstart van tien minuten bij het planbord", "Elke ochtend om 7:30 kort bij het bord: wie doet wat, wie helpt wie.", "done", "Henk", "Henk", -14),
    ("Werkinstructie TIG-aluminium op video", "Tomasz laat zien hoe hij instelt; filmen met de telefoon, op de werkplaats-pc.", "idea", "Lisa", "Tomasz", 45),
)


# Work done in the months before: deployable people worked on the tasks they hold, except these
# (first name, task, days ago; None: never on the board), so the matrix shows a few stale levels.
STALE = (("Jeroen", "Storing zoeken aan besturing", 290), ("Ilse", "Kantbank instellen", 250), ("Henk", "MIG/MAG-lassen staal", 400),
         ("Martijn", "CNC-frezen", None), ("Mehmet", "Lasersnijden", 230), ("Lisa", "Kanten volgens tekening", 260),
         ("Wim", "Machine plaatsen en uitlijnen", 310))
PAST_DAYS = (16, 160)  # the other practice lies this many days back


def fill_board(db: Database, actor: Actor, today: date | None = None) -> None:
    """One transaction for the lot: the demo is filled in many tests."""
    base = today or date.today()
    monday = monday_of(base)
    staff, tasks = _lookups(db)
    with db.session() as s:
        jobs = {key: board_jobs.save_job_in(s, actor, JobDraft(title, customer, location, hours, tuple(tasks[t] for t in needed)))
                for key, (title, customer, location, hours, needed) in JOBS.items()}
        for first, job, week, weekday, days, hours in PLAN:
            _plan(s, actor, jobs[job], staff[first], _days(monday, week, weekday, days), hours)
        for learner, mentor, job, task, week, weekday, days in PAIRS:
            _pair(s, actor, jobs[job], staff[learner], staff[mentor], tasks[task], _days(monday, week, weekday, days))
        for first, week, a, b, kind in ABSENCES:
            add_row(s, actor, BoardAbsence(employee_id=staff[first], first_day=_day(monday, week, a), last_day=_day(monday, week, b),
                                           kind=kind, **stamp(actor)))
        for first, week, weekday, hours, kind, topic in LEARNING:
            add_row(s, actor, BoardLearningTime(employee_id=staff[first], day=_day(monday, week, weekday), hours=hours, kind=kind,
                                                topic=topic, **stamp(actor)))
        _past_work(s, actor, staff, tasks, base)
        for title, text, status, by, owner, due in IMPROVEMENTS:
            add_row(s, actor, BoardImprovement(title=title, description=text, status=status, proposed_by_id=staff[by],
                                               owner_id=staff[owner], due=base + timedelta(days=due), **stamp(actor)))


def _lookups(db: Database) -> tuple[dict[str, int], dict[str, int]]:
    with db.session() as s:
        staff = {f: i for i, f in s.execute(select(Employee.id, Employee.first_name).order_by(Employee.id.desc()))}
        tasks = {n: i for i, n in s.execute(select(Task.id, Task.name))}
    return staff, tasks


def _day(monday: date, week: int, weekday: int) -> date:
    return monday + timedelta(days=7 * week + weekday)


def _days(monday: date, week: int, weekday: int, count: int) -> list[date]:
    return [_day(monday, week, weekday + i) for i in range(count)]


def _plan(s, actor: Actor, job_id: int, employee_id: int, days: list[date], hours: int) -> list[board_plan.CardRef]:
    try:
        with s.begin_nested():  # a refused plan leaves nothing behind
            return board_plan.plan_in(s, actor, job_id, employee_id, days, hours, None)
    except board_plan.NeedsReason:
        return board_plan.plan_in(s, actor, job_id, employee_id, days, hours, REASON)


def _pair(s, actor: Actor, job_id: int, learner: int, mentor: int, task_id: int, days: list[date]) -> None:
    for day in days:
        _plan_if_missing(s, actor, job_id, mentor, day)
        ref = _plan_if_missing(s, actor, job_id, learner, day)[0]
        board_learning.pair_in(s, actor, ref.id, ref.version, mentor, task_id)


def _plan_if_missing(s, actor: Actor, job_id: int, employee_id: int, day: date) -> list[board_plan.CardRef]:
    found = s.execute(select(BoardAssignment.id, BoardAssignment.version).where(
        BoardAssignment.job_id == job_id, BoardAssignment.employee_id == employee_id, BoardAssignment.day == day)).first()
    if found:
        return [board_plan.CardRef(*found)]
    return _plan(s, actor, job_id, employee_id, [day], 8)


def _past_work(s, actor: Actor, staff: dict[str, int], tasks: dict[str, int], today: date) -> None:
    """Earlier series of the same jobs, done: one card per deployable person and task, on a working day
    in the months before (the board's history, so practice can be judged), the STALE ones longer ago."""
    past = {key: board_jobs.save_job_in(s, actor, JobDraft(f"{title} (vorige serie)", customer, location, hours,
                                                           tuple(tasks[n] for n in needed), status="done"))
            for key, (title, customer, location, hours, needed) in JOBS.items()}
    job_of = {}
    for key, (*_info, needed) in JOBS.items():
        for name in needed:
            job_of.setdefault(tasks[name], past[key])
    old = {(staff[first], tasks[task]): days for first, task, days in STALE}
    levels = facts.effective_levels(s, None, set(job_of), today)
    employed = {e: (start, end) for e, start, end in s.execute(select(Employee.id, Employee.start_date, Employee.end_date))}
    used: set[tuple[int, date]] = set()
    for n, ((employee_id, task_id), level) in enumerate(sorted(levels.items())):
        days = old.get((employee_id, task_id), PAST_DAYS[0] + (n * 37) % (PAST_DAYS[1] - PAST_DAYS[0]))
        start, end = employed[employee_id]
        if level < 3 or days is None or end is not None:
            continue
        day = _working_day(today - timedelta(days=days), employee_id, used)
        if start is not None and day < start:
            continue  # joined later: only their weeks on the board count
        add_row(s, actor, BoardAssignment(job_id=job_of[task_id], employee_id=employee_id, day=day, hours=8, **stamp(actor)))


def _working_day(day: date, employee_id: int, used: set[tuple[int, date]]) -> date:
    """The nearest earlier weekday on which the person has no card yet."""
    while day.weekday() >= 5 or (employee_id, day) in used:
        day -= timedelta(days=1)
    used.add((employee_id, day))
    return day
