"""The printed overviews for the owner: the year report as PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.reports.learning_tab import year_box


class YearReportTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year_box()
        self.status = QLabel(objectName="hint", wordWrap=True)
        button = QPushButton(self.tr("Make the year report (PDF)…"))
        button.clicked.connect(self.make)
        text = QLabel(self.tr("The year report puts the year on paper for the owner: learning hours and costs, on and off "
                              "the job, the training plan's progress, the deployability trend, onboarding and interviews, "
                              "and the quickscans, with charts."), wordWrap=True)
        text.setStyleSheet("font-size: 12pt;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass

    def make(self) -> None:
        from wplstudio.reports import year_pdf
        from wplstudio.services import year_report

        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the year report"), f"jaarverslag-{year}.pdf", "PDF (*.pdf)")
        if path and guarded(self, lambda: year_pdf.render(year_report.gather(self.ctx.db, self.ctx.actor, year), path)):
            self.status.setText(self.tr("Written: {file}").format(file=path))
