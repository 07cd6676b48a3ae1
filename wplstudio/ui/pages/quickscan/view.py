"""The Quickscan area: the scans with their result, and the comparison over time."""

from __future__ import annotations

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from wplstudio.domain import quickscan as qs
from wplstudio.i18n import current, translate
from wplstudio.services import quickscan
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.quickscan.editor import ScanEditor
from wplstudio.ui.pages.quickscan.result import ScanResult, one_decimal
from wplstudio.ui.tabbed_page import TabbedPage


class ScansTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scans = QListWidget()
        self.scans.setMaximumWidth(260)
        self.scans.setStyleSheet("font-size: 12pt;")
        self.scans.setWordWrap(True)
        self.scans.currentItemChanged.connect(lambda *_: self._show_selected())
        self.result = ScanResult()
        self.empty = QLabel(self.tr("No quickscan yet. Start one with “New scan”: the owner, a manager and a few employees "
                                    "each answer the ten questions, then compare where you differ."), wordWrap=True, objectName="hint")
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New scan"))
        self.edit_button = QPushButton(self.tr("Change or finish"))
        self.print_button = QPushButton(self.tr("Print (PDF)…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, action in ((self.new_button, self.new), (self.edit_button, self.edit), (self.print_button, self.print_pdf),
                               (self.remove_button, self.remove)):
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.scans)
        body.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)

    def refresh(self) -> None:
        rows = guarded(self, lambda: quickscan.list_scans(self.ctx.db, self.ctx.actor))
        if rows is None:
            return
        keep = self.selected_id()
        self.scans.clear()
        for scan in rows:
            conclusion = qs.CONCLUSIONS[scan.conclusion].in_(current()).split(":")[0] if scan.conclusion else "—"
            status = self.tr("draft") if scan.status == quickscan.DRAFT else one_decimal(scan.total) if scan.total else ""
            item = QListWidgetItem(f"{scan.title}\n{scan.held_on:%d-%m-%Y} · {status} · {conclusion}")
            item.setData(Qt.ItemDataRole.UserRole, scan.id)
            self.scans.addItem(item)
            if scan.id == keep:
                self.scans.setCurrentItem(item)
        self.empty.setVisible(not rows)
        self.result.setVisible(bool(rows))
        if rows and self.scans.currentItem() is None:
            self.scans.setCurrentRow(0)

    def selected_id(self) -> int | None:
        item = self.scans.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_selected(self) -> None:
        scan_id = self.selected_id()
        if scan_id is None:
            return
        scan = guarded(self, lambda: quickscan.get_scan(self.ctx.db, self.ctx.actor, scan_id))
        if scan is not None:
            self.result.show_scan(scan)

    def new(self) -> None:
        self._edit(None)

    def edit(self) -> None:
        scan_id = self.selected_id()
        if scan_id is not None:
            scan = guarded(self, lambda: quickscan.get_scan(self.ctx.db, self.ctx.actor, scan_id))
            if scan is not None:
                self._edit(scan)

    def _edit(self, scan) -> None:
        editor = ScanEditor(self.ctx, scan, self)
        if editor.exec():
            self.refresh()
            self._select(editor.saved.id)

    def _select(self, scan_id: int) -> None:
        for row in range(self.scans.count()):
            if self.scans.item(row).data(Qt.ItemDataRole.UserRole) == scan_id:
                self.scans.setCurrentRow(row)

    def print_pdf(self) -> None:
        from wplstudio.reports import quickscan_pdf
        from wplstudio.services import quickscan_print

        scan_id = self.selected_id()
        if scan_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the quickscan result"), f"quickscan-{scan_id}.pdf", "PDF (*.pdf)")
        if path:
            guarded(self, lambda: quickscan_pdf.render(quickscan_print.gather(self.ctx.db, self.ctx.actor, scan_id), path))

    def remove(self) -> None:
        scan_id = self.selected_id()
        if scan_id is None:
            return
        scan = guarded(self, lambda: quickscan.get_scan(self.ctx.db, self.ctx.actor, scan_id))
        if scan is None or QMessageBox.question(self, self.tr("Remove"), self.tr("Remove {name}? This cannot be undone.").format(
                name=scan.title)) != QMessageBox.StandardButton.Yes:
            return
        guarded(self, lambda: quickscan.delete_scan(self.ctx.db, self.ctx.actor, scan.id, scan.version))
        self.refresh()


class CompareTab(QWidget):
    """Every finished scan on one radar, oldest pale and newest dark, with the totals beside it."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.totals = QLabel(wordWrap=True)
        self.totals.setStyleSheet("font-size: 12pt;")
        self.chart = QVBoxLayout()
        body = QHBoxLayout(self)
        body.addLayout(self.chart, 2)
        body.addWidget(self.totals, 1)
        self.canvas = None

    def refresh(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from wplstudio.charts import quickscan as charts

        scans = guarded(self, lambda: quickscan.history(self.ctx.db, self.ctx.actor))
        if scans is None:
            return
        if self.canvas is not None:
            self.chart.removeWidget(self.canvas)
            self.canvas.hide()  # deleteLater alone leaves it painted until the event loop runs
            self.canvas.deleteLater()
        self.canvas = _canvas(FigureCanvasQTAgg, charts.radar_over_time(scans))
        self.chart.addWidget(self.canvas)
        lines = [f"<b>{s.title}</b> ({s.held_on:%d-%m-%Y}, {len(s.respondents)} ✎): {one_decimal(s.result.total)}<br>"
                 f"{qs.CONCLUSIONS[s.result.conclusion].in_(current())}" for s in reversed(scans)]
        self.totals.setText("<br><br>".join(lines) or self.tr("No finished scans yet."))


class QuickscanPage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Quickscan"), parent)
        self._add("quickscan", ScansTab(ctx), self.tr("Scans"))
        self._add("quickscan-compare", CompareTab(ctx), self.tr("Over time"))


def _canvas(kind, figure):
    """A chart canvas that shrinks with the window instead of insisting on the figure's size."""
    from PySide6.QtWidgets import QSizePolicy

    canvas = kind(figure)
    canvas.setMinimumSize(200, 200)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return canvas
