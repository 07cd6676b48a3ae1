"""The idle lock of the shop PC: a watcher on every key and mouse event of the
application, and the lock screen that asks the same person's password or PIN."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wplstudio.domain.actor import Actor
from wplstudio.services import accounts
from wplstudio.services.handles import Database
from wplstudio.ui.sign_in import AccessDialog, password_field

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
RESTART_EVERY_S = 0.5  # a moving mouse sends hundreds of events; restarting the timer twice a second is plenty


class IdleWatcher(QObject):
    """Emits idle once when nobody has touched keyboard, mouse or screen for the set time."""

    idle = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self._last_restart = 0.0
        self._installed = False

    def start(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            moment = time.monotonic()
            if moment - self._last_restart >= min(RESTART_EVERY_S, self.timer.interval() / 10_000):
                self._last_restart = moment
                self.timer.start()
        return False


class LockDialog(AccessDialog):
    """Covers the screen. The same person goes on with password or PIN; anyone else signs in anew."""

    switch_user = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(db, self.tr("The screen is locked"), self.tr(
            "{name}, type your password or PIN to go on. Someone else? Choose Sign in as someone else.").format(name=actor.name), parent)
        self.actor = actor
        self.setObjectName("lockScreen")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.secret = password_field()
        self.form.addRow(self.tr("Password or PIN"), self.secret)
        self.unlock_button = self.add_button(self.tr("Go on"), QDialogButtonBox.ButtonRole.AcceptRole, self.go)
        self.unlock_button.setDefault(True)
        self.add_button(self.tr("Sign in as someone else"), QDialogButtonBox.ButtonRole.ActionRole, self._someone_else)
        self.secret.returnPressed.connect(self.go)

    def try_it(self):
        try:
            return accounts.unlock(self.db, self.actor.user_id, self.secret.text())
        finally:
            self.secret.clear()

    def _someone_else(self) -> None:
        self.switch_user.emit()
        self.accept()

    def reject(self) -> None:
        """Escape and the close button do nothing: the lock only opens with a password or PIN."""
