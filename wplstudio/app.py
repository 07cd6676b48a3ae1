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
    app.setApplicationName(APP_NAME)  # with the organisation: where QSettings keeps the settings
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("wplstudio")
    app.setDesktopFileName("wplstudio")  # Wayland and taskbars: packaging/linux/wplstudio.desktop
    app.setWindowIcon(app_icon(QIcon, icon))
    style.apply(app)
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon(QIcon, icon):  # noqa: N803 - Qt's class, passed in so this module imports no Qt at load
    """Every drawn size (packaging/make_icons.py), sharp in a title bar, a taskbar and Alt+Tab."""
    result = QIcon()
    for size in ICON_SIZES:
        result.addFile(str(icon(f"wplstudio-{size}.png")))
    return result


def open_window(target: Target):
    """The main window on the database, or a WplError that says why not."""
    from wplstudio.services.opening import open_company
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.main_window import MainWindow

    return MainWindow(AppContext(open_company(target)))


def run_gui(target: Target, lang: str | None, exit_after_paint: bool = False) -> int:
    from PySide6.QtWidgets import QMessageBox

    from wplstudio.i18n import error_text, install, startup_language, translate

    if not has_screen():
        raise WplError(QT_TRANSLATE_NOOP("errors", "There is no screen to show the app on. Start it on a desktop, or use wplstudio screenshot VIEW --out FILE.png."))
    app = make_application()
    install(startup_language(lang))
    from wplstudio.ui.single_instance import claim

    door = claim(target)  # before the lock: a second start on this PC brings the first window forward
    if door is None:
        print(translate("app", "wplstudio is already open on {database}; that window is now in front.").format(database=target.describe()), file=sys.stderr)
        return 0
    from wplstudio.ui.open_dialogs import open_asking
    from wplstudio.ui.session import Session

    try:
        opened = open_asking(target)  # asks about a risky folder or another instance's lock
    except WplError as error:
        from wplstudio.ui.recovery import offer_restore_at_start

        opened = offer_restore_at_start(target, error, open_asking)  # a damaged file: its newest good backup
        if opened is None:
            return 2
    if opened is None:
        return 1
    # Sign in (or create the owner on a first start) before any window shows data.
    session = Session(opened.db, lambda ctx: _show_window(opened, ctx))
    if exit_after_paint:
        _quit_after_first_paint(session.first_dialog(), app)
    session.begin()
    code = app.exec()
    opened.db.close()
    return code


def _show_window(opened, ctx):
    """The main window for the person who just signed in."""
    from PySide6.QtCore import QSettings

    from wplstudio.ui.audit_watch import watch_audit_trail
    from wplstudio.ui.open_dialogs import window_on

    window = window_on(opened, ctx)
    window.restore_state(QSettings())
    window.show()
    watch_audit_trail(window)  # in the background: the window is usable while the chain is checked
    from wplstudio.ui.auto_backup import start_automatic_backups

    start_automatic_backups(window)  # daily, checked, rotated; the copying runs in the background
    return window


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
