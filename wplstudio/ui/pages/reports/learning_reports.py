"""The year report and the quickscan result as cards on the Reports page (page.py ENTRIES)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded


def year_report(parent: QWidget, ctx: AppContext):
    from wplstudio.reports import year_pdf
    from wplstudio.services import year_report as gather

    years = [str(y) for y in range(date.today().year, date.today().year - 6, -1)]
    chosen, ok = QInputDialog.getItem(parent, parent.tr("Year report"), parent.tr("Which year?"), years, 0, False)
    if not ok:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the year report"), f"jaarverslag-{chosen}.pdf", "PDF (*.pdf)")
    if path:
        return guarded(parent, lambda: year_pdf.render(gather.gather(ctx.db, ctx.actor, int(chosen)), path))
    return None


def quickscan_result(parent: QWidget, ctx: AppContext):
    from wplstudio.reports import quickscan_pdf
    from wplstudio.services import quickscan, quickscan_print

    scans = guarded(parent, lambda: quickscan.list_scans(ctx.db, ctx.actor))
    if scans is None:  # refused, and already said why
        return None
    if not scans:
        QMessageBox.information(parent, parent.tr("Quickscan"), parent.tr("There is no quickscan yet."))
        return None
    names = [f"{s.title} ({s.held_on:%d-%m-%Y})" for s in scans]
    chosen, ok = QInputDialog.getItem(parent, parent.tr("Quickscan"), parent.tr("Which scan?"), names, 0, False)
    if not ok:
        return None
    scan = scans[names.index(chosen)]
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the quickscan result"), f"quickscan-{scan.id}.pdf", "PDF (*.pdf)")
    if path:
        return guarded(parent, lambda: quickscan_pdf.render(quickscan_print.gather(ctx.db, ctx.actor, scan.id), path))
    return None
