"""The Excel import's preview: what will change cell by cell, every cell that cannot be
read (with the place in the sheet and why), the employees and tasks the sheet adds, and
what was skipped. Import writes it all in one go (services.excel.apply) or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QTabWidget, QTableView, QVBoxLayout, QWidget)

from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.services.excel import apply
from wplstudio.services.excel.preview import ImportPreview
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.table_model import Column, RowsModel

PROBLEM_STYLE = "background: #f8d0d0; color: #7a1010; padding: 8px; border-radius: 4px;"
READY_STYLE = "background: #d7ecd8; color: #1b4d1e; padding: 8px; border-radius: 4px;"


def level_text(level: int) -> str:
    info = SCALE[level]
    return f"{info.letter}  {translate('levels', info.label)}"


def note_text(note) -> str:
    return translate("import", note.message).format(**note.params)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, found: ImportPreview, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.found = ctx, found
        self.result_text = ""
        self.setWindowTitle(self.tr("Import the matrix from {file}").format(file=found.file))
        self.resize(980, 640)
        self.create = QCheckBox(self.tr("Create the employees, tasks and teams above"), objectName="createMissing", checked=True)
        self.create.toggled.connect(self._update)
        self.note = QLineEdit(translate("import", apply.DEFAULT_NOTE).format(file=found.file), objectName="importNote")
        self.banner = QLabel(objectName="importBanner", wordWrap=True)
        self.tabs = QTabWidget(objectName="importTabs")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._update()

    def _build(self) -> None:
        found = self.found
        summary = QLabel(self.tr("Sheet \"{sheet}\": {people} employee(s) and {tasks} task(s) read; {same} cell(s) already as in the sheet.").format(
            sheet=found.sheet, people=found.people_read, tasks=found.tasks_read, same=found.unchanged), wordWrap=True)
        self._tab("changes", self._changes_view(), self.tr("Changes ({n})").format(n=len(found.changes)))
        self._tab("problems", self._notes_view(found.problems), self.tr("Cannot be read ({n})").format(n=len(found.problems)))
        self._tab("new", self._new_view(), self.tr("New ({n})").format(n=len(found.new_people) + len(found.new_tasks) + len(found.new_teams)))
        self._tab("skipped", self._notes_view(found.notes), self.tr("Skipped ({n})").format(n=len(found.notes)))
        self.tabs.setCurrentIndex(1 if found.problems else 0)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(self.tr("Note in each cell's history")))
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def _tab(self, name: str, widget: QWidget, title: str) -> None:
        widget.setObjectName(name)
        self.tabs.addTab(widget, title)

    def _table(self, columns: list[Column], rows: list) -> QTableView:
        model = RowsModel(columns, self)
        model.set_rows(rows)
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _changes_view(self) -> QTableView:
        new = self.tr("(new)")
        return self._table([
            Column(self.tr("Cell"), lambda c: c.ref),
            Column(self.tr("Employee"), lambda c: c.person + ("" if c.employee_id is not None else f"  {new}")),
            Column(self.tr("Task"), lambda c: c.task + ("" if c.task_id is not None else f"  {new}")),
            Column(self.tr("Now"), lambda c: level_text(c.old)),
            Column(self.tr("Becomes"), lambda c: level_text(c.new)),
        ], self.found.changes)

    def _notes_view(self, notes) -> QTableView:
        return self._table([Column(self.tr("Where"), lambda n: n.ref), Column(self.tr("What and why"), note_text)], notes)

    def _new_view(self) -> QWidget:
        rows = ([(self.tr("Employee"), p.name + (f" ({p.team})" if p.team else ""), p.ref) for p in self.found.new_people]
                + [(self.tr("Task"), self.tr("{task} under {core}").format(task=t.name, core=t.core_task), t.ref) for t in self.found.new_tasks]
                + [(self.tr("Team"), name, "") for name in self.found.new_teams]
                + [(self.tr("Core task"), name, "") for name in self.found.new_core_tasks])
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("The sheet names these, and wplstudio does not know them yet. Create them, or leave their cells out."), wordWrap=True))
        layout.addWidget(self._table([Column(self.tr("What"), lambda r: r[0]), Column(self.tr("Name"), lambda r: r[1]),
                                      Column(self.tr("Where"), lambda r: r[2])], rows), 1)
        layout.addWidget(self.create)
        self.create.setEnabled(self.found.has_unknown)
        return box

    def _update(self) -> None:
        found = self.found
        changes = found.changes_for(self.create.isChecked())
        if found.problems:
            first = found.problems[0]
            self.banner.setText(self.tr("{n} cell(s) cannot be read, the first at {ref}. Correct them in Excel, save, and import again; "
                                        "nothing is imported until then.").format(n=len(found.problems), ref=first.ref))
            self.banner.setStyleSheet(PROBLEM_STYLE)
        else:
            left_out = len(found.changes) - len(changes)
            text = self.tr("{n} cell(s) will change, all in one go.").format(n=len(changes))
            if left_out:
                text += " " + self.tr("{n} cell(s) of new employees or tasks are left out.").format(n=left_out)
            if found.extras:
                text += " " + self.tr("Beside the levels: {certificates} certificate date(s), {timetable} training target(s) and "
                                      "{coverage} coverage target(s).").format(certificates=found.extra_count("certificates"),
                                                                               timetable=found.extra_count("timetable"),
                                                                               coverage=found.extra_count("coverage"))
            self.banner.setText(text)
            self.banner.setStyleSheet(READY_STYLE)
        self.import_button.setEnabled(found.can_apply and bool(changes or found.extras or (self.create.isChecked() and found.has_unknown)))

    def run_import(self) -> None:
        result = guarded(self, lambda: apply.apply(self.ctx.db, self.ctx.actor, self.found, self.create.isChecked(), self.note.text()))
        if result is None:
            return
        self.result_text = self.tr("Imported: {cells} cell(s) changed; {people} employee(s) and {tasks} task(s) created.").format(
            cells=result.changed, people=result.people_created, tasks=result.tasks_created)
        QMessageBox.information(self, self.tr("Import done"), self.result_text)
        self.accept()
