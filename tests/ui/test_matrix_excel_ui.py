"""The Excel import's preview dialog, the export and the wall print from the matrix page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from tests.services.messy_sheets import messy_sheet, simple_sheet
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services import matrix
from wplstudio.services.excel import preview
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.matrix.excel_actions import export_to_excel, print_for_wall
from wplstudio.ui.pages.matrix.import_dialog import ImportDialog


def level(db, person: str, task: str) -> int:
    data = matrix.load(db, SYSTEM)
    return data.cell(next(p.id for p in data.people if p.name == person), next(t.id for t in data.tasks if t.name == task)).level


def test_the_preview_shows_changes_new_names_and_skipped_rows_and_imports_on_request(qtbot, demo_db, tmp_path, messages):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    dialog = ImportDialog(AppContext(demo_db), found)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == [f"Changes ({len(found.changes)})", "Cannot be read (0)", "New (2)", f"Skipped ({len(found.notes)})"]
    assert dialog.import_button.isEnabled() and dialog.create.isChecked()
    assert "will change, all in one go" in dialog.banner.text()
    dialog.create.setChecked(False)
    assert "left out" in dialog.banner.text()
    dialog.create.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert level(demo_db, "Piet Visser", "MIG/MAG-lassen staal") == 4 and level(demo_db, "Kees Nieuwkoop", "VCA Basis") == 1
    assert "Imported:" in messages[-1]


def test_with_unreadable_cells_the_import_button_stays_off(qtbot, demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, simple_sheet(tmp_path / "bad.xlsx", ["Naam", "VCA Basis"], [["Piet Visser", "U+"]]))
    dialog = ImportDialog(AppContext(demo_db), found)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentWidget().objectName() == "problems"
    assert "Blad1!B2" in dialog.banner.text()
    assert dialog.tabs.currentWidget().model().data(dialog.tabs.currentWidget().model().index(0, 1)).startswith('"U+" is not a level')


def test_export_and_wall_print_write_their_files(qtbot, demo_db, tmp_path, messages, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    ctx = AppContext(demo_db)
    xlsx = export_to_excel(None, ctx, None, str(tmp_path / "m.xlsx"))
    assert xlsx is not None and xlsx.exists()
    pdf = print_for_wall(None, ctx, "Plaatbewerking", str(tmp_path / "m.pdf"), paper="A3")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Open it now to print?" in messages[-1] and opened and opened[0].toLocalFile() == str(pdf)


def test_a_wall_print_from_the_matrix_page_ticks_the_welcomes_last_step(qtbot, demo_db, tmp_path, messages, monkeypatch):
    from datetime import date

    from wplstudio.services import getting_started

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: None))
    ctx = AppContext(demo_db)
    assert getting_started.progress(demo_db, ctx.actor).printed_on is None
    print_for_wall(None, ctx, None, str(tmp_path / "wall.pdf"), paper="A3")
    assert getting_started.progress(demo_db, ctx.actor).printed_on == date.today()


def test_the_matrix_page_hosts_the_three_actions_with_courtesy_per_role(window, demo_db):
    window.show_view("matrix")
    for name in ("importExcel", "exportExcel", "printWall"):
        button = window.findChild(QPushButton, name)
        assert button is not None and button.isVisible() and button.isEnabled()


def test_a_mentor_sees_the_import_greyed_out(qtbot, demo_db):
    from wplstudio.ui.pages.matrix.view import MatrixPage

    page = MatrixPage(AppContext(demo_db, Actor("Erik", "mentor")))
    qtbot.addWidget(page)
    assert not page.findChild(QPushButton, "importExcel").isEnabled()
    assert not page.findChild(QPushButton, "exportExcel").isEnabled()
    assert page.findChild(QPushButton, "printWall").isEnabled()


def test_the_reports_area_offers_the_wall_print_and_the_excel_file(qtbot, demo_db):
    from wplstudio.ui.pages.reports.page import ReportsPage

    page = ReportsPage(AppContext(demo_db, Actor("Erik", "mentor")))
    qtbot.addWidget(page)
    assert page.findChild(QPushButton, "run-matrix").isEnabled()
    assert not page.findChild(QPushButton, "run-matrix-excel").isEnabled()
