"""The matrix's panels beside the grid: training needs and timetable, certificates, targets,
the task dialog (targets and level descriptions) and a function's level profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from wplstudio.charts import palette
from wplstudio.domain.actor import Actor
from wplstudio.services import matrix, matrix_figures, matrix_targets
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.matrix.profile_dialog import FunctionProfileDialog
from wplstudio.ui.pages.matrix.targets_dialog import TaskTargetsDialog
from wplstudio.ui.table_model import ROW_ROLE


def _tab(window, view):
    window.show_view(view)
    return window.stack.currentWidget().tabs.currentWidget()


def _rows(table):
    model = table.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def _background(table, row_object) -> QColor | None:
    model = table.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data(ROW_ROLE) == row_object:
            return model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)
    return None


def test_needs_tab_suggests_tomasz_to_teach_piet_tig_and_flags_the_overdue_line_red(window):
    tab = _tab(window, "needs")
    assert tab.objectName() == "needs"
    piet = next(n for n in _rows(tab.needs_table) if n.employee_name == "Piet Visser" and n.task_name == "TIG-lassen rvs")
    assert tab._mentors(piet).startswith("Tomasz Nowak")
    overdue = next(line for line in _rows(tab.plan_table) if line.overdue)
    assert overdue.employee_name == "Bram Mulder"
    assert _background(tab.plan_table, overdue) == QColor(palette.STATUS_PALE["red"])
    assert "1 overdue" in tab.plan_count.text()


def test_searching_the_needs_narrows_both_lists_to_one_task(window):
    tab = _tab(window, "needs")
    tab.search.setText("TIG-lassen rvs")
    assert {n.task_name for n in _rows(tab.needs_table)} == {"TIG-lassen rvs"}
    assert {line.task_name for line in _rows(tab.plan_table)} == {"TIG-lassen rvs"}
    assert "Piet Visser" in {line.employee_name for line in _rows(tab.plan_table)}


def test_certificates_tab_lists_expired_in_red_and_follows_the_warning_period(window):
    tab = _tab(window, "certificates")
    rows = _rows(tab.table)
    expired = next(r for r in rows if r.state == "expired")
    assert _background(tab.table, expired) == QColor(palette.STATUS_PALE["red"])
    assert "does not count" in tab._state(expired)
    tab.days.setValue(30)
    tab.save_days()
    assert matrix_targets.expiry_warning_days(window.ctx.db, window.ctx.actor) == 30
    assert all(r.days_left <= 30 for r in _rows(tab.table) if r.state == "expiring")
    assert len(_rows(tab.table)) < len(rows)


def test_targets_tab_shows_the_single_point_of_failure_and_only_short_lines_on_request(window):
    tab = _tab(window, "targets")
    alu = next(line for line in _rows(tab.table) if line.coverage.task_name == "TIG-lassen aluminium")
    assert alu.single == "Tomasz Nowak" and alu.coverage.status == "red"
    tab.short_only.setChecked(True)
    assert all(line.coverage.status in ("amber", "red") for line in _rows(tab.table))


def test_manager_raises_the_welders_tig_target_and_rewrites_level_three_in_the_task_dialog(window, qtbot):
    db, actor = window.ctx.db, window.ctx.actor
    tig = next(t for t in matrix.load(db, actor).tasks if t.name == "TIG-lassen rvs")
    from wplstudio.services import people

    dialog = TaskTargetsDialog(window.ctx, tig.id, tig.name, matrix_targets.list_targets(db, actor, tig.id),
                               people.list_teams(db, actor), [r for r in matrix_figures.coverage(db, actor) if r.task_id == tig.id],
                               matrix_targets.level_descriptions(db, actor, tig.id))
    qtbot.addWidget(dialog)
    welders = next(line for line in dialog.lines if line.team_id is not None and line.on.isChecked())
    welders.deployable.setValue(4)
    plaat = next(line for line in dialog.lines if line.team_id is not None and not line.on.isChecked())
    plaat.on.setChecked(True)
    plaat.deployable.setValue(1)
    dialog.texts[3].setPlainText("Last rvs alleen, strak en schoon, en keurt het zelf.")
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    targets = {t.team_id: t for t in matrix_targets.list_targets(db, actor, tig.id)}
    assert targets[welders.team_id].deployable == 4 and targets[plaat.team_id].deployable == 1
    assert matrix_targets.level_descriptions(db, actor, tig.id)[2].text.startswith("Last rvs alleen")


def test_task_dialog_refuses_more_teachers_than_deployable_and_stays_open(window, qtbot):
    db, actor = window.ctx.db, window.ctx.actor
    tig = next(t for t in matrix.load(db, actor).tasks if t.name == "TIG-lassen rvs")
    dialog = TaskTargetsDialog(window.ctx, tig.id, tig.name, matrix_targets.list_targets(db, actor, tig.id), [], [],
                               matrix_targets.level_descriptions(db, actor, tig.id))
    qtbot.addWidget(dialog)
    dialog.lines[0].teachers.setValue(9)
    dialog.save_clicked()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.problems.isHidden()
    assert [t.teachers for t in matrix_targets.list_targets(db, actor, tig.id) if t.team_id is None] == [1]


def test_manager_adds_aluminium_to_the_lasser_profile_and_the_gap_appears(window, qtbot):
    db, actor = window.ctx.db, window.ctx.actor
    lasser = next(p.function_id for p in matrix.load(db, actor).people if p.function_name == "Lasser")
    dialog = FunctionProfileDialog(window.ctx, lasser, "Lasser", matrix_targets.function_profile(db, actor, lasser))
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.rows) if r.task_name == "TIG-lassen aluminium")
    dialog.combos[row].setCurrentIndex(dialog.combos[row].findData(3))
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert any(g.employee_name == "Piet Visser" and g.task_name == "TIG-lassen aluminium"
               for g in matrix_figures.gaps(db, actor))


def test_an_employee_sees_own_needs_and_no_company_targets(qtbot, demo_db):
    piet = next(p for p in matrix.load(demo_db, Actor("x", "owner")).people if p.name == "Piet Visser")
    win = MainWindow(AppContext(demo_db, Actor("Piet", "employee", employee_id=piet.id)))
    qtbot.addWidget(win)
    win.show()
    needs = _tab(win, "needs")
    assert {n.employee_name for n in _rows(needs.needs_table)} == {"Piet Visser"}
    assert not needs.plan_button.isVisibleTo(needs)
    targets = _tab(win, "targets")
    assert _rows(targets.table) == [] and "owner, managers and mentors" in targets.count.text()
