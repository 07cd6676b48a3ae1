"""The Qt GUI. It calls services and shows their plain data; it never touches the database."""

from wplstudio.ui.qt_compat import keep_none_alive

keep_none_alive()  # before any widget: PySide6 6.12.0 on Python 3.11 would otherwise abort the app
