"""Painting the cells of the matrix: one cached picture per kind of cell, so a full
repaint of a big grid is a few thousand pixmap copies, not a few thousand drawings."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from wplstudio.charts import palette
from wplstudio.ui.pages.matrix.iluo import draw_corner, draw_hourglass, draw_square, draw_target
from wplstudio.ui.pages.matrix.model import FIRST_TASK, GAP_COLUMN, TEAM_ROW_ROLE, letter

BACKGROUND, STRIPE, TEAM_BAND = "#ffffff", "#f1f4f8", "#d9e0e8"
SELECTED = "#ffe08a"
GROUP_LINE = "#5b6b7b"
FOCUS = "#23303d"
SQUARE = 20  # px: the ILUO square, readable from a metre
SELECTED_STATE, FOCUS_STATE = QStyle.StateFlag.State_Selected.value, QStyle.StateFlag.State_HasFocus.value


class CellDelegate(QStyledItemDelegate):
    """Paints the task cells; the frozen name and gap columns have their own delegate."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.cache: dict[tuple, QPixmap] = {}
        self.letter_font = QFont()
        self.letter_font.setPointSizeF(12)
        self.letter_font.setBold(True)

    def paint(self, painter: QPainter, option, index) -> None:
        column = index.column()
        if column < FIRST_TASK:
            return  # under the frozen columns: never seen
        rect, state = option.rect, option.state.value  # plain ints: Python's enum operators cost more than the painting
        ratio = painter.device().devicePixelRatioF()
        key = (self.model.look(index.row(), column), state & SELECTED_STATE, rect.width(), rect.height(), ratio)
        picture = self.cache.get(key)
        if picture is None:
            picture = self.cache[key] = self._render(key)
        painter.drawPixmap(rect.topLeft(), picture)
        if state & FOCUS_STATE:
            painter.setPen(QPen(QColor(FOCUS), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))

    def _render(self, key: tuple) -> QPixmap:
        look, selected, width, height, ratio = key
        picture = QPixmap(int(width * ratio), int(height * ratio))
        picture.setDevicePixelRatio(ratio)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(0, 0, width, height)
        if look[0] == "team":
            painter.fillRect(box, QColor(TEAM_BAND))
            group_start = look[1]
        else:
            _, level, certificate, target, stripe, letters, group_start, stale = look
            painter.fillRect(box, QColor(SELECTED if selected else STRIPE if stripe else BACKGROUND))
            self._draw_cell(painter, box, level, certificate, target, letters)
            if stale:
                draw_hourglass(painter, QPointF(box.left() + 5.5, box.bottom() - 7), 4.2)
        if group_start:
            painter.setPen(QPen(QColor(GROUP_LINE), 2))
            painter.drawLine(QPointF(1, 0), QPointF(1, height))
        painter.end()
        return picture

    def _draw_cell(self, painter: QPainter, box: QRectF, level: int, certificate: str, target: str, letters: bool) -> None:
        side = min(SQUARE, box.height() - 10)
        left = box.x() + 7 if letters else box.center().x() - side / 2
        square = QRectF(round(left) + 0.5, round(box.center().y() - side / 2) + 0.5, side, side)
        draw_square(painter, square, level)
        if letters:
            painter.setFont(self.letter_font)
            painter.setPen(QColor(palette.LEVEL_INK))
            text_box = QRectF(square.right() + 2, box.top(), box.right() - square.right() - 4, box.height())
            painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, letter(level))
        if certificate:
            colour = palette.EXPIRING if certificate == "expiring" else palette.EXPIRED
            size = 8 if certificate == "expiring" else 13  # soon: a small corner, so it differs from expired without colour
            draw_corner(painter, box.adjusted(0, 1, -1, 0), size, colour, hollow=certificate == "missing")
        if target:
            overdue = target == "overdue"
            draw_target(painter, QPointF(box.right() - 5, box.bottom() - 5.5), 4,
                        palette.TARGET_OVERDUE if overdue else palette.TARGET, overdue)


class NameDelegate(QStyledItemDelegate):
    """The frozen columns: names in the app's font; team header rows as a bold band."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bold = QFont()
        self.bold.setBold(True)
        self.bold.setPointSizeF(12)

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if index.data(TEAM_ROW_ROLE):
            option.font = self.bold
            option.backgroundBrush = QColor(TEAM_BAND)
            return
        if index.model().rows[index.row()].stripe:
            option.backgroundBrush = QColor(STRIPE)
        if index.column() == GAP_COLUMN:
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter
            text = option.text
            if text and not text.startswith("✓"):
                option.palette.setColor(option.palette.ColorRole.Text, QColor(palette.STATUS_COLOUR["red"]))
                option.font.setBold(True)
            else:
                option.palette.setColor(option.palette.ColorRole.Text, QColor(palette.STATUS_COLOUR["green"]))
