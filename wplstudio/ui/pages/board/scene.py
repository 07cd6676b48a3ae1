"""The week board drawn in a QGraphicsScene: one background item paints the grid (teams,
people, days, absences, learning time, each person's week load) and one light item per
card paints itself. No widget per card, so 250 people and 1,500 cards stay smooth.

The scene decides nothing: a card dropped on another person or day, or a job dropped
from the list, becomes a signal; the page turns it into an undo command that calls the
services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.domain import board as rules
from wplstudio.i18n import translate
from wplstudio.services.board import BoardWeek, Card
from wplstudio.ui.pages.board import keys

NAME_W, LOAD_W, DAY_W, ROW_H, HEAD_H, TEAM_H = 140, 76, 172, 46, 30, 24
MIN_DAY_W, MAX_DAY_W = 100, 290  # the days share the view's width within these bounds
JOB_MIME = "application/x-wplstudio-job"
DAY_NAMES = (QT_TRANSLATE_NOOP("board", "Mon"), QT_TRANSLATE_NOOP("board", "Tue"), QT_TRANSLATE_NOOP("board", "Wed"),
             QT_TRANSLATE_NOOP("board", "Thu"), QT_TRANSLATE_NOOP("board", "Fri"), QT_TRANSLATE_NOOP("board", "Sat"))

ABSENCE_COLOURS = {"holiday": QColor("#d7e8f7"), "sick": QColor("#f3d6d6"), "course": QColor("#e6dcf3"), "absent": QColor("#e4e4e4")}
CARD = QColor("#ffffff")
WARN = QColor("#d9822b")
LEARNER = QColor("#2f7fd1")
MENTOR = QColor("#7a4fc0")
LEARNING = QColor("#fff3c4")
FOCUS = QColor("#111827")


def day_title(day: date) -> str:
    return translate("board", DAY_NAMES[day.weekday()]) + day.strftime(" %d-%m")


class Layout:
    """Where each person's row and each day's column is."""

    def __init__(self, week: BoardWeek, day_w: float = DAY_W) -> None:
        self.week = week
        self.day_w = day_w
        self.rows: dict[int, float] = {}
        self.teams: list[tuple[str, float]] = []
        y, team = HEAD_H, object()
        for person in week.people:
            if person.team_id != team:
                team = person.team_id
                self.teams.append((person.team_name or translate("board", "No team"), y))
                y += TEAM_H
            self.rows[person.id] = y
            y += ROW_H
        self.height = y
        self.width = NAME_W + LOAD_W + day_w * len(week.days)
        self.people_at = sorted((top, pid) for pid, top in self.rows.items())

    def day_x(self, index: int) -> float:
        return NAME_W + LOAD_W + index * self.day_w

    def cell_at(self, point: QPointF) -> tuple[int, date] | None:
        column = int((point.x() - NAME_W - LOAD_W) // self.day_w)
        if not 0 <= column < len(self.week.days):
            return None
        for top, pid in self.people_at:
            if top <= point.y() < top + ROW_H:
                return pid, self.week.days[column]
        return None


class GridItem(QGraphicsItem):
    """Everything that is not a card, painted in one go (only the exposed part)."""

    def __init__(self, layout: Layout) -> None:
        super().__init__()
        self.layout = layout
        self.setZValue(-1)
        self.title_font, self.small = QFont(), QFont()
        self.title_font.setBold(True)
        self.small.setPointSizeF(self.small.pointSizeF() * 0.85)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect
        week, lay = self.layout.week, self.layout
        painter.fillRect(exposed, QColor("#f6f7f9"))
        self._heads(painter)
        for name, top in lay.teams:
            painter.fillRect(QRectF(0, top, lay.width, TEAM_H), QColor("#dfe5ec"))
            painter.setFont(self.title_font)
            painter.drawText(QRectF(8, top, lay.width, TEAM_H), Qt.AlignmentFlag.AlignVCenter, name)
        absences = {}
        for a in week.absences:
            absences.setdefault(a.employee_id, []).append(a)
        learning = {}
        for b in week.learning:
            learning.setdefault((b.employee_id, b.day), []).append(b)
        for person in week.people:
            top = lay.rows[person.id]
            if top + ROW_H < exposed.top() or top > exposed.bottom():
                continue
            self._row(painter, person, top, absences.get(person.id, ()), learning)

    def _heads(self, painter: QPainter) -> None:
        lay = self.layout
        painter.fillRect(QRectF(0, 0, lay.width, HEAD_H), QColor("#34495e"))
        painter.setPen(QColor("white"))
        painter.setFont(self.title_font)
        painter.drawText(QRectF(8, 0, NAME_W, HEAD_H), Qt.AlignmentFlag.AlignVCenter, translate("board", "Employee"))
        painter.drawText(QRectF(NAME_W, 0, LOAD_W, HEAD_H), Qt.AlignmentFlag.AlignCenter, translate("board", "Week"))
        today = date.today()
        for i, day in enumerate(lay.week.days):
            rect = QRectF(lay.day_x(i), 0, lay.day_w, HEAD_H)
            if day == today:
                painter.fillRect(rect, QColor("#1f7a4d"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, day_title(day))

    def _row(self, painter: QPainter, person, top: float, absences, learning) -> None:
        lay, week = self.layout, self.layout.week
        painter.setPen(QPen(QColor("#d0d5dc")))
        painter.fillRect(QRectF(0, top, NAME_W + LOAD_W, ROW_H), QColor("white"))
        painter.drawLine(QPointF(0, top + ROW_H), QPointF(lay.width, top + ROW_H))
        painter.setPen(QColor("#1d2730"))
        painter.setFont(QFont())
        name = painter.fontMetrics().elidedText(person.name, Qt.TextElideMode.ElideRight, NAME_W - 12)
        painter.drawText(QRectF(8, top, NAME_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter, name)
        self._load(painter, week.loads.get(person.id), top)
        for i, day in enumerate(week.days):
            rect = QRectF(lay.day_x(i), top, lay.day_w, ROW_H)
            painter.setPen(QPen(QColor("#d0d5dc")))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            away = next((a for a in absences if a.first_day <= day <= a.last_day), None)
            if away is not None:
                painter.fillRect(rect.adjusted(1, 1, 0, 0), ABSENCE_COLOURS.get(away.kind, ABSENCE_COLOURS["absent"]))
                painter.setPen(QColor("#5a6570"))
                painter.drawText(rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
                                 translate("board", rules.ABSENCE_TITLES.get(away.kind, "absent")))
            for block in learning.get((person.id, day), ()):
                strip = QRectF(rect.right() - 34, rect.top() + 2, 32, ROW_H - 4)
                painter.fillRect(strip, LEARNING)
                painter.setPen(QColor("#7a5b00"))
                painter.setFont(self.small)
                label = translate("board", "learn") if block.kind == "learning" else translate("board", "mentor")
                painter.drawText(strip, Qt.AlignmentFlag.AlignCenter, label + "\n" + translate("board", "{hours}h").format(hours=block.hours))

    def _load(self, painter: QPainter, load, top: float) -> None:
        if load is None:
            return
        rect = QRectF(NAME_W, top, LOAD_W - 6, ROW_H)
        painter.setFont(self.small)
        painter.setPen(QColor("#b03a2e") if load.free < 0 else QColor("#44515c"))
        text = translate("board", "{planned}/{capacity}h").format(planned=load.planned, capacity=load.capacity)
        if load.capacity < load.available:
            text += "\u2193"  # capacity lowered by learning or mentoring time
        if load.learning or load.mentoring:
            learning, mentoring = translate("board", "L"), translate("board", "M")
            text += f"\n{learning} {load.learning} · {mentoring} {load.mentoring}"
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, rect: QRectF, names: dict[int, str], task_names: dict[int, str], movable: bool) -> None:
        super().__init__()
        self.card, self.rect = card, rect
        self.setPos(rect.topLeft())
        self.names = names
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)
        self.setToolTip(card_tooltip(card, names, task_names))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.rect.width(), self.rect.height())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        c, box = self.card, self.boundingRect().adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = WARN if c.warnings and not c.override_reason else (QColor("#2b6cb0") if self.isSelected() else QColor("#9aa5b1"))
        painter.setPen(QPen(border, 2.5 if c.warnings else 1))
        painter.setBrush(QBrush(CARD))
        painter.drawRoundedRect(box, 4, 4)
        stripe = LEARNER if c.mentor_id else MENTOR if c.learners else None
        if stripe is not None:
            painter.fillRect(QRectF(box.left(), box.top(), 6, box.height()), stripe)
        painter.setPen(QColor("#1d2730"))
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 0.9)
        painter.setFont(bold)
        text_box = box.adjusted(10, 1, -4, -1)
        mark = ("\u26a0 " if c.warnings else "")
        title = painter.fontMetrics().elidedText(mark + c.title, Qt.TextElideMode.ElideRight, int(text_box.width()))
        painter.drawText(text_box, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, title)
        if box.height() >= 30:
            small = QFont()
            small.setPointSizeF(small.pointSizeF() * 0.8)
            painter.setFont(small)
            painter.setPen(QColor("#4a5561"))
            line = painter.fontMetrics().elidedText(self._second_line(), Qt.TextElideMode.ElideRight, int(text_box.width()))
            painter.drawText(text_box, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, line)
        if self.has_keyboard():
            self._focus_frame(painter, box)

    def has_keyboard(self) -> bool:
        """Is this the card the keyboard is on (and does the board have the keyboard)?"""
        scene = self.scene()
        return scene is not None and scene.current == self.card.id and scene.hasFocus()

    @staticmethod
    def _focus_frame(painter: QPainter, box: QRectF) -> None:
        """A thick dark frame with a light inner line: seen on white, orange and blue alike."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(FOCUS, 3.5))
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QPen(QColor("white"), 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(box.adjusted(3.5, 3.5, -3.5, -3.5), 3, 3)

    def _second_line(self) -> str:
        c = self.card
        if c.mentor_id:
            pair = translate("board", "learns with {name}").format(name=self.names.get(c.mentor_id, "?").split(" ")[0])
        elif c.learners:
            pair = translate("board", "mentor of {names}").format(names=", ".join(self.names.get(e, "?").split(" ")[0] for e in c.learners))
        else:
            pair = c.location
        return translate("board", "{hours}h").format(hours=c.hours) + f" · {pair}"

    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if self.scene() is not None:
            self.scene().set_current(self.card.id)  # the keys go on from the card one clicked

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is not None and self.pos() != self.rect.topLeft():
            target = scene.layout.cell_at(self.pos() + QPointF(self.rect.width() / 2, self.rect.height() / 2))
            self.setPos(self.rect.topLeft())  # back in place: the board redraws after the service has spoken
            if target is not None and target != (self.card.employee_id, self.card.day):
                scene.card_moved.emit(self.card, target[0], target[1])


def card_tooltip(card: Card, names: dict[int, str], task_names: dict[int, str]) -> str:
    lines = [card.title, f"{card.customer} · {card.location}", translate("board", "{hours} hours").format(hours=card.hours)]
    if card.task_ids:
        lines.append(translate("board", "Needs: {tasks}").format(tasks=", ".join(task_names.get(t, "?") for t in card.task_ids)))
    if card.mentor_id:
        lines.append(translate("board", "Learns {task} with mentor {name}").format(
            task=task_names.get(card.learning_task_id, ""), name=names.get(card.mentor_id, "?")))
    for learner in card.learners:
        lines.append(translate("board", "Mentor of {name}").format(name=names.get(learner, "?")))
    lines += [warning_text(w, task_names) for w in card.warnings]
    if card.override_reason:
        lines.append(translate("board", "Planned anyway: {reason}").format(reason=card.override_reason))
    return "\n".join(lines)


def warning_text(w: rules.Warning, task_names: dict[int, str]) -> str:
    if w.kind == rules.NOT_DEPLOYABLE:
        return translate("board", "\u26a0 Level {level} on {task}, and nobody with level 3 or more works with them on it").format(
            level=w.level, task=task_names.get(w.task_id, "?"))
    if w.kind == rules.ABSENT:
        return translate("board", "\u26a0 Absent that day ({kind})").format(kind=translate("board", rules.ABSENCE_TITLES.get(w.absence, w.absence)))
    return translate("board", "\u26a0 {hours} hours planned that day: more than a working day").format(hours=w.hours)


def day_width(width: float | None, days: int) -> float:
    if width is None:
        return DAY_W
    return float(max(MIN_DAY_W, min(MAX_DAY_W, int((width - NAME_W - LOAD_W - 4) / max(1, days)))))


class BoardScene(QGraphicsScene):
    card_moved = Signal(object, int, object)  # card, employee_id, day
    job_dropped = Signal(int, int, object)  # job_id, employee_id, day
    menu_requested = Signal(object)  # the CardItem whose menu the keyboard asks for

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout: Layout | None = None
        self.cards: dict[int, CardItem] = {}
        self.current: int | None = None  # the card id the keyboard is on; kept while the board redraws

    def current_item(self) -> CardItem | None:
        return self.cards.get(self.current) if self.current is not None else None

    def set_current(self, card_id: int | None) -> None:
        before = self.current_item()
        self.current = card_id
        for item in (before, self.current_item()):
            if item is not None:
                item.update()

    def show_week(self, week: BoardWeek, movable: bool, width: float | None = None) -> None:
        """width: the view's width, which the days share (None: the standard day width)."""
        self.clear()
        self.cards = {}
        self.layout = Layout(week, day_width(width, len(week.days)))
        self.setSceneRect(0, 0, self.layout.width, self.layout.height)
        self.addItem(GridItem(self.layout))
        names = {p.id: p.name for p in week.people}
        per_cell: dict[tuple[int, date], list[Card]] = {}
        for card in week.cards:
            per_cell.setdefault((card.employee_id, card.day), []).append(card)
        column = {d: i for i, d in enumerate(week.days)}
        learning = {(b.employee_id, b.day) for b in week.learning}
        for (employee_id, day), cards in per_cell.items():
            top, width = self.layout.rows[employee_id], self.layout.day_w - (40 if (employee_id, day) in learning else 6)
            height = (ROW_H - 4) / len(cards)
            for n, card in enumerate(cards):
                rect = QRectF(self.layout.day_x(column[day]) + 3, top + 2 + n * height, width, height)
                item = CardItem(card, rect, names, week.task_names, movable)
                self.addItem(item)
                self.cards[card.id] = item


class BoardView(QGraphicsView):
    """The scene in a scrolling view that also takes jobs dragged from the job list."""

    resized = Signal()

    def __init__(self, scene: BoardScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Arrows go from card to card; Ctrl+arrows move the card (a day, or to the person above or
        below); Enter, the Menu key or Shift+F10 open its menu. Tab still leaves the board."""
        scene = self.scene()
        item = scene.current_item() if scene.layout is not None else None
        if item is None and scene.cards and event.key() in keys.STEPS:
            item = self.first_card()
        if item is None or not self._card_key(scene, item, event):
            super().keyPressEvent(event)
            return
        event.accept()
        self.show_current()

    def _card_key(self, scene: BoardScene, item: CardItem, event) -> bool:
        step = keys.STEPS.get(event.key())
        if keys.wants_menu(event):
            self.show_current()  # the menu opens at the card, so the card is in sight first
            scene.menu_requested.emit(item)
        elif step is None:
            return False
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._move(scene, item, event.key(), step)
        else:
            sideways = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            target = keys.beside(scene, item, step) if sideways else keys.above_or_below(scene, item, step)
            scene.set_current((target or item).card.id)
        return True

    @staticmethod
    def _move(scene: BoardScene, item: CardItem, key, step: int) -> None:
        """The same signal a drag with the mouse gives: the page makes it an undoable MoveCard."""
        week, card = scene.layout.week, item.card
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            day, employee_id = keys.day_beside(week.days, card.day, step), card.employee_id
        else:
            day, employee_id = card.day, keys.person_beside(week.people, card.employee_id, step)
        movable = bool(item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        if movable and day is not None and employee_id is not None:
            scene.card_moved.emit(card, employee_id, day)

    def first_card(self) -> CardItem | None:
        """The first card in reading order that is in sight (or the very first one)."""
        scene = self.scene()
        order = keys.reading_order(scene)
        seen = self.mapToScene(self.viewport().rect()).boundingRect()
        item = next((i for i in order if seen.intersects(i.sceneBoundingRect())), order[0] if order else None)
        scene.set_current(item.card.id if item else None)
        return item

    def show_current(self) -> None:
        item = self.scene().current_item()
        if item is not None:
            self.ensureVisible(item, 20, 20)
            self.setAccessibleDescription(item.toolTip())

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.scene().current_item() is None and self.scene().cards:
            self.first_card()
        self._repaint_current()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._repaint_current()

    def _repaint_current(self) -> None:
        item = self.scene().current_item()
        if item is not None:
            item.update()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(JOB_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(JOB_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        data = event.mimeData()
        scene = self.scene()
        if not data.hasFormat(JOB_MIME) or scene.layout is None:
            return
        target = scene.layout.cell_at(self.mapToScene(event.position().toPoint()))
        if target is not None:
            event.acceptProposedAction()
            scene.job_dropped.emit(int(bytes(data.data(JOB_MIME)).decode()), target[0], target[1])

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()
