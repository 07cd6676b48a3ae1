"""The demo company's interviews: development interviews held about a year ago (confirmed,
with answers, goals and agreements: some done, some overdue), one held recently that
waits for the employee, and talks planned for the coming months. Dates are relative to
today, so "last year" and "coming months" stay true; one transaction for all of it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.people import full_name
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.services import audit
from wplstudio.services.interview_guides import ensure_builtin
from wplstudio.services.records import stamp
from wplstudio.storage.database import Database
from wplstudio.storage.models import Employee, Task
from wplstudio.storage.models_interviews import (DevelopmentGoal, FollowUpAction, Interview, InterviewAnswer,
                                                 InterviewEvent, InterviewGuide)

HOLDER = "Marjolein van Dalen"  # the owner holds the talks
MANAGER = "Henk van Dalen"

# employee, days ago held, answers, goal (title, task or None, target level), actions (what, who, due in days from held, done?)
HELD = (
    ("Sanne de Boer", 380, {"stand_trade": "3", "stand_help": "yes", "next_step": "Een nieuwe taak erbij leren",
                            "company_change": "Meer rvs-werk voor de voedingsindustrie; de nieuwe kantbank komt in het voorjaar.",
                            "stand_notes": "Kanten gaat zelfstandig en netjes. Lasersnijden nog onder begeleiding.",
                            "next_task": "Lasersnijden: zelfstandig programma's laden en de laser bewaken (niveau 3).",
                            "agree": "Twee middagen per maand meelopen met Ruud op de laser."},
     ("Zelfstandig lasersnijden", "Lasersnijden", 3),
     (("Meelopen met Ruud op de laser, twee middagen per maand", "Henk van Dalen", 90, True),
      ("Instructie nieuwe kantbank volgen bij de leverancier", "Sanne de Boer", 200, False))),
    ("Kevin Peters", 360, {"stand_trade": "2", "stand_help": "no", "next_step": "Beter worden in mijn huidige werk",
                           "stand_notes": "Programma's inlezen lukt; gereedschap inmeten kost nog te veel tijd.",
                           "agree": "Mehmet laat het inmeten zien; Kevin oefent op de oude freesbank."},
     ("Gereedschap zelf instellen en inmeten", "Gereedschap instellen", 3),
     (("Mehmet doet het inmeten drie keer voor", "Mehmet Yilmaz", 60, True),
      ("Oefenserie op de oude freesbank draaien", "Kevin Peters", 150, False))),
    ("Tomasz Nowak", 350, {"stand_trade": "4", "stand_help": "yes", "next_step": "Collega's inwerken of opleiden",
                           "stand_notes": "Sterke MIG/MAG-lasser; wil graag anderen leren lassen.",
                           "agree": "Tomasz wordt mentor voor Ilse bij het MIG/MAG-lassen."},
     ("Mentor worden voor nieuwe lassers", None, None),
     (("Cursus 'instructie geven op de werkvloer' aanvragen", "Marjolein van Dalen", 120, False),
      ("Tomasz begeleidt Ilse bij hoeknaden", "Tomasz Nowak", 90, True))),
    ("Niels Vos", 340, {"stand_trade": "3", "stand_help": "yes", "next_step": "Een cursus of diploma halen",
                        "stand_notes": "Zelfstandig bij klanten; wil storingen aan besturingen beter leren zoeken.",
                        "agree": "Aanmelden voor de PLC-cursus; eerst meelopen met Erik bij storingen."},
     ("Storing zoeken aan besturingen", "Storing zoeken aan besturing", 3),
     (("Aanmelden voor de PLC-basiscursus", "Anouk Dekker", 45, True),
      ("Drie storingen samen met Erik oplossen", "Erik de Groot", 180, False))),
    ("Lisa Meijer", 330, {"stand_trade": "3", "stand_help": "yes", "next_step": "Een nieuwe taak erbij leren",
                          "stand_notes": "Bouwt zelfstandig op uit tekening; TIG rvs nog niet.",
                          "agree": "Lisa leert TIG-lassen rvs bij Piet."},
     ("TIG-lassen rvs onder begeleiding", "TIG-lassen rvs", 2),
     (("Oefenplaten rvs klaarleggen en vijf proefnaden lassen", "Lisa Meijer", 100, True),
      ("Proefnaden beoordelen met Piet", "Piet Visser", 400, False))),
)
PLANNED = (("Sanne de Boer", 21), ("Kevin Peters", 35), ("Tomasz Nowak", 49), ("Mehmet Yilmaz", 63), ("Joyce Hendriks", 84))
RECENT = ("Marco Smit", 6, {"stand_trade": "4", "stand_notes": "Vakkundig en rustig; helpt de leerlingen graag.",
                            "agree": "Marco volgt het lascertificaat-examen opnieuw."})


def fill_interviews(db: Database, actor: Actor, today: date | None = None) -> None:
    require(actor, "interviews", "edit", OTHERS)
    today = today or date.today()
    with db.session() as s:
        ensure_builtin(s)
        guide = s.scalar(select(InterviewGuide.id).where(InterviewGuide.builtin == "development.nl"))
        staff = {full_name(e.first_name, e.prefix, e.last_name): e.id for e in s.scalars(select(Employee))}
        tasks = {name: task_id for task_id, name in s.execute(select(Task.id, Task.name))}
        for name, days, answers, goal, actions in HELD:
            _held(s, actor, staff[name], guide, today - timedelta(days=days), answers, goal, actions, tasks)
        name, days, answers = RECENT
        recent = _interview(s, actor, staff[name], guide, today - timedelta(days=days), rules.HELD, answers)
        _plan(s, actor, recent, ("Lascertificaat ISO 9606-1 opnieuw halen", "Lascertificaat ISO 9606-1", 3),
              (("Examen bij het lasinstituut inplannen", "Anouk Dekker", 30, False),), tasks)
        for name, days in PLANNED:
            _interview(s, actor, staff[name], guide, today + timedelta(days=days), rules.PLANNED, {})
        _earlier_talks(s, actor, today, staff)
        audit.record(s, actor, "demo", "interviews", "", None, {"interviews": len(HELD) + 1 + len(PLANNED)})


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=timezone.utc)


def _interview(s, actor: Actor, employee_id: int, guide_id: int, day: date, status: str, answers: dict) -> Interview:
    held = status != rules.PLANNED
    row = Interview(employee_id=employee_id, guide_id=guide_id, planned_on=day, held_on=day if held else None,
                    interviewer_name=HOLDER, status=status, **stamp(actor))
    if status == rules.CONFIRMED:
        row.confirmed_at = _moment(day + timedelta(days=3))
    s.add(row)
    s.flush()
    for key, value in answers.items():
        s.add(InterviewAnswer(interview_id=row.id, side=rules.INTERVIEWER, question_key=key, value=value, saved_at=_moment(day)))
    s.add(InterviewEvent(interview_id=row.id, at=_moment(day - timedelta(days=21)), by=HOLDER, kind="planned"))
    if held:
        s.add(InterviewEvent(interview_id=row.id, at=_moment(day), by=HOLDER, kind="held"))
    return row


def _held(s, actor: Actor, employee_id: int, guide_id: int, day: date, answers: dict, goal: tuple, actions: tuple,
          tasks: dict) -> None:
    interview = _interview(s, actor, employee_id, guide_id, day, rules.CONFIRMED, answers)
    s.add(InterviewEvent(interview_id=interview.id, at=interview.confirmed_at, by="", kind="confirmed"))
    s.add(InterviewAnswer(interview_id=interview.id, side=rules.EMPLOYEE, question_key="prep_learn",
                          value="Iets nieuws erbij leren.", saved_at=_moment(day - timedelta(days=2))))
    _plan(s, actor, interview, goal, actions, tasks)


def _plan(s, actor: Actor, interview: Interview, goal: tuple, actions: tuple, tasks: dict) -> None:
    employee_id, day = interview.employee_id, interview.held_on
    title, task, level = goal
    row = DevelopmentGoal(employee_id=employee_id, title=title, task_id=tasks.get(task) if task else None,
                          target_level=level if task else None, target_date=day + timedelta(days=365),
                          status=rules.OPEN, interview_id=interview.id, **stamp(actor))
    s.add(row)
    s.flush()
    for what, who, due_days, done in actions:
        due = day + timedelta(days=due_days)
        s.add(FollowUpAction(employee_id=employee_id, interview_id=interview.id, goal_id=row.id, what=what, who=who,
                             due_on=due, status=rules.DONE if done else rules.OPEN, done_on=due if done else None,
                             **stamp(actor)))


def _earlier_talks(s, actor: Actor, today: date, staff: dict[str, int]) -> None:
    """A performance interview for the others who have been here over a year, spread so that some are
    up to date, some due soon and a few overdue; the newest leerlingen have not had one yet."""
    guide = s.scalar(select(InterviewGuide.id).where(InterviewGuide.builtin == "performance.nl"))
    busy = {row[0] for row in HELD} | {RECENT[0]}
    people = s.execute(select(Employee.id, Employee.start_date, Employee.end_date).order_by(Employee.id))
    for index, (employee_id, started, ended) in enumerate(people):
        if employee_id in {staff[n] for n in busy} or (ended and ended < today) or not started:
            continue
        held = today - timedelta(days=200 + (index * 53) % 230)
        if started < held:
            _interview(s, actor, employee_id, guide, held, rules.CONFIRMED,
                       {"work_quality": str(3 + index % 3), "team_work": str(3 + (index + 1) % 3),
                        "work_examples": "Werkt netjes en veilig; planning van eigen werk kan strakker."})
