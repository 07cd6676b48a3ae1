"""The planning board on screen, offscreen with pytest-qt, on the demo company."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from wplstudio.domain.actor import Actor
from wplstudio.services import board
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.board.scene import CardItem
from wplstudio.ui.pages.board.view import BoardPage


def _page(qtbot, db, actor):
    page = BoardPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.refresh()
    return page


def test_manager_moves_a_card_to_another_day_then_undoes_and_redoes_it(qtbot, demo_db, messages):
    page = _page(qtbot, demo_db, Actor("Henk", "manager"))
    week_tab = page.tabs.currentWidget()
    cards = [i for i in week_tab.scene.items() if isinstance(i, CardItem)]
    assert len(cards) == len(week_tab.week.cards) > 40
    card = next(c for c in week_tab.week.cards if c.day == week_tab.week.days[0] and not c.mentor_id and not c.learners)
    target = card.day + timedelta(days=4)
    week_tab.move_card(card, card.employee_id, target, reason="test")
    moved = next(c for c in week_tab.week.cards if c.id == card.id)
    assert moved.day == target
    week_tab.undo()
    assert next(c for c in week_tab.week.cards if c.id == card.id).day == card.day
    week_tab.redo()
    assert next(c for c in week_tab.week.cards if c.id == card.id).day == target
    assert not messages


def test_a_card_changed_on_another_pc_reloads_the_board_instead_of_overwriting(qtbot, demo_db, messages):
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import board_plan

    page = _page(qtbot, demo_db, Actor("Henk", "manager"))
    week_tab = page.tabs.currentWidget()
    card = week_tab.week.cards[0]
    board_plan.move(demo_db, SYSTEM, card.id, card.version, card.employee_id, card.day, check=False)  # the office PC
    week_tab.move_card(card, card.employee_id, card.day + timedelta(days=1), reason="x")
    assert messages and "while you were editing" in messages[0]
    fresh = next(c for c in week_tab.week.cards if c.id == card.id)
    assert fresh.version == card.version + 1 and fresh.day == card.day


def test_the_shop_screen_sees_only_the_display_and_cannot_edit(qtbot, demo_db):
    page = _page(qtbot, demo_db, Actor("Planbord", "display"))
    assert [page.tabs.widget(i).objectName() for i in range(page.tabs.count())] == ["board-display"]
    display = page.tabs.currentWidget().display
    assert display.data is not None and display.data.rows
    assert display.timer.interval() == 60_000
    grabbed = display.grab()
    assert not grabbed.isNull()


def test_the_week_board_draws_each_team_and_the_week_loads(qtbot, demo_db):
    page = _page(qtbot, demo_db, Actor("Henk", "manager"))
    week = page.tabs.currentWidget().week
    assert {p.team_name for p in week.people} >= {"Plaatbewerking", "Lassen & constructie"}
    assert all(week.loads[p.id].available >= 0 for p in week.people)
    assert week.label == board.this_week().strftime("%G-W%V")


def _week_tab(qtbot, db):
    return _page(qtbot, db, Actor("Henk", "manager")).tabs.currentWidget()


def _absences(tab, employee_id):
    return [a for a in tab.week.absences if a.employee_id == employee_id]


def _undo_redo(tab, check_done, check_undone) -> None:
    check_done()
    tab.undo()
    check_undone()
    tab.redo()
    check_done()


def test_manager_undoes_and_redoes_hours_absences_and_learning_time(qtbot, demo_db, messages):
    from wplstudio.ui.pages.board import commands

    tab = _week_tab(qtbot, demo_db)
    card = next(c for c in tab.week.cards if not c.mentor_id and not c.learners and c.hours == 8)
    tab._run(commands.set_hours(tab.ctx, card, 5))
    hours = lambda: next(c for c in tab.week.cards if c.id == card.id).hours  # noqa: E731
    _undo_redo(tab, lambda: hours() == 5 or pytest.fail("5 hours"), lambda: hours() == 8 or pytest.fail("back to 8"))
    person, day = tab.week.people[1].id, tab.week.days[4]
    before = len(_absences(tab, person))
    tab._run(commands.add_absence(tab.ctx, (person, day, day, "holiday")))
    _undo_redo(tab, lambda: len(_absences(tab, person)) == before + 1 or pytest.fail("added"),
               lambda: len(_absences(tab, person)) == before or pytest.fail("undone"))
    tab._run(commands.remove_absence(tab.ctx, next(a for a in _absences(tab, person) if a.first_day == day)))
    _undo_redo(tab, lambda: len(_absences(tab, person)) == before or pytest.fail("removed"),
               lambda: len(_absences(tab, person)) == before + 1 or pytest.fail("back"))
    blocks = lambda: [b for b in tab.week.learning if b.employee_id == person and b.day == day]  # noqa: E731
    tab._run(commands.add_learning(tab.ctx, person, day, 2, "learning", "tekening lezen"))
    _undo_redo(tab, lambda: len(blocks()) == 1 or pytest.fail("reserved"), lambda: not blocks() or pytest.fail("undone"))
    tab._run(commands.remove_learning(tab.ctx, blocks()[0]))
    _undo_redo(tab, lambda: not blocks() or pytest.fail("removed"), lambda: len(blocks()) == 1 or pytest.fail("back"))
    assert not messages


def test_manager_undoes_ending_a_pair_and_changing_a_job(qtbot, demo_db, messages):
    from wplstudio.domain import board as rules
    from wplstudio.ui.pages.board import commands

    tab = _week_tab(qtbot, demo_db)
    learner = next(c for c in tab.week.cards if c.mentor_id)
    tab.end_pair(learner)
    mentor = lambda: next(c for c in tab.week.cards if c.id == learner.id).mentor_id  # noqa: E731
    _undo_redo(tab, lambda: mentor() is None or pytest.fail("ended"), lambda: mentor() == learner.mentor_id or pytest.fail("paired"))
    tab._run(commands.new_job(tab.ctx, rules.JobDraft("Nieuwe klus", "Klant", "Hal 2", 8)))
    titles = lambda: {j.title for j in tab.jobs}  # noqa: E731
    _undo_redo(tab, lambda: "Nieuwe klus" in titles() or pytest.fail("added"), lambda: "Nieuwe klus" not in titles() or pytest.fail("gone"))
    job = next(j for j in tab.jobs if j.title == "Nieuwe klus")
    tab._run(commands.edit_job(tab.ctx, job, rules.JobDraft("Klus hernoemd", "Klant", "Hal 2", 12)))
    _undo_redo(tab, lambda: "Klus hernoemd" in titles() or pytest.fail("renamed"), lambda: "Nieuwe klus" in titles() or pytest.fail("old name"))
    assert not messages


def test_manager_adds_saturday_to_the_week_and_takes_it_off_again(qtbot, demo_db):
    tab = _week_tab(qtbot, demo_db)
    assert len(tab.week.days) == 5 and not tab.saturday.isChecked()
    tab.saturday.setChecked(True)
    assert len(tab.week.days) == 6 and tab.week.days[-1].weekday() == 5
    assert tab.scene.layout.width <= tab.view.viewport().width() + 1 or tab.scene.layout.day_w == 100
    tab.saturday.setChecked(False)
    assert len(tab.week.days) == 5


def test_manager_prints_the_week_from_the_board(qtbot, demo_db, tmp_path):
    tab = _week_tab(qtbot, demo_db)
    written = tab.print_week(str(tmp_path / "week.pdf"), "A4")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert tab.findChild(QPushButton, "boardPrint").isEnabled()


@pytest.mark.parametrize("width", [1400, 1920])
def test_the_whole_week_and_its_label_fit_a_1400_and_a_1920_pixel_window(qtbot, demo_db, width):
    window = _window(qtbot, demo_db, width)
    tab = window.findChild(QWidget, "board")
    qtbot.waitUntil(lambda: tab.scene.layout.width <= tab.view.viewport().width() + 1, timeout=2000)
    qtbot.waitUntil(lambda: tab.week_label.width() >= tab.week_label.sizeHint().width(), timeout=2000)  # not clipped
    assert tab.findChild(QWidget, "boardSide").width() <= 265
    assert window.width() == width


def _window(qtbot, db, width):
    from wplstudio.ui.main_window import MainWindow

    win = MainWindow(AppContext(db, Actor("Henk", "manager")))
    qtbot.addWidget(win)
    win.resize(width, 900)
    win.show()
    win.show_view("board")
    return win


def test_manager_undoes_adding_and_changing_an_improvement_action(qtbot, demo_db, messages):
    from wplstudio.services.board_extras import ImprovementDraft
    from wplstudio.ui.pages.board import commands

    page = _page(qtbot, demo_db, Actor("Henk", "manager"))
    page.show_tab("board-improvements")
    tab = page.tabs.currentWidget()
    titles = lambda: {i.title for i in tab.items}  # noqa: E731
    tab.run(commands.new_improvement(tab.ctx, ImprovementDraft("Vaste plek voor de haspels")))
    _undo_redo_with(tab, lambda: "Vaste plek voor de haspels" in titles(), lambda: "Vaste plek voor de haspels" not in titles())
    item = next(i for i in tab.items if i.title == "Vaste plek voor de haspels")
    tab.run(commands.edit_improvement(tab.ctx, item, ImprovementDraft("Vaste plek voor de haspels", status="busy")))
    status = lambda: next(i.status for i in tab.items if i.id == item.id)  # noqa: E731
    _undo_redo_with(tab, lambda: status() == "busy", lambda: status() == "idea")
    assert not messages


def _undo_redo_with(tab, done, undone) -> None:
    assert done()
    tab._step(tab.stack.undo, tab.stack.index() - 1)
    assert undone()
    tab._step(tab.stack.redo, tab.stack.index())
    assert done()
