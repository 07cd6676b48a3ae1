"""The legend under the grid: the five squares with their letter and word, and the marks."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from wplstudio.charts import palette
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.domain.matrix import EXPIRY_WARNING_DAYS
from wplstudio.ui.pages.matrix.model import level_words
from wplstudio.ui.pages.matrix.iluo import draw_corner, draw_hourglass, draw_rosette, draw_square, draw_target, draw_warning

ICON, GAP, SPACING, LINE = 22, 8, 26, 32


def level_icon(level: int, size: int = 22) -> QPixmap:
    """A square for menus and buttons."""
    picture = QPixmap(size, size)
    picture.fill(QColor(0, 0, 0, 0))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_square(painter, QRectF(2.5, 2.5, size - 5, size - 5), level)
    painter.end()
    return picture


def _items(warn_days: int, stale_months: int = 0) -> list[tuple[Callable[[QPainter, QRectF], None], str]]:
    items = [(lambda p, box, lv=info.level: draw_square(p, box.adjusted(1, 1, -1, -1), lv), level_words(info.level))
             for info in SCALE]
    items += [
        (lambda p, box: draw_corner(p, box, 14, palette.EXPIRED), translate("matrix", "certificate expired")),
        (lambda p, box: draw_corner(p, box, 9, palette.EXPIRING), translate("matrix", "expires within {n} days").format(n=warn_days)),
        (lambda p, box: draw_target(p, box.center(), 7, palette.TARGET, False), translate("matrix", "training target")),
        (lambda p, box: draw_target(p, box.center(), 7, palette.TARGET_OVERDUE, True), translate("matrix", "target overdue")),
        (lambda p, box: draw_rosette(p, box.center() - QPointF(0, 3)), translate("matrix", "certificate")),
        (lambda p, box: draw_warning(p, box.center()), translate("matrix", "only one person can do it alone")),
    ]
    if stale_months:
        items.append((lambda p, box: draw_hourglass(p, box.center(), 8),
                      translate("matrix", "not practised on the board for {n} months").format(n=stale_months)))
    for status, word in (("green", translate("matrix", "on target")), ("amber", translate("matrix", "short")),
                         ("red", translate("matrix", "far short"))):
        items.append((lambda p, box, s=status: _status(p, box, s), word))
    return items


def _status(painter: QPainter, box: QRectF, status: str) -> None:
    painter.fillRect(box, QColor(palette.STATUS_PALE[status]))
    font = QFont()
    font.setPointSizeF(12)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(palette.STATUS_COLOUR[status]))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, palette.STATUS_SYMBOL[status])


class Legend(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.font_ = QFont()
        self.font_.setPointSizeF(11)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.warn_days = EXPIRY_WARNING_DAYS
        self.stale_months = 0  # 0: the board says nothing about practice (no legend item)

    def _layout(self, width: int) -> list[tuple[QPointF, Callable, str]]:
        metrics = QFontMetrics(self.font_)
        x, y, placed = 0.0, 0.0, []
        for draw, text in _items(self.warn_days, self.stale_months):
            item_width = ICON + GAP + metrics.horizontalAdvance(text)
            if x and x + item_width > width:
                x, y = 0.0, y + LINE
            placed.append((QPointF(x, y), draw, text))
            x += item_width + SPACING
        return placed

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return int(self._layout(width)[-1][0].y()) + LINE

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(900, self.heightForWidth(max(self.width(), 900)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.setFixedHeight(self.heightForWidth(event.size().width()))
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for at, draw, text in self._layout(self.width()):
            box = QRectF(at.x(), at.y() + (LINE - ICON) / 2, ICON, ICON)
            painter.save()
            draw(painter, box)
            painter.restore()
            painter.setFont(self.font_)
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(QRectF(box.right() + GAP, at.y(), 1000, LINE), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
