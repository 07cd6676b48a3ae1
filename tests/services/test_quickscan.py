"""Running quickscans: drafts, finishing, respondents, comparing over time."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from wplstudio.domain import quickscan as qs
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, ValidationFailed
from wplstudio.services import quickscan
from wplstudio.storage.models_quickscan import Quickscan, QuickscanAnswer, QuickscanRespondent


def answers(score: int, condition: int = 3, **changes) -> dict[str, int]:
    return {**{k: score for k in qs.FACTOR_KEYS}, **{k: condition for k in qs.CONDITION_KEYS}, **changes}


def three_people(owner=4, manager=3, employee=2) -> list[quickscan.RespondentDraft]:
    return [quickscan.RespondentDraft("Henk", "owner", answers(owner)),
            quickscan.RespondentDraft("Anouk", "manager", answers(manager)),
            quickscan.RespondentDraft("Sanne", "employee", answers(employee, 1))]


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_owner_runs_a_scan_with_three_respondents_and_reads_the_conclusion(db):
    scan = quickscan.save(db, SYSTEM, quickscan.ScanDraft("Voorjaar", date(2026, 3, 2), three_people()), finish=True)
    assert scan.status == "final" and len(scan.respondents) == 3
    assert scan.result.totals == (40, 30, 20) and scan.result.total == 30 and scan.result.conclusion == qs.PROMISING
    assert all(f.differs for f in scan.result.factors)  # 4 against 2 on every factor
    assert all(c.attention for c in scan.result.conditions)  # Sanne says "no" to every basic condition
    assert quickscan.list_scans(db, SYSTEM)[0].conclusion == qs.PROMISING


def test_a_half_answered_scan_is_saved_as_a_draft_and_finished_later(db):
    half = {k: 3 for k in qs.FACTOR_KEYS[:4]}
    draft = quickscan.ScanDraft("Najaar", date(2026, 10, 1), [quickscan.RespondentDraft("Henk", "owner", half)])
    scan = quickscan.save(db, SYSTEM, draft)
    assert scan.is_draft and not scan.respondents[0].complete
    assert [s.title for s in quickscan.drafts(db, SYSTEM)] == ["Najaar"]
    finished = quickscan.save(db, SYSTEM, quickscan.ScanDraft("Najaar", date(2026, 10, 1), three_people()),
                              scan.id, scan.version, finish=True)
    assert finished.status == "final" and quickscan.drafts(db, SYSTEM) == []
    assert count(db, QuickscanRespondent) == 3


def test_finishing_with_an_unanswered_question_writes_nothing(db):
    people = three_people()
    people[2] = quickscan.RespondentDraft("Sanne", "employee", answers(2, method=None))
    with pytest.raises(ValidationFailed, match="Sanne has not answered: The method"):
        quickscan.save(db, SYSTEM, quickscan.ScanDraft("Voorjaar", date(2026, 3, 2), people), finish=True)
    assert count(db, Quickscan) == 0 and count(db, QuickscanAnswer) == 0


def test_finishing_a_scan_without_respondents_is_refused_and_nothing_is_saved(db):
    with pytest.raises(ValidationFailed, match="at least one respondent"):
        quickscan.save(db, SYSTEM, quickscan.ScanDraft("Leeg", date(2026, 3, 2), []), finish=True)
    assert count(db, Quickscan) == 0


def test_finishing_an_existing_draft_badly_leaves_the_draft_as_it_was(db):
    scan = quickscan.save(db, SYSTEM, quickscan.ScanDraft("Najaar", date(2026, 10, 1), three_people()[:1]))
    bad = [quickscan.RespondentDraft("Henk", "owner", {"method": 2})]
    with pytest.raises(ValidationFailed):
        quickscan.save(db, SYSTEM, quickscan.ScanDraft("Anders", date(2026, 10, 1), bad), scan.id, scan.version, finish=True)
    again = quickscan.get_scan(db, SYSTEM, scan.id)
    assert again.title == "Najaar" and again.respondents[0].total == 40 and again.is_draft


def test_scans_a_year_apart_are_compared_oldest_first(db):
    quickscan.save(db, SYSTEM, quickscan.ScanDraft("2026", date(2026, 3, 1), three_people(3, 3, 3)), finish=True)
    quickscan.save(db, SYSTEM, quickscan.ScanDraft("2025", date(2025, 3, 1), three_people(2, 2, 1)), finish=True)
    quickscan.save(db, SYSTEM, quickscan.ScanDraft("concept", date(2026, 9, 1), []))
    history = quickscan.history(db, SYSTEM)
    assert [h.title for h in history] == ["2025", "2026"]
    assert history[0].result.total < history[1].result.total


def test_an_employee_may_not_open_the_company_quickscan(db):
    with pytest.raises(NotAllowed):
        quickscan.list_scans(db, Actor("sanne", "employee", employee_id=3))
