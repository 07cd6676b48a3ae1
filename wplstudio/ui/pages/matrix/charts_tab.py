"""The charts tab: coverage per core task, levels per team and deployability over time, drawn
by wplstudio.charts on QtAgg canvases. matplotlib is imported on the first visit only, so
the main window's first paint does not wait for it."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from wplstudio.domain.errors import WplError
from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.ui.background import run_in_background
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import show_error, show_unexpected

CHOICE_STYLE = """
QPushButton#chartChoice { font-size: 12pt; padding: 8px 18px; }
QPushButton#chartChoice:checked { background: #23303d; color: white; border: 1px solid #23303d; border-radius: 4px; }
"""


class ChartsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: dict[str, object] = {}  # chart name -> matplotlib Figure on screen
        self.loading = False
        self.stack = QStackedWidget()
        self.choice = QButtonGroup(self)
        self.choice.idClicked.connect(self.stack.setCurrentIndex)
        bar = QHBoxLayout()
        for number, title in enumerate((self.tr("Coverage per core task"), self.tr("Levels per team"),
                                        self.tr("Deployability over time"))):
            button = QPushButton(title, checkable=True, objectName="chartChoice")
            button.setChecked(number == 0)
            self.choice.addButton(button, number)
            bar.addWidget(button)
        bar.addStretch(1)
        self.setStyleSheet(CHOICE_STYLE)
        self.note = QLabel(objectName="hint", wordWrap=True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

    def refresh(self) -> None:
        if not allowed(self.ctx.actor.role, "matrix", "view", OTHERS):  # courtesy: core refuses the figures anyway
            self.note.setText(self.tr("The charts count the whole company, so they are for the owner, managers and mentors."))
            self.note.show()
            return
        if self.loading:
            return
        self.loading = True
        self.note.setText(self.tr("Counting…"))
        self.note.show()
        run_in_background(self._build, self._built, self._failed)  # five years of history: not on the screen's time

    def _built(self, built: dict[str, object]) -> None:
        self.loading = False
        self.note.hide()
        self._show(built)

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.note.hide()
        if isinstance(error, WplError):
            show_error(self, error)
        else:
            show_unexpected(self, error)

    def _build(self) -> dict[str, object]:
        """The three Figures from core's figures (in a worker thread: no widgets here, only data and
        matplotlib Figures); each service call checks that the actor may see them."""
        from wplstudio.charts import matrix as charts
        from wplstudio.services import matrix_figures as figures

        db, actor = self.ctx.db, self.ctx.actor
        return {
            "coverage": charts.coverage_per_core_task(figures.coverage_by_core_task(db, actor)),
            "levels": charts.level_distribution_per_team(figures.level_distribution(db, actor)),
            "trend": charts.deployability_over_time(figures.deployability_over_time(db, actor)),
        }

    def _show(self, built: dict[str, object]) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.figures = built
        for name, figure in built.items():
            canvas = FigureCanvasQTAgg(figure)
            canvas.setObjectName(f"chart-{name}")
            self.stack.addWidget(canvas)
        self.stack.setCurrentIndex(max(self.choice.checkedId(), 0))
