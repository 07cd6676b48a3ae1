"""The Reports area: every printable overview in one place, each a card with what it is
and a button. Other areas add their reports to ENTRIES (the week plan, interview forms,
the quickscan result); the same reports exist on the command line (`wplstudio report KIND`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext


@dataclass(frozen=True)
class ReportEntry:
    key: str
    title: str  # marked for translation in the "reports" context
    what: str
    button: str
    area: str  # permission area
    operation: str  # "print" or "export"
    run: Callable[[QWidget, AppContext], object]
    everyone: bool = False  # the report covers everyone's records, so it needs the 'others' scope

    def usable_by(self, actor) -> bool:
        if self.everyone:
            return allowed(actor.role, self.area, self.operation, OTHERS)
        return may(actor, self.area, self.operation)


def _wall_print(parent: QWidget, ctx: AppContext):
    from wplstudio.ui.pages.matrix.excel_actions import print_for_wall

    return print_for_wall(parent, ctx)


def _excel(parent: QWidget, ctx: AppContext):
    from wplstudio.ui.pages.matrix.excel_actions import export_to_excel

    return export_to_excel(parent, ctx)


def _learning_reports():
    from wplstudio.ui.pages.reports import learning_reports  # the year report and the quickscan result (issue 8)

    return learning_reports


ENTRIES: list[ReportEntry] = [
    ReportEntry("matrix", QT_TRANSLATE_NOOP("reports", "Deployability matrix for the wall"),
                QT_TRANSLATE_NOOP("reports", "Who can do what, as ILUO squares on A3 landscape: every page with the task names, the "
                                             "legend and the coverage against the targets; expired certificates marked."),
                QT_TRANSLATE_NOOP("reports", "Print for the wall…"), "matrix", "print", _wall_print),
    ReportEntry("matrix-excel", QT_TRANSLATE_NOOP("reports", "Deployability matrix in Excel"),
                QT_TRANSLATE_NOOP("reports", "The matrix as an .xlsx in the familiar layout, to share or to keep; it can be imported again."),
                QT_TRANSLATE_NOOP("reports", "Export to Excel…"), "matrix", "export", _excel),
    ReportEntry("year", QT_TRANSLATE_NOOP("reports", "Year report for the owner"),
                QT_TRANSLATE_NOOP("reports", "The year on paper: learning hours and costs on and off the job, the training plan, the "
                                             "deployability trend, onboarding, interviews and the quickscans, with charts."),
                QT_TRANSLATE_NOOP("reports", "Make the year report…"), "reports", "print",
                lambda parent, ctx: _learning_reports().year_report(parent, ctx), everyone=True),
    ReportEntry("quickscan", QT_TRANSLATE_NOOP("reports", "Quickscan result"),
                QT_TRANSLATE_NOOP("reports", "The conclusion, the radar chart, factor by factor what it means and a next step, and where "
                                             "the respondents differ."),
                QT_TRANSLATE_NOOP("reports", "Print a quickscan…"), "quickscan", "print",
                lambda parent, ctx: _learning_reports().quickscan_result(parent, ctx)),
]


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(QLabel(translate("areas", "Reports"), objectName="pageTitle"))
        for entry in ENTRIES:
            layout.addWidget(self._card(entry))
        more = QLabel(self.tr("Printed where the work is: the week plan on the planning board, interview forms under Development "
                                "interviews, progress cards and certificates under Onboarding."), objectName="hint")
        more.setWordWrap(True)
        layout.addWidget(more)
        layout.addStretch(1)

    def _card(self, entry: ReportEntry) -> QFrame:
        card = QFrame(objectName=f"report-{entry.key}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(translate("reports", entry.title))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        what = QLabel(translate("reports", entry.what), wordWrap=True)
        button = QPushButton(translate("reports", entry.button), objectName=f"run-{entry.key}")
        button.setEnabled(entry.usable_by(self.ctx.actor))  # courtesy: the services refuse anyway
        button.clicked.connect(lambda _checked=False, e=entry: e.run(self, self.ctx))
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(what)
        row = QHBoxLayout(card)
        row.addLayout(text, 1)
        row.addWidget(button)
        return card

    def refresh(self) -> None:
        """Nothing to reload: each report reads the database when it is made."""
