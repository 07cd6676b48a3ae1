"""Rules of development interviews: guides with typed questions, answers that fit
their question, the life of an interview (planned, held, confirmed or a correction
asked), follow-up actions that run late, and the interview cycle.

A guide's content is plain data (sections of questions plus the preparation
questions the employee gets in advance), stored as JSON so that a new version of
a guide is one new row and every interview keeps the version it was held with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from wplstudio.domain.errors import FieldProblem, ValidationFailed, WplError
from wplstudio.domain.people import has_control_characters
from wplstudio.domain.privacy import add_months
from wplstudio.domain.text import QT_TRANSLATE_NOOP

TEXT, RATING, YESNO, CHOICE = "text", "rating", "yesno", "choice"
QUESTION_TYPES = (TEXT, RATING, YESNO, CHOICE)
QUESTION_TYPE_TITLES = {
    TEXT: QT_TRANSLATE_NOOP("interviews", "open answer"),
    RATING: QT_TRANSLATE_NOOP("interviews", "rating 1-5"),
    YESNO: QT_TRANSLATE_NOOP("interviews", "yes / no"),
    CHOICE: QT_TRANSLATE_NOOP("interviews", "choice"),
}
YES, NO = "yes", "no"
RATING_MIN, RATING_MAX = 1, 5
# Plain words a technician uses for a 1-5 rating, per language; a question may bring its own.
RATING_LABELS = {
    "nl": ("Lukt nog niet", "Lukt met hulp", "Gaat goed", "Gaat heel goed", "Kan het anderen leren"),
    "en": ("Not yet", "With help", "Goes well", "Goes very well", "Can teach others"),
}
YESNO_WORDS = {"nl": ("Ja", "Nee"), "en": ("Yes", "No")}
LANGUAGES = ("nl", "en")

INTERVIEWER, EMPLOYEE = "interviewer", "employee"  # whose answer: the talk itself, or the preparation
PLANNED, HELD, CONFIRMED, CORRECTION = "planned", "held", "confirmed", "correction"
STATUS_TITLES = {
    PLANNED: QT_TRANSLATE_NOOP("interviews", "planned"),
    HELD: QT_TRANSLATE_NOOP("interviews", "held, waiting for the employee"),
    CONFIRMED: QT_TRANSLATE_NOOP("interviews", "confirmed"),
    CORRECTION: QT_TRANSLATE_NOOP("interviews", "correction asked"),
}
EVENT_TITLES = {
    "planned": QT_TRANSLATE_NOOP("interviews", "planned"),
    "held": QT_TRANSLATE_NOOP("interviews", "held"),
    "confirmed": QT_TRANSLATE_NOOP("interviews", "seen and agreed"),
    "correction": QT_TRANSLATE_NOOP("interviews", "correction asked"),
    "reopened": QT_TRANSLATE_NOOP("interviews", "reopened"),
}
OPEN, DONE, DROPPED = "open", "done", "dropped"
ACTION_STATUSES = (OPEN, DONE, DROPPED)
REACHED = "reached"
PLAN_STATUS_TITLES = {
    OPEN: QT_TRANSLATE_NOOP("interviews", "open"),
    DONE: QT_TRANSLATE_NOOP("interviews", "done"),
    DROPPED: QT_TRANSLATE_NOOP("interviews", "dropped"),
    REACHED: QT_TRANSLATE_NOOP("interviews", "reached"),
    "overdue": QT_TRANSLATE_NOOP("interviews", "overdue"),
}
GOAL_STATUSES = (OPEN, REACHED, DROPPED)

NAME_MAX, QUESTION_MAX, ANSWER_MAX, WHO_MAX = 80, 500, 20_000, 120
DEFAULT_INTERVAL_MONTHS, INTERVAL_MIN, INTERVAL_MAX = 12, 1, 60
DUE_SOON_DAYS = 60  # "due" from two months before the date on


@dataclass(frozen=True)
class Question:
    key: str
    type: str
    text: str
    help: str = ""
    options: tuple[str, ...] = ()  # a choice question's options
    labels: tuple[str, ...] = ()  # a rating's five words; empty: the language's default words


@dataclass(frozen=True)
class Section:
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class GuideContent:
    sections: tuple[Section, ...]
    preparation: tuple[Question, ...] = ()
    intro: str = ""

    def questions(self) -> list[Question]:
        return [q for section in self.sections for q in section.questions]

    def question(self, key: str) -> Question | None:
        return next((q for q in [*self.questions(), *self.preparation] if q.key == key), None)


# --- content as JSON -------------------------------------------------------------

def content_to_json(content: GuideContent) -> str:
    def q(question: Question) -> dict:
        return {"key": question.key, "type": question.type, "text": question.text, "help": question.help,
                "options": list(question.options), "labels": list(question.labels)}

    return json.dumps({"intro": content.intro, "preparation": [q(p) for p in content.preparation],
                       "sections": [{"title": s.title, "questions": [q(x) for x in s.questions]} for s in content.sections]},
                      ensure_ascii=False)


def content_from_json(text: str) -> GuideContent:
    data = json.loads(text or "{}")

    def q(raw: dict) -> Question:
        return Question(raw["key"], raw["type"], raw["text"], raw.get("help", ""), tuple(raw.get("options", ())),
                        tuple(raw.get("labels", ())))

    sections = tuple(Section(s["title"], tuple(q(x) for x in s["questions"])) for s in data.get("sections", ()))
    return GuideContent(sections, tuple(q(p) for p in data.get("preparation", ())), data.get("intro", ""))


# --- checking a guide --------------------------------------------------------------

def _problem(field_name: str, message: str, **params) -> FieldProblem:
    return FieldProblem(field_name, message, params)


def check_guide(name: str, language: str, content: GuideContent) -> str:
    """The cleaned name; raises ValidationFailed with every problem of the guide at once."""
    name = " ".join((name or "").split())
    problems = []
    if not name or len(name) > NAME_MAX or has_control_characters(name):
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "guide name"), QT_TRANSLATE_NOOP(
            "errors", "A guide needs a name of at most {max} characters."), max=NAME_MAX))
    if language not in LANGUAGES:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "language"), QT_TRANSLATE_NOOP(
            "errors", "A guide is in Dutch (nl) or English (en).")))
    if not content.questions():
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "questions"), QT_TRANSLATE_NOOP(
            "errors", "A guide needs at least one question.")))
    problems += _question_problems([*content.questions(), *content.preparation])
    if problems:
        raise ValidationFailed(problems)
    return name


def _question_problems(questions: list[Question]) -> list[FieldProblem]:
    problems, seen = [], set()
    where = QT_TRANSLATE_NOOP("fields", "question")
    for q in questions:
        if q.key in seen or not q.key:
            problems.append(_problem(where, QT_TRANSLATE_NOOP("errors", "Two questions share the key {key}."), key=q.key))
        seen.add(q.key)
        if q.type not in QUESTION_TYPES:
            problems.append(_problem(where, QT_TRANSLATE_NOOP("errors", "Unknown question type {type}."), type=q.type))
        if not q.text.strip() or len(q.text) > QUESTION_MAX:
            problems.append(_problem(where, QT_TRANSLATE_NOOP(
                "errors", "Every question needs a text of at most {max} characters."), max=QUESTION_MAX))
        if q.type == CHOICE and len([o for o in q.options if o.strip()]) < 2:
            problems.append(_problem(where, QT_TRANSLATE_NOOP(
                "errors", "The choice question \"{text}\" needs at least two options."), text=q.text[:60]))
        if q.type == RATING and q.labels and len(q.labels) != RATING_MAX:
            problems.append(_problem(where, QT_TRANSLATE_NOOP(
                "errors", "A rating has five words, one for each of 1 to 5.")))
    return problems


def rating_labels(question: Question, language: str) -> tuple[str, ...]:
    return question.labels or RATING_LABELS.get(language, RATING_LABELS["nl"])


# --- answers -------------------------------------------------------------------------

def check_answer(question: Question | None, value: str | None) -> str:
    """The answer as stored (text; a rating as "1".."5"; yes/no as "yes"/"no"; a choice as its option).
    Empty is always allowed: an unanswered question."""
    if question is None:
        raise WplError(QT_TRANSLATE_NOOP("errors", "This question is not in the interview's guide."))
    value = "" if value is None else str(value)
    if value.strip() == "":
        return ""
    if question.type == RATING:
        return _rating(value)
    if question.type == YESNO:
        if value not in (YES, NO):
            raise _answer_problem(QT_TRANSLATE_NOOP("errors", "Answer yes or no."))
        return value
    if question.type == CHOICE:
        if value not in question.options:
            raise _answer_problem(QT_TRANSLATE_NOOP("errors", "Choose one of the options given."))
        return value
    return _text(value)


def _rating(value: str) -> str:
    if not value.strip().isdigit() or not RATING_MIN <= int(value) <= RATING_MAX:
        raise _answer_problem(QT_TRANSLATE_NOOP("errors", "A rating is a whole number from {low} to {high}."),
                              low=RATING_MIN, high=RATING_MAX)
    return str(int(value))


def _text(value: str) -> str:
    if len(value) > ANSWER_MAX:
        raise _answer_problem(QT_TRANSLATE_NOOP("errors", "An answer can be at most {max} characters."), max=ANSWER_MAX)
    if has_control_characters(value, allowed="\n\t\r"):
        raise _answer_problem(QT_TRANSLATE_NOOP("errors", "The answer holds invisible characters; type it again."))
    return value


def _answer_problem(message: str, **params) -> ValidationFailed:
    return ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "answer"), message, **params)])


def answer_words(question: Question, value: str, language: str) -> str:
    """An answer as a person reads it: a rating as "4 - Gaat heel goed", yes/no in words."""
    if not value:
        return ""
    if question.type == RATING:
        return f"{value} - {rating_labels(question, language)[int(value) - 1]}"
    if question.type == YESNO:
        yes, no = YESNO_WORDS.get(language, YESNO_WORDS["nl"])
        return yes if value == YES else no
    return value


# --- the life of an interview -----------------------------------------------------------

class PastDate(WplError):
    """A warning, not a refusal: the caller asks the person and tries again with past_ok."""


def check_planned_date(planned_on: date | None, today: date, past_ok: bool) -> date:
    if planned_on is None:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "date"), QT_TRANSLATE_NOOP(
            "errors", "Fill in the date of the interview."))])
    if planned_on < today and not past_ok:
        raise PastDate(QT_TRANSLATE_NOOP("errors", "The date {day} is in the past. Plan it anyway?"),
                       day=planned_on.strftime("%d-%m-%Y"))
    return planned_on


def is_progress_talk(builtin_key: str) -> bool:
    """A guide for the onboarding progress talk (built in, "onboarding.nl"/"onboarding.en"): holding one is coaching."""
    return (builtin_key or "").split(".")[0] == "onboarding"


def interviewer_may_write(status: str) -> bool:
    """A confirmed interview is locked until someone reopens it (which leaves a trace)."""
    return status != CONFIRMED


def employee_may_prepare(status: str) -> bool:
    return status == PLANNED


def employee_sees_talk(status: str) -> bool:
    """The employee reads the interviewer's answers once the talk has been held."""
    return status != PLANNED


def refuse_locked() -> WplError:
    return WplError(QT_TRANSLATE_NOOP(
        "errors", "This interview has been confirmed and is locked. Reopen it first if something must change."))


# --- follow-up actions ---------------------------------------------------------------------

def check_action(what: str, who: str, due_on: date | None, status: str = OPEN) -> tuple[str, str]:
    what, who = (what or "").strip(), " ".join((who or "").split())
    problems = []
    if not what or len(what) > QUESTION_MAX * 4:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "what"), QT_TRANSLATE_NOOP(
            "errors", "Say what is to be done.")))
    if not who or len(who) > WHO_MAX:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "who"), QT_TRANSLATE_NOOP(
            "errors", "Every action needs someone who does it.")))
    if due_on is None:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "by when"), QT_TRANSLATE_NOOP(
            "errors", "Every action needs a date by when it is done.")))
    if status not in ACTION_STATUSES:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "status"), QT_TRANSLATE_NOOP("errors", "Unknown status.")))
    if problems:
        raise ValidationFailed(problems)
    return what, who


def action_overdue(status: str, due_on: date | None, today: date) -> bool:
    return status == OPEN and due_on is not None and due_on < today


def check_goal(title: str, task_id: int | None, target_level: int | None, status: str = OPEN) -> str:
    title = (title or "").strip()
    problems = []
    if not title or len(title) > QUESTION_MAX:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "goal"), QT_TRANSLATE_NOOP(
            "errors", "Describe the goal in at most {max} characters."), max=QUESTION_MAX))
    if task_id is not None and (not isinstance(target_level, int) or not 1 <= target_level <= 4):
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "target level"), QT_TRANSLATE_NOOP(
            "errors", "A goal on a task needs a target level from 1 to 4.")))
    if status not in GOAL_STATUSES:
        problems.append(_problem(QT_TRANSLATE_NOOP("fields", "status"), QT_TRANSLATE_NOOP("errors", "Unknown status.")))
    if problems:
        raise ValidationFailed(problems)
    return title


# --- the cycle ----------------------------------------------------------------------------

OVERDUE, DUE, UP_TO_DATE, SCHEDULED = "overdue", "due", "ok", "planned"
CYCLE_TITLES = {
    OVERDUE: QT_TRANSLATE_NOOP("interviews", "overdue"),
    DUE: QT_TRANSLATE_NOOP("interviews", "due soon"),
    UP_TO_DATE: QT_TRANSLATE_NOOP("interviews", "up to date"),
    SCHEDULED: QT_TRANSLATE_NOOP("interviews", "planned"),
}


def check_interval(months: object) -> int:
    if not isinstance(months, int) or isinstance(months, bool) or not INTERVAL_MIN <= months <= INTERVAL_MAX:
        raise ValidationFailed([_problem(QT_TRANSLATE_NOOP("fields", "interval"), QT_TRANSLATE_NOOP(
            "errors", "The interval is a whole number of months from {low} to {high}."), low=INTERVAL_MIN, high=INTERVAL_MAX)])
    return months


@dataclass(frozen=True)
class CycleState:
    due_on: date
    state: str  # OVERDUE, DUE, UP_TO_DATE or SCHEDULED


def cycle_state(last_held: date | None, started: date | None, interval_months: int, next_planned: date | None,
                today: date) -> CycleState:
    """When the next talk is due: an interval after the last one; someone never interviewed is due an
    interval after they started (today if the start date is unknown)."""
    base = last_held or started
    due_on = add_months(base, interval_months) if base else today
    if next_planned is not None:
        return CycleState(due_on, SCHEDULED)
    if due_on < today:
        return CycleState(due_on, OVERDUE)
    return CycleState(due_on, DUE if due_on <= today + timedelta(days=DUE_SOON_DAYS) else UP_TO_DATE)


def due_in_year(last_before: date | None, started: date | None, ended: date | None, interval_months: int, year: int) -> bool:
    """Was someone due a talk in this year? Their due date (an interval after the last talk before the
    year, or after they started) falls in or before the year, and they still worked here on that day
    (or on 1 January, for a talk overdue from earlier). Counted once per person per year, also when
    the interval is shorter than a year."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    if (started is not None and started > last) or (ended is not None and ended < first):
        return False
    base = last_before or started
    due_on = add_months(base, interval_months) if base else first
    return due_on <= last and (ended is None or ended >= max(due_on, first))


def suggest_dates(due: list[tuple[int, date]], today: date, per_week: int = 3) -> dict[int, date]:
    """(key, due date) -> a suggested working day: not before next week, overdue ones first,
    at most per_week talks in a week so the owner can keep up.

    Taken in order of due date, the first possible day never goes back, so every week before the
    last one filled is full: the search starts there instead of walking past full weeks each time
    (250 overdue people cost 80 ms the other way)."""
    suggested, week_load = {}, {}
    last: date | None = None
    for key, due_on in sorted(due, key=lambda item: (item[1], item[0])):
        day = _weekday(max(due_on, today + timedelta(days=7)))
        if last is not None and day.isocalendar()[:2] < last.isocalendar()[:2]:
            day = last - timedelta(days=last.weekday())  # the Monday of the week filled last
        while week_load.get(day.isocalendar()[:2], 0) >= per_week:
            day = _weekday(day + timedelta(days=7 - day.weekday()))
        week_load[day.isocalendar()[:2]] = week_load.get(day.isocalendar()[:2], 0) + 1
        suggested[key] = last = day
    return suggested


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day

