"""The planning board on screen, offscreen with pytest-qt, on the demo company."""

from __future__ import annotations

from datetime import timedelta

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
