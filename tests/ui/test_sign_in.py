"""Signing in at the PC: the owner's first start, the sign-in dialog, the idle lock,
signing out, the Accounts page, and courtesy for what a role cannot use."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from tests.staff import PASSWORD, actor_for, staff_db, staff_template  # noqa: F401
from wplstudio.domain.accounts import SignInRefused
from wplstudio.i18n import error_text
from wplstudio.services import accounts
from wplstudio.ui.context import AppContext
from wplstudio.ui.idle_lock import LockDialog
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.accounts.dialogs import AccountDialog
from wplstudio.ui.pages.accounts.page import AccountsPage
from wplstudio.ui.session import Session
from wplstudio.ui.sign_in import FirstOwnerDialog, SignInDialog


@pytest.fixture
def start(qtbot, tmp_path):
    """A session as run_gui makes it, with the window kept for the test; lock_ms for a quick idle lock."""
    made: list[Session] = []

    def begin(db, lock_ms=None) -> Session:
        def show(ctx):
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.restore_state(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
            window.resize(1200, 800)
            window.show()
            return window

        session = Session(db, show, lock_ms)
        made.append(session)
        session.begin()
        qtbot.addWidget(session.dialog)
        return session

    yield begin
    for session in made:
        session.watcher.stop()
        if session.lock_dialog is not None:
            session.lock_dialog.hide()


def sign_in(qtbot, session: Session, username: str, password: str) -> None:
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_first_start_asks_for_the_owner_then_opens_the_window_for_the_owner(start, qtbot, db):
    session = start(db)
    dialog = session.dialog
    assert isinstance(dialog, FirstOwnerDialog) and dialog.isVisible()
    assert session.window is None  # nothing of the company shows before someone is known
    qtbot.keyClicks(dialog.display_name, "Jan de Vries")
    qtbot.keyClicks(dialog.username, "jan")
    qtbot.keyClicks(dialog.password, "werkplaats1")
    qtbot.keyClicks(dialog.repeated, "werkplaats1")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert session.window is not None and session.window.isVisible()
    assert session.actor.role == "owner" and session.actor.name == "Jan de Vries"
    assert not dialog.isVisible()
    assert not accounts.needs_owner(db)


def test_the_first_start_form_says_what_is_wrong_and_stays_open(start, qtbot, db):
    session = start(db)
    dialog = session.dialog
    qtbot.keyClicks(dialog.display_name, "Jan")
    qtbot.keyClicks(dialog.username, "jan")
    qtbot.keyClicks(dialog.password, "kort")
    qtbot.keyClicks(dialog.repeated, "kort")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and session.window is None
    assert "at least 8 characters" in dialog.message.text()
    assert accounts.needs_owner(db)


def test_the_mentor_signs_in_and_the_window_is_the_mentors(start, qtbot, staff_db):
    session = start(staff_db)
    sign_in(qtbot, session, "Ruud", PASSWORD)
    window = session.window
    assert window is not None and window.ctx.actor == actor_for(staff_db, "mentor")
    assert window.session_bar.findChild(QLabel, "signedInAs").text() == "Signed in: Ruud Jansen (mentor)"


def test_a_wrong_password_is_refused_with_a_message_and_nothing_opens(dutch, start, qtbot, staff_db):
    session = start(staff_db)
    sign_in(qtbot, session, "henk", "verkeerd123")
    dialog = session.dialog
    assert session.window is None and dialog.isVisible()
    assert not dialog.message.isHidden()
    expected = error_text(SignInRefused(accounts.WRONG))  # the Dutch text once the lead has translated it
    assert dialog.message.text() == expected and expected
    assert dialog.password.text() == ""  # a typed password is not kept around


def test_the_shop_screen_sees_only_the_board_and_is_never_locked(start, qtbot, staff_db):
    session = start(staff_db, lock_ms=50)
    sign_in(qtbot, session, "planbord", PASSWORD)
    window = session.window
    assert window.current_view() == "board-display"  # the shop screen's own full-screen view
    navigation = window.navigation
    enabled = [navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(navigation.count())
               if navigation.item(i).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert enabled == ["board"]
    assert window.windowTitle() == "wplstudio"  # not even the company's name
    qtbot.wait(200)
    assert session.lock_dialog is None
    window.show_view("people")  # reached anyway: the page says it is not for this role, and shows no one
    assert "not for your role" in " ".join(label.text() for label in window.stack.currentWidget().findChildren(QLabel))


def test_the_screen_locks_after_the_idle_time_and_opens_again_with_the_pin(start, qtbot, staff_db):
    session = start(staff_db, lock_ms=150)
    sign_in(qtbot, session, "sanne", PASSWORD)
    window = session.window
    qtbot.waitUntil(lambda: session.lock_dialog is not None, timeout=3000)
    lock = session.lock_dialog
    assert isinstance(lock, LockDialog) and lock.isVisible()
    assert not window.centralWidget().isVisible()  # nothing readable behind the lock
    qtbot.keyClicks(lock.secret, "2580")  # Ruud's PIN is not Sanne's
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.isVisible() and "not right" in lock.message.text()
    qtbot.keyClicks(lock.secret, "1357")
    qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.isVisible() and session.lock_dialog is None
    assert window.centralWidget().isVisible() and session.window is window


def test_typing_keeps_the_screen_from_locking(start, qtbot, staff_db):
    session = start(staff_db, lock_ms=2500)  # generous: a loaded machine must not lock between two key presses
    sign_in(qtbot, session, "henk", PASSWORD)
    for _ in range(6):
        qtbot.wait(500)
        qtbot.keyClick(session.window.navigation, Qt.Key.Key_Down)
    assert session.lock_dialog is None  # 3 s of typing, never 2.5 s idle
    qtbot.waitUntil(lambda: session.lock_dialog is not None, timeout=10000)


def test_someone_else_signs_in_from_the_lock_screen(start, qtbot, staff_db):
    session = start(staff_db, lock_ms=100)
    sign_in(qtbot, session, "sanne", PASSWORD)
    first_window = session.window
    qtbot.waitUntil(lambda: session.lock_dialog is not None, timeout=3000)
    session.lock_dialog._someone_else()
    assert session.window is None and isinstance(session.dialog, SignInDialog) and session.dialog.isVisible()
    qtbot.addWidget(session.dialog)
    sign_in(qtbot, session, "ruud", PASSWORD)
    assert session.window is not first_window and session.actor.role == "mentor"


def test_sign_out_closes_the_window_and_asks_who_is_next(start, qtbot, staff_db):
    session = start(staff_db)
    sign_in(qtbot, session, "eigenaar", PASSWORD)
    window = session.window
    qtbot.mouseClick(window.session_bar.findChild(QPushButton, "signOutButton"), Qt.MouseButton.LeftButton)
    assert not window.isVisible() and session.window is None and session.actor is None
    assert isinstance(session.dialog, SignInDialog) and session.dialog.isVisible()
    qtbot.addWidget(session.dialog)


def test_the_manager_adds_an_account_on_the_accounts_page(qtbot, staff_db, messages):
    manager = actor_for(staff_db, "manager")
    page = AccountsPage(AppContext(staff_db, manager))
    qtbot.addWidget(page)
    page.refresh()
    assert page.accounts_list.proxy.rowCount() == 5
    dialog = AccountDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    assert dialog.role.findData("owner") == -1  # only the owner makes owners
    qtbot.keyClicks(dialog.display_name, "Tomasz Nowak")
    qtbot.keyClicks(dialog.username, "tomasz")
    dialog.role.setCurrentIndex(dialog.role.findData("mentor"))
    dialog.employee.setCurrentIndex(dialog.employee.findText("Tomasz Nowak"))
    qtbot.keyClicks(dialog.password, "lassen2026")
    qtbot.keyClicks(dialog.repeated, "lassen2026")
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problems.text()
    page.refresh()
    assert page.accounts_list.proxy.rowCount() == 6
    assert accounts.sign_in(staff_db, "tomasz", "lassen2026").role == "mentor"


def test_an_employee_sees_only_their_own_account_box_and_greyed_out_edit_buttons(qtbot, staff_db):
    sanne = actor_for(staff_db, "employee")
    page = AccountsPage(AppContext(staff_db, sanne))
    qtbot.addWidget(page)
    assert page.accounts_list is None and page.lock_setting is None
    assert page.password_button.isEnabled() and page.pin_button.isEnabled()
    window = MainWindow(AppContext(staff_db, sanne))
    qtbot.addWidget(window)
    window.show_view("people")
    people_page = window.stack.currentWidget()
    employees = people_page.tabs.currentWidget()
    assert employees.proxy.rowCount() == 1  # herself
    assert not employees.add_button.isEnabled() and not employees.edit_button.isEnabled()
    titles = {people_page.tabs.widget(i).objectName(): people_page.tabs.isTabEnabled(i) for i in range(people_page.tabs.count())}
    assert titles["teams"] is False and titles["tasks"] is True


def wpl(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "wplstudio", *args], capture_output=True, text=True, env=env, timeout=120)


def test_first_paint_is_measured_on_the_sign_in_dialog_and_the_app_quits(staff_template):
    result = wpl("--database", str(staff_template), "--exit-after-paint")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")


@pytest.mark.parametrize("view", ["sign-in", "first-start", "lock", "accounts"])
def test_screenshots_of_the_sign_in_dialogs_and_the_accounts_page_need_no_sign_in(staff_template, tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = wpl("screenshot", view, "--out", str(out), "--database", str(staff_template))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5_000
