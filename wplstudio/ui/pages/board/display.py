"""The shop display: today and the next working day in large type, for a big screen on the
shop floor, readable from a few metres. Read-only (no editing here at all: a manager signs in
on the PC to change the board), no confidential data (services/board_display.py leaves it
out), refreshed from the database every minute so changes from the office PC appear."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QWidget

from wplstudio.domain.errors import WplError
from wplstudio.i18n import translate
from wplstudio.services import board_display
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.board.scene import day_title

REFRESH_MS = 60_000
PAGE_MS = 15_000
BACKGROUND, TEXT, MUTED = QColor("#111820"), QColor("#f4f6f8"), QColor("#9fb0c0")
LEARNER, MENTOR, AWAY = QColor("#5fa8ff"), QColor("#c39bff"), QColor("#7d8790")


class ShopDisplay(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shopDisplay")
        self.ctx = ctx
        self.data: board_display.DisplayData | None = None
        self.problem = ""
        self.loaded_at: datetime | None = None
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.page = 0  # more people than fit: the pages take turns
        self.turn = QTimer(self, interval=PAGE_MS)
        self.turn.timeout.connect(self._next_page)
        self.turn.start()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._leave_full_screen)

    def refresh(self) -> None:
        try:
            self.data = board_display.display_data(self.ctx.db, self.ctx.actor)
            self.problem = ""
        except WplError as error:  # e.g. the server is away: keep the last picture and say so
            from wplstudio.i18n import error_text

            self.problem = error_text(error)
        self.loaded_at = datetime.now()
        self.update()

    def _next_page(self) -> None:
        self.page += 1
        self.update()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.close()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self.data is None:
            return
        width, height = self.width(), self.height()
        base = max(14, min(height // 26, width // 56))  # large type that still fits the screen
        self._header(painter, base, width)
        rows = self.data.rows
        name_w = int(width * 0.22)
        col_w = (width - name_w - 20) // 2
        top = base * 5
        line_h = int(base * 1.9)
        fit = max(1, (height - top - base * 3) // line_h)
        big = QFont()
        big.setPixelSize(base)
        painter.setFont(big)
        for i, day in enumerate(self.data.days):
            head = QFont(big)
            head.setBold(True)
            painter.setFont(head)
            painter.setPen(TEXT)
            title = translate("board", "Today") if i == 0 else translate("board", "Next working day")
            painter.drawText(name_w + i * col_w, top - base // 2, f"{title}  {day_title(day)}")
        pages = max(1, -(-len(rows) // fit))
        first = (self.page % pages) * fit
        for n, row in enumerate(rows[first:first + fit]):
            y = top + n * line_h
            if n % 2:
                painter.fillRect(0, y, width, line_h, QColor("#18222c"))
            painter.setFont(big)
            painter.setPen(TEXT)
            painter.drawText(16, y, name_w - 24, line_h, Qt.AlignmentFlag.AlignVCenter, row.name)
            for i, lines in enumerate(row.days):
                self._cell(painter, row, i, lines, name_w + i * col_w, y, col_w, line_h, base)
        if pages > 1:
            painter.setPen(MUTED)
            painter.drawText(16, height - base * 2, translate("board", "Page {page} of {pages}").format(page=self.page % pages + 1, pages=pages))
        self._footer(painter, base, width, height)

    def _header(self, painter: QPainter, base: int, width: int) -> None:
        title = QFont()
        title.setPixelSize(int(base * 1.8))
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(TEXT)
        painter.drawText(16, int(base * 2.4), translate("board", "Planning board"))
        clock = QFont()
        clock.setPixelSize(int(base * 1.4))
        painter.setFont(clock)
        painter.drawText(0, 0, width - 16, int(base * 3.2), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         datetime.now().strftime("%H:%M"))

    def _cell(self, painter, row, i, lines, x, y, w, h, base) -> None:
        if row.away[i] and not lines:
            painter.setPen(AWAY)
            painter.drawText(x, y, w, h, Qt.AlignmentFlag.AlignVCenter, translate("board", "absent"))
            return
        text, colour = "", TEXT
        for line in lines[:2]:
            part = line.title + (f" · {line.location}" if line.location and line.location != "Werkplaats" else "")
            if line.role == "learner":
                part, colour = "\u25cf " + part + " " + translate("board", "with {name}").format(name=line.pair), LEARNER
            elif line.role == "mentor":
                part, colour = "\u25cf " + part + " " + translate("board", "mentor of {name}").format(name=line.pair), MENTOR
            text = f"{text} / {part}" if text else part
        painter.setPen(colour)
        painter.drawText(x, y, w - 12, h, Qt.AlignmentFlag.AlignVCenter, painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, w - 12))

    def _footer(self, painter: QPainter, base: int, width: int, height: int) -> None:
        small = QFont()
        small.setPixelSize(max(12, int(base * 0.7)))
        painter.setFont(small)
        painter.setPen(MUTED)
        actions = "   ".join(f"\u2192 {t} ({o.split(' ')[0] if o else '—'})" for t, o, _d in self.data.improvements[:3])
        painter.drawText(16, height - base // 2, translate("board", "Improvements in progress: {list}").format(list=actions or "—"))
        stamp = self.problem or translate("board", "Updated {time}").format(time=self.loaded_at.strftime("%H:%M") if self.loaded_at else "")
        painter.drawText(0, height - int(base * 1.6), width - 16, base, Qt.AlignmentFlag.AlignRight, stamp)
