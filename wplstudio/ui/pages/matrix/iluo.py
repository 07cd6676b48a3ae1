"""The ILUO square: a square in four quarters, filled clockwise from the top left, one
quarter per level. The shape says the level in black and white; the colour helps.
And the small marks around it: certificate corners, training targets, warnings."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from wplstudio.charts import palette

# Quarters as (x, y) offsets in halves of the square, in the order they fill.
QUARTERS = ((0, 0), (1, 0), (1, 1), (0, 1))


def draw_square(painter: QPainter, box: QRectF, level: int) -> None:
    half = box.width() / 2
    fill = QColor(palette.LEVEL_FILL[level])
    for dx, dy in QUARTERS[:level]:
        painter.fillRect(QRectF(box.x() + dx * half, box.y() + dy * half, half, half), fill)
    ink = QColor(palette.LEVEL_INK if level else palette.EMPTY_INK)
    if level:  # the cross shows which quarters are empty, also on a grey print
        painter.setPen(QPen(ink, 1))
        painter.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()))
        painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
    painter.setPen(QPen(ink, 2 if level else 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)


def draw_corner(painter: QPainter, cell: QRectF, size: float, colour: str, hollow: bool = False) -> None:
    """A triangle in the top right corner: a certificate that needs attention."""
    right, top = cell.right(), cell.top()
    triangle = QPolygonF([QPointF(right - size, top), QPointF(right, top), QPointF(right, top + size)])
    painter.setPen(QPen(QColor(colour), 2) if hollow else Qt.PenStyle.NoPen)
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else QColor(colour))
    painter.drawPolygon(triangle)


def draw_target(painter: QPainter, centre: QPointF, radius: float, colour: str, filled: bool) -> None:
    """A small target (ring and dot): a training target on the timetable; filled when overdue."""
    painter.setPen(QPen(QColor(colour), 1.6))
    painter.setBrush(QColor(colour) if filled else QColor("#ffffff"))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff") if filled else QColor(colour))
    painter.drawEllipse(centre, radius * 0.38, radius * 0.38)


def draw_warning(painter: QPainter, centre: QPointF) -> None:
    """An orange warning triangle with '!': only one person can do this task alone."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    size = 18
    triangle = QPolygonF([QPointF(centre.x(), centre.y() - size / 2), QPointF(centre.x() + size / 2, centre.y() + size / 2 - 2),
                          QPointF(centre.x() - size / 2, centre.y() + size / 2 - 2)])
    painter.setPen(QPen(QColor("#1b1b1b"), 1))
    painter.setBrush(QColor(palette.SINGLE_POINT))
    painter.drawPolygon(triangle)
    font = QFont()
    font.setPointSizeF(9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(centre.x() - 6, centre.y() - 5, 12, 12), Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def draw_rosette(painter: QPainter, centre: QPointF) -> None:
    """A small medal: this task is a certificate with a validity date."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#144a8f"), 2))
    painter.drawLine(QPointF(centre.x() - 3, centre.y() + 2), QPointF(centre.x() - 5, centre.y() + 10))
    painter.drawLine(QPointF(centre.x() + 3, centre.y() + 2), QPointF(centre.x() + 5, centre.y() + 10))
    painter.setBrush(QColor("#ffd24d"))
    painter.setPen(QPen(QColor("#144a8f"), 1.5))
    painter.drawEllipse(centre, 6, 6)
    painter.restore()


STALE_INK = "#4a4f57"


def draw_hourglass(painter: QPainter, centre: QPointF, half: float) -> None:
    """A small hourglass: a level on paper that has not been practised on the board for months."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(STALE_INK), 1.2))
    painter.setBrush(QColor("#ffffff"))
    x, y = centre.x(), centre.y()
    painter.drawPolygon(QPolygonF([QPointF(x - half * 0.8, y - half), QPointF(x + half * 0.8, y - half), QPointF(x, y),
                                   QPointF(x + half * 0.8, y + half), QPointF(x - half * 0.8, y + half), QPointF(x, y)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STALE_INK))  # the sand run down
    painter.drawPolygon(QPolygonF([QPointF(x, y + half * 0.35), QPointF(x + half * 0.55, y + half * 0.9),
                                   QPointF(x - half * 0.55, y + half * 0.9)]))
    painter.restore()
