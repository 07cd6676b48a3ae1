"""`wplstudio screenshot manual|welcome`: the manual window and the welcome, rendered
without a screen like the dialogs around the main window (ui/dialog_shots.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SHOT_SIZE = (1280, 800)


def shot_widget(db, view: str) -> QWidget:
    """The manual open at the matrix chapter, or the main window showing the welcome."""
    if view == "manual":
        from wplstudio.ui.help.window import ManualWindow

        widget = ManualWindow()
        widget.show_chapter("03-matrix")
    else:
        from wplstudio.ui.context import AppContext
        from wplstudio.ui.main_window import MainWindow
        from wplstudio.ui.welcome.panel import welcome_of

        widget = MainWindow(AppContext(db))
        welcome_of(widget).show_welcome()
    widget.setMinimumSize(*SHOT_SIZE)  # the dialog renderer sizes to the hint; these want room
    return widget
