"""The AVG tab: how long personal data is kept, who is due for erasure, and
everything about one person on paper or as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget)

from wplstudio.domain.privacy import RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS
from wplstudio.services import company, people, privacy
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.table_model import ROW_ROLE, Column, RowsModel


class PrivacyTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(self._retention_box())
        layout.addWidget(self._due_box(), 1)
        from wplstudio.ui.pages.interviews.retention import InterviewRetentionBox

        layout.addWidget(InterviewRetentionBox(ctx))  # interview answers older than the retention period (issue 6)
        layout.addWidget(self._export_box())

    # --- retention --------------------------------------------------------
    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention period"))
        self.months = QSpinBox(minimum=RETENTION_MIN_MONTHS, maximum=RETENTION_MAX_MONTHS, suffix=self.tr(" months"))
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save_retention)
        line = QHBoxLayout(box)
        line.addWidget(QLabel(self.tr("Keep the personal data of people who left for")))
        line.addWidget(self.months)
        line.addWidget(QLabel(self.tr("after their last working day (in the Netherlands commonly 24 months)."), wordWrap=True), 1)
        line.addWidget(save)
        return box

    def save_retention(self) -> None:
        if guarded(self, lambda: privacy.set_retention_months(self.ctx.db, self.ctx.actor, self.months.value())) is not None:
            self.refresh()

    # --- due for erasure --------------------------------------------------
    def _due_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Past the retention period"))
        self.due_model = RowsModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Left on"), lambda r: show(r.left_on)),
            Column(self.tr("To be erased since"), lambda r: show(r.due_since)),
        ], self)
        self.due_table = QTableView(selectionBehavior=QAbstractItemView.SelectionBehavior.SelectRows,
                                    selectionMode=QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setModel(self.due_model)
        self.due_table.verticalHeader().setVisible(False)
        self.due_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.due_note = QLabel(objectName="hint", wordWrap=True)
        anonymise = QPushButton(self.tr("Anonymise…"))
        anonymise.clicked.connect(self.anonymise_selected)
        column = QVBoxLayout(box)
        column.addWidget(self.due_note)
        column.addWidget(self.due_table, 1)
        column.addWidget(anonymise)
        return box

    def anonymise_selected(self) -> None:
        rows = self.due_table.selectionModel().selectedRows()
        if not rows:
            return
        item = rows[0].data(ROW_ROLE)
        question = self.tr("Anonymise {name}? The name and education are replaced by a number everywhere, also in the backups. "
                           "Team, function and dates stay, so the company's figures stay right. This cannot be undone.").format(name=item.name)
        if QMessageBox.question(self, self.tr("Anonymise"), question) == QMessageBox.StandardButton.Yes:
            guarded(self, lambda: privacy.anonymise_employee(self.ctx.db, self.ctx.actor, item.employee_id))
            self.refresh()

    # --- export -----------------------------------------------------------
    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Everything about one person (right of access)"))
        self.person = QComboBox()
        pdf = QPushButton(self.tr("Save as PDF…"))
        json_button = QPushButton(self.tr("Save as JSON…"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        json_button.clicked.connect(lambda: self.export("json"))
        line = QHBoxLayout(box)
        line.addWidget(self.person, 1)
        line.addWidget(pdf)
        line.addWidget(json_button)
        return box

    def export(self, kind: str) -> None:
        employee_id = self.person.currentData()
        if employee_id is None:
            return
        name = self.person.currentText()
        suggested = str(Path.home() / f"{name.replace(' ', '_')}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save personal data"), suggested, f"*.{kind}")
        if path:
            guarded(self, lambda: self._write(employee_id, name, Path(path), kind))

    def _write(self, employee_id: int, name: str, path: Path, kind: str) -> None:
        data = privacy.export_employee(self.ctx.db, self.ctx.actor, employee_id)
        if kind == "pdf":
            from wplstudio.reports import employee_data_pdf

            employee_data_pdf.render(data, name, company.get_company(self.ctx.db, self.ctx.actor).name, path)
        else:
            path.write_text(data.as_json(), encoding="utf-8")

    # --- all --------------------------------------------------------------
    def refresh(self) -> None:
        months = guarded(self, lambda: privacy.retention_months(self.ctx.db))
        due = guarded(self, lambda: privacy.due_for_erasure(self.ctx.db, self.ctx.actor)) or []
        if months:
            self.months.setValue(months)
        self.due_model.set_rows(due)
        self.due_note.setText(self.tr("People who left longer ago than the retention period: {n}. Anonymise them, "
                                      "or keep them for a reason you can explain.").format(n=len(due)) if due
                              else self.tr("Nobody is past the retention period."))
        self._fill_people()

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.clear()
        for row in guarded(self, lambda: people.list_employees(self.ctx.db, self.ctx.actor)) or []:
            self.person.addItem(row.full_name if row.active else self.tr("{name} (left)").format(name=row.full_name), row.id)
        self.person.setCurrentIndex(max(self.person.findData(current), 0))
