"""The audit trail, for the owner: who changed what and when, whether the trail is
intact, filters, a page of entries at a time, and an export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from wplstudio.domain.permissions import allowed
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.services import audit, audit_entries, audit_export
from wplstudio.services.audit_entries import PAGE, AuditFilter
from wplstudio.ui.background import run_in_background
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.audit import describe
from wplstudio.ui.table_model import ROW_ROLE, Column, RowsModel

# (label, days back; None: everything)
PERIODS = ((QT_TRANSLATE_NOOP("AuditPage", "All time"), None), (QT_TRANSLATE_NOOP("AuditPage", "Today"), 0),
           (QT_TRANSLATE_NOOP("AuditPage", "Last 7 days"), 6), (QT_TRANSLATE_NOOP("AuditPage", "Last 30 days"), 29),
           (QT_TRANSLATE_NOOP("AuditPage", "Last 12 months"), 364))


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset, self.total, self.report = 0, 0, None
        self.checking = self._filling = False
        self.model = RowsModel(self._columns(), self)
        self.table = self._build_table()
        self.status = QLabel(objectName="auditStatus", wordWrap=True)
        self.check_button = QPushButton(self.tr("Check again"), clicked=self.check_chain)
        self.filters = self._build_filters()
        self.details = QLabel(objectName="hint", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.page_label = QLabel(objectName="hint")
        self.newer = QPushButton(self.tr("◀ Newer"), clicked=lambda: self._turn(-PAGE))
        self.older = QPushButton(self.tr("Older ▶"), clicked=lambda: self._turn(PAGE))
        self.refused = QLabel(self.tr("Only the owner can see the audit trail."), objectName="hint")
        self._layout()

    # --- building -----------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), describe.when_text),
            Column(self.tr("Who"), lambda r: r.actor),
            Column(self.tr("Action"), lambda r: describe.action_text(r.action)),
            Column(self.tr("What"), lambda r: describe.entity_text(r.entity)),
            Column(self.tr("Record"), describe.record_text),
            Column(self.tr("Changes"), describe.changes_text),
        ]

    def _build_table(self) -> QTableView:
        table = QTableView()  # no parent yet: placed in the layout after the filters, Tab reaches it after them
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_details(current.row()))
        return table

    def _build_filters(self) -> QWidget:
        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(translate("AuditPage", label), days)
        self.who, self.what, self.action = QComboBox(), QComboBox(), QComboBox()
        self.search = QLineEdit(placeholderText=self.tr("Record number…"), clearButtonEnabled=True)
        self.search.setMaximumWidth(170)
        self.export_button = QPushButton(self.tr("Export…"), clicked=self.export)
        for combo in (self.period, self.who, self.what, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.search.textChanged.connect(lambda _text: self._filters_changed())
        bar = QWidget()
        line = QHBoxLayout(bar)
        line.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Period"), self.period), (self.tr("Who"), self.who),
                              (self.tr("What"), self.what), (self.tr("Action"), self.action)):
            line.addWidget(QLabel(label))
            widget.setAccessibleName(label)
            line.addWidget(widget)
        line.addWidget(self.search)
        line.addStretch(1)
        line.addWidget(self.export_button)
        return bar

    def _layout(self) -> None:
        title = QLabel(translate("areas", "Audit trail"), objectName="pageTitle")
        status_line = QHBoxLayout()
        status_line.addWidget(self.status, 1)
        status_line.addWidget(self.check_button)
        paging = QHBoxLayout()
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.newer)
        paging.addWidget(self.older)
        note = QLabel(self.tr("Names and other personal text are never kept in the trail: it only shows that they were "
                              "changed. Times are on this computer's clock."), objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(title)
        layout.addWidget(self.refused)
        layout.addLayout(status_line)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(paging)
        layout.addWidget(note)
        self._owner_widgets = [self.status, self.check_button, self.filters, self.table, self.details,
                               self.page_label, self.newer, self.older, note]

    # --- behaviour ----------------------------------------------------------
    def may_read(self) -> bool:
        """A courtesy: the services refuse anyone else on their own."""
        return allowed(self.ctx.actor.role, "audit", "view", "others")

    def refresh(self) -> None:
        reader = self.may_read()
        self.refused.setVisible(not reader)
        for widget in self._owner_widgets:
            widget.setVisible(reader)
        if not reader:
            self.model.set_rows([])
            return
        self._fill_choices()
        self.load()
        if self.report is None and not self.checking:
            self.check_chain()

    def current_filter(self) -> AuditFilter:
        days = self.period.currentData()
        return AuditFilter(date_from=None if days is None else date.today() - timedelta(days=days),
                           who=self.who.currentData() or "", entity=self.what.currentData() or "",
                           action=self.action.currentData() or "", search=self.search.text())

    def load(self) -> None:
        filters = self.current_filter()
        loaded = guarded(self, lambda: (audit_entries.count_entries(self.ctx.db, self.ctx.actor, filters),
                                        audit_entries.list_entries(self.ctx.db, self.ctx.actor, filters, PAGE, self.offset)))
        if loaded is None:
            return
        self.total, rows = loaded
        self.model.set_rows(rows)
        self._size_columns()
        self.details.setText(self.tr("Select an entry to see it in full.") if rows else "")
        self._show_page_position(len(rows))

    def _size_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 16, 320))

    def _show_page_position(self, shown: int) -> None:
        locale = QLocale()
        if not self.total:
            self.page_label.setText(self.tr("No entries match these filters."))
        else:
            self.page_label.setText(self.tr("Entries {first}–{last} of {total}, newest first").format(
                first=locale.toString(self.offset + 1), last=locale.toString(self.offset + shown), total=locale.toString(self.total)))
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(self.offset + shown < self.total)

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.load()

    def _filters_changed(self) -> None:
        if self._filling:
            return
        self.offset = 0
        self.load()

    def _fill_choices(self) -> None:
        choices = guarded(self, lambda: audit_entries.filter_choices(self.ctx.db, self.ctx.actor))
        if choices is None:
            return
        self._filling = True
        try:
            _refill(self.who, self.tr("Everyone"), [(name, name) for name in choices.actors])
            _refill(self.what, self.tr("Everything"), [(describe.entity_text(e), e) for e in choices.entities])
            _refill(self.action, self.tr("Any action"), [(describe.action_text(a), a) for a in choices.actions])
        finally:
            self._filling = False

    def _show_details(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.details.setText(describe.details_html(self.model.row_at(row)))

    def selected(self):
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    # --- the chain ----------------------------------------------------------
    def check_chain(self) -> None:
        """Verify in the background: a long trail must not freeze the window."""
        self.checking = True
        self.check_button.setEnabled(False)
        self._show_status(None)
        db = self.ctx.db
        run_in_background(lambda: audit.verify(db), self._checked, self._check_failed)

    def _checked(self, report) -> None:
        self.checking, self.report = False, report
        self.check_button.setEnabled(True)
        self._show_status(report)

    def _check_failed(self, _error) -> None:
        self.checking = False
        self.check_button.setEnabled(True)
        self._show_status(None, failed=True)

    def _show_status(self, report, failed: bool = False) -> None:
        text, colour = describe.report_text(report, failed)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-size: 13pt; font-weight: 600;")

    # --- export -------------------------------------------------------------
    def export(self) -> None:
        suggested = str(Path.home() / f"audit-trail-{date.today().isoformat()}.csv")
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), suggested,
                                                    self.tr("CSV for Excel (*.csv);;JSON (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int | None:
        filters = self.current_filter()
        count = guarded(self, lambda: audit_export.export_entries(self.ctx.db, self.ctx.actor, filters, path))
        if count is not None:
            QMessageBox.information(self, self.tr("Exported"), self.tr("{n} entries written to {file}.").format(
                n=QLocale().toString(count), file=str(path)))
        return count


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """New choices, keeping what was chosen if it is still there."""
    kept = combo.currentData()
    combo.clear()
    combo.addItem(everything, "")
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(kept) if kept else 0
    combo.setCurrentIndex(max(index, 0))
