"""Closing the window or a crash never loses an answer: the interview window is run in its
own process, a person's typing is played on the real widgets, and the process is killed
mid-interview (SIGKILL: no clean-up runs). What was typed before the last moment is in
the database; closing the window normally saves even the last keystrokes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from wplstudio.domain.actor import SYSTEM
from wplstudio.services import interview_guides, interviews, people
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
from wplstudio.ui.context import AppContext

ROOT = Path(__file__).resolve().parents[2]


def _planned(db) -> int:
    sanne = next(e.id for e in people.list_employees(db, SYSTEM) if e.last_name == "Boer")
    guide = interview_guides.find_guide(db, SYSTEM, "Ontwikkelgesprek").id
    return interviews.plan_interview(db, SYSTEM, interviews.Plan(sanne, guide, date.today()))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_app_mid_interview_keeps_every_answer_typed_before_the_pause(demo_db):
    interview_id = _planned(demo_db)
    path = demo_db.target.path
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    typist = subprocess.Popen([sys.executable, "-m", "tests.interview_typist", str(path), str(interview_id)],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = typist.stdout.readline()
        assert line.strip() == "typed", typist.stderr.read()
    finally:
        typist.send_signal(signal.SIGKILL)
        typist.wait(10)
    assert typist.returncode == -signal.SIGKILL
    db = open_database(file_target(path))
    try:
        answers = interviews.load_interview(db, SYSTEM, interview_id).answers
    finally:
        db.close()
    assert answers["stand_trade"] == "4"
    assert answers["company_change"] in ("Kanten gaat goed", "Kanten gaat goed en")  # " en": typed as it died


def test_closing_the_window_right_after_typing_saves_the_last_keystrokes(qtbot, demo_db):
    from wplstudio.ui.pages.interviews.form import InterviewWindow

    interview_id = _planned(demo_db)
    window = InterviewWindow(AppContext(demo_db, SYSTEM), interview_id)
    qtbot.addWidget(window)
    window.show()
    box = window.findChild(QWidget, "talkColumn").findChildren(QPlainTextEdit)[0]
    QTest.keyClicks(box, "Net getypt")
    window.close()  # before the autosave pause has passed
    assert interviews.load_interview(demo_db, SYSTEM, interview_id).answers["company_change"] == "Net getypt"


def test_the_employees_preparation_sits_beside_the_talk_and_the_matrix_is_at_hand(qtbot, demo_db):
    from wplstudio.ui.pages.interviews.form import InterviewWindow

    interview_id = _planned(demo_db)
    interviews.save_answer(demo_db, SYSTEM, interview_id, "prep_learn", "Lasersnijden", side="employee")
    window = InterviewWindow(AppContext(demo_db, SYSTEM), interview_id)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    prep = window.findChild(QWidget, "prepColumn").findChildren(QPlainTextEdit)
    assert any(p.toPlainText() == "Lasersnijden" for p in prep)
    levels = window.findChild(QWidget, "levelsList")
    assert levels.count() > 3
    window.grab().save(str(Path(os.environ.get("WPL_SHOT_DIR", "/tmp")) / "interview-window.png"))
    window.close()
