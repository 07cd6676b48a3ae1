"""The Help menu of the main window: the manual (F1), the first steps, and About."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from wplstudio import __version__
from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.i18n import translate


def install(window: QMainWindow) -> None:
    """Add the menu; a new company sees the welcome once the window is up."""
    menu = window.menuBar().addMenu(translate("help", "&Help"))
    menu.setObjectName("helpMenu")
    _action(menu, "manualAction", translate("help", "&Manual"), lambda: open_manual(window)).setShortcut(QKeySequence.StandardKey.HelpContents)
    welcome = _action(menu, "welcomeAction", translate("help", "&First steps"), lambda: _welcome(window).show_welcome())
    welcome.setEnabled(allowed(window.ctx.actor.role, "people", "view", OTHERS))  # the owner and the managers
    menu.addSeparator()
    _action(menu, "aboutAction", translate("help", "&About wplstudio"), lambda: show_about(window))
    from wplstudio.ui.welcome.panel import show_if_new

    show_if_new(window)


def _action(menu, name: str, text: str, slot) -> QAction:
    action = QAction(text, menu, objectName=name)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _welcome(window):
    from wplstudio.ui.welcome.panel import welcome_of

    return welcome_of(window)


def open_manual(window: QMainWindow, chapter: str | None = None):
    """One manual window per main window; F1 again brings it to the front."""
    from wplstudio.ui.help.window import ManualWindow

    manual = getattr(window, "manual_window", None)
    if manual is None:
        manual = window.manual_window = ManualWindow(parent=window)
    if chapter:
        manual.show_chapter(chapter)
    manual.show()
    manual.raise_()
    manual.activateWindow()
    return manual


def show_about(window: QMainWindow) -> QMessageBox:
    """Not modal (open(), not exec()): the name, the version and what the app is for."""
    box = QMessageBox(QMessageBox.Icon.Information, translate("help", "About wplstudio"), translate(
        "help", "wplstudio {version}\n\nLearning on the job, made concrete: the deployability matrix, onboarding with mentors, "
                "development interviews and the planning board for small technical companies.").format(version=__version__),
        QMessageBox.StandardButton.Ok, window)
    box.setObjectName("aboutBox")
    box.open()
    window.about_box = box
    return box
