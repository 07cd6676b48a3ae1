"""Forms of the interviews area: plan a talk, an action, a goal of the plan, a guide."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from wplstudio.domain import interviews as rules
from wplstudio.i18n import current, translate
from wplstudio.services import interview_guides, interview_plan, interviews, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog
from wplstudio.ui.pages.people.dialogs import OptionalDate

def action_statuses() -> list[tuple[str, str]]:
    return [(status, translate("interviews", rules.PLAN_STATUS_TITLES[status])) for status in rules.ACTION_STATUSES]


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
    edit.setDate(QDate(value))
    return edit


def _combo(items: list[tuple[object, str]], current=None, object_name: str = "") -> QComboBox:
    box = QComboBox(objectName=object_name)
    for value, text in items:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def employee_items(ctx: AppContext) -> list[tuple[int | None, str]]:
    return [(None, "")] + [(e.id, e.full_name) for e in people.list_employees(ctx.db, ctx.actor)]


class PlanDialog(FormDialog):
    """Plan a talk: with whom, which guide, when, held by whom. A date in the past is asked about."""

    def __init__(self, ctx: AppContext, employee_id: int | None = None, day: date | None = None, parent=None) -> None:
        super().__init__(self.tr("Plan an interview"), parent)
        self.ctx = ctx
        self.employee = _combo(employee_items(ctx), employee_id, "planEmployee")
        listed = interview_guides.list_guides(ctx.db, ctx.actor)
        guides = [(None, "")] + [(g.id, f"{g.name} ({g.language})") for g in listed]
        own = next((g.id for g in listed if g.language == current()), None)  # first a guide in the person's language
        self.guide = _combo(guides, own or (guides[1][0] if len(guides) > 1 else None), "planGuide")
        self.day = _date_edit(day or date.today())
        self.interviewer = QLineEdit(ctx.actor.name, objectName="planInterviewer")
        self.form.addRow(self.tr("Employee"), self.employee)
        self.form.addRow(self.tr("Guide"), self.guide)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Held by"), self.interviewer)

    def save(self):
        interviewer = self.interviewer.text().strip()
        own = interviewer == self.ctx.actor.name
        plan = interviews.Plan(self.employee.currentData(), self.guide.currentData(), self.day.date().toPython(), interviewer,
                               self.ctx.actor.user_id if own else None)
        try:
            return interviews.plan_interview(self.ctx.db, self.ctx.actor, plan)
        except rules.PastDate as warning:
            from wplstudio.i18n import error_text

            if QMessageBox.question(self, self.tr("Date in the past"), error_text(warning)) != QMessageBox.StandardButton.Yes:
                raise
            return interviews.plan_interview(self.ctx.db, self.ctx.actor, plan, past_ok=True)


class ActionDialog(FormDialog):
    """An agreement: what, who, by when, status; tied to an interview and a goal where it came from."""

    def __init__(self, ctx: AppContext, row=None, employee_id: int | None = None, interview_id: int | None = None,
                 goals: list | None = None, parent=None) -> None:
        super().__init__(self.tr("Follow-up action") if row else self.tr("New follow-up action"), parent)
        self.ctx, self.row = ctx, row
        self.interview_id = row.interview_id if row else interview_id
        self.employee = _combo(employee_items(ctx), row.employee_id if row else employee_id, "actionEmployee")
        self.employee.setEnabled(row is None and employee_id is None)
        self.what = QPlainTextEdit(row.what if row else "", objectName="actionWhat")
        self.what.setFixedHeight(70)
        self.who = QLineEdit(row.who if row else "", objectName="actionWho")
        self.due = _date_edit(row.due_on if row else date.today())
        self.status = _combo(action_statuses(), row.status if row else rules.OPEN, "actionStatus")
        self.goal = _combo([(None, "")] + [(g.id, g.title) for g in goals or []], row.goal_id if row else None, "actionGoal")
        self.form.addRow(self.tr("Employee"), self.employee)
        self.form.addRow(self.tr("What"), self.what)
        self.form.addRow(self.tr("Who"), self.who)
        self.form.addRow(self.tr("By when"), self.due)
        self.form.addRow(self.tr("Status"), self.status)
        if goals:
            self.form.addRow(self.tr("For the goal"), self.goal)

    def save(self):
        draft = interview_plan.ActionDraft(self.employee.currentData(), self.what.toPlainText(), self.who.text(),
                                           self.due.date().toPython(), self.status.currentData(), self.interview_id,
                                           self.goal.currentData())
        return interview_plan.save_action(self.ctx.db, self.ctx.actor, draft, self.row.id if self.row else None,
                                          self.row.version if self.row else None)


class GoalDialog(FormDialog):
    """A goal of the development plan: free, or a level to reach on a task of the matrix."""

    def __init__(self, ctx: AppContext, employee_id: int, row=None, interview_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("Goal of the development plan"), parent)
        from wplstudio.services import landscape

        self.ctx, self.row, self.employee_id = ctx, row, employee_id
        self.interview_id = row.interview_id if row else interview_id
        self.title = QLineEdit(row.title if row else "", objectName="goalTitle")
        tasks = [(None, self.tr("(a free goal, not a task)"))] + [
            (t.id, f"{t.core_task_name} · {t.name}") for t in landscape.list_tasks(ctx.db, ctx.actor)]
        self.task = _combo(tasks, row.task_id if row else None, "goalTask")
        self.level = QSpinBox(minimum=1, maximum=4, value=(row.target_level or 3) if row else 3, objectName="goalLevel")
        self.until = OptionalDate(self.tr("reached by"), row.target_date if row else None)
        self.status = _combo([(rules.OPEN, self.tr("open")), (rules.REACHED, self.tr("reached")),
                              (rules.DROPPED, self.tr("dropped"))], row.status if row else rules.OPEN, "goalStatus")
        for label, widget in ((self.tr("Goal"), self.title), (self.tr("Task in the matrix"), self.task),
                              (self.tr("Target level"), self.level), (self.tr("Date"), self.until), (self.tr("Status"), self.status)):
            self.form.addRow(label, widget)

    def save(self):
        task = self.task.currentData()
        draft = interview_plan.GoalDraft(self.employee_id, self.title.text(), task, self.level.value() if task else None,
                                         self.until.value(), self.status.currentData(), self.interview_id)
        return interview_plan.save_goal(self.ctx.db, self.ctx.actor, draft, self.row.id if self.row else None,
                                        self.row.version if self.row else None)


TYPES = list(rules.QUESTION_TYPES)


class GuideDialog(FormDialog):
    """Change a guide as a list of questions: section, kind, question, options. A guide that was used
    becomes a new version when saved; the interviews held with it keep theirs."""

    COLUMNS = 5  # section, type, text, options, preparation

    def __init__(self, ctx: AppContext, guide, parent=None) -> None:
        super().__init__(self.tr("Guide {name}").format(name=guide.name), parent)
        self.setMinimumWidth(900)
        self.ctx, self.guide = ctx, guide
        self.name = QLineEdit(guide.name, objectName="guideName")
        self.intro = QPlainTextEdit(guide.content.intro, objectName="guideIntro")
        self.intro.setFixedHeight(60)
        self.table = QTableWidget(0, self.COLUMNS, objectName="guideQuestions")
        self.table.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Kind"), self.tr("Question"),
                                              self.tr("Options (separate with ;)"), self.tr("Preparation")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 140), (3, 230), (4, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(360)
        self._keys: list[str] = []
        for q in guide.content.preparation:
            self._add_row("", q, True)
        for section in guide.content.sections:
            for q in section.questions:
                self._add_row(section.title, q, False)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Introduction"), self.intro)
        self.form.addRow(self._table_with_buttons())
        if guide.interviews:
            self.form.addRow(self.tr("Used in {n} interview(s): saving makes version {v}.").format(
                n=guide.interviews, v=guide.version_no + 1), QWidget())

    def _table_with_buttons(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        row = QHBoxLayout()
        add, remove = QPushButton(self.tr("Add question")), QPushButton(self.tr("Remove question"))
        self.up_button = QPushButton(self.tr("Move up"), objectName="questionUp")
        self.down_button = QPushButton(self.tr("Move down"), objectName="questionDown")
        add.clicked.connect(lambda: self._add_row(self._last_section(), None, False))
        remove.clicked.connect(self._remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for button in (add, remove, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return holder

    def _last_section(self) -> str:
        last = self.table.rowCount() - 1
        return self.table.item(last, 0).text() if last >= 0 and self.table.item(last, 0) else ""

    def _add_row(self, section: str, q: rules.Question | None, preparation: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._keys.append(q.key if q else self._new_key())
        self.table.setItem(row, 0, QTableWidgetItem(section))
        kind = _combo([(t, translate("interviews", rules.QUESTION_TYPE_TITLES[t])) for t in TYPES], q.type if q else rules.TEXT)
        self.table.setCellWidget(row, 1, kind)
        self.table.setItem(row, 2, QTableWidgetItem(q.text if q else ""))
        self.table.setItem(row, 3, QTableWidgetItem("; ".join(q.options or q.labels) if q else ""))
        check = QTableWidgetItem()
        check.setCheckState(_checked(preparation))
        self.table.setItem(row, 4, check)

    def _new_key(self) -> str:
        n = len(self._keys) + 1
        while f"q{n}" in self._keys:
            n += 1
        return f"q{n}"

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keys[row]

    def move_row(self, step: int) -> None:
        """Swap the chosen question with the one above or below it; a question moved past the last of
        its section takes the section of its new neighbours only when the person changes it."""
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        first, second = self._row_values(row), self._row_values(other)
        self._put_row_values(row, second)
        self._put_row_values(other, first)
        self._keys[row], self._keys[other] = self._keys[other], self._keys[row]
        self.table.setCurrentCell(other, self.table.currentColumn())

    def _row_values(self, row: int) -> tuple:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item else ""

        return (text(0), self.table.cellWidget(row, 1).currentData(), text(2), text(3),
                self.table.item(row, 4).checkState() == _checked(True))

    def _put_row_values(self, row: int, values: tuple) -> None:
        section, kind, question, options, preparation = values
        self.table.setItem(row, 0, QTableWidgetItem(section))
        combo = self.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(kind))
        self.table.setItem(row, 2, QTableWidgetItem(question))
        self.table.setItem(row, 3, QTableWidgetItem(options))
        check = QTableWidgetItem()
        check.setCheckState(_checked(preparation))
        self.table.setItem(row, 4, check)

    def content(self) -> rules.GuideContent:
        preparation, sections = [], {}
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 1).currentData()
            extra = [o.strip() for o in (self.table.item(row, 3).text() if self.table.item(row, 3) else "").split(";") if o.strip()]
            question = rules.Question(self._keys[row], kind, self.table.item(row, 2).text() if self.table.item(row, 2) else "",
                                      options=tuple(extra) if kind == rules.CHOICE else (),
                                      labels=tuple(extra) if kind == rules.RATING and extra else ())
            if self.table.item(row, 4).checkState() == _checked(True):
                preparation.append(question)
            else:
                title = self.table.item(row, 0).text() if self.table.item(row, 0) else ""
                sections.setdefault(title, []).append(question)
        return rules.GuideContent(tuple(rules.Section(t, tuple(q)) for t, q in sections.items()), tuple(preparation),
                                  self.intro.toPlainText())

    def save(self):
        return interview_guides.save_guide(self.ctx.db, self.ctx.actor, self.guide.id, self.guide.version,
                                           self.name.text(), self.content())


def _checked(on: bool):
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
