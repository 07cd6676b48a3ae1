"""Print the week on the board: the same week PDF as `wplstudio report board`, A3 or A4 landscape."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.services.board import BoardWeek
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded

PAPERS = (("A3", QT_TRANSLATE_NOOP("board", "A3 landscape (for the wall)")), ("A4", QT_TRANSLATE_NOOP("board", "A4 landscape")))


def print_week(parent: QWidget | None, ctx: AppContext, week: BoardWeek, path: str | None = None,
               paper: str | None = None) -> Path | None:
    """Ask for the paper and the file (unless given), write the week PDF, and offer to open it when asked."""
    asked = path is None
    paper = paper or _ask_paper(parent)
    path = path or (_ask_file(parent, week) if paper else None)
    if not paper or not path:
        return None
    written = guarded(parent, lambda: _render(ctx, week, Path(path), paper))
    if written is not None and asked and QMessageBox.question(parent, translate("board", "Week printed to PDF"), translate(
            "board", "The week plan is in {file}. Open it now to print?").format(file=str(written))) == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written


def _render(ctx: AppContext, week: BoardWeek, path: Path, paper: str) -> Path:
    from wplstudio.domain.permissions import require
    from wplstudio.reports import board_pdf
    from wplstudio.services import company

    from wplstudio.domain.errors import NotAllowed

    require(ctx.actor, "board", "print")
    try:
        name = company.get_company(ctx.db, ctx.actor).name
    except NotAllowed:  # a mentor may print the week without reading the company's settings
        name = ""
    return board_pdf.render(week, path, paper, name)


def _ask_paper(parent: QWidget | None) -> str | None:
    names = [translate("board", text) for _code, text in PAPERS]
    chosen, ok = QInputDialog.getItem(parent, translate("board", "Print the week"), translate("board", "Paper"), names, 0, False)
    return PAPERS[names.index(chosen)][0] if ok else None


def _ask_file(parent: QWidget | None, week: BoardWeek) -> str:
    name = translate("board", "week-plan") + f"-{week.label}.pdf"
    path = QFileDialog.getSaveFileName(parent, translate("board", "Print the week"), name, translate("board", "PDF (*.pdf)"))[0]
    return path + ".pdf" if path and not path.lower().endswith(".pdf") else path
