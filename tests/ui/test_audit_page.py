"""The owner's audit trail page, and the warning at start when the trail was changed outside the app."""

from __future__ import annotations

import csv
import html
import sqlite3

from PySide6.QtCore import Qt

from wplstudio.domain.actor import Actor
from wplstudio.services import people, synthetic
from wplstudio.ui.audit_watch import watch_audit_trail
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.audit.page import AuditPage

OWNER = Actor(name="Henk", role="owner", user_id=1)
MANAGER = Actor(name="Anouk", role="manager", user_id=2)


def open_audit(window, qtbot) -> AuditPage:
    window.show_view("audit")
    page = window.stack.currentWidget()
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    return page


def cell(page: AuditPage, row: int, column: int) -> str:
    return page.model.index(row, column).data()


def test_owner_sees_the_latest_rename_as_old_to_new_and_a_green_intact_line(window, qtbot):
    team = people.list_teams(window.ctx.db, OWNER)[0]
    people.save_team(window.ctx.db, OWNER, "Dunne plaat", team.id, team.version)
    page = open_audit(window, qtbot)
    assert page.status.text().startswith("Audit trail checked:") and "intact" in page.status.text()
    assert "#1b7f3b" in page.status.styleSheet()
    assert [cell(page, 0, c) for c in range(1, 6)] == ["Henk", "changed", "Team", f"Dunne plaat (#{team.id})",
                                                       f"name: {team.name} → Dunne plaat"]
    page.table.selectRow(0)
    assert f"{team.name} → Dunne plaat" in html.unescape(page.details.text())


def test_an_employee_row_shows_that_the_name_changed_but_not_the_name(window, qtbot):
    employee = people.list_employees(window.ctx.db, OWNER)[0]
    from wplstudio.domain.people import EmployeeDraft

    draft = EmployeeDraft("Gijsbrecht", employee.last_name, employee.prefix, employee.team_id, employee.function_id,
                          employee.start_date, employee.end_date, employee.education)
    people.save_employee(window.ctx.db, OWNER, draft, employee.id, employee.version)
    page = open_audit(window, qtbot)
    assert cell(page, 0, 5) == "first name: (changed)"
    assert cell(page, 0, 4).startswith("Gijsbrecht")  # today's name, looked up live; the trail itself holds only the id


def test_filters_narrow_the_list_and_the_counter_says_how_many(window, qtbot):
    page = open_audit(window, qtbot)
    everything = page.total
    page.what.setCurrentIndex(page.what.findData("teams"))
    assert page.total == 4 and {cell(page, r, 3) for r in range(page.model.rowCount())} == {"Team"}
    assert page.page_label.text() == "Entries 1–4 of 4, newest first"
    page.what.setCurrentIndex(0)
    page.search.setText("company.name")
    assert page.total == 1 and cell(page, 0, 4) == "company.name"
    page.search.clear()
    page.period.setCurrentIndex(page.period.findText("Today"))
    assert page.total == everything


def test_older_and_newer_pages_through_a_long_trail(window, qtbot):
    synthetic.add_audit_history(window.ctx.db, entries=450, years=1)
    page = open_audit(window, qtbot)
    total = page.total
    assert page.model.rowCount() == 200 and not page.newer.isEnabled() and page.older.isEnabled()
    first_id = page.model.row_at(0).id
    qtbot.mouseClick(page.older, Qt.MouseButton.LeftButton)
    assert page.model.row_at(0).id == first_id - 200
    text = page.page_label.text()  # the total may carry the locale's thousands separator
    assert text.startswith("Entries 201–400 of ") and text.endswith(", newest first")
    assert "".join(ch for ch in text.split(" of ")[1] if ch.isdigit()) == str(total)
    qtbot.mouseClick(page.newer, Qt.MouseButton.LeftButton)
    assert page.model.row_at(0).id == first_id


def test_export_writes_what_the_filters_show(window, qtbot, tmp_path, messages, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = open_audit(window, qtbot)
    page.what.setCurrentIndex(page.what.findData("teams"))
    target = tmp_path / "controle.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 4 and {r["entity"] for r in rows} == {"teams"}
    assert messages == [f"4 entries written to {target}."]


def test_a_manager_gets_a_plain_note_instead_of_the_trail(window, qtbot):
    window.ctx.actor = MANAGER
    page = AuditPage(window.ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.refused.isVisible() and not page.table.isVisible()
    assert page.model.rowCount() == 0 and page.report is None


def _tampered_window(qtbot, db_path, actor) -> MainWindow:
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 7")
    conn.commit()
    conn.close()
    win = MainWindow(AppContext(open_database(file_target(db_path)), actor))
    qtbot.addWidget(win)
    win.show()
    return win


def test_at_open_the_owner_is_warned_in_red_when_the_trail_was_changed_outside(demo_db, db_path, qtbot):
    demo_db.close()
    win = _tampered_window(qtbot, db_path, OWNER)
    watch = watch_audit_trail(win, delay_ms=0)
    with qtbot.waitSignal(watch.checked, timeout=10_000) as caught:
        pass
    assert not caught.args[0].ok
    assert watch.banner is not None and watch.banner.isVisible()
    assert "changed outside wplstudio" in watch.message.text() and "Entry 7 was edited outside" in watch.message.text()
    assert win.width() <= 1400  # the banner never pushes the window wider
    win.ctx.db.close()


def test_at_open_someone_else_is_told_to_warn_the_owner(demo_db, db_path, qtbot):
    demo_db.close()
    win = _tampered_window(qtbot, db_path, MANAGER)
    watch = watch_audit_trail(win, delay_ms=0)
    qtbot.waitSignal(watch.checked, timeout=10_000).wait()
    assert watch.message.text() == "The audit trail was changed outside wplstudio — tell the owner."
    win.ctx.db.close()


def test_a_long_intact_trail_is_checked_without_holding_up_the_window(window, qtbot):
    synthetic.add_audit_history(window.ctx.db, entries=20_000, years=5)
    watch = watch_audit_trail(window, delay_ms=0)
    window.show_view("people")  # the window answers while the check has not reported yet
    assert watch.report is None and window.current_view() == "people"
    qtbot.waitSignal(watch.checked, timeout=20_000).wait()
    assert watch.report.ok and watch.report.checked > 20_000 and watch.banner is None
