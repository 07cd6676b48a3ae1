"""The Development interviews area as people use it: the owner plans (a past date is asked
about), opens, holds and prints; the employee sees only their own; the shop screen nothing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QPushButton, QWidget

from tests.staff import actor_for, staff_db, staff_template  # noqa: F401
from wplstudio.domain import interviews as rules
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import interview_guides, interviews, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow


def test_each_tab_of_the_area_opens_with_the_demo_data(window):
    for view, minimum in (("interviews", 20), ("interview-actions", 4), ("interview-cycle", 20), ("interview-guides", 6)):
        window.show_view(view)
        tab = window.findChild(QWidget, view)
        assert tab.model.rowCount() >= minimum, view


def test_planning_on_a_past_date_asks_first_and_then_plans(qtbot, demo_db, messages):
    from wplstudio.ui.pages.interviews.dialogs import PlanDialog

    dialog = PlanDialog(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(dialog)
    dialog.employee.setCurrentIndex(dialog.employee.findText("Kevin Peters"))
    dialog.day.setDate(QDate(date.today() - timedelta(days=2)))
    dialog.save_clicked()
    assert messages and "in the past" in messages[0]
    kevin = next(e.id for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Peters")
    assert any(r.planned_on == date.today() - timedelta(days=2) for r in interviews.list_interviews(demo_db, SYSTEM, kevin))


def test_planning_without_a_guide_shows_what_to_correct_and_saves_nothing(qtbot, demo_db):
    from wplstudio.ui.pages.interviews.dialogs import PlanDialog

    before = len(interviews.list_interviews(demo_db, SYSTEM))
    dialog = PlanDialog(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(dialog)
    dialog.employee.setCurrentIndex(dialog.employee.findText("Kevin Peters"))
    dialog.guide.setCurrentIndex(0)
    dialog.save_clicked()
    assert "guide" in dialog.problems.text()
    assert len(interviews.list_interviews(demo_db, SYSTEM)) == before


def test_the_owner_marks_an_interview_held_in_the_window(qtbot, demo_db, messages):
    from wplstudio.ui.pages.interviews.form import InterviewWindow

    sanne = next(e.id for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Boer")
    guide = interview_guides.find_guide(demo_db, SYSTEM, "Functioneringsgesprek").id
    interview_id = interviews.plan_interview(demo_db, SYSTEM, interviews.Plan(sanne, guide, date.today()))
    window = InterviewWindow(AppContext(demo_db, SYSTEM), interview_id)
    qtbot.addWidget(window)
    window.show()
    window.findChild(QPushButton, "answer-5").click()
    window.findChild(QPushButton, "markHeld").click()
    detail = interviews.load_interview(demo_db, SYSTEM, interview_id)
    assert detail.row.status == rules.HELD and detail.answers["work_quality"] == "5"
    qtbot.waitUntil(lambda: not window.findChild(QPushButton, "markHeld").isEnabled())  # rebuilt: the old one is gone
    window.close()


def test_the_employee_sees_only_their_own_interviews_and_actions(qtbot, staff_db):
    win = MainWindow(AppContext(staff_db, actor_for(staff_db, "employee")))
    qtbot.addWidget(win)
    win.show()
    win.show_view("interviews")
    names = {r.employee_name for r in win.findChild(QWidget, "interviews").model.rows}
    assert names == {"Sanne de Boer"}
    win.show_view("interview-actions")
    assert {r.employee_name for r in win.findChild(QWidget, "interview-actions").model.rows} <= {"Sanne de Boer"}
    assert not win.findChild(QWidget, "interviews").add_button.isEnabled()


def test_the_shop_screen_gets_no_interview_page(qtbot, staff_db):
    win = MainWindow(AppContext(staff_db, actor_for(staff_db, "display")))
    qtbot.addWidget(win)
    win.show()
    win.show_view("interviews")
    assert win.findChild(QWidget, "interview-actions") is None


def test_changing_a_used_copy_in_the_guide_editor_makes_a_new_version(qtbot, demo_db):
    from wplstudio.ui.pages.interviews.dialogs import GuideDialog

    source = interview_guides.find_guide(demo_db, SYSTEM, "Ontwikkelgesprek")
    copy = interview_guides.copy_guide(demo_db, SYSTEM, source.id, "Ons gesprek")
    sanne = next(e.id for e in people.list_employees(demo_db, SYSTEM) if e.last_name == "Boer")
    interviews.plan_interview(demo_db, SYSTEM, interviews.Plan(sanne, copy.id, date.today()))
    dialog = GuideDialog(AppContext(demo_db, SYSTEM), interview_guides.get_guide(demo_db, SYSTEM, copy.id))
    qtbot.addWidget(dialog)
    dialog.table.item(0, 2).setText("Waar ben je trots op?")
    dialog.save_clicked()
    assert dialog.saved is not None and dialog.saved.version_no == 2
    assert dialog.saved.content.preparation[0].text == "Waar ben je trots op?"


def test_a_function_gets_its_own_interval_in_the_cycle_tab(window, demo_db):
    from wplstudio.services import interview_cycle

    window.show_view("interview-cycle")
    tab = window.findChild(QWidget, "interview-cycle")
    tab.scope.setCurrentIndex(tab.scope.findText("function Lasser"))
    tab.interval.setValue(6)
    tab.interval.editingFinished.emit()
    company, per_function = interview_cycle.intervals(demo_db, SYSTEM)
    assert company == 12 and 6 in per_function.values()
    lasser = next(r for r in tab.model.rows if r.function_name == "Lasser")
    assert lasser.interval_months == 6


def _held_for_sanne(db) -> int:
    sanne = next(e.id for e in people.list_employees(db, SYSTEM) if e.full_name == "Sanne de Boer")
    guide = interview_guides.find_guide(db, SYSTEM, "Ontwikkelgesprek").id
    interview_id = interviews.plan_interview(db, SYSTEM, interviews.Plan(sanne, guide, date.today()))
    interviews.mark_held(db, SYSTEM, interview_id)
    return interview_id


def _open(qtbot, db, actor, interview_id):
    from wplstudio.ui.pages.interviews.form import InterviewWindow

    window = InterviewWindow(AppContext(db, actor), interview_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _typed(monkeypatch, text: str) -> None:
    """The person types text in the question box and presses OK (the real box would block the test)."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *args, **kwargs: (text, True)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: (text, True)))


def test_the_employee_asks_for_a_correction_and_the_owner_can_hold_it_again(qtbot, staff_db, monkeypatch, messages):
    interview_id = _held_for_sanne(staff_db)
    window = _open(qtbot, staff_db, actor_for(staff_db, "employee"), interview_id)
    assert window.findChild(QPushButton, "askCorrection").isEnabled() and not window.findChild(QPushButton, "reopen").isEnabled()
    _typed(monkeypatch, "Mijn cursuswens staat er niet in.")
    window.findChild(QPushButton, "askCorrection").click()
    detail = interviews.load_interview(staff_db, SYSTEM, interview_id)
    assert detail.row.status == rules.CORRECTION and messages == []
    assert detail.events[-1].kind == "correction" and detail.events[-1].note == "Mijn cursuswens staat er niet in."
    qtbot.waitUntil(lambda: not window.findChild(QPushButton, "askCorrection").isEnabled())
    window.close()
    owner = _open(qtbot, staff_db, actor_for(staff_db, "owner"), interview_id)
    assert owner.findChild(QPushButton, "markHeld").isEnabled()
    owner.close()


def test_an_empty_correction_is_refused_with_a_message_and_nothing_changes(qtbot, staff_db, monkeypatch, messages):
    interview_id = _held_for_sanne(staff_db)
    window = _open(qtbot, staff_db, actor_for(staff_db, "employee"), interview_id)
    _typed(monkeypatch, "   ")
    window.findChild(QPushButton, "askCorrection").click()
    assert messages and "corrected" in messages[0]
    assert interviews.load_interview(staff_db, SYSTEM, interview_id).row.status == rules.HELD
    window.close()


def test_the_owner_reopens_a_confirmed_interview_with_a_reason_that_stays_on_record(qtbot, staff_db, monkeypatch, messages):
    interview_id = _held_for_sanne(staff_db)
    employee = _open(qtbot, staff_db, actor_for(staff_db, "employee"), interview_id)
    employee.findChild(QPushButton, "confirm").click()
    assert interviews.load_interview(staff_db, SYSTEM, interview_id).row.status == rules.CONFIRMED
    employee.close()
    owner = _open(qtbot, staff_db, actor_for(staff_db, "owner"), interview_id)
    assert owner.findChild(QPushButton, "reopen").isEnabled() and not owner.findChild(QPushButton, "markHeld").isEnabled()
    _typed(monkeypatch, "")
    owner.findChild(QPushButton, "reopen").click()
    assert messages and "reopened" in messages[0]
    assert interviews.load_interview(staff_db, SYSTEM, interview_id).row.status == rules.CONFIRMED  # no reason: still locked
    _typed(monkeypatch, "Actie over de cursus vergeten")
    owner.findChild(QPushButton, "reopen").click()
    detail = interviews.load_interview(staff_db, SYSTEM, interview_id)
    assert detail.row.status == rules.HELD
    assert (detail.events[-1].kind, detail.events[-1].note) == ("reopened", "Actie over de cursus vergeten")
    owner.close()


def test_the_owner_moves_a_question_up_in_the_guide_editor_and_the_order_is_saved(qtbot, demo_db):
    from wplstudio.ui.pages.interviews.dialogs import GuideDialog

    source = interview_guides.find_guide(demo_db, SYSTEM, "Voortgangsgesprek inwerken")
    copy = interview_guides.copy_guide(demo_db, SYSTEM, source.id, "Ons voortgangsgesprek")
    dialog = GuideDialog(AppContext(demo_db, SYSTEM), copy)
    qtbot.addWidget(dialog)
    before = [q.key for q in copy.content.sections[0].questions]
    first_row = len(copy.content.preparation)  # the preparation questions come first in the table
    dialog.table.setCurrentCell(first_row + 1, 2)
    dialog.up_button.click()
    dialog.save_clicked()
    assert dialog.saved is not None
    assert [q.key for q in dialog.saved.content.sections[0].questions] == [before[1], before[0]] + before[2:]
    assert dialog.saved.version_no == 1  # not used in an interview yet: changed in place
