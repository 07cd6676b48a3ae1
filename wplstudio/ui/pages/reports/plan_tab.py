"""The yearly training plan on screen: draw it up from the matrix (and development plans),
mark lines done or dropped, add one by hand, export to Excel."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from wplstudio.domain import learning as rules
from wplstudio.i18n import translate
from wplstudio.services import people, training_plan
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.pages.reports.learning_tab import year_box
from wplstudio.ui.table_model import Column


class LineDialog(FormDialog):
    def __init__(self, ctx: AppContext, year: int, row: training_plan.PlanLine | None, parent=None) -> None:
        super().__init__(self.tr("Training plan {year}").format(year=year), parent)
        self.ctx, self.year, self.row = ctx, year, row
        staff = people.list_employees(ctx.db, ctx.actor, include_left=False)
        self.employee, self.mentor = QComboBox(), QComboBox()
        self.mentor.addItem("—", None)
        for e in staff:
            self.employee.addItem(e.full_name, e.id)
            self.mentor.addItem(e.full_name, e.id)
        self.what = QLineEdit(row.what if row else "")
        self.how, self.status, self.month = QComboBox(), QComboBox(), QComboBox()
        for how in rules.HOWS:
            self.how.addItem(translate("learning", rules.HOW_TITLES[how]), how)
        for state in rules.PLAN_STATES:
            self.status.addItem(translate("learning", rules.STATE_TITLES[state]), state)
        self.month.addItem("—", None)
        for month in range(1, 13):
            self.month.addItem(f"{month:02d}-{year}", month)
        for label, widget in ((self.tr("Employee"), self.employee), (self.tr("What"), self.what), (self.tr("How"), self.how),
                              (self.tr("Mentor"), self.mentor), (self.tr("When"), self.month), (self.tr("Status"), self.status)):
            self.form.addRow(label, widget)
        if row is not None:
            for box, value in ((self.employee, row.employee_id), (self.mentor, row.mentor_id), (self.how, row.how),
                               (self.status, row.status), (self.month, row.planned_on.month if row.planned_on else None)):
                box.setCurrentIndex(max(0, box.findData(value)))

    def save(self):
        from datetime import date

        month = self.month.currentData()
        draft = training_plan.LineDraft(self.year, self.employee.currentData(), self.what.text(), self.how.currentData(),
                                        self.mentor.currentData(), date(self.year, month, 1) if month else None,
                                        self.row.task_id if self.row else None, self.row.target_level if self.row else None,
                                        self.status.currentData())
        return training_plan.save_line(self.ctx.db, self.ctx.actor, draft, self.row.id if self.row else None,
                                       self.row.version if self.row else None)


class PlanTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.year = year_box()
        self.draw_button = QPushButton()
        self.done_button = QPushButton()
        self.export_button = QPushButton()
        super().__init__(parent)
        self.draw_button.setText(self.tr("Draw up from the matrix"))
        self.done_button.setText(self.tr("Mark done"))
        self.export_button.setText(self.tr("Export to Excel…"))
        self.draw_button.clicked.connect(self.draw_up)
        self.done_button.clicked.connect(self.mark_done)
        self.export_button.clicked.connect(self.export)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())

    def columns(self) -> list:
        return [Column(self.tr("When"), lambda r: r.planned_on.strftime("%m-%Y") if r.planned_on else "", lambda r: r.planned_on or ""),
                Column(self.tr("Employee"), lambda r: r.employee_name), Column(self.tr("Team"), lambda r: r.team_name),
                Column(self.tr("What"), lambda r: r.what),
                Column(self.tr("How"), lambda r: translate("learning", rules.HOW_TITLES[r.how])),
                Column(self.tr("Mentor"), lambda r: r.mentor_name),
                Column(self.tr("Status"), lambda r: translate("learning", rules.STATE_TITLES[r.status]),
                       muted=lambda r: r.status != rules.PLANNED)]

    def extra_controls(self) -> list[QWidget]:
        return [QLabel(self.tr("Year")), self.year, self.draw_button, self.done_button, self.export_button]

    def load(self) -> list:
        return training_plan.load(self.ctx.db, self.ctx.actor, self.year.currentData())

    def open_editor(self, row) -> bool:
        return LineDialog.run(self.ctx, self.year.currentData(), row, self)

    def remove(self, row) -> None:
        training_plan.delete_line(self.ctx.db, self.ctx.actor, row.id, row.version)

    def describe(self, row) -> str:
        return f"{row.what} ({row.employee_name})"

    def draw_up(self) -> None:
        added = guarded(self, lambda: training_plan.draw_up(self.ctx.db, self.ctx.actor, self.year.currentData()))
        if added is not None:
            QMessageBox.information(self, self.tr("Training plan"), self.tr("{n} line(s) added from the training needs.").format(n=added))
            self.refresh()

    def mark_done(self) -> None:
        row = self.selected()
        if row is not None:
            guarded(self, lambda: training_plan.set_status(self.ctx.db, self.ctx.actor, row.id, row.version, rules.DONE))
            self.refresh()

    def export(self) -> None:
        from wplstudio.reports import training_plan_xlsx

        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the training plan"), f"opleidingsplan-{year}.xlsx", "Excel (*.xlsx)")
        if path:
            guarded(self, lambda: training_plan_xlsx.write(self.load(), year, path))
