"""Dialogs for one cell: its history, the certificate's valid-until date and a training target."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTableView, QVBoxLayout)

from wplstudio.domain.levels import SCALE
from wplstudio.services import matrix
from wplstudio.services.matrix import ColumnTask, RowPerson
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.pages.matrix.model import level_words
from wplstudio.ui.table_model import Column, RowsModel


def local_time(moment) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


class HistoryDialog(QDialog):
    """Who changed this cell when, from which level to which, and why. Newest first."""

    def __init__(self, person: RowPerson, task: ColumnTask, rows: list[matrix.HistoryRow], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {name} — {task}").format(name=person.name, task=task.name))
        self.resize(900, 460)
        self.model = RowsModel([
            Column(self.tr("When"), lambda r: local_time(r.at)),
            Column(self.tr("Who"), lambda r: r.by),
            Column(self.tr("From"), lambda r: level_words(r.old_level)),
            Column(self.tr("To"), lambda r: level_words(r.new_level)),
            Column(self.tr("Note"), lambda r: r.note),
        ], self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("historyTable")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        empty = QLabel(self.tr("No changes recorded for this cell yet."), objectName="hint")
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{person.name}</b> — {task.core_task_name} / {task.name}"))
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


class CertificateDialog(FormDialog):
    """Until when a person's certificate for this task is valid."""

    def __init__(self, ctx: AppContext, person: RowPerson, task: ColumnTask, valid_until: date | None, parent=None) -> None:
        super().__init__(self.tr("Certificate {task} — {name}").format(task=task.name, name=person.name), parent)
        self.ctx, self.person, self.task = ctx, person, task
        self.date = _date_edit(valid_until)
        self.none = QCheckBox(self.tr("No certificate (no date)"))
        self.none.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.none.setChecked(valid_until is None)
        self.form.addRow(self.tr("Valid until"), self.date)
        self.form.addRow("", self.none)

    def save(self):
        valid_until = None if self.none.isChecked() else self.date.date().toPython()
        matrix.set_certificate(self.ctx.db, self.ctx.actor, self.person.id, self.task.id, valid_until)
        return valid_until


class TargetDialog(FormDialog):
    """A line of the training timetable: reach this level by this date."""

    def __init__(self, ctx: AppContext, person: RowPerson, task: ColumnTask, level: int | None, by: date | None,
                 parent=None) -> None:
        super().__init__(self.tr("Training target {task} — {name}").format(task=task.name, name=person.name), parent)
        self.ctx, self.person, self.task = ctx, person, task
        self.level = QComboBox()
        self.level.addItem(self.tr("No target"), None)
        for scale in SCALE[1:]:
            self.level.addItem(level_words(scale.level), int(scale.level))
        self.level.setCurrentIndex(max(self.level.findData(level), 0))
        self.date = _date_edit(by)
        self.level.currentIndexChanged.connect(lambda _i: self.date.setEnabled(self.level.currentData() is not None))
        self.date.setEnabled(level is not None)
        self.form.addRow(self.tr("Target level"), self.level)
        self.form.addRow(self.tr("By"), self.date)

    def save(self):
        level = self.level.currentData()
        by = self.date.date().toPython() if level is not None else None
        matrix.set_target(self.ctx.db, self.ctx.actor, self.person.id, self.task.id, level, by)
        return level
