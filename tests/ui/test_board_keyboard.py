"""The planning board by keyboard alone: go to a card, move it a day or to another person with
Ctrl+arrow (the same undoable move as a drag), undo it, and open its menu with the Menu key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wplstudio.domain import board as rules
from wplstudio.domain.actor import Actor
from wplstudio.services import board
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.board import keys
from wplstudio.ui.pages.board.view import BoardPage
from wplstudio.ui.pages.board.week import WeekTab

CTRL = Qt.KeyboardModifier.ControlModifier


def _board(qtbot, db, role="manager"):
    page = BoardPage(AppContext(db, Actor("Henk", role)))
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.refresh()
    tab = page.tabs.currentWidget()
    with qtbot.waitActive(page):
        page.activateWindow()
    tab.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.view)
    return tab


def _saved(db, tab, card_id):
    return next(c for c in board.load_week(db, tab.ctx.actor, tab.monday).cards if c.id == card_id)


def _to_a_card_that_can_go_right(tab):
    """Walk with the Right arrow, as a user would, to a card that is not on the week's last day."""
    for _ in range(len(tab.scene.cards) + 1):
        card = tab.scene.current_item().card
        if card.day != tab.week.days[-1] and not card.mentor_id and not card.learners:
            return card
        QTest.keyClick(tab.view, Qt.Key.Key_Right)
    raise AssertionError("no card to move")


def test_tabbing_into_the_board_puts_the_keyboard_on_a_card_with_a_focus_frame(qtbot, demo_db):
    tab = _board(qtbot, demo_db)
    item = tab.scene.current_item()
    assert item is not None and item.has_keyboard()
    first = keys.reading_order(tab.scene)
    QTest.keyClick(tab.view, Qt.Key.Key_Right)
    after = tab.scene.current_item()
    assert after is first[first.index(item) + 1] and not item.has_keyboard()
    QTest.keyClick(tab.view, Qt.Key.Key_Down)
    below = tab.scene.current_item()
    assert tab.scene.layout.rows[below.card.employee_id] > tab.scene.layout.rows[after.card.employee_id]


def test_ctrl_right_moves_the_card_a_working_day_and_ctrl_z_undoes_it(qtbot, demo_db, messages, monkeypatch):
    monkeypatch.setattr(WeekTab, "_ask_reason", lambda self, refusal, retry: retry("keyboard test"))
    tab = _board(qtbot, demo_db)
    card = _to_a_card_that_can_go_right(tab)
    next_day = tab.week.days[tab.week.days.index(card.day) + 1]
    QTest.keyClick(tab.view, Qt.Key.Key_Right, CTRL)
    assert _saved(demo_db, tab, card.id).day == next_day
    assert tab.scene.current == card.id  # the keyboard stays on the moved card
    assert tab.scene.current_item().card.day == next_day
    QTest.keyClick(tab.view, Qt.Key.Key_Z, CTRL)
    assert _saved(demo_db, tab, card.id).day == card.day
    assert not messages


def test_ctrl_down_moves_the_card_to_the_person_below(qtbot, demo_db, messages, monkeypatch):
    monkeypatch.setattr(WeekTab, "_ask_reason", lambda self, refusal, retry: retry("keyboard test"))
    tab = _board(qtbot, demo_db)
    card = _to_a_card_that_can_go_right(tab)
    below = keys.person_beside(tab.week.people, card.employee_id, 1)
    QTest.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    assert _saved(demo_db, tab, card.id).employee_id == below
    assert not messages


def test_the_menu_key_opens_the_same_menu_as_a_right_click(qtbot, demo_db, monkeypatch):
    shown = []
    monkeypatch.setattr(WeekTab, "show_menu", lambda self, menu, where: shown.append([a.text() for a in menu.actions()]))
    tab = _board(qtbot, demo_db)
    QTest.keyClick(tab.view, Qt.Key.Key_Menu)
    QTest.keyClick(tab.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    assert len(shown) == 3
    assert shown[0][:2] == [tab.tr("Hours…"), tab.tr("Take off the board")] and shown[0] == shown[1] == shown[2]


def test_a_viewer_goes_from_card_to_card_but_ctrl_arrows_move_nothing(qtbot, demo_db):
    tab = _board(qtbot, demo_db, role="employee")
    card = tab.scene.current_item().card
    QTest.keyClick(tab.view, Qt.Key.Key_Right, CTRL)
    assert _saved(demo_db, tab, card.id).day == card.day


def test_a_keyboard_move_onto_an_absent_colleague_asks_for_a_reason_as_a_drag_does(qtbot, demo_db, monkeypatch):
    asked = []
    monkeypatch.setattr(WeekTab, "_ask_reason", lambda self, refusal, retry: asked.append(refusal))
    tab = _board(qtbot, demo_db)
    away = {(a.employee_id, day) for a in tab.week.absences for day in tab.week.days if a.first_day <= day <= a.last_day}
    card = next(c for c in tab.week.cards if (keys.person_beside(tab.week.people, c.employee_id, 1), c.day) in away)
    tab.scene.set_current(card.id)
    QTest.keyClick(tab.view, Qt.Key.Key_Down, CTRL)
    assert len(asked) == 1 and any(w.kind == rules.ABSENT for _day, w in asked[0].warnings)
    assert _saved(demo_db, tab, card.id).employee_id == card.employee_id  # nothing moved without a reason
