"""One scan's result on screen: the conclusion in its colour, the radar, factor by factor
with each respondent's answer (differences framed in orange, attention points in red),
and the basic conditions with their attention points."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from wplstudio.domain import quickscan as qs
from wplstudio.i18n import current

ATTENTION, DIFFERS = "#f8d0d0", "#ffe2b8"


class ScanResult(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.conclusion = QLabel(wordWrap=True, objectName="conclusion")
        self.table = QTableWidget(0, 0)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.conditions = QLabel(wordWrap=True)
        self.chart_holder = QVBoxLayout()
        right = QVBoxLayout()
        right.addWidget(self.table, 3)
        right.addWidget(self.conditions, 2)
        body = QHBoxLayout()
        body.addLayout(self.chart_holder, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conclusion)
        layout.addLayout(body, 1)
        self.canvas = None

    def show_scan(self, scan) -> None:
        lang = current()
        self._conclusion(scan, lang)
        self._chart(scan)
        self._factors(scan, lang)
        attention = [qs.condition(c.key) for c in scan.result.conditions if c.attention]
        lines = [f"⚠ <b>{c.title.in_(lang)}</b>: {c.attention.in_(lang)}" for c in attention]
        self.conditions.setText(self.tr("<b>Basic conditions</b>") + "<br>" + ("<br>".join(lines) if lines else
                                self.tr("✓ Every basic condition is in order.")))

    def _conclusion(self, scan, lang: str) -> None:
        result = scan.result
        if result.conclusion is None:
            self.conclusion.setText(self.tr("Draft: no respondent has answered every question yet."))
            self.conclusion.setStyleSheet("font-size: 15pt; padding: 8px; background: #eef1f4;")
            return
        draft = self.tr(" (draft)") if scan.is_draft else ""
        self.conclusion.setText(self.tr("Total {total} of 40{draft}: {conclusion}").format(
            total=one_decimal(result.total), draft=draft, conclusion=qs.CONCLUSIONS[result.conclusion].in_(lang)))
        self.conclusion.setStyleSheet(f"font-size: 16pt; font-weight: 600; color: white; padding: 10px; "
                                      f"background: {qs.CONCLUSION_COLOUR[result.conclusion]};")

    def _chart(self, scan) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from wplstudio.charts import quickscan as charts

        if self.canvas is not None:
            self.chart_holder.removeWidget(self.canvas)
            self.canvas.hide()  # deleteLater alone leaves it painted until the event loop runs
            self.canvas.deleteLater()
        self.canvas = _canvas(FigureCanvasQTAgg, charts.radar(scan))
        self.chart_holder.addWidget(self.canvas)

    def _factors(self, scan, lang: str) -> None:
        people = scan.respondents
        self.table.clear()
        self.table.setRowCount(len(qs.FACTORS))
        self.table.setColumnCount(2 + len(people))
        self.table.setHorizontalHeaderLabels([self.tr("Factor"), self.tr("Mean")] + [p.name.split()[0] for p in people])
        for row, f in enumerate(scan.result.factors):
            factor = qs.factor(f.key)
            name = QTableWidgetItem(factor.title.in_(lang))
            name.setToolTip(f"{factor.question.in_(lang)}\n\n{factor.meaning.in_(lang)}\n→ {factor.next_step.in_(lang)}")
            self.table.setItem(row, 0, name)
            mean = QTableWidgetItem(one_decimal(f.mean))
            if f.attention:  # the colour, and a sign for those who cannot tell the colours apart
                mean.setText(mean.text() + " ⚠")
                mean.setToolTip(self.tr("Attention point: this factor scores low."))
                mean.setBackground(QBrush(QColor(ATTENTION)))
            self.table.setItem(row, 1, mean)
            for column, score in enumerate(f.scores, start=2):
                cell = QTableWidgetItem("–" if score is None else str(score))
                if f.differs and score in (f.low, f.high):
                    cell.setText(cell.text() + (" ↓" if score == f.low else " ↑"))
                    cell.setToolTip(self.tr("The answers differ here: talk about why."))
                    cell.setBackground(QBrush(QColor(DIFFERS)))
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        for column, person in enumerate(people, start=2):
            self.table.horizontalHeaderItem(column).setToolTip(person.name)


def _canvas(kind, figure):
    """A chart canvas that shrinks with the window instead of insisting on the figure's size."""
    from PySide6.QtWidgets import QSizePolicy

    canvas = kind(figure)
    canvas.setMinimumSize(200, 200)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return canvas


def one_decimal(value: float | None) -> str:
    """A score as the reader's language writes it (Dutch: 20,2), through the application's QLocale."""
    return "–" if value is None else QLocale().toString(float(value), "f", 1)
