from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from wplstudio import i18n
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow


@pytest.fixture
def dutch(qapp):
    """The app as a Dutch user sees it; back to the English source strings afterwards."""
    i18n.install("nl")
    yield
    i18n.install("en")


@pytest.fixture
def window(qtbot, demo_db):
    win = MainWindow(AppContext(demo_db))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    return win


@pytest.fixture
def messages(monkeypatch):
    """What the app would show in message boxes, instead of blocking on them."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown
