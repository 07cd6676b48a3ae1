"""The two-level column header of the matrix: core tasks as bands over their tasks, the
task names turned upright, and under them the coverage row (deployable people against
the target, as a colour and a symbol). A second header over the frozen columns carries
the labels of the three bands, so the whole header stays put while the grid scrolls."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHeaderView

from wplstudio.charts import palette
from wplstudio.ui.pages.matrix.iluo import draw_rosette, draw_warning
from wplstudio.i18n import translate
from wplstudio.ui.pages.matrix.model import FIGURES_ROLE, FIRST_TASK, GAP_COLUMN, NAME_COLUMN

GROUP_BAND, COVERAGE_BAND = 34, 50
NAME_BAND_MIN, NAME_BAND_MAX = 100, 190
GROUP_COLOURS = ("#23303d", "#3b5166")
HEADER_BACKGROUND, SPOF_BACKGROUND = "#e9ecef", "#ffe0b8"
LINE = "#c3cad2"


def header_fonts() -> tuple[QFont, QFont, QFont]:
    """Group names, task names and the coverage figures."""
    group, name, figure = QFont(), QFont(), QFont()
    group.setPointSizeF(12)
    group.setBold(True)
    name.setPointSizeF(11)
    figure.setPointSizeF(10)
    figure.setBold(True)
    return group, name, figure


@lru_cache(maxsize=512)
def fitted(font: QFont, text: str, width: int) -> QFont:
    """The font, made smaller (to 7 pt) until text fits width: "12/14" in a narrow column."""
    font = QFont(font)
    while QFontMetrics(font).horizontalAdvance(text) > width and font.pointSizeF() > 7:
        font.setPointSizeF(font.pointSizeF() - 0.5)
    return font


class BandedHeader(QHeaderView):
    """Shared by both headers: one height, computed from the longest task name."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.group_font, self.name_font, self.figure_font = header_fonts()
        self.name_band = NAME_BAND_MIN

    def fit_names(self, names: list[str]) -> None:
        """Tall enough for the longest name in at most two upright lines."""
        metrics = QFontMetrics(self.name_font)
        longest = max((_two_line_length(metrics, n) for n in names), default=0)
        self.name_band = max(NAME_BAND_MIN, min(NAME_BAND_MAX, longest + 30))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), GROUP_BAND + self.name_band + COVERAGE_BAND)

    def bands(self, rect: QRect) -> tuple[QRect, QRect, QRect]:
        top = rect.top()
        group = QRect(rect.left(), top, rect.width(), GROUP_BAND)
        name = QRect(rect.left(), top + GROUP_BAND, rect.width(), self.name_band)
        coverage = QRect(rect.left(), top + GROUP_BAND + self.name_band, rect.width(), COVERAGE_BAND)
        return group, name, coverage


class TaskHeader(BandedHeader):
    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt's name
        if logical < FIRST_TASK:
            return  # under the frozen header
        model = self.model()
        _, name_box, coverage_box = self.bands(rect)
        figures = model.headerData(logical, Qt.Orientation.Horizontal, FIGURES_ROLE)
        task = model.task_at(logical)
        painter.fillRect(name_box, QColor(SPOF_BACKGROUND if figures.single_point else HEADER_BACKGROUND))
        self._draw_name(painter, name_box, task.name, figures.single_point is not None, task.is_certificate)
        self._draw_coverage(painter, coverage_box, figures)
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(rect.topRight().x(), name_box.top(), rect.topRight().x(), rect.bottom())
        if logical in model.group_starts:
            painter.setPen(QPen(QColor("#5b6b7b"), 2))
            painter.drawLine(rect.left() + 1, name_box.top(), rect.left() + 1, rect.bottom())

    def _draw_name(self, painter: QPainter, box: QRect, name: str, single_point: bool, certificate: bool) -> None:
        icons = 0
        if single_point:
            draw_warning(painter, QPointF(box.center().x(), box.top() + 12))
            icons += 1
        if certificate:
            draw_rosette(painter, QPointF(box.center().x(), box.top() + 12 + icons * 22))
            icons += 1
        painter.save()
        painter.setFont(self.name_font)
        painter.setPen(QColor("#1b1b1b"))
        metrics = QFontMetrics(self.name_font)
        length, across = box.height() - 12 - icons * 22, box.width() - 4
        painter.translate(box.center().x(), box.bottom() - 6)
        painter.rotate(-90)  # the text runs upwards along the column
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        if metrics.boundingRect(QRect(0, 0, length, 1000), wrap, name).height() <= across:
            painter.drawText(QRectF(0, -across / 2, length, across), wrap, name)
        else:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, length)
            painter.drawText(QRectF(0, -across / 2, length, across), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _draw_coverage(self, painter: QPainter, box: QRect, figures) -> None:
        status = figures.status
        painter.fillRect(box, QColor(palette.STATUS_PALE[status]))
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(box.topLeft(), box.topRight())
        if not self.model().figures.coverage_known:
            return
        if status == "none" and figures.target is None:
            text, symbol = str(figures.deployable), ""
        else:
            text, symbol = f"{figures.deployable}/{figures.target}", palette.STATUS_SYMBOL[status]
        painter.setFont(self.group_font)
        painter.setPen(QColor(palette.STATUS_COLOUR[status]))
        painter.drawText(QRect(box.left(), box.top() + 2, box.width(), 22), Qt.AlignmentFlag.AlignCenter, symbol)
        painter.setFont(fitted(self.figure_font, text, box.width() - 4))
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(QRect(box.left(), box.top() + 24, box.width(), 22), Qt.AlignmentFlag.AlignCenter, text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.group_font)
        for index, (first, last, name) in enumerate(self._groups()):
            left = self.sectionViewportPosition(first)
            right = self.sectionViewportPosition(last) + self.sectionSize(last)
            if right < 0 or left > self.viewport().width():
                continue
            box = QRect(left, 0, right - left, GROUP_BAND)
            painter.fillRect(box, QColor(GROUP_COLOURS[index % 2]))
            painter.setPen(QColor("#ffffff"))
            text = QFontMetrics(self.group_font).elidedText(name, Qt.TextElideMode.ElideRight, box.width() - 12)
            painter.drawText(box.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    def _groups(self) -> list[tuple[int, int, str]]:
        """(first column, last column, core task name) for each core task, left to right."""
        return self.model().groups

class FrozenHeader(BandedHeader):
    """Over the name and gap columns: what each band of the task header means."""

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt's name
        group_box, name_box, coverage_box = self.bands(rect)
        painter.fillRect(group_box, QColor(GROUP_COLOURS[0]))
        painter.fillRect(name_box, QColor(HEADER_BACKGROUND))
        painter.fillRect(coverage_box, QColor(palette.STATUS_PALE["none"]))
        painter.setPen(QPen(QColor(LINE), 1))
        painter.drawLine(coverage_box.topLeft(), coverage_box.topRight())
        painter.drawLine(rect.topRight().x(), name_box.top(), rect.topRight().x(), rect.bottom())
        bold = QFont(self.group_font)
        painter.setFont(bold)
        painter.setPen(QColor("#1b1b1b"))
        flags = Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        if logical == NAME_COLUMN:
            painter.drawText(name_box.adjusted(10, 0, -6, -8), flags | Qt.AlignmentFlag.AlignLeft, translate("matrix", "Employee"))
            painter.setFont(self.figure_font)
            if self.model().figures.coverage_known:
                painter.drawText(coverage_box.adjusted(6, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                                 | Qt.TextFlag.TextWordWrap, translate("matrix", "Deployable (U+O) / target"))
        elif logical == GAP_COLUMN:
            painter.drawText(name_box.adjusted(6, 0, -6, -8), flags | Qt.AlignmentFlag.AlignHCenter,
                             translate("matrix", "Gap to function profile"))


    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The dark band over both frozen columns says how many people and tasks are shown."""
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setFont(self.group_font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRect(10, 0, self.viewport().width() - 14, GROUP_BAND), Qt.AlignmentFlag.AlignVCenter, self.model().summary())
        painter.end()


def _two_line_length(metrics: QFontMetrics, name: str) -> int:
    """The length a name needs when split over two lines at the best space."""
    words = name.split()
    best = metrics.horizontalAdvance(name)
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        best = min(best, max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)))
    return best
