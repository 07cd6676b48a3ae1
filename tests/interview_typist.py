"""Run as a separate process by tests/ui/test_interview_autosave.py: open the interview window
on a database, type answers the way a person does (key by key, on the real widgets), say
"typed" once the words are in, and then wait to be killed mid-interview.

    python -m tests.interview_typist DATABASE INTERVIEW_ID"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(path: str, interview_id: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.pages.interviews.form import InterviewWindow

    app = QApplication.instance() or QApplication([])
    from pathlib import Path

    db = open_database(file_target(Path(path)))
    window = InterviewWindow(AppContext(db, SYSTEM), interview_id)
    window.show()
    from PySide6.QtWidgets import QWidget

    column = window.findChild(QWidget, "talkColumn")
    text_box = column.findChildren(QPlainTextEdit)[0]
    QTest.keyClicks(text_box, "Kanten gaat goed")
    rating = column.findChild(QPushButton, "answer-4")
    QTest.mouseClick(rating, Qt.MouseButton.LeftButton)
    deadline = time.monotonic() + 1.5  # the pause after typing in which autosave writes
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    QTest.keyClicks(text_box, " en")  # typed just now: not yet past the pause when the process dies
    print("typed", flush=True)
    while True:  # a crash is coming; nothing here saves anything
        time.sleep(1)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
