"""Status-bar signs of how the database is open: "read-only" when another instance
has the file, and "offline — trying again" while a shared server cannot be reached.

The server is asked a cheap question off the GUI thread (a ping can wait for a
network timeout), every HEARTBEAT_MS while online and every RETRY_MS while
offline; when it answers again the sign goes away, without a restart."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from wplstudio.domain.errors import Offline, WplError
from wplstudio.i18n import translate
from wplstudio.services.connection import is_reachable
from wplstudio.services.handles import Database

HEARTBEAT_MS = 15_000
RETRY_MS = 3_000
_watches: weakref.WeakSet = weakref.WeakSet()


class ConnectionWatch(QObject):
    """Shows the offline sign and retries until the server answers."""

    went_offline = Signal()
    came_back = Signal()
    _answered = Signal(bool)  # from the pinging thread back to the GUI thread

    def __init__(self, db: Database, label: QLabel, heartbeat_ms: int = HEARTBEAT_MS, retry_ms: int = RETRY_MS) -> None:
        super().__init__(label)
        self.db = db
        self.label = label
        self.offline = False
        self._busy = False
        self._intervals = (heartbeat_ms, retry_ms)
        self._answered.connect(self._on_answer)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_now)
        self.timer.start(heartbeat_ms)
        _watches.add(self)

    def check_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        QThreadPool.globalInstance().start(self._ping)

    def _ping(self) -> None:
        try:
            reachable = is_reachable(self.db)
        except Exception:  # a database error that is not about the connection: it answered
            reachable = True
        try:
            self._answered.emit(reachable)
        except RuntimeError:  # the window closed while we waited
            pass

    def _on_answer(self, reachable: bool) -> None:
        self._busy = False
        self.set_offline(not reachable)

    def set_offline(self, offline: bool) -> None:
        if offline == self.offline:
            return
        self.offline = offline
        self.label.setVisible(offline)
        self.timer.setInterval(self._intervals[1] if offline else self._intervals[0])
        (self.went_offline if offline else self.came_back).emit()


def install(window: QMainWindow, db: Database) -> ConnectionWatch | None:
    """Add the signs that apply to db to the window's status bar."""
    if db.read_only:
        show_read_only(window, db)
    if db.is_sqlite:
        return None
    label = _badge("offlineBadge", translate("status", "Offline — trying again…"), "#b00020")
    label.setVisible(False)
    window.statusBar().addPermanentWidget(label)
    return ConnectionWatch(db, label, HEARTBEAT_MS, RETRY_MS)


def show_read_only(window: QMainWindow, db: Database) -> None:
    """The read-only sign: at opening, or later when another PC has taken the file over."""
    badge = window.statusBar().findChild(QLabel, "readOnlyBadge")
    if badge is None:
        window.statusBar().addPermanentWidget(_badge("readOnlyBadge", read_only_text(db), "#8a5a00"))
    else:
        badge.setText(read_only_text(db))


def read_only_text(db: Database) -> str:
    if db.held_by:
        return translate("status", "Read-only: {holder} has it open").format(holder=db.held_by)
    return translate("status", "Read-only")


def _badge(name: str, text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet(f"QLabel#{name} {{ color: white; background: {colour}; padding: 2px 8px; border-radius: 3px; font-weight: bold; }}")
    return label


def notice(error: WplError) -> None:
    """A service call failed for want of a connection: show the sign at once, not at the next heartbeat."""
    if isinstance(error, Offline):
        for watch in list(_watches):
            watch.set_offline(True)
