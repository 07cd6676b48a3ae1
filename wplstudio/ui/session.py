"""Who works at this PC: sign in, the main window for that person, the idle lock,
signing out. The main window is built only after a sign-in, for that actor."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import ROLE_TITLES
from wplstudio.i18n import translate
from wplstudio.services import accounts
from wplstudio.services.handles import Database
from wplstudio.ui.context import AppContext
from wplstudio.ui.idle_lock import IdleWatcher, LockDialog
from wplstudio.ui.lifetime import dispose
from wplstudio.ui.sign_in import AccessDialog, SignInDialog, first_dialog

NEVER_LOCKED = frozenset({"display"})  # the shop screen shows the board all day and can change nothing


class Session(QObject):
    def __init__(self, db: Database, show_window: Callable[[AppContext], QMainWindow],
                 lock_ms: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.show_window = show_window
        self.lock_ms = lock_ms  # None: the company's setting (minutes)
        self.window: QMainWindow | None = None
        self.actor: Actor | None = None
        self.dialog: AccessDialog | None = None
        self.lock_dialog: LockDialog | None = None
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self.lock)

    def first_dialog(self) -> AccessDialog:
        """Made before begin(), so a caller can watch it paint (wplstudio bench)."""
        if self.dialog is None:
            self.dialog = first_dialog(self.db)
        return self.dialog

    def begin(self) -> None:
        self._ask(self.first_dialog())

    def _ask(self, dialog: AccessDialog) -> None:
        if self.dialog is not dialog:
            dispose(self.dialog)  # the one answered before; Qt deletes it, not the collector
        self.dialog = dialog
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._gave_up)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.window = self.show_window(AppContext(self.db, actor))
        add_session_bar(self)
        self._watch_idle()

    def _gave_up(self) -> None:
        if self.window is None:
            QApplication.instance().quit()

    def _watch_idle(self) -> None:
        if self.actor.role in NEVER_LOCKED:
            self.watcher.stop()
            return
        self.watcher.start(self.lock_ms or accounts.lock_minutes(self.db) * 60_000)

    # --- lock, sign out ---------------------------------------------------------
    def lock(self) -> None:
        if self.window is None or self.lock_dialog is not None or self.actor.role in NEVER_LOCKED:
            return
        self.watcher.stop()
        self.window.centralWidget().hide()  # nothing readable behind the lock, on any screen
        self.lock_dialog = LockDialog(self.db, self.actor)
        self.lock_dialog.signed_in.connect(self._unlocked)
        self.lock_dialog.switch_user.connect(self.sign_out)
        self.lock_dialog.showFullScreen()

    def _unlocked(self, _actor: Actor) -> None:
        dispose(self.lock_dialog)  # we are inside its signal: Qt deletes it once that is over
        self.lock_dialog = None
        if self.window is not None:
            self.window.centralWidget().show()
        self._watch_idle()

    def sign_out(self) -> None:
        """Close everything of this person; the sign-in comes first, so the app does not quit."""
        self.watcher.stop()
        dispose(self.lock_dialog)
        self.lock_dialog = None
        self._ask(SignInDialog(self.db))
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not self.dialog and widget.isVisible():
                widget.reject()  # an open form of the person who left: nothing is saved
        window, self.window, self.actor = self.window, None, None
        if window is not None:
            window.close()
            dispose(window)


def add_session_bar(session: Session) -> None:
    """Who is signed in, and the buttons to lock or sign out, in the window's status bar."""
    window, actor = session.window, session.actor
    bar = QWidget(objectName="sessionBar")
    line = QHBoxLayout(bar)
    line.setContentsMargins(0, 0, 0, 0)
    role = translate("roles", ROLE_TITLES.get(actor.role, actor.role))
    line.addWidget(QLabel(translate("session", "Signed in: {name} ({role})").format(name=actor.name, role=role), objectName="signedInAs"))
    if actor.role not in NEVER_LOCKED:
        lock = QPushButton(translate("session", "Lock"), objectName="lockButton")
        lock.clicked.connect(session.lock)
        line.addWidget(lock)
    sign_out = QPushButton(translate("session", "Sign out"), objectName="signOutButton")
    sign_out.clicked.connect(session.sign_out)
    line.addWidget(sign_out)
    window.statusBar().addPermanentWidget(bar)
    window.session_bar = bar
