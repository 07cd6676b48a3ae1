"""In the AVG tab: interview contents older than the retention period, with the action that
erases them (what was said goes; that a talk took place, and when, stays)."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton

from wplstudio.services import interview_privacy
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded


class InterviewRetentionBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("interviewRetention")
        self.setTitle(self.tr("Interview contents past the retention period"))
        self.summary = QLabel(objectName="hint", wordWrap=True)
        self.erase = QPushButton(self.tr("Erase these contents…"), objectName="eraseInterviewContents")
        self.erase.clicked.connect(self.erase_due)
        line = QHBoxLayout(self)
        line.addWidget(self.summary, 1)
        line.addWidget(self.erase)
        if not may(ctx.actor, "interviews", "edit"):
            self.hide()  # hide only: show() on a widget not yet in a window flashes it as a window of its own
        self.due = []

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.due = guarded(self, lambda: interview_privacy.contents_due(self.ctx.db, self.ctx.actor)) or []
        if not self.due:
            self.summary.setText(self.tr("No interview is older than the retention period."))
        else:
            oldest = self.due[0]
            self.summary.setText(self.tr("{n} interview(s) held longer ago than the retention period; the oldest: "
                                         "{name}, {day}.").format(n=len(self.due), name=oldest.employee_name, day=show(oldest.held_on)))
        self.erase.setEnabled(bool(self.due))

    def erase_due(self) -> None:
        answer = QMessageBox.question(self, self.tr("Erase interview contents"), self.tr(
            "Erase the answers and notes of {n} interview(s)? The dates stay; this cannot be undone.").format(n=len(self.due)))
        if answer == QMessageBox.StandardButton.Yes:
            guarded(self, lambda: interview_privacy.erase_due_contents(self.ctx.db, self.ctx.actor))
            self.refresh()
