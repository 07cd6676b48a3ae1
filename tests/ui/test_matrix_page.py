from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services import matrix
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.matrix import dialogs
from wplstudio.ui.pages.matrix.figures import grid_figures
from wplstudio.ui.pages.matrix.model import FIRST_TASK, GAP_COLUMN, LEVEL_ROLE, NAME_COLUMN, TEAM_ROW_ROLE, MatrixModel

MANAGER = Actor("Henk van Dalen", "manager")


@pytest.fixture
def demo_template(_demo_template):
    return _demo_template  # the run's one demo company (tests/conftest.py); each test copies it


@pytest.fixture
def company(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(file_target(path))
    yield database
    database.close()


def open_grid(qtbot, company, actor=MANAGER):
    window = MainWindow(AppContext(company, actor))
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts (Ctrl+Z) work in the active window only
    window.show_view("matrix")
    return window, window.stack.currentWidget().grid


def cell_of(grid, level_not: int | None = None, certificate: bool = False):
    """(row, column) of the first person's task cell whose level is not level_not."""
    model = grid.model
    for row in range(model.rowCount()):
        for column in range(FIRST_TASK, model.columnCount()):
            if model.person_at(row) and model.task_at(column).is_certificate == certificate \
                    and model.cell_at(row, column).level != level_not:
                return row, column
    raise AssertionError("no such cell")


def stored(company, grid, row, column):
    person, task = grid.model.person_at(row), grid.model.task_at(column)
    return matrix.load_cell(company, SYSTEM, person.id, task.id).level, matrix.history(company, SYSTEM, person.id, task.id)


def select(grid, cells):
    selection = QItemSelection()
    for row, column in cells:
        index = grid.model.index(row, column)
        selection.select(index, index)
    grid.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    grid.table.setCurrentIndex(grid.model.index(*cells[-1]))
    grid.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    grid.table.setFocus()  # as a click on the grid would


# --- the model, without a view ------------------------------------------------------

def test_model_rows_are_people_grouped_under_team_rows_and_columns_are_tasks(company):
    data = matrix.load(company, SYSTEM)
    model = MatrixModel()
    model.set_matrix(data, grid_figures(data))
    teams = {p.team_id for p in data.people}
    assert model.rowCount() == len(data.people) + len(teams)
    assert model.columnCount() == FIRST_TASK + len(data.tasks)
    assert model.index(0, NAME_COLUMN).data(TEAM_ROW_ROLE) is True
    assert model.index(0, NAME_COLUMN).data().startswith(data.people[0].team_name)
    first = data.people[0]
    assert model.index(1, NAME_COLUMN).data() == first.name
    task = data.tasks[0]
    level = data.cell(first.id, task.id).level
    assert model.index(1, FIRST_TASK).data(LEVEL_ROLE) == level
    assert model.index(1, FIRST_TASK).data() == "–ILUO"[level]
    assert model.index(0, FIRST_TASK).data(LEVEL_ROLE) is None  # a team row has no levels


def test_cell_tooltip_names_the_level_in_words_and_the_tasks_own_description(company):
    from wplstudio.services import matrix_targets

    data = matrix.load(company, SYSTEM)
    person, task = data.people[0], data.tasks[6]
    matrix.set_levels(company, SYSTEM, [matrix.LevelEdit(person.id, task.id, 3)])
    matrix_targets.set_level_descriptions(company, SYSTEM, task.id, {3: "Last een hoeknaad zonder toezicht."})
    data = matrix.load(company, SYSTEM)
    model = MatrixModel()
    model.set_matrix(data, grid_figures(data, matrix_targets.all_level_descriptions(company, SYSTEM)))
    tip = model.index(1, FIRST_TASK + 6).data(Qt.ItemDataRole.ToolTipRole)
    assert "U  independent" in tip and "Last een hoeknaad zonder toezicht." in tip


def test_expired_certificate_and_overdue_target_are_marked_on_the_cell(company):
    data = matrix.load(company, SYSTEM)
    person, task = data.people[0], next(t for t in data.tasks if t.is_certificate)
    matrix.set_levels(company, SYSTEM, [matrix.LevelEdit(person.id, task.id, 3)])
    matrix.set_certificate(company, SYSTEM, person.id, task.id, date.today() - timedelta(days=3))
    other = data.tasks[-1]
    matrix.set_levels(company, SYSTEM, [matrix.LevelEdit(person.id, other.id, 1)])
    matrix.set_target(company, SYSTEM, person.id, other.id, 4, date.today() - timedelta(days=1))
    model = MatrixModel()
    model.set_matrix(matrix.load(company, SYSTEM))
    column = FIRST_TASK + data.tasks.index(task)
    look = model.look(1, column)
    assert look[2] == "expired"
    assert "EXPIRED" in model.index(1, column).data(Qt.ItemDataRole.ToolTipRole)
    assert model.look(1, FIRST_TASK + len(data.tasks) - 1)[3] == "overdue"


# --- editing in the grid ------------------------------------------------------------

def test_manager_selects_a_cell_presses_3_then_level_and_history_are_saved(qtbot, company):
    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, level_not=3)
    old = grid.model.cell_at(row, column).level
    grid.note.setText("Cursus gehaald")
    select(grid, [(row, column)])
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    level, history = stored(company, grid, row, column)
    assert level == 3 and grid.model.cell_at(row, column).level == 3
    assert (history[0].old_level, history[0].new_level, history[0].note, history[0].by) == (old, 3, "Cursus gehaald", "Henk van Dalen")
    assert grid.note.text() == ""  # the reason is not carried over to the next change


def test_undo_puts_the_old_level_back_and_redo_sets_it_again(qtbot, company):
    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, level_not=3)
    old = grid.model.cell_at(row, column).level
    select(grid, [(row, column)])
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    qtbot.keyClick(grid.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(company, grid, row, column)[0] == old == grid.model.cell_at(row, column).level
    qtbot.keyClick(grid.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    level, history = stored(company, grid, row, column)
    assert level == 3 and [h.new_level for h in history[:3]] == [3, old, 3]


def test_three_selected_cells_and_key_2_are_one_change_in_one_call(qtbot, company, monkeypatch):
    window, grid = open_grid(qtbot, company)
    row = next(r for r in range(grid.model.rowCount()) if grid.model.person_at(r))
    cells = [(row, c) for c in range(FIRST_TASK, grid.model.columnCount())
             if grid.model.cell_at(row, c).level != 2 and not grid.model.task_at(c).is_certificate][:3]
    calls = []
    real = matrix.set_levels
    monkeypatch.setattr(matrix, "set_levels", lambda *a, **k: calls.append(a[2]) or real(*a, **k))
    select(grid, cells)
    qtbot.keyClick(grid.table, Qt.Key.Key_2)
    assert len(calls) == 1 and len(calls[0]) == 3
    assert all(stored(company, grid, r, c)[0] == 2 for r, c in cells)
    assert grid.undo_stack.count() == 1
    grid.undo_stack.undo()
    assert all(stored(company, grid, r, c)[0] != 2 for r, c in cells)


def test_a_cell_changed_on_another_pc_is_not_overwritten_and_the_grid_shows_the_new_level(qtbot, company, messages):
    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, level_not=4)
    person, task = grid.model.person_at(row), grid.model.task_at(column)
    matrix.set_levels(company, Actor("Ruud op de werkplaats-pc", "manager"), [matrix.LevelEdit(person.id, task.id, 4)])
    select(grid, [(row, column)])
    qtbot.keyClick(grid.table, Qt.Key.Key_1)
    assert messages and "Ruud op de werkplaats-pc" in messages[0]
    assert stored(company, grid, row, column)[0] == 4 == grid.model.cell_at(row, column).level
    assert grid.undo_stack.count() == 0


def test_filter_by_team_shows_only_that_teams_people(qtbot, company):
    window, grid = open_grid(qtbot, company)
    grid.team.setCurrentIndex(grid.team.findText("Lassen & constructie"))
    people = [grid.model.person_at(r) for r in range(grid.model.rowCount()) if grid.model.person_at(r)]
    assert people and {p.team_name for p in people} == {"Lassen & constructie"}
    assert grid.model.rowCount() == len(people) + 1
    grid.function.setCurrentIndex(grid.function.findText("Lasser"))
    assert {grid.model.person_at(r).function_name for r in range(1, grid.model.rowCount())} == {"Lasser"}


def test_history_dialog_lists_the_change_with_local_time_and_note(qtbot, company, monkeypatch):
    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, level_not=3)
    grid.note.setText("Na de lascursus")
    select(grid, [(row, column)])
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    shown = []
    monkeypatch.setattr(dialogs.HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    grid.show_history(grid.model.person_at(row), grid.model.task_at(column))
    table = shown[0].model
    assert table.index(0, 3).data() == "U  independent"
    assert table.index(0, 4).data() == "Na de lascursus"
    when = table.index(0, 0).data()
    assert len(when) == 16 and when[2] == when[5] == "-" and when[10] == " "


def test_employee_sees_only_their_own_row_and_cannot_change_it(qtbot, company, messages):
    me = next(p for p in matrix.load(company, SYSTEM).people if p.name == "Sanne de Boer")
    window, grid = open_grid(qtbot, company, Actor("Sanne de Boer", "employee", employee_id=me.id))
    assert [grid.model.person_at(r).name for r in range(grid.model.rowCount()) if grid.model.person_at(r)] == ["Sanne de Boer"]
    assert not grid.editable and grid.edit_bar.isHidden()
    row, column = cell_of(grid, level_not=3)
    select(grid, [(row, column)])
    qtbot.keyClick(grid.table, Qt.Key.Key_3)
    assert stored(company, grid, row, column)[0] != 3 and not messages


def test_coverage_row_and_gap_column_show_core_figures(qtbot, company):
    from wplstudio.services import matrix_figures

    window, grid = open_grid(qtbot, company)
    wide = {c.task_id: c for c in matrix_figures.coverage(company, SYSTEM) if c.team_id is None}
    for column in range(FIRST_TASK, grid.model.columnCount()):
        task = grid.model.task_at(column)
        shown = grid.model.figures.task(task.id)
        assert (shown.deployable, shown.target, shown.status) == (
            wide[task.id].deployable, wide[task.id].target_deployable, wide[task.id].status)
    single = {sp.task_id: sp.people[0].name for sp in matrix_figures.single_points_of_failure(company, SYSTEM)}
    assert single, "the demo company has a single point of failure"
    task_id, name = next(iter(single.items()))
    column = next(c for c in range(FIRST_TASK, grid.model.columnCount()) if grid.model.task_at(c).id == task_id)
    tip = grid.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert f"only {name} can do this alone" in tip and "Who can teach:" in tip
    gaps = matrix_figures.gaps(company, SYSTEM)
    row = next(r for r in range(grid.model.rowCount()) if grid.model.person_at(r)
               and any(g.employee_id == grid.model.person_at(r).id for g in gaps))
    n = sum(1 for g in gaps if g.employee_id == grid.model.person_at(row).id)
    assert grid.model.index(row, GAP_COLUMN).data() == f"{n} short"


def test_letters_toggle_widens_the_task_columns(qtbot, company):
    window, grid = open_grid(qtbot, company)
    narrow = grid.table.columnWidth(FIRST_TASK)
    grid.letters.setChecked(True)
    assert grid.table.columnWidth(FIRST_TASK) > narrow and grid.model.look(1, FIRST_TASK)[5] is True


def test_charts_tab_shows_three_charts_on_canvases(qtbot, company):
    window, grid = open_grid(qtbot, company)
    window.show_view("matrix-charts")
    charts = window.stack.currentWidget().tabs.currentWidget()
    qtbot.waitUntil(lambda: charts.stack.count() == 3, timeout=20_000)  # counted in the background
    assert window.current_view() == "matrix-charts"
    assert set(charts.figures) == {"coverage", "levels", "trend"}
    assert charts.stack.count() == 3 and type(charts.stack.widget(0)).__name__ == "FigureCanvasQTAgg"


def test_certificate_date_from_the_cell_menu_is_saved_and_marked_with_the_companys_warning_period(qtbot, company):
    from PySide6.QtCore import QDate

    from wplstudio.services import matrix_targets

    matrix_targets.set_expiry_warning_days(company, SYSTEM, 90)
    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, certificate=True)
    person, task = grid.model.person_at(row), grid.model.task_at(column)
    dialog = dialogs.CertificateDialog(window.ctx, person, task, None, grid)
    qtbot.addWidget(dialog)
    dialog.none.setChecked(False)
    dialog.date.setDate(QDate.currentDate().addDays(75))
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    grid.read_back([(person.id, task.id)])
    assert matrix.load_cell(company, SYSTEM, person.id, task.id).valid_until == date.today() + timedelta(days=75)
    assert grid.model.look(row, column)[2] == "expiring"  # within the 90 days the company set


def test_training_target_from_the_cell_menu_is_saved_and_shown(qtbot, company):
    from PySide6.QtCore import QDate

    window, grid = open_grid(qtbot, company)
    row, column = cell_of(grid, level_not=4)
    person, task = grid.model.person_at(row), grid.model.task_at(column)
    dialog = dialogs.TargetDialog(window.ctx, person, task, None, None, grid)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData(4))
    dialog.date.setDate(QDate(2030, 3, 1))
    dialog.save_clicked()
    grid.read_back([(person.id, task.id)])
    cell = matrix.load_cell(company, SYSTEM, person.id, task.id)
    assert (cell.target_level, cell.target_date) == (4, date(2030, 3, 1))
    assert grid.model.look(row, column)[3] == "planned"
    assert "by 01-03-2030" in grid.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def test_names_stay_in_the_frozen_columns_while_the_tasks_scroll(qtbot, company):
    window, grid = open_grid(qtbot, company)
    frozen = grid.table.frozen
    assert not frozen.isColumnHidden(NAME_COLUMN) and not frozen.isColumnHidden(GAP_COLUMN)
    assert all(frozen.isColumnHidden(c) for c in range(FIRST_TASK, grid.model.columnCount()))
    grid.table.horizontalScrollBar().setValue(grid.table.horizontalScrollBar().maximum())
    assert frozen.geometry().left() <= grid.table.frameWidth() and frozen.isVisible()
    assert frozen.columnSpan(0, NAME_COLUMN) == 2  # a team's name runs over the gap column


def test_a_whole_column_at_once_is_one_undo_step_and_the_selection_stays(qtbot, company):
    window, grid = open_grid(qtbot, company)
    column = next(c for c in range(FIRST_TASK, grid.model.columnCount()) if not grid.model.task_at(c).is_certificate)
    grid.table.selectColumn(column)
    grid.table.setFocus()
    rows = [r for r in range(grid.model.rowCount()) if grid.model.person_at(r)]
    qtbot.keyClick(grid.table, Qt.Key.Key_1)
    assert all(stored(company, grid, r, column)[0] == 1 == grid.model.cell_at(r, column).level for r in rows)
    assert len(grid.table.selected_cells()) == len(rows) and grid.undo_stack.count() == 1


def test_a_level_not_practised_on_the_board_carries_an_hourglass_and_is_listed(qtbot, company):
    window, grid = open_grid(qtbot, company)
    model = grid.model
    stale = [(r, c) for r in range(model.rowCount()) for c in range(FIRST_TASK, model.columnCount())
             if model.person_at(r) and model.look(r, c)[0] == "cell" and model.look(r, c)[7]]
    assert stale, "the demo has levels nobody practised on the board for months"
    row, column = next((r, c) for r, c in stale if model.person_at(r).name.startswith("Jeroen")
                       and model.task_at(column=c).name == "Storing zoeken aan besturing")
    assert model.cell_at(row, column).level >= 3
    assert "Not practised on the planning board in the last 6 months" in model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert grid.legend.stale_months == 6
    window.show_view("practice")
    tab = window.stack.currentWidget().tabs.currentWidget()
    assert {(r.name, r.task_name) for r in tab.model.rows} == {
        (model.person_at(r).name, model.task_at(c).name) for r, c in stale}
    assert tab.model.rowCount() == len(stale) and "6 months" in tab.count.text()
