"""The task landscape: core tasks on the left, their tasks on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QSpinBox, QSplitter, QWidget

from wplstudio.domain.landscape import VALIDITY_MAX_MONTHS, TaskDraft
from wplstudio.services import landscape
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.pages.people.dialogs import NameDialog
from wplstudio.ui.table_model import Column


class TaskDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: landscape.TaskRow | None, core_task_id: int | None, parent=None) -> None:
        super().__init__(self.tr("New task") if row is None else self.tr("Task {name}").format(name=row.name), parent)
        self.ctx, self.row = ctx, row
        self.core = QComboBox()
        for core in landscape.list_core_tasks(ctx.db, ctx.actor):
            self.core.addItem(core.name, core.id)
        self.core.setCurrentIndex(max(self.core.findData(row.core_task_id if row else core_task_id), 0))
        self.name = QLineEdit(row.name if row else "")
        self.description = self._text_box(row.description if row else "")
        self.why = self._text_box(row.why if row else "")
        self.certificate = QCheckBox(self.tr("This is a certificate that expires"))
        self.validity = QSpinBox(minimum=1, maximum=VALIDITY_MAX_MONTHS, suffix=self.tr(" months"))
        self.validity.setValue(row.validity_months if row and row.validity_months else 12)
        self.certificate.toggled.connect(self.validity.setEnabled)
        self.certificate.setChecked(bool(row and row.is_certificate))
        self.validity.setEnabled(self.certificate.isChecked())
        certificate = QWidget()
        line = QHBoxLayout(certificate)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.certificate)
        line.addWidget(self.validity)
        for label, widget in ((self.tr("Core task"), self.core), (self.tr("Name"), self.name),
                              (self.tr("What it is"), self.description), (self.tr("Why it matters"), self.why),
                              (self.tr("Certificate"), certificate)):
            self.form.addRow(label, widget)

    @staticmethod
    def _text_box(text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setFixedHeight(80)
        return box

    def save(self):
        draft = TaskDraft(self.core.currentData(), self.name.text(), self.description.toPlainText(), self.why.toPlainText(),
                          self.certificate.isChecked(), self.validity.value())
        row = self.row
        return landscape.save_task(self.ctx.db, self.ctx.actor, draft, row.id if row else None, row.version if row else None)


class CoreTasksList(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        super().__init__(parent)
        self.keep_landscape_order()
        self.search.hide()

    def columns(self):
        return [Column(self.tr("Core task"), lambda r: r.name), Column(self.tr("Tasks"), lambda r: r.task_count)]

    def load(self):
        return landscape.list_core_tasks(self.ctx.db, self.ctx.actor)

    def open_editor(self, row) -> bool:
        def save(name, _description):
            return landscape.save_core_task(self.ctx.db, self.ctx.actor, name, row.id if row else None, row.version if row else None)

        title = self.tr("New core task") if row is None else self.tr("Core task {name}").format(name=row.name)
        return NameDialog.run(title, self.tr("Name"), save, row.name if row else "", parent=self)

    def remove(self, row) -> None:
        landscape.delete_core_task(self.ctx.db, self.ctx.actor, row.id, row.version)

    def count_text(self, shown: int) -> str:
        return self.tr("{n} core tasks").format(n=shown)


class TasksList(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.core_task_id: int | None = None
        super().__init__(parent)
        self.keep_landscape_order()

    def columns(self):
        return [
            Column(self.tr("Task"), lambda r: r.name),
            Column(self.tr("Certificate"), lambda r: self.tr("yes, {n} months").format(n=r.validity_months) if r.is_certificate else ""),
            Column(self.tr("What it is"), lambda r: r.description),
        ]

    def load(self):
        return [t for t in landscape.list_tasks(self.ctx.db, self.ctx.actor) if self.core_task_id in (None, t.core_task_id)]

    def open_editor(self, row) -> bool:
        return TaskDialog.run(self.ctx, row, self.core_task_id, self)

    def remove(self, row) -> None:
        landscape.delete_task(self.ctx.db, self.ctx.actor, row.id, row.version)

    def count_text(self, shown: int) -> str:
        return self.tr("{n} tasks").format(n=shown)


class LandscapeTab(QSplitter):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.cores = CoreTasksList(ctx, self)
        self.tasks = TasksList(ctx, self)
        self.addWidget(self.cores)
        self.addWidget(self.tasks)
        self.setSizes([380, 900])
        self.cores.table.selectionModel().selectionChanged.connect(self._core_chosen)

    def refresh(self) -> None:
        self.cores.refresh()
        if self.cores.selected() is None and self.cores.proxy.rowCount():
            self.cores.table.selectRow(0)
        self.tasks.refresh()

    def _core_chosen(self, *_args) -> None:
        core = self.cores.selected()
        self.tasks.core_task_id = core.id if core else None
        self.tasks.refresh()
