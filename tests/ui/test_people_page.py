from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from wplstudio.domain.people import EmployeeDraft
from wplstudio.services import landscape, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.people.dialogs import EmployeeDialog, NameDialog
from wplstudio.ui.pages.people.landscape import TaskDialog


def _tab(window, view):
    window.show_view(view)
    page = window.stack.currentWidget()
    return page.tabs.currentWidget()


def _names(tab):
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_employee_list_shows_current_staff_sorted_by_last_name_and_former_on_request(window):
    tab = _tab(window, "people")
    shown = _names(tab)
    assert "Gerrit Dijkstra" not in shown  # left in 2024
    assert shown[0] == "Mustafa El Amrani" or shown[0].split()[-1] <= shown[1].split()[-1]
    tab.show_left.setChecked(True)
    assert "Gerrit Dijkstra" in _names(tab)


def test_manager_adds_employee_through_the_form_then_the_list_shows_them_in_their_team(window, qtbot):
    tab = _tab(window, "people")
    dialog = EmployeeDialog(window.ctx, None, tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Kim")
    qtbot.keyClicks(dialog.prefix, "van")
    qtbot.keyClicks(dialog.last_name, "Rijn")
    dialog.team.setCurrentIndex(dialog.team.findText("Plaatbewerking"))
    dialog.start.edit.setDate(QDate(2026, 11, 2))
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    assert "Kim van Rijn" in _names(tab)
    saved = next(e for e in people.list_employees(window.ctx.db, window.ctx.actor) if e.last_name == "Rijn")
    assert (saved.team_name, saved.start_date) == ("Plaatbewerking", date(2026, 11, 2))


def test_form_without_last_name_stays_open_and_says_in_dutch_what_to_fix(dutch, window, qtbot):
    before = len(people.list_employees(window.ctx.db, window.ctx.actor))
    dialog = EmployeeDialog(window.ctx, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Kim")
    dialog.save_clicked()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.problems.isHidden()
    assert "Vul de achternaam in." in dialog.problems.text()
    assert len(people.list_employees(window.ctx.db, window.ctx.actor)) == before


def test_leaving_date_before_start_date_is_refused(dutch, window, qtbot):
    row = next(e for e in people.list_employees(window.ctx.db, window.ctx.actor) if e.last_name == "Jansen")
    dialog = EmployeeDialog(window.ctx, row)
    qtbot.addWidget(dialog)
    dialog.end.enabled.setChecked(True)
    dialog.end.edit.setDate(QDate(2000, 1, 1))
    dialog.save_clicked()
    assert "voor de datum in dienst" in dialog.problems.text()
    assert people.get_employee(window.ctx.db, window.ctx.actor, row.id).end_date is None


def test_two_pcs_edit_the_same_employee_and_the_second_sees_who_changed_it(dutch, window, qtbot, messages):
    row = next(e for e in people.list_employees(window.ctx.db, window.ctx.actor) if e.last_name == "Jansen")
    other_pc = AppContext(window.ctx.db, window.ctx.actor.__class__(name="Anouk"))
    people.save_employee(other_pc.db, other_pc.actor, EmployeeDraft("Ruud", "Jansen", education="mbo3"), row.id, row.version)
    dialog = EmployeeDialog(window.ctx, row)  # opened on the old data
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Rudolf")
    dialog.save_clicked()
    assert messages and "Gewijzigd door Anouk" in messages[0]
    assert people.get_employee(window.ctx.db, window.ctx.actor, row.id).first_name == "Ruud"


def test_removing_a_team_that_still_has_people_explains_why_and_keeps_it(dutch, window, messages):
    tab = _tab(window, "teams")
    tab.select_id(next(t.id for t in people.list_teams(window.ctx.db, window.ctx.actor) if t.name == "Plaatbewerking"))
    tab.remove_clicked()
    assert any("heeft nog" in m and "Plaatbewerking" in m for m in messages)
    assert "Plaatbewerking" in [t.name for t in people.list_teams(window.ctx.db, window.ctx.actor)]


def test_new_team_is_saved_and_listed(window, qtbot):
    tab = _tab(window, "teams")
    dialog = NameDialog("New team", "Name", lambda name, _d: people.save_team(window.ctx.db, window.ctx.actor, name))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "  Onderhoud  ")
    dialog.save_clicked()
    tab.refresh()
    assert "Onderhoud" in _names(tab)


def test_certificate_task_needs_and_keeps_its_validity(window, qtbot):
    window.show_view("tasks")
    landscape_tab = window.stack.currentWidget().tabs.currentWidget()
    core_id = landscape_tab.cores.selected().id
    dialog = TaskDialog(window.ctx, None, core_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Steigerbouw")
    dialog.certificate.setChecked(True)
    dialog.validity.setValue(36)
    dialog.save_clicked()
    saved = next(t for t in landscape.list_tasks(window.ctx.db, window.ctx.actor) if t.name == "Steigerbouw")
    assert (saved.core_task_id, saved.is_certificate, saved.validity_months) == (core_id, True, 36)
    landscape_tab.refresh()
    assert "Steigerbouw" in _names(landscape_tab.tasks)


def test_choosing_a_core_task_shows_only_its_tasks(window):
    window.show_view("tasks")
    landscape_tab = window.stack.currentWidget().tabs.currentWidget()
    cores = landscape_tab.cores
    for row in range(cores.proxy.rowCount()):
        cores.table.selectRow(row)
        chosen = cores.selected()
        assert landscape_tab.tasks.proxy.rowCount() == chosen.task_count


def test_company_name_is_changed_and_the_window_title_follows(window, qtbot):
    window.show_view("company")
    tab = window.stack.currentWidget().tabs.currentWidget()
    tab.name.setText("Van Dalen Techniek")
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    assert window.windowTitle().startswith("Van Dalen Techniek")


def test_an_employee_sees_themself_counted_as_one_medewerker_not_medewerkers(dutch, window):
    people_tab = _tab(window, "people")
    assert people_tab.count_text(1) == "1 medewerker getoond" and people_tab.count_text(2) == "2 medewerkers getoond"
    assert _tab(window, "interviews").count_text(1) == "1 gesprek getoond"
