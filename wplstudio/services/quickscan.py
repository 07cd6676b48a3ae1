"""The readiness quickscan as use cases: save a scan (as a draft or finished), list and
open scans, compare them over time.

Permissions (area "quickscan"): a scan is about the company, not one person, so
viewing and editing need the right on "others": the owner and managers. Mentors and
employees answer on paper or on the owner's PC; their answers are entered as a respondent.
A save writes the scan, its respondents and all answers in one transaction: a refused
save (unanswered question, no respondents) writes nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wplstudio.domain import quickscan as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import audit
from wplstudio.services.records import add_row, delete_versioned, fetch, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models_quickscan import Quickscan, QuickscanAnswer, QuickscanRespondent

DRAFT, FINAL = "draft", "final"


@dataclass(frozen=True)
class RespondentDraft:
    name: str
    role: str = "employee"  # rules.RESPONDENT_ROLES
    answers: dict[str, int] = field(default_factory=dict)  # question key -> score; missing: not answered yet
    employee_id: int | None = None


@dataclass(frozen=True)
class ScanDraft:
    title: str
    held_on: date
    respondents: list[RespondentDraft] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class ScanSummary:
    id: int
    title: str
    held_on: date
    status: str
    respondents: int
    total: float | None
    conclusion: str | None
    version: int


@dataclass(frozen=True)
class RespondentView:
    id: int
    name: str
    role: str
    employee_id: int | None
    answers: dict[str, int]
    total: int | None
    complete: bool


@dataclass(frozen=True)
class ScanDetail:
    id: int
    title: str
    held_on: date
    status: str
    note: str
    version: int
    respondents: list[RespondentView]
    result: rules.Result

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT


# --- saving ----------------------------------------------------------------------

def save(db: Database, actor: Actor, draft: ScanDraft, scan_id: int | None = None, version: int | None = None,
         finish: bool = False, lang: str = "en") -> ScanDetail:
    """Save the whole scan. finish=True refuses (writing nothing) unless every respondent answered
    every question; finish=False keeps it as a draft to finish later."""
    require(actor, "quickscan", "edit", OTHERS)
    title, people = _checked(draft)
    if finish:
        rules.check_complete([(r.name, r.answers) for r in people], lang)
    status = FINAL if finish else DRAFT
    with db.session() as s:
        values = {"title": title, "held_on": draft.held_on, "status": status, "note": (draft.note or "").strip()[:4000]}
        if scan_id is None:
            scan_id = add_row(s, actor, Quickscan(**values, **stamp(actor))).id
        else:
            update_versioned(s, Quickscan, scan_id, version or 0, actor, values)
        _replace_respondents(s, actor, scan_id, people)
        return _detail(s, fetch(s, Quickscan, scan_id))


def _checked(draft: ScanDraft) -> tuple[str, list[RespondentDraft]]:
    title = " ".join((draft.title or "").split())[:120]
    problems = []
    if not title:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "title"), QT_TRANSLATE_NOOP(
            "errors", "Give the scan a name, for example 'Quickscan spring {year}'."), {"year": date.today().year}))
    if not isinstance(draft.held_on, date):
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "date"), QT_TRANSLATE_NOOP("errors", "Fill in the date of the scan.")))
    people = [_checked_respondent(r, problems) for r in draft.respondents]
    if problems:
        raise ValidationFailed(problems)
    return title, people


def _checked_respondent(r: RespondentDraft, problems: list) -> RespondentDraft:
    name = " ".join((r.name or "").split())[:120]
    if not name:
        problems.append(FieldProblem(QT_TRANSLATE_NOOP("fields", "respondent"), QT_TRANSLATE_NOOP(
            "errors", "Every respondent needs a name, or at least a role such as 'employee 2'.")))
    if r.role not in rules.RESPONDENT_ROLES:
        raise ValueError(f"unknown respondent role {r.role!r}")
    answers = {}
    for question, score in r.answers.items():
        if score is None:
            continue
        try:
            answers[question] = rules.check_answer(question, score)
        except ValidationFailed as failed:
            problems.extend(failed.problems)
    return RespondentDraft(name, r.role, answers, r.employee_id)


def _replace_respondents(s: Session, actor: Actor, scan_id: int, people: list[RespondentDraft]) -> None:
    """Respondents and answers are rewritten as a whole: the form always holds the complete scan."""
    old = list(s.scalars(select(QuickscanRespondent.id).where(QuickscanRespondent.scan_id == scan_id)))
    if old:
        s.execute(delete(QuickscanAnswer).where(QuickscanAnswer.respondent_id.in_(old)))
        s.execute(delete(QuickscanRespondent).where(QuickscanRespondent.id.in_(old)))
    for position, person in enumerate(people):
        row = QuickscanRespondent(scan_id=scan_id, name=person.name, role=person.role, employee_id=person.employee_id,
                                  position=position, **stamp(actor))
        s.add(row)
        s.flush()
        s.add_all(QuickscanAnswer(respondent_id=row.id, question=q, score=v) for q, v in person.answers.items())
    s.flush()
    audit.record(s, actor, "answers", "quickscans", scan_id, None,
                 {"respondents": len(people), "answers": sum(len(p.answers) for p in people)})


def delete_scan(db: Database, actor: Actor, scan_id: int, version: int) -> None:
    require(actor, "quickscan", "edit", OTHERS)
    with db.session() as s:
        delete_versioned(s, Quickscan, scan_id, version, actor)


# --- reading ---------------------------------------------------------------------

def list_scans(db: Database, actor: Actor, status: str | None = None) -> list[ScanSummary]:
    """Every scan (or those of one status), newest first, with its total and conclusion."""
    require(actor, "quickscan", "view", OTHERS)
    with db.session() as s:
        query = select(Quickscan).order_by(Quickscan.held_on.desc(), Quickscan.id.desc())
        if status is not None:
            query = query.where(Quickscan.status == status)
        scans = list(s.scalars(query))
        answers = _answers_by_scan(s, [scan.id for scan in scans]) if scans else {}
        return [_summary(scan, answers.get(scan.id, [])) for scan in scans]


def _answers_by_scan(s: Session, scan_ids: list[int] | None = None) -> dict[int, list[dict[str, int]]]:
    query = select(QuickscanRespondent.scan_id, QuickscanRespondent.id).order_by(QuickscanRespondent.position)
    if scan_ids is not None:
        query = query.where(QuickscanRespondent.scan_id.in_(scan_ids))
    people = list(s.execute(query))
    per_person: dict[int, dict[str, int]] = {rid: {} for _, rid in people}
    for rid, question, score in s.execute(select(QuickscanAnswer.respondent_id, QuickscanAnswer.question, QuickscanAnswer.score)
                                          .where(QuickscanAnswer.respondent_id.in_(list(per_person)))):
        per_person[rid][question] = score
    result: dict[int, list[dict[str, int]]] = {}
    for scan_id, rid in people:
        result.setdefault(scan_id, []).append(per_person[rid])
    return result


def _summary(scan: Quickscan, answer_sets: list[dict[str, int]]) -> ScanSummary:
    outcome = rules.result(answer_sets)
    return ScanSummary(scan.id, scan.title, scan.held_on, scan.status, len(answer_sets), outcome.total,
                       outcome.conclusion, scan.version)


def get_scan(db: Database, actor: Actor, scan_id: int) -> ScanDetail:
    require(actor, "quickscan", "view", OTHERS)
    with db.session() as s:
        return _detail(s, fetch(s, Quickscan, scan_id))


def _detail(s: Session, scan: Quickscan) -> ScanDetail:
    rows = list(s.scalars(select(QuickscanRespondent).where(QuickscanRespondent.scan_id == scan.id)
                          .order_by(QuickscanRespondent.position, QuickscanRespondent.id)))
    answers: dict[int, dict[str, int]] = {r.id: {} for r in rows}
    if rows:
        for rid, question, score in s.execute(select(QuickscanAnswer.respondent_id, QuickscanAnswer.question, QuickscanAnswer.score)
                                              .where(QuickscanAnswer.respondent_id.in_(list(answers)))):
            answers[rid][question] = score
    people = [RespondentView(r.id, r.name, r.role, r.employee_id, answers[r.id], rules.respondent_total(answers[r.id]),
                             rules.is_complete(answers[r.id])) for r in rows]
    return ScanDetail(scan.id, scan.title, scan.held_on, scan.status, scan.note, scan.version, people,
                      rules.result([p.answers for p in people]))


def history(db: Database, actor: Actor, only_final: bool = True) -> list[ScanDetail]:
    """Scans oldest first, to compare over time (finished ones only, unless asked)."""
    require(actor, "quickscan", "view", OTHERS)
    with db.session() as s:
        query = select(Quickscan).order_by(Quickscan.held_on, Quickscan.id)
        if only_final:
            query = query.where(Quickscan.status == FINAL)
        return [_detail(s, scan) for scan in s.scalars(query)]


def drafts(db: Database, actor: Actor) -> list[ScanSummary]:
    """Scans saved as a draft, waiting to be finished (for the dashboard)."""
    return list_scans(db, actor, DRAFT)  # only the drafts' answers are read: five years of scans stay in the database
