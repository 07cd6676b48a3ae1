"""One app per database per PC: a second start on the same database brings the first
window to the front and stops. A local socket (a named pipe on Windows) named after
the database and the user carries the request; the database lock (storage/lock.py)
still guards against a second PC."""

from __future__ import annotations

import getpass
import hashlib
import sys

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from wplstudio.services.handles import Target

COME_TO_FRONT = b"front\n"
WAIT_MS = 1000


def server_name(target: Target) -> str:
    """A short name, the same for every start of this user on this database."""
    where = str(target.path) if target.path else target.describe()
    if sys.platform == "win32":  # C:\\Data and c:\\data are the same file there
        where = where.casefold()
    digest = hashlib.sha256(f"{_user()}\n{where}".encode()).hexdigest()[:20]
    return f"wplstudio-{digest}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment: one shared name
        return ""


def ask_running_to_front(name: str) -> bool:
    """True when an app already listens on name and was asked to come to the front."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(COME_TO_FRONT)
    delivered = socket.flush() or socket.bytesToWrite() == 0 or socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return bool(delivered)


class FrontDoor(QObject):
    """Listens for later starts on the same database and raises this app's window."""

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a crashed app (Unix)
            self.server.listen(name)
        self.server.newConnection.connect(self._knocked)
        self.knocks = 0

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).startswith(COME_TO_FRONT.strip()):
            self.knocks += 1
            bring_to_front()


def bring_to_front() -> QWidget | None:
    """Show the main window (or the sign-in while nobody is signed in) on top."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if not windows:
        return None
    window = next((w for w in windows if isinstance(w, QMainWindow)), windows[0])
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if isinstance(window, QMainWindow):
        from wplstudio.i18n import translate

        window.statusBar().showMessage(translate("single_instance", "wplstudio was started again; this window was already open."), 8000)
    return window


def claim(target: Target) -> FrontDoor | None:
    """None when another start of the app has this database open (it was asked to come
    to the front); otherwise the door that answers later starts (keep a reference)."""
    name = server_name(target)
    if ask_running_to_front(name):
        return None
    return FrontDoor(name, QApplication.instance())
