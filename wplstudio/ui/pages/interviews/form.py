"""The interview window: the employee's preparation beside the talk's questions, and at
hand the current levels and gaps, last time's agreements, the plan and a private note.
Every answer is saved as it is typed (autosave.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from wplstudio.domain import interviews as rules
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.services import interview_plan, interviews
from wplstudio.services.records import local_time
from wplstudio.ui.context import AppContext
from wplstudio.ui.dates import show
from wplstudio.ui.errors import guarded
from wplstudio.ui.pages.interviews.autosave import Autosaver
from wplstudio.ui.pages.interviews.questions import AnswerWidget

OVERDUE = QColor("#c0392b")


class InterviewWindow(QDialog):
    def __init__(self, ctx: AppContext, interview_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewWindow")
        self.ctx, self.interview_id = ctx, interview_id
        self.resize(1400, 860)
        self.detail = interviews.load_interview(ctx.db, ctx.actor, interview_id)
        self.talk_saver = Autosaver(lambda k, v: interviews.save_answer(ctx.db, ctx.actor, interview_id, k, v), self)
        self.prep_saver = Autosaver(lambda k, v: interviews.save_answer(ctx.db, ctx.actor, interview_id, k, v,
                                                                        side=rules.EMPLOYEE), self)
        self.note_saver = Autosaver(lambda _k, v: interviews.save_private_note(ctx.db, ctx.actor, interview_id, v), self)
        for saver in (self.talk_saver, self.prep_saver, self.note_saver):
            saver.saved.connect(self._show_saved)
            saver.failed.connect(lambda error: self.saved_label.setText(self.tr("Not saved: {why}").format(why=str(error))))
        self._build()

    # --- layout -------------------------------------------------------------------
    def _build(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Interview with {name}").format(name=d.row.employee_name))
        header = QLabel(objectName="interviewHeader", wordWrap=True)
        header.setText(self._header_text())
        header.setStyleSheet("font-size: 15px;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._column(self.tr("Preparation by the employee"), d.content.preparation, d.preparation,
                                        d.may_prepare, self.prep_saver, "prepColumn"))
        splitter.addWidget(self._talk_column())
        splitter.addWidget(self._side_tabs())
        splitter.setSizes([330, 620, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())

    def _header_text(self) -> str:
        d, r = self.detail, self.detail.row
        status = translate("interviews", rules.STATUS_TITLES[r.status])
        day = show(r.held_on or r.planned_on)
        text = self.tr("<b>{name}</b> · {function} · {guide} (version {v}) · {day} · held by {who} · <b>{status}</b>").format(
            name=r.employee_name, function=d.function_name or "-", guide=r.guide_name, v=r.guide_version_no, day=day,
            who=r.interviewer_name or "-", status=status)
        if d.contents_erased:
            text += "<br>" + self.tr("The contents of this interview were erased (retention period or AVG).")
        return text

    def _column(self, title: str, questions, answers: dict, editable: bool, saver: Autosaver, name: str) -> QScrollArea:
        holder = QWidget(objectName=name)
        column = QVBoxLayout(holder)
        heading = QLabel(f"<h3>{title}</h3>")
        column.addWidget(heading)
        if not questions:
            column.addWidget(QLabel(self.tr("This guide has no preparation questions."), wordWrap=True))
        for q in questions:
            widget = AnswerWidget(q, self.detail.language, answers.get(q.key, ""), editable, compact=True)
            widget.answer_changed.connect(saver.changed)
            column.addWidget(widget)
        column.addStretch(1)
        return _scrolled(holder)

    def _talk_column(self) -> QScrollArea:
        d = self.detail
        holder = QWidget(objectName="talkColumn")
        column = QVBoxLayout(holder)
        if d.content.intro:
            column.addWidget(QLabel(d.content.intro, wordWrap=True, objectName="hint"))
        if not d.answers and not d.may_write and d.row.status == rules.PLANNED:
            column.addWidget(QLabel(self.tr("The interviewer's answers are shown once the interview has been held."), wordWrap=True))
        for section in d.content.sections:
            column.addWidget(QLabel(f"<h3>{section.title}</h3>"))
            for q in section.questions:
                widget = AnswerWidget(q, d.language, d.answers.get(q.key, ""), d.may_write)
                widget.answer_changed.connect(self.talk_saver.changed)
                column.addWidget(widget)
        column.addStretch(1)
        return _scrolled(holder)

    def _side_tabs(self) -> QTabWidget:
        tabs = QTabWidget(objectName="atHand")
        tabs.addTab(self._levels_list(), self.tr("Levels and gaps"))
        tabs.addTab(self._previous_list(), self.tr("Last time's agreements"))
        tabs.addTab(self._plan_tab(), self.tr("Plan and actions"))
        if self.detail.private_note is not None:
            tabs.addTab(self._note_tab(), self.tr("Private note"))
        tabs.addTab(self._history_list(), self.tr("History"))
        return tabs

    def _levels_list(self) -> QWidget:
        hand = self.detail.hand
        listing = QListWidget(objectName="levelsList")
        if not hand.matrix_visible:
            listing.addItem(self.tr("You may not see this person's levels in the matrix."))
        for line in sorted(hand.levels, key=lambda l: (not l.gap, l.core_task_name, l.task_name)):
            label = translate("levels", SCALE[line.level].label)
            text = f"{line.task_name}: {line.level} {label}"
            if line.required is not None:
                text += "  " + self.tr("(function asks {n})").format(n=line.required)
            if line.target_level is not None:
                text += "  " + self.tr("target {n}").format(n=line.target_level)
            item = QListWidgetItem(("⚠ " if line.gap else "") + text)
            if line.gap:
                item.setForeground(OVERDUE)
            listing.addItem(item)
        return listing

    def _previous_list(self) -> QWidget:
        hand = self.detail.hand
        listing = QListWidget(objectName="previousActions")
        if hand.previous_id is None:
            listing.addItem(self.tr("No earlier interview."))
        else:
            listing.addItem(self.tr("Interview of {day}:").format(day=show(hand.previous_held_on)))
        for action in hand.previous_actions:
            listing.addItem(_action_item(action))
        if hand.previous_id is not None and not hand.previous_actions:
            listing.addItem(self.tr("No actions were agreed in that interview."))
        return listing

    def _plan_tab(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        self.plan_list = QListWidget(objectName="planList")
        column.addWidget(self.plan_list, 1)
        row = QHBoxLayout()
        self.add_goal = QPushButton(self.tr("Add goal…"), objectName="addGoal")
        self.add_action = QPushButton(self.tr("Add action…"), objectName="addAction")
        self.add_goal.clicked.connect(self._new_goal)
        self.add_action.clicked.connect(self._new_action)
        writer = self.detail.may_write
        self.add_goal.setEnabled(writer)
        self.add_action.setEnabled(writer)
        row.addWidget(self.add_goal)
        row.addWidget(self.add_action)
        column.addLayout(row)
        self._fill_plan()
        self.plan_list.itemDoubleClicked.connect(self._edit_plan_item)
        return holder

    def _fill_plan(self) -> None:
        self.plan_list.clear()
        plan = guarded(self, lambda: interview_plan.development_plan(self.ctx.db, self.ctx.actor, self.detail.row.employee_id))
        if plan is None:
            return
        self.plan = plan
        for goal in plan.goals:
            target = f" → {goal.task_name} {goal.target_level}" if goal.task_id else ""
            item = QListWidgetItem(f"● {goal.title}{target}  [{translate('interviews', rules.PLAN_STATUS_TITLES[goal.status])}]")
            item.setData(Qt.ItemDataRole.UserRole, ("goal", goal))
            self.plan_list.addItem(item)
            for action in goal.actions:
                self.plan_list.addItem(_action_item(action, indent="    "))
        for action in plan.loose_actions:
            self.plan_list.addItem(_action_item(action))
        if not plan.goals and not plan.loose_actions:
            self.plan_list.addItem(self.tr("No goals or actions yet. Add what you agree on: every agreement an action."))

    def _note_tab(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(QLabel(self.tr("Only you (and the owner) read this note. The employee never sees it, "
                                        "and it is never printed."), wordWrap=True, objectName="hint"))
        self.note = QPlainTextEdit(self.detail.private_note or "", objectName="privateNote")
        self.note.setEnabled(self.detail.may_write)
        self.note.textChanged.connect(lambda: self.note_saver.changed("note", self.note.toPlainText()))
        column.addWidget(self.note, 1)
        return holder

    def _history_list(self) -> QWidget:
        listing = QListWidget(objectName="historyList")
        for event in self.detail.events:
            text = f"{local_time(event.at)} · {translate('interviews', rules.EVENT_TITLES.get(event.kind, event.kind))} · {event.by}"
            listing.addItem(text + (f": {event.note}" if event.note else ""))
        return listing

    def _buttons(self) -> QHBoxLayout:
        d = self.detail
        row = QHBoxLayout()
        self.saved_label = QLabel(objectName="savedState")
        row.addWidget(self.saved_label, 1)
        for name, text, enabled, slot in (
                ("markHeld", self.tr("Mark as held"), d.may_write and d.row.status in (rules.PLANNED, rules.CORRECTION), self._held),
                ("confirm", self.tr("Seen and agreed"), d.may_confirm, self._confirm),
                ("askCorrection", self.tr("Ask for a correction…"), d.may_confirm, self._correction),
                ("reopen", self.tr("Reopen…"), d.may_reopen, self._reopen),
                ("printInterview", self.tr("Print…"), True, self._print),
                ("close", self.tr("Close"), True, self.close)):
            button = QPushButton(text, objectName=name)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    # --- actions ---------------------------------------------------------------------
    def _show_saved(self) -> None:
        from datetime import datetime

        self.saved_label.setText(self.tr("All answers saved ({time}).").format(time=datetime.now().strftime("%H:%M:%S")))

    def flush(self) -> bool:
        return all([self.talk_saver.flush(), self.prep_saver.flush(), self.note_saver.flush()])

    def _after(self, action) -> None:
        """Save what is typed, do the step, and show the interview as it is now."""
        if not self.flush():
            return
        guarded(self, action)
        self.detail = interviews.load_interview(self.ctx.db, self.ctx.actor, self.interview_id)
        old = self.layout()
        _clear(old)
        QWidget().setLayout(old)  # the old layout goes with a throw-away widget
        self._build()

    def _held(self) -> None:
        self._after(lambda: interviews.mark_held(self.ctx.db, self.ctx.actor, self.interview_id))

    def _confirm(self) -> None:
        self._after(lambda: interviews.confirm(self.ctx.db, self.ctx.actor, self.interview_id))

    def _correction(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Ask for a correction"), self.tr("What should be corrected?"))
        if ok:
            self._after(lambda: interviews.ask_correction(self.ctx.db, self.ctx.actor, self.interview_id, text))

    def _reopen(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Reopen the interview"),
                                        self.tr("Why is the confirmed interview reopened? This stays on record."))
        if ok:
            self._after(lambda: interviews.reopen(self.ctx.db, self.ctx.actor, self.interview_id, text))

    def _print(self) -> None:
        from wplstudio.ui.pages.interviews.preview import preview_interview

        if self.flush():
            preview_interview(self, self.ctx, self.interview_id)

    def _new_goal(self) -> None:
        from wplstudio.ui.pages.interviews.dialogs import GoalDialog

        if self.flush() and GoalDialog.run(self.ctx, self.detail.row.employee_id, None, self.interview_id, parent=self):
            self._fill_plan()

    def _new_action(self) -> None:
        from wplstudio.ui.pages.interviews.dialogs import ActionDialog

        goals = [g for g in getattr(self, "plan", None).goals] if getattr(self, "plan", None) else []
        if self.flush() and ActionDialog.run(self.ctx, None, self.detail.row.employee_id, self.interview_id, goals, parent=self):
            self._fill_plan()

    def _edit_plan_item(self, item: QListWidgetItem) -> None:
        from wplstudio.ui.pages.interviews.dialogs import ActionDialog, GoalDialog

        kind, row = item.data(Qt.ItemDataRole.UserRole) or (None, None)
        if not self.detail.may_write or row is None:
            return
        if kind == "goal" and GoalDialog.run(self.ctx, row.employee_id, row, parent=self):
            self._fill_plan()
        if kind == "action" and ActionDialog.run(self.ctx, row, goals=list(self.plan.goals), parent=self):
            self._fill_plan()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.flush():
            answer = QMessageBox.question(self, self.tr("Not saved"), self.tr(
                "Some answers could not be saved (see the message). Close anyway and lose them?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)

    def reject(self) -> None:  # Escape closes like the Close button: through closeEvent, which saves
        self.close()


def _action_item(action, indent: str = "") -> QListWidgetItem:
    late = translate("interviews", rules.PLAN_STATUS_TITLES["overdue" if action.overdue else action.status])
    item = QListWidgetItem(f"{indent}→ {action.what} · {action.who} · {show(action.due_on)} · {late}")
    item.setData(Qt.ItemDataRole.UserRole, ("action", action))
    if action.overdue:
        item.setForeground(OVERDUE)
    elif action.status == rules.DONE:
        item.setForeground(QColor("#2e7d32"))
    return item


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # questions wrap instead
    area.setWidget(widget)
    return area


def _clear(layout) -> None:
    while layout is not None and layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


def open_interview(parent, ctx: AppContext, interview_id: int) -> None:
    window = guarded(parent, lambda: InterviewWindow(ctx, interview_id, parent))
    if window is not None:
        window.exec()
