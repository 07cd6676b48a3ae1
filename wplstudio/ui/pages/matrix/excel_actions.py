"""Import from Excel, export to Excel, and print for the wall: three buttons any page can
host with add_matrix_actions(), and the same three functions for a menu or the Reports area."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QMessageBox, QPushButton,
                               QToolBar, QWidget)

from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.i18n import translate
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded

TeamGetter = Callable[[], "str | None"]


def add_matrix_actions(bar, ctx: AppContext, refresh: Callable[[], None], team: TeamGetter = lambda: None) -> list[QPushButton]:
    """Add the three buttons to a QToolBar or a box layout; greyed out for a role that may not use them
    (a courtesy: the services refuse anyway). team() names the team the page shows, or None."""
    buttons = [
        _button("importExcel", translate("matrix", "Import from Excel…"), lambda: import_from_excel(_parent(bar), ctx, refresh),
                allowed(ctx.actor.role, "matrix", "edit", OTHERS)),
        _button("exportExcel", translate("matrix", "Export to Excel…"), lambda: export_to_excel(_parent(bar), ctx, team()),
                allowed(ctx.actor.role, "matrix", "export", OTHERS)),
        _button("printWall", translate("matrix", "Print for the wall…"), lambda: print_for_wall(_parent(bar), ctx, team()),
                may(ctx.actor, "matrix", "print")),
    ]
    for button in buttons:
        bar.addWidget(button)
    return buttons


def grid_team(grid) -> str | None:
    """The team the grid tab's filter shows, or None for all teams."""
    from wplstudio.ui.pages.matrix.model import ALL

    combo = getattr(grid, "team", None)
    if combo is None or combo.currentData() in (ALL, None):
        return None
    return combo.currentText()


def _button(name: str, text: str, action: Callable[[], None], enabled: bool) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setEnabled(enabled)
    button.clicked.connect(lambda _checked=False: action())
    return button


def _parent(bar) -> QWidget | None:
    return bar if isinstance(bar, (QWidget, QToolBar)) else bar.parentWidget()


def import_from_excel(parent: QWidget | None, ctx: AppContext, refresh: Callable[[], None], path: str | None = None) -> bool:
    """Choose a file, show the preview, import on request. True when something was imported."""
    from wplstudio.services.excel import preview
    from wplstudio.ui.pages.matrix.import_dialog import ImportDialog

    path = path or QFileDialog.getOpenFileName(parent, translate("matrix", "Import the matrix from Excel"), "",
                                               translate("matrix", "Excel workbooks (*.xlsx *.xlsm);;All files (*)"))[0]
    if not path:
        return False
    found = guarded(parent, lambda: preview.preview(ctx.db, ctx.actor, Path(path), None, translate("import", preview.FALLBACK_CORE_TASK)))
    if found is None:
        return False
    if ImportDialog(ctx, found, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    refresh()
    return True


def export_to_excel(parent: QWidget | None, ctx: AppContext, team: str | None = None, path: str | None = None) -> Path | None:
    from wplstudio.reports import matrix_xlsx
    from wplstudio.services import matrix_report

    path = path or _save_name(parent, translate("matrix", "Export the matrix to Excel"), "xlsx",
                              translate("matrix", "Excel workbook (*.xlsx)"))
    if not path:
        return None
    return guarded(parent, lambda: matrix_xlsx.render(matrix_report.for_export(ctx.db, ctx.actor, team), Path(path)))


def print_for_wall(parent: QWidget | None, ctx: AppContext, team: str | None = None, path: str | None = None,
                   paper: str | None = None) -> Path | None:
    """Ask for team and paper (A3 unless chosen otherwise), then the file; write the PDF and offer to open it."""
    from wplstudio.reports import matrix_pdf
    from wplstudio.services import getting_started, matrix_report

    if paper is None:
        choice = PrintChoices(ctx, team, parent)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        team, paper = choice.team(), choice.paper.currentData()
    path = path or _save_name(parent, translate("matrix", "Print the matrix for the wall"), "pdf", translate("matrix", "PDF (*.pdf)"))
    if not path:
        return None
    written = guarded(parent, lambda: matrix_pdf.render(matrix_report.for_print(ctx.db, ctx.actor, team), Path(path), paper))
    if written is not None:  # the welcome's last step, wherever the print was made
        guarded(parent, lambda: getting_started.note_wall_print(ctx.db, ctx.actor))
    if written is not None and QMessageBox.question(parent, translate("matrix", "Printed to PDF"), translate(
            "matrix", "The matrix is in {file}. Open it now to print?").format(file=str(written))) == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def _save_name(parent: QWidget | None, title: str, suffix: str, filter_text: str) -> str:
    name = translate("matrix", "deployability-matrix") + f"-{date.today().isoformat()}.{suffix}"
    path = QFileDialog.getSaveFileName(parent, title, name, filter_text)[0]
    if path and not path.lower().endswith("." + suffix):
        path += "." + suffix
    return path


class PrintChoices(QDialog):
    """Which team, and which paper: A3 for the wall, A4 for the folder."""

    def __init__(self, ctx: AppContext, team: str | None, parent=None) -> None:
        super().__init__(parent)
        from wplstudio.services import matrix

        self.setWindowTitle(self.tr("Print for the wall"))
        self.teams = QComboBox(objectName="printTeam")
        self.teams.addItem(self.tr("All teams"), None)
        data = guarded(self, lambda: matrix.load(ctx.db, ctx.actor))
        for name in sorted({p.team_name for p in data.people if p.team_name}) if data else []:
            self.teams.addItem(name, name)
        if team:
            self.teams.setCurrentIndex(max(0, self.teams.findData(team)))
        self.paper = QComboBox(objectName="printPaper")
        self.paper.addItem(self.tr("A3 landscape (for the wall)"), "A3")
        self.paper.addItem(self.tr("A4 landscape"), "A4")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Team"), self.teams)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(buttons)

    def team(self) -> str | None:
        return self.teams.currentData()
