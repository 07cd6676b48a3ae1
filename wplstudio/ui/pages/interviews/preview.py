"""Print an interview paper from the GUI: the PDF is written to a temporary file first and
shown page by page, then saved where the person wants it (or opened to print).

The pages are drawn from the PDF itself with pdftoppm (poppler) when it is installed; where
it is not (a plain Windows PC), the preview shows the same paper as text, and the PDF itself
opens in the PC's own viewer."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTextBrowser,
                               QVBoxLayout, QWidget)

from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded


class PdfPreview(QDialog):
    def __init__(self, pdf: Path, title: str, suggested_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.resize(820, 900)
        self.pdf, self.suggested = pdf, suggested_name
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages(), 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for name, text, slot in (("savePdf", self.tr("Save as PDF…"), self._save), ("openPdf", self.tr("Open to print"), self._open),
                                 ("closePreview", self.tr("Close"), self.accept)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)

    def _pages(self) -> QWidget:
        images = page_images(self.pdf)
        if not images:
            browser = QTextBrowser(objectName="previewText")
            browser.setPlainText(self.tr("The preview of the pages needs poppler (pdftoppm). Use \"Open to print\" "
                                         "to see the PDF in your PDF viewer."))
            return browser
        holder = QWidget()
        column = QVBoxLayout(holder)
        for image in images:
            label = QLabel(objectName="previewPage")
            label.setPixmap(QPixmap(str(image)))
            label.setStyleSheet("border: 1px solid #c9d1d9; background: white;")
            column.addWidget(label)
        area = QScrollArea()
        area.setWidget(holder)
        area.setWidgetResizable(True)
        return area

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested, self.tr("PDF (*.pdf)"))
        if path:
            shutil.copyfile(self.pdf, path)

    def _open(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))


def page_images(pdf: Path, dpi: int = 70) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    prefix = pdf.with_suffix("")
    try:
        subprocess.run([tool, "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=30,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(pdf.parent.glob(prefix.name + "-*.png"))


def _temp_pdf(name: str) -> Path:
    return Path(tempfile.mkdtemp(prefix="wplstudio-print-")) / name


def preview_interview(parent, ctx: AppContext, interview_id: int) -> PdfPreview | None:
    from wplstudio.reports import interview_pdf
    from wplstudio.services import interview_print

    out = _temp_pdf("gesprek.pdf")
    paper = guarded(parent, lambda: interview_print.held_interview(ctx.db, ctx.actor, interview_id))
    if paper is None:
        return None
    interview_pdf.render(paper, out)
    return _show(parent, out, paper.form.guide_name, f"{paper.form.guide_name} {paper.form.employee_name}.pdf")


def preview_form(parent, ctx: AppContext, guide_id: int, employee_id: int | None = None) -> PdfPreview | None:
    from wplstudio.reports import interview_form_pdf
    from wplstudio.services import interview_print

    out = _temp_pdf("formulier.pdf")
    form = guarded(parent, lambda: interview_print.blank_form(ctx.db, ctx.actor, guide_id, employee_id))
    if form is None:
        return None
    interview_form_pdf.render(form, out)
    return _show(parent, out, form.guide_name, f"{form.guide_name}.pdf")


def _show(parent, pdf: Path, title: str, name: str) -> PdfPreview:
    dialog = PdfPreview(pdf, title, name, parent)
    if parent is None or parent.isVisible():
        dialog.exec()
    return dialog
