"""The scan form: title and date, a column per respondent, a row per question, and an
answer to choose in every cell. "Save as draft" keeps a half-answered scan; "Finish"
asks the service, which refuses (and saves nothing) while a question is open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QVBoxLayout)

from wplstudio.domain import quickscan as qs
from wplstudio.domain.errors import ValidationFailed, WplError
from wplstudio.i18n import current, error_text
from wplstudio.services import quickscan
from wplstudio.ui.errors import show_error


class ScanEditor(QDialog):
    def __init__(self, ctx, scan: quickscan.ScanDetail | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.scan, self.lang = ctx, scan, current()
        self.setWindowTitle(self.tr("Quickscan"))
        self.resize(1200, 820)
        self.title = QLineEdit(scan.title if scan else self.tr("Quickscan {year}").format(year=date.today().year))
        self.held_on = QDateEdit(QDate(scan.held_on) if scan else QDate.currentDate(), calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.table = QTableWidget(len(qs.FACTORS) + len(qs.CONDITIONS), 0)
        self.table.setVerticalHeaderLabels([f.title.in_(self.lang) for f in qs.FACTORS] + [c.title.in_(self.lang) for c in qs.CONDITIONS])
        for row, item in enumerate(list(qs.FACTORS) + list(qs.CONDITIONS)):
            self.table.verticalHeaderItem(row).setToolTip(item.question.in_(self.lang))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.problems = QLabel(objectName="formProblems", wordWrap=True)
        self.problems.hide()
        self.people: list[tuple[str, str, int | None]] = []
        for person in (scan.respondents if scan else []):
            self.add_respondent(person.name, person.role, person.answers, person.employee_id)
        self._layout()
        self.saved: quickscan.ScanDetail | None = None

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name of the scan"), self.title)
        form.addRow(self.tr("Date"), self.held_on)
        self.new_name = QLineEdit(placeholderText=self.tr("Name of the respondent"))
        self.new_role = QComboBox()
        for role in qs.RESPONDENT_ROLES:
            self.new_role.addItem(qs.ROLE_TITLES[role].in_(self.lang), role)
        add = QPushButton(self.tr("Add respondent"))
        add.clicked.connect(self._add_clicked)
        remove = QPushButton(self.tr("Remove selected respondent"))
        remove.clicked.connect(self._remove_clicked)
        adding = QHBoxLayout()
        for widget in (self.new_name, self.new_role, add, remove):
            adding.addWidget(widget)
        hint = QLabel(self.tr("Rows 1-10: the ten success factors (1 no, 2 hardly, 3 mostly, 4 yes, fully). "
                              "Rows 11-15: basic conditions (no, partly, yes). Hover a row's name to read the question."),
                      objectName="hint", wordWrap=True)
        draft = QPushButton(self.tr("Save as draft"))
        draft.clicked.connect(lambda: self._save(False))
        finish = QPushButton(self.tr("Finish"), default=True)
        finish.clicked.connect(lambda: self._save(True))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (cancel, draft, finish):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(adding)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def add_respondent(self, name: str, role: str, answers: dict[str, int] | None = None, employee_id: int | None = None) -> None:
        column = self.table.columnCount()
        self.table.insertColumn(column)
        self.people.append((name, role, employee_id))
        self._set_header(column)
        for row, key in enumerate(qs.FACTOR_KEYS + qs.CONDITION_KEYS):
            choices = qs.ANSWERS if key in qs.FACTOR_KEYS else qs.CONDITION_ANSWERS
            box = QComboBox()
            box.addItem("—", None)
            for answer in choices:
                box.addItem(f"{answer.score} {answer.label.in_(self.lang)}", answer.score)
            score = (answers or {}).get(key)
            box.setCurrentIndex(0 if score is None else score)
            self.table.setCellWidget(row, column, box)

    def _set_header(self, column: int) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        name, role, _ = self.people[column]
        self.table.setHorizontalHeaderItem(column, QTableWidgetItem(f"{name}\n({qs.ROLE_TITLES[role].in_(self.lang)})"))

    def _add_clicked(self) -> None:
        name = self.new_name.text().strip() or self.tr("Respondent {n}").format(n=len(self.people) + 1)
        self.add_respondent(name, self.new_role.currentData())
        self.new_name.clear()

    def _remove_clicked(self) -> None:
        column = self.table.currentColumn()
        if 0 <= column < len(self.people):
            self.table.removeColumn(column)
            del self.people[column]

    def draft(self) -> quickscan.ScanDraft:
        respondents = []
        for column, (name, role, employee_id) in enumerate(self.people):
            answers = {key: self.table.cellWidget(row, column).currentData()
                       for row, key in enumerate(qs.FACTOR_KEYS + qs.CONDITION_KEYS)}
            respondents.append(quickscan.RespondentDraft(name, role, {k: v for k, v in answers.items() if v is not None}, employee_id))
        return quickscan.ScanDraft(self.title.text(), self.held_on.date().toPython(), respondents,
                                   self.scan.note if self.scan else "")

    def _save(self, finish: bool) -> None:
        scan_id, version = (self.scan.id, self.scan.version) if self.scan else (None, None)
        try:
            self.saved = quickscan.save(self.ctx.db, self.ctx.actor, self.draft(), scan_id, version, finish, self.lang)
        except ValidationFailed as problem:
            self.problems.setText(error_text(problem))
            self.problems.show()
            return
        except WplError as error:
            show_error(self, error)
            return
        self.accept()
