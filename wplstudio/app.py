"""Start the GUI: the application, its language, the database, the main window."""

from __future__ import annotations

import os
import sys
import time

from wplstudio import APP_NAME, ORG_NAME
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.storage.locations import Target

_STARTED = time.perf_counter()


def has_screen() -> bool:
    """On Linux without X11 or Wayland Qt would abort; we say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from wplstudio.paths import icon
    from wplstudio.ui import style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("wplstudio")
    app.setWindowIcon(QIcon(str(icon("app.svg"))))
    style.apply(app)
    return app


def open_window(target: Target):
    """The main window on the database, or a WplError that says why not."""
    from wplstudio.services.opening import open_company
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.main_window import MainWindow

    return MainWindow(AppContext(open_company(target)))


def run_gui(target: Target, lang: str | None, exit_after_paint: bool = False) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wplstudio.i18n import error_text, install, translate

    if not has_screen():
        raise WplError(QT_TRANSLATE_NOOP("errors", "There is no screen to show the app on. Start it on a desktop, or use wplstudio screenshot VIEW --out FILE.png."))
    app = make_application()
    install(lang or QSettings().value("language"))
    try:
        window = open_window(target)
    except WplError as error:
        QMessageBox.critical(None, translate("errors", "The database cannot be opened"), error_text(error))
        return 2
    window.restore_state(QSettings())
    if exit_after_paint:
        _quit_after_first_paint(window, app)
    window.show()
    code = app.exec()
    window.ctx.db.close()
    return code


def _quit_after_first_paint(window, app) -> None:
    """For `wplstudio bench`: report the time to the first painted window, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                print(f"first-paint {time.perf_counter() - _STARTED:.4f}", flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)
