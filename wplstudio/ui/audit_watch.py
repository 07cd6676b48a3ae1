"""Check the audit trail right after the main window shows, in the background, and
say so plainly when it was changed outside wplstudio: in full to the owner, in
one line to everyone else (who may not read the trail, but can warn the owner)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from wplstudio.domain.permissions import allowed
from wplstudio.i18n import translate
from wplstudio.services import audit
from wplstudio.services.audit import AuditReport
from wplstudio.ui.background import run_in_background

BANNER_STYLE = "background: #b00020; color: white; font-size: 13pt; font-weight: 600; padding: 8px;"


class AuditWatch(QObject):
    checked = Signal(object)  # the AuditReport, once known

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.report: AuditReport | None = None
        self.banner: QToolBar | None = None

    def start(self) -> None:
        db = self.window.ctx.db
        run_in_background(lambda: audit.verify(db), self._done, lambda _error: None)

    def _done(self, report: AuditReport) -> None:
        self.report = report
        if not report.ok:
            self._show_banner(report)
        self.checked.emit(report)

    def _show_banner(self, report: AuditReport) -> None:
        owner = allowed(self.window.ctx.actor.role, "audit", "view", "others")
        self.banner = QToolBar(objectName="auditBanner", movable=False, floatable=False)
        self.banner.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.banner.addWidget(self._banner_body(report, owner))
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.show()  # the window is already on screen

    def _banner_body(self, report: AuditReport, owner: bool) -> QWidget:
        body = QWidget(styleSheet=BANNER_STYLE)
        line = QHBoxLayout(body)
        line.setContentsMargins(8, 2, 8, 2)
        self.message = QLabel(banner_text(report, owner), textFormat=Qt.TextFormat.RichText, styleSheet="color: white;")
        # never wider than the window: a narrow window clips the end of a line instead of growing
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        line.addWidget(self.message, 1)
        if owner:
            show = QPushButton(translate("audit", "Show the audit trail"))
            show.setStyleSheet("color: black; background: white; padding: 6px 14px;")
            show.clicked.connect(lambda: self.window.show_view("audit"))
            line.addWidget(show)
        return body


def banner_text(report: AuditReport, owner: bool) -> str:
    """Rich text: a bold headline, and for the owner what was found and what to do."""
    if not owner:
        return escape(translate("audit", "The audit trail was changed outside wplstudio — tell the owner."))
    problem = translate("audit", audit.PROBLEM_TEXT[report.problem]).format(id=report.broken_id)
    advice = translate("audit", "Find out who had access to the database file, and restore a backup if data was changed too.")
    warning = translate("audit", "Warning: the audit trail was changed outside wplstudio.")
    return (f"{escape(warning)}<br>"
            f"<span style='font-weight: normal; font-size: 11pt;'>{escape(problem)}<br>{escape(advice)}</span>")


START_DELAY_MS = 250  # after the first paint: hashing a long trail must not hold up the window


def watch_audit_trail(window, delay_ms: int = START_DELAY_MS) -> AuditWatch:
    """Start the check; the window opens at once and the banner appears only if needed."""
    watch = AuditWatch(window)
    window.audit_watch = watch
    QTimer.singleShot(delay_ms, watch.start)
    return watch
