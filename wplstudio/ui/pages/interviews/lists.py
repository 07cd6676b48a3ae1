"""The lists of the interviews area: interviews, follow-up actions, the cycle, guides."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QLabel, QPushButton, QSpinBox

from wplstudio.domain import interviews as rules
from wplstudio.i18n import translate
from wplstudio.services import interview_cycle, interview_guides, interview_plan, interviews, people
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.list_tab import ListTab
from wplstudio.ui.table_model import Column


def _ordinal(day) -> int:
    return day.toordinal() if day else 0


class InterviewsTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.print_form = QPushButton(objectName="printBlankForm")
        super().__init__(parent)
        self.add_button.setText(self.tr("Plan interview…"))
        self.edit_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Cancel planned"))
        self.print_form.setText(self.tr("Print interview…"))
        self.print_form.clicked.connect(self._print)
        self.add_button.setEnabled(may(ctx.actor, "interviews", "edit"))
        self.remove_button.setEnabled(may(ctx.actor, "interviews", "edit"))

    def extra_controls(self):
        return [self.print_form]

    def columns(self):
        return [
            Column(self.tr("Employee"), lambda r: r.employee_name, lambda r: r.employee_name.lower()),
            Column(self.tr("Date"), lambda r: show(r.held_on or r.planned_on), lambda r: _ordinal(r.held_on or r.planned_on)),
            Column(self.tr("Guide"), lambda r: f"{r.guide_name} (v{r.guide_version_no})"),
            Column(self.tr("Held by"), lambda r: r.interviewer_name),
            Column(self.tr("Status"), lambda r: translate("interviews", rules.STATUS_TITLES[r.status]),
                   muted=lambda r: r.status == rules.CONFIRMED),
        ]

    def load(self):
        return interviews.list_interviews(self.ctx.db, self.ctx.actor)

    def describe(self, row) -> str:
        return self.tr("the interview with {name} on {day}").format(name=row.employee_name, day=show(row.planned_on))

    def open_editor(self, row) -> bool:
        if row is None:
            from wplstudio.ui.pages.interviews.dialogs import PlanDialog

            dialog = PlanDialog(self.ctx, parent=self)
            if dialog.exec() and dialog.saved:
                self._open(dialog.saved)
            return dialog.saved is not None
        self._open(row.id)
        return True

    def _open(self, interview_id: int) -> None:
        from wplstudio.ui.pages.interviews.form import open_interview

        open_interview(self, self.ctx, interview_id)

    def remove(self, row) -> None:
        interviews.cancel_interview(self.ctx.db, self.ctx.actor, row.id, row.version)

    def count_text(self, shown: int) -> str:
        if shown == 1:
            return self.tr("1 interview shown")
        return self.tr("{n} interviews shown").format(n=shown)

    def _print(self) -> None:
        from wplstudio.ui.pages.interviews.preview import preview_interview

        row = self.selected()
        if row is not None:
            preview_interview(self, self.ctx, row.id)


class ActionsTab(ListTab):
    """Follow-up actions across the company: overdue first."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.show_done = QCheckBox()
        super().__init__(parent)
        self.show_done.setText(self.tr("Show done and dropped"))
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.remove_button.hide()
        self.add_button.setEnabled(may(ctx.actor, "interviews", "edit"))
        self.keep_landscape_order()  # the service's order: overdue first, then by date

    def extra_controls(self):
        return [self.show_done]

    def columns(self):
        late = lambda r: r.overdue  # noqa: E731
        return [
            Column(self.tr("Employee"), lambda r: r.employee_name, lambda r: r.employee_name.lower()),
            Column(self.tr("What"), lambda r: r.what),
            Column(self.tr("Who"), lambda r: r.who),
            Column(self.tr("By when"), lambda r: show(r.due_on), lambda r: _ordinal(r.due_on)),
            Column(self.tr("Status"), lambda r: ("⚠ " if r.overdue else "") + translate(
                "interviews", rules.PLAN_STATUS_TITLES["overdue" if late(r) else r.status])),
        ]

    def load(self):
        return interview_plan.actions_overview(self.ctx.db, self.ctx.actor, only_open=not self.show_done.isChecked())

    def describe(self, row) -> str:
        return row.what

    def open_editor(self, row) -> bool:
        from wplstudio.ui.pages.interviews.dialogs import ActionDialog

        return ActionDialog.run(self.ctx, row, parent=self)

    def count_text(self, shown: int) -> str:
        overdue = sum(1 for r in self.model.rows if r.overdue)
        return self.tr("{n} actions shown, {late} overdue").format(n=shown, late=overdue)


class CycleTab(ListTab):
    """Who is due for a talk, who is overdue, the last one and a suggested date; the interval."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.interval = QSpinBox(minimum=rules.INTERVAL_MIN, maximum=rules.INTERVAL_MAX, objectName="cycleInterval")
        self.interval_label = QLabel()
        self.scope = QComboBox(objectName="cycleScope")
        super().__init__(parent)
        self.interval_label.setText(self.tr("A talk every"))
        self.scope.addItem(self.tr("the whole company"), None)
        functions = guarded(self, lambda: people.list_functions(ctx.db, ctx.actor)) if may(ctx.actor, "interviews", "edit") else []
        for function in functions or []:
            self.scope.addItem(self.tr("function {name}").format(name=function.name), function.id)
        self.scope.currentIndexChanged.connect(lambda _i: self._show_interval())
        self.interval.setSuffix(" " + self.tr("months"))
        self.add_button.setText(self.tr("Plan on suggested date…"))
        self.edit_button.hide()
        self.remove_button.hide()
        editor = may(ctx.actor, "interviews", "edit")
        self.add_button.setEnabled(editor)
        self.interval.setEnabled(editor)
        self.scope.setVisible(editor)
        self.intervals = (rules.DEFAULT_INTERVAL_MONTHS, {})
        self.interval.editingFinished.connect(self._save_interval)
        self.keep_landscape_order()  # overdue first, then due soon

    def extra_controls(self):
        return [self.interval_label, self.interval, self.scope]

    def columns(self):
        return [
            Column(self.tr("Employee"), lambda r: r.name),
            Column(self.tr("Team"), lambda r: r.team_name),
            Column(self.tr("Function"), lambda r: r.function_name),
            Column(self.tr("Last talk"), lambda r: show(r.last_held) or self.tr("never")),
            Column(self.tr("Planned"), lambda r: show(r.next_planned)),
            Column(self.tr("Due"), lambda r: show(r.due_on)),
            Column(self.tr("State"), lambda r: ("⚠ " if r.state == rules.OVERDUE else "") + translate(
                "interviews", rules.CYCLE_TITLES[r.state])),
            Column(self.tr("Suggested date"), lambda r: show(r.suggested_on)),
        ]

    def load(self):
        rows = interview_cycle.cycle_overview(self.ctx.db, self.ctx.actor)
        if may(self.ctx.actor, "interviews", "edit"):
            self.intervals = guarded(self, lambda: interview_cycle.intervals(self.ctx.db, self.ctx.actor)) or self.intervals
            self._show_interval()
        return rows

    def _show_interval(self) -> None:
        company, per_function = self.intervals
        self.interval.blockSignals(True)
        self.interval.setValue(per_function.get(self.scope.currentData(), company))
        self.interval.blockSignals(False)

    def _save_interval(self) -> None:
        """A function set back to the company's interval follows the company again."""
        function, months = self.scope.currentData(), self.interval.value()
        if function is not None and months == self.intervals[0]:
            months = None
        guarded(self, lambda: interview_cycle.set_interval(self.ctx.db, self.ctx.actor, months, function))
        self.refresh()

    def open_editor(self, row) -> bool:
        from wplstudio.ui.pages.interviews.dialogs import PlanDialog

        chosen = self.selected()
        return PlanDialog.run(self.ctx, chosen.employee_id if chosen else None, chosen.suggested_on if chosen else None,
                              parent=self)

    def count_text(self, shown: int) -> str:
        overdue = sum(1 for r in self.model.rows if r.state == rules.OVERDUE)
        due = sum(1 for r in self.model.rows if r.state == rules.DUE)
        return self.tr("{n} people: {late} overdue, {due} due in the next two months").format(n=shown, late=overdue, due=due)


class GuidesTab(ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        self.ctx = ctx
        self.print_form = QPushButton(objectName="printGuideForm")
        super().__init__(parent)
        self.add_button.setText(self.tr("Copy…"))
        self.edit_button.setText(self.tr("Change…"))
        self.remove_button.hide()
        self.print_form.setText(self.tr("Print blank form…"))
        self.print_form.clicked.connect(self._print)
        editor = may(ctx.actor, "interviews", "edit")
        self.add_button.setEnabled(editor)
        self.edit_button.setEnabled(editor)

    def extra_controls(self):
        return [self.print_form]

    def columns(self):
        return [
            Column(self.tr("Guide"), lambda r: r.name, lambda r: r.name.lower()),
            Column(self.tr("Language"), lambda r: {"nl": self.tr("Dutch"), "en": self.tr("English")}.get(r.language, r.language)),
            Column(self.tr("Version"), lambda r: r.version_no, lambda r: r.version_no),
            Column(self.tr("Questions"), lambda r: len(r.content.questions()) + len(r.content.preparation)),
            Column(self.tr("Kind"), lambda r: self.tr("built in") if r.builtin else self.tr("own")),
            Column(self.tr("Used in interviews"), lambda r: r.interviews, lambda r: r.interviews),
        ]

    def load(self):
        return interview_guides.list_guides(self.ctx.db, self.ctx.actor)

    def open_editor(self, row) -> bool:
        source = row or self.selected()
        if source is None:
            return False
        if row is None or row.builtin:
            return self._copy(source)
        from wplstudio.ui.pages.interviews.dialogs import GuideDialog

        return GuideDialog.run(self.ctx, row, parent=self)

    def add_clicked(self) -> None:
        if self.open_editor(None):
            self.refresh()

    def _copy(self, source) -> bool:
        name, ok = QInputDialog.getText(self, self.tr("Copy guide"), self.tr("Name of the copy"),
                                        text=self.tr("{name} (own)").format(name=source.name))
        if not ok:
            return False
        return guarded(self, lambda: interview_guides.copy_guide(self.ctx.db, self.ctx.actor, source.id, name)) is not None

    def _print(self) -> None:
        from wplstudio.ui.pages.interviews.preview import preview_form

        row = self.selected()
        if row is not None:
            preview_form(self, self.ctx, row.id)
