"""Automatic backups while the app runs: a check shortly after the window shows and then
every hour; when one is due (none yet today) the copy, its check and the pruning run on
Qt's thread pool, so the window never waits for the disk.

Only a writable SQLite database is backed up here: a read-only second instance leaves
it to the instance that has the file, and a shared server has its own backups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from wplstudio.domain.errors import WplError
from wplstudio.i18n import error_text
from wplstudio.services import backups
from wplstudio.ui.background import run_in_background

HOUR_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 5000  # after the first paint, not before it


class AutoBackup(QObject):
    finished = Signal(object)  # the BackupResult, None when none was due, or the error

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)
        QCoreApplication.instance().aboutToQuit.connect(self.wait)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def check(self) -> None:
        db = self.window.ctx.db
        if self.running or self.paused or not db.is_sqlite or db.read_only:
            return
        try:
            rotation = backups.get_rotation(db)
        except WplError:
            return  # e.g. the disk is unreadable right now; the next hour tries again
        path = db.target.path
        self.running = True
        run_in_background(lambda: backups.take_automatic(path, rotation), self._done, self._failed)

    def _done(self, result) -> None:
        self.running = False
        if result is not None:
            self._say(self.tr("Automatic backup made and checked: {file}").format(file=result.path.name), 15000)
        self.finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self.running = False
        if isinstance(error, WplError):
            reason = error_text(error)
        else:
            from wplstudio.crashlog import write

            reason = self.tr("Something unexpected went wrong ({kind}). Details are in {log}.").format(
                kind=type(error).__name__, log=str(write(error)))
        self._say(self.tr("The automatic backup failed: {reason}").format(reason=reason), 0)  # stays until the next one
        self.finished.emit(error)

    def _say(self, text: str, milliseconds: int) -> None:
        try:
            self.window.statusBar().showMessage(text, milliseconds)
        except RuntimeError:
            pass  # the window closed meanwhile

    def pause(self) -> None:
        """Before the database is closed and replaced: no new copy starts, a running one ends."""
        self.paused = True
        self.wait()

    def resume(self) -> None:
        self.paused = False

    def wait(self) -> None:
        if self.running:
            QThreadPool.globalInstance().waitForDone(120_000)
            QCoreApplication.processEvents()


def start_automatic_backups(window) -> AutoBackup:
    auto = AutoBackup(window)
    auto.start()
    return auto


def pause_automatic_backups(window) -> AutoBackup | None:
    auto = window.findChild(AutoBackup)
    if auto is not None:
        auto.pause()
    return auto
