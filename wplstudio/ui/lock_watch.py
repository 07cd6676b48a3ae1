"""Noticing, while the window is open, that another PC has broken our lock.

The core refuses a write once the lock file no longer names us (Database.check_lock
before every commit). This watch tells the person without waiting for their next
change: every CHECK_MS it reads the lock file (a few hundred bytes); once another
PC has it, the window says so once, turns read-only, and shows the read-only sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from wplstudio.i18n import translate
from wplstudio.ui import connection_status

if TYPE_CHECKING:  # the window only holds the database it was given, as every page does
    from wplstudio.services.handles import Database

CHECK_MS = 3_000


class LockWatch(QObject):
    def __init__(self, window: QMainWindow, db: Database, interval_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_now)
        self.timer.start(interval_ms)

    def check_now(self) -> None:
        already = self.db.read_only  # a refused change may have found it first (and said so)
        self.db.check_lock()
        if self.db.read_only:
            self.timer.stop()
            self._turn_read_only(tell=not already)

    def _turn_read_only(self, tell: bool) -> None:
        connection_status.show_read_only(self.window, self.db)
        if hasattr(self.window, "refresh_title"):
            self.window.refresh_title()
        if tell:
            QMessageBox.warning(self.window, translate("lock", "Another computer has the database"), taken_over_text(self.db))


def taken_over_text(db: Database) -> str:
    holder = db.held_by or translate("lock", "another computer")
    return translate("lock", "{holder} has taken over this database: the lock of wplstudio on this PC was broken there. "
                             "From now on this window only shows the data; nothing more can be saved here. "
                             "Close wplstudio on this PC and go on working there.").format(holder=holder)


def install(window: QMainWindow, db: Database) -> LockWatch | None:
    """Watch the lock of a SQLite file opened for writing; nothing to watch otherwise."""
    if db.lock is None:
        return None
    return LockWatch(window, db, CHECK_MS)
