"""The lists of employees, teams and functions."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox

from wplstudio.domain.people import EDUCATION_LEVELS
from wplstudio.i18n import translate
from wplstudio.services import people
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.pages.people.dialogs import EmployeeDialog, NameDialog
from wplstudio.ui.table_model import Column

_EDUCATION = dict(EDUCATION_LEVELS)


class EmployeesTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.show_left = QCheckBox()
        super().__init__(parent)
        self.show_left.setText(self.tr("Show former employees"))
        self.show_left.toggled.connect(lambda _on: self.refresh())

    def extra_controls(self):
        return [self.show_left]

    def columns(self):
        def left(r):
            return not r.active

        return [
            Column(self.tr("Name"), lambda r: r.full_name, lambda r: f"{r.last_name.lower()}\t{r.first_name.lower()}", muted=left),
            Column(self.tr("Team"), lambda r: r.team_name, muted=left),
            Column(self.tr("Function"), lambda r: r.function_name, muted=left),
            Column(self.tr("Start date"), lambda r: show(r.start_date), lambda r: r.start_date.toordinal() if r.start_date else 0, muted=left),
            Column(self.tr("End date"), lambda r: show(r.end_date), lambda r: r.end_date.toordinal() if r.end_date else 0, muted=left),
            Column(self.tr("Education"), lambda r: translate("education", _EDUCATION.get(r.education, "")), muted=left),
            Column(self.tr("Status"), lambda r: self.tr("employed") if r.active else self.tr("left"), muted=left),
        ]

    def load(self):
        return people.list_employees(self.ctx.db, self.ctx.actor, include_left=self.show_left.isChecked())

    def describe(self, row) -> str:
        return row.full_name

    def open_editor(self, row) -> bool:
        return EmployeeDialog.run(self.ctx, row, self)

    def remove(self, row) -> None:
        people.delete_employee(self.ctx.db, self.ctx.actor, row.id, row.version)

    def count_text(self, shown: int) -> str:
        if shown == 1:  # an employee sees only themself: never "1 medewerkers"
            return self.tr("1 employee shown")
        return self.tr("{n} employees shown").format(n=shown)


class TeamsTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        super().__init__(parent)

    def columns(self):
        return [Column(self.tr("Team"), lambda r: r.name, lambda r: r.name.lower()),
                Column(self.tr("Employees"), lambda r: r.employee_count, lambda r: r.employee_count)]

    def load(self):
        return people.list_teams(self.ctx.db, self.ctx.actor)

    def open_editor(self, row) -> bool:
        def save(name, _description):
            return people.save_team(self.ctx.db, self.ctx.actor, name, row.id if row else None, row.version if row else None)

        title = self.tr("New team") if row is None else self.tr("Team {name}").format(name=row.name)
        return NameDialog.run(title, self.tr("Name"), save, row.name if row else "", parent=self)

    def remove(self, row) -> None:
        people.delete_team(self.ctx.db, self.ctx.actor, row.id, row.version)


class FunctionsTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        super().__init__(parent)

    def columns(self):
        return [Column(self.tr("Function"), lambda r: r.name, lambda r: r.name.lower()),
                Column(self.tr("Employees"), lambda r: r.employee_count, lambda r: r.employee_count),
                Column(self.tr("Description"), lambda r: r.description)]

    def load(self):
        return people.list_functions(self.ctx.db, self.ctx.actor)

    def open_editor(self, row) -> bool:
        def save(name, description):
            return people.save_function(self.ctx.db, self.ctx.actor, name, description,
                                        row.id if row else None, row.version if row else None)

        title = self.tr("New function") if row is None else self.tr("Function {name}").format(name=row.name)
        return NameDialog.run(title, self.tr("Name"), save, row.name if row else "", row.description if row else "", parent=self)

    def remove(self, row) -> None:
        people.delete_function(self.ctx.db, self.ctx.actor, row.id, row.version)
