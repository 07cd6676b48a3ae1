"""Forms for teams, functions, core tasks and employees."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from wplstudio.domain.people import EDUCATION_LEVELS, EmployeeDraft
from wplstudio.i18n import translate
from wplstudio.services import people
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog


class NameDialog(FormDialog):
    """One name (and optionally a description); save_fn(name, description) does the saving."""

    def __init__(self, title: str, label: str, save_fn, name: str = "", description: str | None = None, parent=None) -> None:
        super().__init__(title, parent)
        self.save_fn = save_fn
        self.name = QLineEdit(name)
        self.form.addRow(label, self.name)
        self.description = None
        if description is not None:
            self.description = QPlainTextEdit(description)
            self.description.setFixedHeight(90)
            self.form.addRow(self.tr("Description"), self.description)

    def save(self):
        text = self.description.toPlainText() if self.description else None
        return self.save_fn(self.name.text(), text)


class OptionalDate(QWidget):
    """A date that may be empty: a tick box switches it on."""

    def __init__(self, label: str, value: date | None, parent=None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None


def _choice_box(items: list[tuple[object, str]], current) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


class EmployeeDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: people.EmployeeRow | None, parent=None) -> None:
        title = self.tr("New employee") if row is None else self.tr("Employee {name}").format(name=row.full_name)
        super().__init__(title, parent)
        self.ctx, self.row = ctx, row
        self.first_name = QLineEdit(row.first_name if row else "")
        self.prefix = QLineEdit(row.prefix if row else "", placeholderText=self.tr("e.g. van, de, van der"))
        self.last_name = QLineEdit(row.last_name if row else "")
        none = [(None, self.tr("(none)"))]
        self.team = _choice_box(none + [(t.id, t.name) for t in people.list_teams(ctx.db, ctx.actor)], row.team_id if row else None)
        self.function = _choice_box(none + [(f.id, f.name) for f in people.list_functions(ctx.db, ctx.actor)], row.function_id if row else None)
        self.education = _choice_box([(code, translate("education", text)) for code, text in EDUCATION_LEVELS], row.education if row else "")
        self.start = OptionalDate(self.tr("known"), row.start_date if row else date.today())
        self.end = OptionalDate(self.tr("has left or will leave on"), row.end_date if row else None)
        for label, widget in ((self.tr("First name"), self.first_name), (self.tr("Prefix"), self.prefix),
                              (self.tr("Last name"), self.last_name), (self.tr("Team"), self.team),
                              (self.tr("Function"), self.function), (self.tr("Education"), self.education),
                              (self.tr("Start date"), self.start), (self.tr("End date"), self.end)):
            self.form.addRow(label, widget)

    def draft(self) -> EmployeeDraft:
        return EmployeeDraft(
            first_name=self.first_name.text(), last_name=self.last_name.text(), prefix=self.prefix.text(),
            team_id=self.team.currentData(), function_id=self.function.currentData(),
            start_date=self.start.value(), end_date=self.end.value(), education=self.education.currentData(),
        )

    def save(self):
        row = self.row
        return people.save_employee(self.ctx.db, self.ctx.actor, self.draft(),
                                    row.id if row else None, row.version if row else None)
