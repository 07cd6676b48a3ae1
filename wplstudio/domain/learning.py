"""Learning activities and the yearly training plan: kinds, checks and sums. Standard library only.

Hours are kept as whole minutes and costs as whole cents, so sums are exact on
SQLite and PostgreSQL alike. On the job: learning while working (training on the
job, coaching, job rotation, cross-training). Off the job: away from the work
(a formal course, a knowledge-sharing session, peer review / intervisie)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.text import QT_TRANSLATE_NOOP

COURSE, ON_THE_JOB, COACHING, ROTATION, CROSS_TRAINING, KNOWLEDGE_SHARING, PEER_REVIEW = (
    "course", "on_the_job", "coaching", "job_rotation", "cross_training", "knowledge_sharing", "peer_review")
KINDS = (COURSE, ON_THE_JOB, COACHING, ROTATION, CROSS_TRAINING, KNOWLEDGE_SHARING, PEER_REVIEW)
KIND_TITLES = {
    COURSE: QT_TRANSLATE_NOOP("learning", "Formal course"),
    ON_THE_JOB: QT_TRANSLATE_NOOP("learning", "Training on the job"),
    COACHING: QT_TRANSLATE_NOOP("learning", "Coaching"),
    ROTATION: QT_TRANSLATE_NOOP("learning", "Job rotation"),
    CROSS_TRAINING: QT_TRANSLATE_NOOP("learning", "Cross-training"),
    KNOWLEDGE_SHARING: QT_TRANSLATE_NOOP("learning", "Knowledge-sharing session"),
    PEER_REVIEW: QT_TRANSLATE_NOOP("learning", "Peer review (intervisie)"),
}
ON_JOB_KINDS = frozenset({ON_THE_JOB, COACHING, ROTATION, CROSS_TRAINING})
MAX_MINUTES = 24 * 60 * 366  # a year of days and nights: more is a typing error
MAX_CENTS = 10_000_000_00  # ten million euro

# Where an activity came from: by hand, or made by another area when it knew.
MANUAL = "manual"
FROM_ONBOARDING, FROM_INTERVIEWS, FROM_BOARD = "onboarding", "interviews", "board"
SOURCE_TITLES = {MANUAL: QT_TRANSLATE_NOOP("learning", "by hand"),
                 FROM_ONBOARDING: QT_TRANSLATE_NOOP("learning", "onboarding"),
                 FROM_INTERVIEWS: QT_TRANSLATE_NOOP("learning", "interview"),
                 FROM_BOARD: QT_TRANSLATE_NOOP("learning", "planning board")}


def source_title(source: str) -> str:
    """The English source text of where an activity came from (translate it in context "learning");
    an unknown area's code is shown as it is rather than hidden."""
    return SOURCE_TITLES.get(source, source)

# How a plan line is learned.
HOW_ON_THE_JOB, HOW_COURSE = "on_the_job", "course"
HOWS = (HOW_ON_THE_JOB, HOW_COURSE)
HOW_TITLES = {HOW_ON_THE_JOB: QT_TRANSLATE_NOOP("learning", "On the job with a mentor"),
              HOW_COURSE: QT_TRANSLATE_NOOP("learning", "Course")}
PLANNED, DONE, DROPPED = "planned", "done", "dropped"
PLAN_STATES = (PLANNED, DONE, DROPPED)
STATE_TITLES = {PLANNED: QT_TRANSLATE_NOOP("learning", "planned"), DONE: QT_TRANSLATE_NOOP("learning", "done"),
                DROPPED: QT_TRANSLATE_NOOP("learning", "dropped")}
FROM_MATRIX, FROM_PLAN, FROM_HAND = "matrix", "development_plan", "manual"


def is_on_the_job(kind: str) -> bool:
    return kind in ON_JOB_KINDS


def _problem(field: str, message: str, **params) -> FieldProblem:
    return FieldProblem(field, message, params)


def to_minutes(hours: object) -> int:
    """Hours as typed ('7,5', 7.5, Decimal) -> whole minutes; refuses negative or absurd values."""
    value = _number(hours, QT_TRANSLATE_NOOP("fields", "hours"))
    if value < 0:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "hours"), QT_TRANSLATE_NOOP(
            "errors", "Hours cannot be negative ({value})."), value=_shown(value))])
    minutes = int((value * 60).to_integral_value())
    if minutes > MAX_MINUTES:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "hours"), QT_TRANSLATE_NOOP(
            "errors", "{value} hours is more than a year; check the number."), value=_shown(value))])
    return minutes


def to_cents(cost: object) -> int:
    """A cost in euro as typed ('1.250,00', '99,95', 12.5) -> whole cents; refuses negative amounts."""
    value = _number(cost, QT_TRANSLATE_NOOP("fields", "cost"))
    if value < 0:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "cost"), QT_TRANSLATE_NOOP(
            "errors", "A cost cannot be negative ({value})."), value=_shown(value))])
    cents = int((value * 100).to_integral_value())
    if cents > MAX_CENTS:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "cost"), QT_TRANSLATE_NOOP(
            "errors", "A cost of {value} euro is not believable; check the number."), value=_shown(value))])
    return cents


def _shown(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _number(raw: object, field: str) -> Decimal:
    if raw is None or raw == "":
        return Decimal(0)
    if isinstance(raw, bool):
        raise ValueError("a boolean is not a number")
    text = str(raw).strip().replace("€", "").replace(" ", "")
    if "," in text:  # Dutch: 1.250,50
        text = text.replace(".", "").replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationFailed([_problem(field, QT_TRANSLATE_NOOP("errors", "'{value}' is not a number."), value=str(raw))])
    return value


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "kind"), QT_TRANSLATE_NOOP(
            "errors", "Choose what kind of learning it was."))])
    return kind


def clean_title(title: str | None) -> str:
    text = " ".join((title or "").split())
    if not text:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "what"), QT_TRANSLATE_NOOP(
            "errors", "Say what was learned (for example the name of the course)."))])
    return text[:200]


def check_date(held_on: object) -> date:
    if not isinstance(held_on, date):
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "date"), QT_TRANSLATE_NOOP(
            "errors", "Fill in the date of the learning activity."))])
    return held_on


@dataclass(frozen=True)
class ActivityDraft:
    """What a person typed; hours and cost as typed (checked into minutes and cents)."""

    employee_id: int
    kind: str
    title: str
    held_on: date
    hours: object = 0
    cost: object = 0
    certificate: bool = False
    provider: str = ""
    note: str = ""


@dataclass(frozen=True)
class CheckedActivity:
    employee_id: int
    kind: str
    title: str
    held_on: date
    minutes: int
    cost_cents: int
    certificate: bool
    provider: str
    note: str


def check_activity(draft: ActivityDraft) -> CheckedActivity:
    """Every field checked at once, so the person sees all problems in one message."""
    problems: list[FieldProblem] = []
    values = {}
    for name, check, raw in (("kind", check_kind, draft.kind), ("title", clean_title, draft.title),
                             ("held_on", check_date, draft.held_on), ("minutes", to_minutes, draft.hours),
                             ("cost_cents", to_cents, draft.cost)):
        try:
            values[name] = check(raw)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
    if problems:
        raise ValidationFailed(problems)
    return CheckedActivity(draft.employee_id, values["kind"], values["title"], values["held_on"], values["minutes"],
                           values["cost_cents"], bool(draft.certificate), " ".join((draft.provider or "").split())[:120],
                           (draft.note or "").strip()[:4000])


# --- sums ------------------------------------------------------------------------

@dataclass(frozen=True)
class Totals:
    activities: int = 0
    on_job_minutes: int = 0
    off_job_minutes: int = 0
    cost_cents: int = 0
    certificates: int = 0

    @property
    def minutes(self) -> int:
        return self.on_job_minutes + self.off_job_minutes

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def on_job_share(self) -> float:
        return self.on_job_minutes / self.minutes if self.minutes else 0.0

    def plus(self, kind: str, minutes: int, cents: int, certificate: bool) -> "Totals":
        on = is_on_the_job(kind)
        return Totals(self.activities + 1, self.on_job_minutes + (minutes if on else 0),
                      self.off_job_minutes + (0 if on else minutes), self.cost_cents + cents,
                      self.certificates + (1 if certificate else 0))


def hours_text(minutes: int) -> str:
    """Minutes as hours the way a Dutch workshop writes them: 7,5 / 12 / 0,25."""
    value = Decimal(minutes) / 60
    text = format(value.quantize(Decimal("0.01")).normalize(), "f")
    return text.replace(".", ",")


def euro_text(cents: int) -> str:
    whole, part = divmod(cents, 100)
    return f"€ {whole:,}".replace(",", ".") + f",{part:02d}"


def planned_month(year: int, reason_rank: int, target: date | None) -> date:
    """When a plan line is planned: its target date when that falls in the year, else spread by urgency
    (a gap against the function profile first, in the first quarter; coverage later)."""
    if target is not None and target.year == year:
        return target.replace(day=1)
    return date(year, (3, 6, 9)[min(reason_rank, 2)], 1)
