"""The learning register on screen: the activities of a year (add, change, remove) and
the overviews per person, team and year, on the job against off the job."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from wplstudio.domain import learning as rules
from wplstudio.i18n import translate
from wplstudio.services import learning, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.table_model import Column


def year_box(years_back: int = 6) -> QComboBox:
    box = QComboBox()
    for year in range(date.today().year + 1, date.today().year - years_back, -1):
        box.addItem(str(year), year)
    box.setCurrentIndex(1)
    return box


class ActivityDialog(FormDialog):
    def __init__(self, ctx: AppContext, row: learning.ActivityRow | None, parent=None) -> None:
        super().__init__(self.tr("Learning activity"), parent)
        self.ctx, self.row = ctx, row
        self.employee = QComboBox()
        for e in people.list_employees(ctx.db, ctx.actor, include_left=False):
            self.employee.addItem(e.full_name, e.id)
        self.kind = QComboBox()
        for kind in rules.KINDS:
            self.kind.addItem(translate("learning", rules.KIND_TITLES[kind]), kind)
        self.title = QLineEdit()
        self.held_on = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.hours = QLineEdit(placeholderText="7,5")
        self.cost = QLineEdit(placeholderText="0,00")
        self.certificate = QCheckBox(self.tr("A certificate or diploma was earned"))
        self.provider = QLineEdit()
        for label, widget in ((self.tr("Employee"), self.employee), (self.tr("Kind"), self.kind), (self.tr("What"), self.title),
                              (self.tr("Date"), self.held_on), (self.tr("Hours"), self.hours), (self.tr("Cost (€)"), self.cost),
                              ("", self.certificate), (self.tr("Given by"), self.provider)):
            self.form.addRow(label, widget)
        if row is not None:
            self._fill(row)

    def _fill(self, row: learning.ActivityRow) -> None:
        self.employee.setCurrentIndex(max(0, self.employee.findData(row.employee_id)))
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.title.setText(row.title)
        self.held_on.setDate(QDate(row.held_on))
        self.hours.setText(rules.hours_text(row.minutes))
        self.cost.setText(rules.euro_text(row.cost_cents).replace("€ ", ""))
        self.certificate.setChecked(row.certificate)
        self.provider.setText(row.provider)

    def save(self):
        draft = rules.ActivityDraft(self.employee.currentData(), self.kind.currentData(), self.title.text(),
                                    self.held_on.date().toPython(), self.hours.text(), self.cost.text(),
                                    self.certificate.isChecked(), self.provider.text(), self.row.note if self.row else "")
        return learning.save_activity(self.ctx.db, self.ctx.actor, draft, self.row.id if self.row else None,
                                      self.row.version if self.row else None)


class LearningTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.year = year_box()
        super().__init__(parent)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())

    def columns(self) -> list:
        return [Column(self.tr("Date"), lambda r: r.held_on.strftime("%d-%m-%Y"), lambda r: r.held_on),
                Column(self.tr("Employee"), lambda r: r.employee_name), Column(self.tr("Team"), lambda r: r.team_name),
                Column(self.tr("Kind"), lambda r: translate("learning", rules.KIND_TITLES[r.kind])),
                Column(self.tr("On/off the job"), lambda r: self.tr("on the job") if r.on_the_job else self.tr("off the job")),
                Column(self.tr("What"), lambda r: r.title),
                Column(self.tr("Hours"), lambda r: rules.hours_text(r.minutes), lambda r: r.minutes),
                Column(self.tr("Cost"), lambda r: rules.euro_text(r.cost_cents), lambda r: r.cost_cents),
                Column(self.tr("Certificate"), lambda r: "✓" if r.certificate else ""),
                Column(self.tr("Registered by"), lambda r: translate("learning", rules.source_title(r.source)))]

    def extra_controls(self) -> list[QWidget]:
        return [QLabel(self.tr("Year")), self.year]

    def load(self) -> list:
        rows = learning.list_activities(self.ctx.db, self.ctx.actor, self.year.currentData())
        self.sum = learning.totals(rows)
        return rows

    def count_text(self, shown: int) -> str:
        t = getattr(self, "sum", rules.Totals())
        return self.tr("{n} shown · {hours} h ({on} on the job, {off} off the job) · {cost}").format(
            n=shown, hours=rules.hours_text(t.minutes), on=rules.hours_text(t.on_job_minutes),
            off=rules.hours_text(t.off_job_minutes), cost=rules.euro_text(t.cost_cents))

    def open_editor(self, row) -> bool:
        return ActivityDialog.run(self.ctx, row, self)

    def remove(self, row) -> None:
        learning.delete_activity(self.ctx.db, self.ctx.actor, row.id, row.version)

    def describe(self, row) -> str:
        return f"{row.title} ({row.employee_name})"


class OverviewTab(QWidget):
    """Totals per person, team or year: activities, hours on and off the job, costs, certificates."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.by = QComboBox()
        for key, text in (("person", self.tr("per person")), ("team", self.tr("per team")), ("year", self.tr("per year"))):
            self.by.addItem(text, key)
        self.year = year_box()
        self.year.insertItem(0, self.tr("all years"), None)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.chart = QVBoxLayout()
        self.canvas = None
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Show")), self.by, QLabel(self.tr("Year")), self.year):
            bar.addWidget(widget)
        bar.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self.chart, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        rows = guarded(self, lambda: learning.overview(self.ctx.db, self.ctx.actor, self.by.currentData(), self.year.currentData()))
        if rows is None:
            return
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Activities"), self.tr("On the job (h)"),
                                              self.tr("Off the job (h)"), self.tr("Costs"), self.tr("Certificates")])
        for n, r in enumerate(rows):
            t = r.totals
            for column, value in enumerate((r.name or self.tr("(no team)"), str(t.activities), rules.hours_text(t.on_job_minutes),
                                            rules.hours_text(t.off_job_minutes), rules.euro_text(t.cost_cents), str(t.certificates))):
                self.table.setItem(n, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._draw(rows)

    def _draw(self, rows) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from wplstudio.charts import learning as charts

        if self.canvas is not None:
            self.chart.removeWidget(self.canvas)
            self.canvas.hide()  # deleteLater alone leaves it painted until the event loop runs
            self.canvas.deleteLater()
        self.canvas = _canvas(FigureCanvasQTAgg, charts.per_group(rows[:25], self.by.currentText().capitalize(), (7, 6)))
        self.chart.addWidget(self.canvas)


def _canvas(kind, figure):
    """A chart canvas that shrinks with the window instead of insisting on the figure's size."""
    from PySide6.QtWidgets import QSizePolicy

    canvas = kind(figure)
    canvas.setMinimumSize(200, 200)
    canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return canvas
