"""The board by keyboard alone: which card the arrows go to next, and where Ctrl+arrow moves
a card. Pure lookups over the drawn scene; the view turns keys into these answers and the
page turns a move into the same undoable MoveCard command a mouse drag gives."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt


def reading_order(scene) -> list:
    """The cards as one reads the board: person row by row, then day, then top to bottom in a cell."""
    rows, days = scene.layout.rows, {d: i for i, d in enumerate(scene.layout.week.days)}
    return sorted(scene.cards.values(), key=lambda i: (rows[i.card.employee_id], days.get(i.card.day, 0), i.rect.top()))


def beside(scene, item, step: int):
    """The card before (-1) or after (+1) this one in reading order; None at either end."""
    order = reading_order(scene)
    index = order.index(item) + step
    return order[index] if 0 <= index < len(order) else None


def above_or_below(scene, item, step: int):
    """The nearest card in the nearest person row above (-1) or below (+1) that has cards."""
    rows = sorted({scene.layout.rows[i.card.employee_id] for i in scene.cards.values()})
    index = rows.index(scene.layout.rows[item.card.employee_id]) + step
    if not 0 <= index < len(rows):
        return None
    candidates = [i for i in reading_order(scene) if scene.layout.rows[i.card.employee_id] == rows[index]]
    return min(candidates, key=lambda i: abs(i.rect.left() - item.rect.left()))


def day_beside(days: list[date], day: date, step: int) -> date | None:
    """The working day before or after, within the week on the board."""
    index = days.index(day) + step if day in days else -1
    return days[index] if 0 <= index < len(days) else None


def person_beside(people: list, employee_id: int, step: int) -> int | None:
    """The person in the row above or below on the board."""
    ids = [p.id for p in people]
    index = ids.index(employee_id) + step if employee_id in ids else -1
    return ids[index] if 0 <= index < len(ids) else None


STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
MENU_KEYS = (Qt.Key.Key_Menu, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def wants_menu(event) -> bool:
    """Enter, the Menu key or Shift+F10: the card's menu, as a right click gives."""
    shift_f10 = event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return event.key() in MENU_KEYS or bool(shift_f10)
