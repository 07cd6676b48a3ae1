"""Opening the app on a database that another instance has, that lies in a
cloud folder, or whose server drops away: what the person is asked, what each
answer does, and what the main window shows afterwards."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import make_url, select

from tests.storage.test_lock import foreign_lock, start_instance
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import people
from wplstudio.storage import lock as locks
from wplstudio.storage.locations import file_target
from wplstudio.storage.models import AuditEntry
from wplstudio.ui import connection_status, open_dialogs
from wplstudio.ui.errors import guarded
from wplstudio.ui.open_dialogs import BREAK, CANCEL, OPEN_ANYWAY, READ_ONLY, open_window_asking


@pytest.fixture
def answers(monkeypatch):
    """The person's answers, one per question, and the questions they were asked."""
    script: list[str] = []
    asked: list[tuple[str, list[str]]] = []

    def ask(_parent, _icon, _title, text, options, default):
        asked.append((text, [key for key, _label, _role in options]))
        return script.pop(0)

    monkeypatch.setattr(open_dialogs, "ask", ask)
    return script, asked


@pytest.fixture
def held_by_other_instance(demo_db):
    path = demo_db.target.path
    proc = start_instance(path)
    yield path
    proc.stdin.close()
    proc.wait(timeout=10)


def shown(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    return window


def badge(window, name: str) -> QLabel:
    return window.statusBar().findChild(QLabel, name)


def test_a_file_open_elsewhere_can_be_looked_at_read_only_and_the_window_says_so(qtbot, held_by_other_instance, answers, messages):
    script, asked = answers
    script.append(READ_ONLY)
    window = shown(qtbot, open_window_asking(file_target(held_by_other_instance)))
    try:
        text, options = asked[0]
        assert f"by {locks.this_user()} on {locks.this_host()}" in text and "read-only" in text
        assert options == [READ_ONLY, CANCEL]  # it runs on this PC: its lock cannot be broken
        assert window.windowTitle().endswith("— read-only")
        assert locks.this_host() in badge(window, "readOnlyBadge").text()

        assert guarded(window, lambda: people.save_team(window.ctx.db, SYSTEM, "Nieuw team")) is None
        assert len(messages) == 1 and "opened read-only because" in messages[0] and "Close it there" in messages[0]
    finally:
        window.ctx.db.close()
    assert locks.read_file(locks.lock_path(held_by_other_instance)) is not None  # still the other one's


def test_not_opening_a_file_in_use_leaves_everything_as_it_was(held_by_other_instance, answers):
    script, _ = answers
    script.append(CANCEL)
    before = locks.read_file(locks.lock_path(held_by_other_instance))
    assert open_window_asking(file_target(held_by_other_instance)) is None
    assert locks.read_file(locks.lock_path(held_by_other_instance)) == before


def test_breaking_another_pcs_lock_asks_twice_then_opens_for_editing_and_is_audited(qtbot, demo_db, answers):
    script, asked = answers
    path = demo_db.target.path
    foreign_lock(path)
    script.extend([BREAK, BREAK])
    window = shown(qtbot, open_window_asking(file_target(path)))
    try:
        assert asked[0][1] == [READ_ONLY, BREAK, CANCEL] and "KANTOOR-PC" in asked[0][0]
        assert "Break the lock of KANTOOR-PC?" in asked[1][0] and "audit trail" in asked[1][0]
        assert not window.ctx.db.read_only and badge(window, "readOnlyBadge") is None
        assert "KANTOOR-PC" in window.statusBar().currentMessage()
        people.save_team(window.ctx.db, SYSTEM, "Na de breuk")
        with window.ctx.db.session() as s:
            before = json.loads(s.scalars(select(AuditEntry.before).where(AuditEntry.action == "lock-broken")).one())
        assert before["host"] == "KANTOOR-PC"
    finally:
        window.ctx.db.close()


def test_having_second_thoughts_about_breaking_asks_the_first_question_again(demo_db, answers):
    script, asked = answers
    path = demo_db.target.path
    theirs = foreign_lock(path)
    script.extend([BREAK, CANCEL, CANCEL])  # break... no, not after all... then: do not open
    assert open_window_asking(file_target(path)) is None
    assert [options for _text, options in asked] == [[READ_ONLY, BREAK, CANCEL], [BREAK, CANCEL], [READ_ONLY, BREAK, CANCEL]]
    assert locks.read_file(locks.lock_path(path)) == theirs


def test_a_database_in_a_dropbox_folder_is_only_opened_when_the_person_insists(qtbot, tmp_path, answers):
    script, asked = answers
    (tmp_path / "Dropbox").mkdir()
    path = tmp_path / "Dropbox" / "company.sqlite"
    script.append(CANCEL)
    assert open_window_asking(file_target(path)) is None
    assert "Dropbox keeps in sync" in asked[0][0] and "postgresql+psycopg://" in asked[0][0]
    assert not path.exists()

    script.append(OPEN_ANYWAY)
    window = shown(qtbot, open_window_asking(file_target(path)))
    window.ctx.db.close()
    assert path.exists()


@pytest.mark.real_dialogs
def test_the_real_question_box_returns_the_button_pressed(qtbot, held_by_other_instance):
    """Not scripted: the message box itself, with a button pressed as a person would."""
    def press_read_only() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert {b.text() for b in box.buttons()} == {"Open read-only", "Do not open"}
        next(b for b in box.buttons() if b.text() == "Open read-only").click()

    QTimer.singleShot(200, press_read_only)
    window = shown(qtbot, open_window_asking(file_target(held_by_other_instance)))
    try:
        assert window.ctx.db.read_only
    finally:
        window.ctx.db.close()


# --- the shared server goes away and comes back -----------------------------------------

@pytest.mark.postgres
def test_the_status_bar_shows_offline_while_the_server_is_gone_and_clears_by_itself(qtbot, pg_url, _pg_admin, monkeypatch, messages):
    from tests.pg_proxy import TcpRelay
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import resolve
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.main_window import MainWindow

    monkeypatch.setattr(connection_status, "HEARTBEAT_MS", 150)
    monkeypatch.setattr(connection_status, "RETRY_MS", 150)
    base = make_url(_pg_admin[0])
    relay = TcpRelay((base.host or "127.0.0.1", base.port or 5432)).start()
    db = open_database(resolve(make_url(pg_url).set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)))
    window = shown(qtbot, MainWindow(AppContext(db)))
    sign = badge(window, "offlineBadge")
    try:
        assert sign is not None and sign.isHidden()
        relay.cut()
        qtbot.waitUntil(lambda: window.connection_watch.offline, timeout=10_000)
        assert not sign.isHidden() and "Offline" in sign.text()
        assert guarded(window, lambda: people.save_team(db, SYSTEM, "Offline team")) is None
        assert "connection to the database server is lost" in messages[-1]
        relay.restore()
        qtbot.waitUntil(lambda: not window.connection_watch.offline, timeout=10_000)
        assert sign.isHidden()
        people.save_team(db, SYSTEM, "Weer online")  # the same Database, no restart
    finally:
        window.close()
        relay.cut()
        db.close()


def test_a_file_database_has_no_offline_sign(window):
    assert window.connection_watch is None and badge(window, "offlineBadge") is None
