"""Dialogs of the onboarding area: start a trajectory, change the mentor, a progress talk,
revoke a sign-off, sign a module with one's own PIN, and a module of a program."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QTableWidget,
                               QTableWidgetItem, QHeaderView)

from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.levels import SCALE
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.services import landscape, onboarding, onboarding_programs as programs, onboarding_signing as signing, people
from wplstudio.ui.context import AppContext
from wplstudio.ui.form_dialog import FormDialog


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), calendarPopup=True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def _py(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class StartTrajectoryDialog(FormDialog):
    """Trainee, program, start date and mentor; mentors are suggested for the program."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("onboarding", "Start a trajectory"), parent)
        self.ctx = ctx
        self.trainee, self.program, self.mentor = QComboBox(), QComboBox(), QComboBox()
        for e in people.list_employees(ctx.db, ctx.actor, include_left=False):
            self.trainee.addItem(e.full_name, e.id)
        for p in programs.list_programs(ctx.db, ctx.actor):
            self.program.addItem(f"{p.name} ({p.function_name})" if p.function_name else p.name, p.id)
        self.start = _date_edit(date.today())
        self.weeks = QSpinBox(minimum=1, maximum=26, value=rules.DEFAULT_TALK_WEEKS)
        self.hint = QLabel(objectName="hint", wordWrap=True)
        self.form.addRow(translate("onboarding", "Trainee"), self.trainee)
        self.form.addRow(translate("onboarding", "Program"), self.program)
        self.form.addRow(translate("onboarding", "Start date"), self.start)
        self.form.addRow(translate("onboarding", "Mentor"), self.mentor)
        self.form.addRow("", self.hint)
        self.form.addRow(translate("onboarding", "Progress talk every (weeks)"), self.weeks)
        self.trainee.currentIndexChanged.connect(self.suggest)
        self.program.currentIndexChanged.connect(self.suggest)
        self.suggest()

    def suggest(self) -> None:
        self.mentor.clear()
        if self.trainee.currentData() is None or self.program.currentData() is None:
            return
        try:
            found = onboarding.suggest_mentors(self.ctx.db, self.ctx.actor, self.program.currentData(), self.trainee.currentData())
        except WplError:
            found = []
        for m in found:
            text = translate("onboarding", "{name} · {team} · teaches {n} of {of} tasks · {t} trainee(s)").format(
                name=m.name, team=m.team_name or "-", n=m.teaches, of=m.of_tasks, t=m.trainees)
            self.mentor.addItem(("★ " if m.same_team and not m.full else "") + text + (" · " + translate("onboarding", "full") if m.full else ""), m.employee_id)
        self.mentor.insertSeparator(self.mentor.count())
        for e in people.list_employees(self.ctx.db, self.ctx.actor, include_left=False):
            if e.id != self.trainee.currentData():
                self.mentor.addItem(e.full_name, e.id)
        self.hint.setText(translate("onboarding", "Suggested first: colleagues at level 4 (can teach) on the program's tasks, own team marked ★.")
                          if found else translate("onboarding", "Nobody is at level 4 on this program's tasks yet; choose an experienced colleague."))

    def save(self):
        return onboarding.start_trajectory(self.ctx.db, self.ctx.actor, self.trainee.currentData(), self.program.currentData(),
                                           self.mentor.currentData(), _py(self.start), self.weeks.value())


class ChangeMentorDialog(FormDialog):
    def __init__(self, ctx: AppContext, row, parent=None) -> None:
        super().__init__(translate("onboarding", "Change the mentor"), parent)
        self.ctx, self.row = ctx, row
        gentle = QLabel(translate("onboarding", "A trainee learns most from one steady mentor. Swapping pairs because production is busy "
                                                "often costs more than it saves. If it must, say why: the reason stays in the history."),
                        wordWrap=True, objectName="hint")
        self.mentor = QComboBox()
        for m in onboarding.suggest_mentors(ctx.db, ctx.actor, row.program_id, row.employee_id):
            if m.employee_id != row.mentor_id:
                self.mentor.addItem(f"{m.name} · {m.team_name}", m.employee_id)
        self.mentor.insertSeparator(self.mentor.count())
        for e in people.list_employees(ctx.db, ctx.actor, include_left=False):
            if e.id not in (row.employee_id, row.mentor_id):
                self.mentor.addItem(e.full_name, e.id)
        self.reason = QLineEdit()
        self.form.addRow(gentle)
        self.form.addRow(translate("onboarding", "Now"), QLabel(row.mentor_name or "-"))
        self.form.addRow(translate("onboarding", "New mentor"), self.mentor)
        self.form.addRow(translate("onboarding", "Reason"), self.reason)

    def save(self):
        return onboarding.change_mentor(self.ctx.db, self.ctx.actor, self.row.id, self.row.version, self.mentor.currentData(),
                                        self.reason.text())


class TalkDialog(FormDialog):
    def __init__(self, ctx: AppContext, row, parent=None) -> None:
        super().__init__(translate("onboarding", "Progress talk with {name}").format(name=row.trainee_name), parent)
        self.ctx, self.row = ctx, row
        self.held = _date_edit(date.today())
        self.notes, self.steps = QPlainTextEdit(), QPlainTextEdit()
        self.form.addRow(translate("onboarding", "Held on"), self.held)
        self.form.addRow(translate("onboarding", "How is it going?"), self.notes)
        self.form.addRow(translate("onboarding", "Next steps"), self.steps)

    def save(self):
        return onboarding.record_talk(self.ctx.db, self.ctx.actor, self.row.id, _py(self.held), self.notes.toPlainText(),
                                      self.steps.toPlainText())


class RevokeDialog(FormDialog):
    def __init__(self, ctx: AppContext, trajectory_id: int, module, parent=None) -> None:
        super().__init__(translate("onboarding", "Revoke the sign-off"), parent)
        self.ctx, self.trajectory_id, self.module = ctx, trajectory_id, module
        self.reason = QLineEdit()
        self.form.addRow(QLabel(translate("onboarding", "The signatures of {module} stay visible, marked as revoked. The module opens again "
                                                        "for a new sign-off. Levels in the matrix stay as they are.").format(module=module.module.title),
                                wordWrap=True))
        self.form.addRow(translate("onboarding", "Reason"), self.reason)

    def save(self):
        return signing.revoke(self.ctx.db, self.ctx.actor, self.trajectory_id, self.module.module.id, self.reason.text())


SIGN_AS = {rules.TRAINEE: QT_TRANSLATE_NOOP("onboarding", "Sign as trainee"), rules.MENTOR: QT_TRANSLATE_NOOP("onboarding", "Sign as mentor")}


class SignDialog(FormDialog):
    """The person signing confirms with their own PIN or password at the shop PC."""

    def __init__(self, ctx: AppContext, row, module, role: str, parent=None) -> None:
        super().__init__(translate("onboarding", SIGN_AS[role]), parent)
        self.ctx, self.row, self.module, self.role = ctx, row, module, role
        self.accept_open = False
        self.who = QComboBox()
        for choice in self._choices():
            self.who.addItem(choice.name + ("" if choice.has_pin else " " + translate("onboarding", "(password)")), choice.user_id)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=translate("onboarding", "PIN or password"))
        self.comment, self.result = QLineEdit(), QLineEdit()
        self.form.addRow(QLabel(f"<b>{module.module.title}</b>"))
        self.form.addRow(translate("onboarding", "Who signs"), self.who)
        self.form.addRow(translate("onboarding", "PIN or password"), self.secret)
        self.form.addRow(translate("onboarding", "Comment (optional)"), self.comment)
        if role == rules.MENTOR and module.module.assessment:
            self.form.addRow(translate("onboarding", "Assessment: {what}").format(what=module.module.assessment), QLabel())
            self.form.addRow(translate("onboarding", "Pass when: {what}").format(what=module.module.pass_criterion), QLabel())
            self.form.addRow(translate("onboarding", "Result"), self.result)
        if self.who.count() == 0:
            self.form.addRow(QLabel(translate("onboarding", "{name} has no account yet. The owner or manager makes one under Accounts; "
                                                            "then they can sign with their own PIN.").format(
                name=row.trainee_name if role == rules.TRAINEE else row.mentor_name), wordWrap=True, objectName="formProblems"))
        self.secret.setFocus()

    def _choices(self):
        person = self.row.employee_id if self.role == rules.TRAINEE else self.row.mentor_id
        found = [signing.signer_account(self.ctx.db, self.ctx.actor, person)]
        actor: Actor = self.ctx.actor
        if self.role == rules.MENTOR and actor.role in ("owner", "manager") and actor.user_id is not None \
                and actor.employee_id != self.row.employee_id and (found[0] is None or found[0].user_id != actor.user_id):
            found.append(signing.SignerChoice(actor.user_id, actor.name, False))
        return [c for c in found if c is not None]

    def save(self):
        if self.who.currentData() is None:
            raise WplError(QT_TRANSLATE_NOOP("errors", "Nobody can sign here yet: the person needs an account first."))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            signer = signing.confirm(self.ctx.db, self.who.currentData(), self.secret.text())
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.secret.clear()
        return signing.sign(self.ctx.db, self.ctx.actor, self.row.id, self.module.module.id, self.role, signer,
                            self.comment.text(), self.result.text(), accept_open_earlier=self.accept_open)


class ModuleDialog(FormDialog):
    """A module of a program: texts, hours, the assessment, the assignments (one per line) and the tasks it teaches."""

    def __init__(self, ctx: AppContext, program_id: int, module=None, parent=None) -> None:
        super().__init__(translate("onboarding", "Module"), parent)
        self.setMinimumWidth(720)
        self.ctx, self.program_id, self.module = ctx, program_id, module
        d = module.draft() if module else rules.ModuleDraft("")
        self.title_edit = QLineEdit(d.title)
        self.goal, self.why, self.safety = QPlainTextEdit(d.goal), QPlainTextEdit(d.why), QPlainTextEdit(d.safety)
        for edit in (self.goal, self.why, self.safety):
            edit.setFixedHeight(56)
        self.hours = QDoubleSpinBox(minimum=0.5, maximum=2000, value=d.hours or 8, decimals=1)
        self.assessment, self.criterion = QLineEdit(d.assessment), QLineEdit(d.pass_criterion)
        self.assignments = QPlainTextEdit("\n".join(d.assignments))
        self.assignments.setFixedHeight(90)
        self.tasks = self._task_table(d.tasks)
        for label, widget in ((QT_TRANSLATE_NOOP("onboarding", "Title"), self.title_edit),
                              (QT_TRANSLATE_NOOP("onboarding", "Learning goal"), self.goal),
                              (QT_TRANSLATE_NOOP("onboarding", "Why we do it this way"), self.why),
                              (QT_TRANSLATE_NOOP("onboarding", "Safety points"), self.safety),
                              (QT_TRANSLATE_NOOP("onboarding", "Estimated hours"), self.hours),
                              (QT_TRANSLATE_NOOP("onboarding", "Assignments (one per line)"), self.assignments),
                              (QT_TRANSLATE_NOOP("onboarding", "Assessment (optional)"), self.assessment),
                              (QT_TRANSLATE_NOOP("onboarding", "Pass criterion"), self.criterion),
                              (QT_TRANSLATE_NOOP("onboarding", "Tasks it teaches, and to which level"), self.tasks)):
            self.form.addRow(translate("onboarding", label), widget)

    def _task_table(self, chosen: dict[int, int]) -> QTableWidget:
        tasks = landscape.list_tasks(self.ctx.db, self.ctx.actor)
        table = QTableWidget(len(tasks), 2)
        table.setHorizontalHeaderLabels([translate("onboarding", "Task"), translate("onboarding", "Level")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setFixedHeight(180)
        for i, task in enumerate(tasks):
            item = QTableWidgetItem(task.name)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if task.id in chosen else Qt.CheckState.Unchecked)
            table.setItem(i, 0, item)
            level = QComboBox()
            for info in SCALE[1:]:
                level.addItem(f"{info.letter} {translate('levels', info.label)}", int(info.level))
            level.setCurrentIndex(max(0, chosen.get(task.id, 2) - 1))
            table.setCellWidget(i, 1, level)
        return table

    def draft(self) -> rules.ModuleDraft:
        links = {}
        for i in range(self.tasks.rowCount()):
            item = self.tasks.item(i, 0)
            if item.checkState() == Qt.CheckState.Checked:
                links[item.data(Qt.ItemDataRole.UserRole)] = self.tasks.cellWidget(i, 1).currentData()
        return rules.ModuleDraft(self.title_edit.text(), self.goal.toPlainText(), self.why.toPlainText(), self.safety.toPlainText(),
                                 self.hours.value(), self.assessment.text(), self.criterion.text(),
                                 tuple(self.assignments.toPlainText().splitlines()), links)

    def save(self):
        return programs.save_module(self.ctx.db, self.ctx.actor, self.program_id, self.draft(),
                                    self.module.id if self.module else None, self.module.version if self.module else None)
