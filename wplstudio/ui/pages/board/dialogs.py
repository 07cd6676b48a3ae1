"""The board's dialogs: a job, a warning with suggestions and a reason, an absence,
learning time and an improvement action. They collect input; the services decide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout)

from wplstudio.domain import board as rules
from wplstudio.domain.board import JobDraft
from wplstudio.i18n import translate
from wplstudio.services.board_extras import ImprovementDraft
from wplstudio.ui.pages.board.scene import warning_text


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _date_edit(value: date | None) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _py(edit: QDateEdit) -> date:
    return edit.date().toPython()


class JobDialog(QDialog):
    def __init__(self, tasks: list[tuple[int, str]], job=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Job"))
        self.title, self.customer, self.location = (QLineEdit(getattr(job, n, "")) for n in ("title", "customer", "location"))
        self.hours = QSpinBox(maximum=9999, value=getattr(job, "estimated_hours", 8), suffix=" h")
        self.tasks = QListWidget(objectName="jobTasks")
        chosen = set(getattr(job, "task_ids", ()))
        for task_id, name in tasks:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, task_id)
            item.setCheckState(Qt.CheckState.Checked if task_id in chosen else Qt.CheckState.Unchecked)
            self.tasks.addItem(item)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Estimated hours"), self.hours)
        form.addRow(self.tr("Tasks needed"), self.tasks)
        form.addRow(_buttons(self))

    def draft(self) -> JobDraft:
        ids = tuple(self.tasks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.tasks.count())
                    if self.tasks.item(i).checkState() == Qt.CheckState.Checked)
        return JobDraft(self.title.text(), self.customer.text(), self.location.text(), self.hours.value(), ids)


class ReasonDialog(QDialog):
    """The plan warns: what is wrong, who would fit instead, and a reason to plan anyway.
    After exec(): chosen_employee (a suggestion taken) or reason (plan anyway)."""

    def __init__(self, refusal, task_names: dict[int, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This plan warns"))
        self.chosen_employee: int | None = None
        self.reason = ""
        layout = QVBoxLayout(self)
        for day, warning in refusal.warnings:
            layout.addWidget(QLabel(day.strftime("%d-%m  ") + warning_text(warning, task_names)))
        if refusal.suggestions:
            layout.addWidget(QLabel(self.tr("Qualified and free that day:"), objectName="sectionTitle"))
            for s in refusal.suggestions:
                button = QPushButton(self.tr("Plan {name} instead ({hours} h planned)").format(name=s.name, hours=s.planned_hours))
                button.clicked.connect(lambda _c=False, e=s.employee_id: self._take(e))
                layout.addWidget(button)
        else:
            layout.addWidget(QLabel(self.tr("Nobody qualified is free that day.")))
        self.reason_edit = QLineEdit(objectName="overrideReason", placeholderText=self.tr("Reason to plan anyway (kept on the card)"))
        layout.addWidget(self.reason_edit)
        anyway = QPushButton(self.tr("Plan anyway"), objectName="planAnyway")
        anyway.clicked.connect(self._anyway)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout.addWidget(anyway)
        layout.addWidget(cancel)

    def _take(self, employee_id: int) -> None:
        self.chosen_employee = employee_id
        self.accept()

    def _anyway(self) -> None:
        if not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            self.reason_edit.setPlaceholderText(self.tr("Write a short reason first"))
            return
        self.reason = self.reason_edit.text()
        self.accept()


class AbsenceDialog(QDialog):
    def __init__(self, people: list[tuple[int, str]], employee_id: int | None, day: date | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Absence"))
        self.person = QComboBox()
        for pid, name in people:
            self.person.addItem(name, pid)
        if employee_id is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(employee_id)))
        self.kind = QComboBox()
        for kind in rules.ABSENCE_KINDS:
            self.kind.addItem(translate("board", rules.ABSENCE_TITLES[kind]), kind)
        self.first, self.last = _date_edit(day), _date_edit(day)
        form = QFormLayout(self)
        form.addRow(self.tr("Employee"), self.person)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("First day"), self.first)
        form.addRow(self.tr("Last day"), self.last)
        form.addRow(_buttons(self))

    def values(self) -> tuple[int, date, date, str]:
        return self.person.currentData(), _py(self.first), _py(self.last), self.kind.currentData()


class LearningDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Learning time"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Learning"), "learning")
        self.kind.addItem(self.tr("Mentoring"), "mentoring")
        self.hours = QSpinBox(minimum=1, maximum=24, value=2, suffix=" h")
        self.topic = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Hours"), self.hours)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(_buttons(self))

    def values(self) -> tuple[int, str, str]:
        return self.hours.value(), self.kind.currentData(), self.topic.text()


class ImprovementDialog(QDialog):
    def __init__(self, people: list[tuple[int, str]], item=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Improvement action"))
        self.title = QLineEdit(getattr(item, "title", ""))
        self.description = QPlainTextEdit(getattr(item, "description", ""))
        self.status = QComboBox()
        for status in rules.IMPROVEMENT_STATUSES:
            self.status.addItem(translate("board", rules.IMPROVEMENT_TITLES[status]), status)
        self.status.setCurrentIndex(max(0, self.status.findData(getattr(item, "status", "idea"))))
        self.proposed, self.owner = QComboBox(), QComboBox()
        for combo, current in ((self.proposed, getattr(item, "proposed_by_id", None)), (self.owner, getattr(item, "owner_id", None))):
            combo.addItem("—", None)
            for pid, name in people:
                combo.addItem(name, pid)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.due = _date_edit(getattr(item, "due", None))
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Proposed by"), self.proposed)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("By when"), self.due)
        form.addRow(_buttons(self))

    def draft(self) -> ImprovementDraft:
        return ImprovementDraft(self.title.text(), self.description.toPlainText(), self.status.currentData(),
                                self.proposed.currentData(), self.owner.currentData(), _py(self.due))
