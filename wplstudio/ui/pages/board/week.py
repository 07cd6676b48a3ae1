"""The week tab: the board, the job list to drag from, and the improvement actions beside it.

Every change is an undo command that calls the services (commands.py). A plan that warns
opens the reason dialog (suggestions, or plan anyway with a reason). A conflict (a card
changed on another PC) shows the message, clears the undo stack and reloads the board.
The board reloads from the database every minute, so changes from other PCs appear."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QMenu, QPushButton, QSizePolicy, QSpinBox, QSplitter, QVBoxLayout, QWidget)

from wplstudio.i18n import translate
from wplstudio.domain import board as rules
from wplstudio.domain.errors import Conflict, NotFound, WplError
from wplstudio.services import board, board_extras, board_jobs, board_learning, board_plan, landscape
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded, show_error
from wplstudio.ui.pages.board import commands
from wplstudio.ui.pages.board.commands import BoardCommand, MoveCard, PlanJob, RemoveCard
from wplstudio.ui.pages.board.printing import print_week
from wplstudio.ui.pages.board.dialogs import AbsenceDialog, JobDialog, LearningDialog, ReasonDialog
from wplstudio.ui.pages.board.scene import JOB_MIME, BoardScene, BoardView, CardItem, day_width

REFRESH_MS = 60_000


class JobList(QListWidget):
    """Jobs to drag onto a person and a day."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("jobList")
        self.setDragEnabled(True)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setAlternatingRowColors(True)

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt's name
        data = QMimeData()
        if items:
            data.setData(JOB_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def show_jobs(self, jobs: list[board_jobs.JobRow]) -> None:
        self.clear()
        for job in jobs:
            text = f"{job.title}\n{job.customer} · {job.location}\n" + self.tr("{planned} of {hours} h planned").format(
                planned=job.planned_hours, hours=job.estimated_hours)
            if job.task_names:
                text += "\n" + ", ".join(job.task_names)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.id)
            item.setToolTip(text)
            self.addItem(item)


class WeekTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = may(ctx.actor, "board", "edit")  # courtesy: the services refuse anyway
        self.monday = board.this_week()
        self.week: board.BoardWeek | None = None
        self.jobs: list[board_jobs.JobRow] = []
        self.stack = QUndoStack(self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene, self)
        self.view.setObjectName("boardView")
        self.job_list = JobList(self)
        self.improvements = QListWidget(objectName="boardImprovements")
        self.week_label = QLabel(objectName="weekLabel", wordWrap=True)  # two lines on a narrow (150 %) screen
        self.week_label.setStyleSheet("font-weight: bold")
        self.saturday = QCheckBox(self.tr("Saturday"), objectName="boardSaturday")
        self.saturday.setToolTip(self.tr("Show and plan Saturday on the board"))
        self.saturday.toggled.connect(self.set_saturday)
        self.days = QSpinBox(minimum=1, maximum=10, value=1, objectName="spreadDays", prefix=self.tr("over "), suffix=self.tr(" day(s)"))
        self.hours = QSpinBox(minimum=1, maximum=12, value=8, objectName="hoursPerDay", suffix=self.tr(" h a day"))
        self._build()
        self.fit_timer = QTimer(self, singleShot=True, interval=150)
        self.fit_timer.timeout.connect(self._fit_days)
        self.view.resized.connect(self._resized)
        self.scene.card_moved.connect(self.move_card)
        self.scene.job_dropped.connect(self.plan_job)
        self.scene.menu_requested.connect(self.open_card_menu)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.open_menu)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._refresh_if_idle)
        self.timer.start()

    # --- building ----------------------------------------------------------------
    def _build(self) -> None:
        split = QSplitter(objectName="boardSplit")
        split.addWidget(self.view)
        split.addWidget(self._side())
        split.setStretchFactor(0, 1)
        split.setCollapsible(0, False)
        split.setSizes([1200, 255])
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        layout.addWidget(split, 1)
        layout.addWidget(self._keys_hint())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for text, step, tip in (("\u25c0", -7, self.tr("Previous week")), (self.tr("This week"), 0, ""),
                                ("\u25b6", 7, self.tr("Next week"))):
            button = QPushButton(text, toolTip=tip)
            button.clicked.connect(lambda _c=False, d=step: self.go(d))
            bar.addWidget(button)
        bar.addWidget(self.week_label, 1)  # takes the free room, so it wraps only when there is none
        bar.addWidget(self.saturday)
        self.saturday.setEnabled(self.editable)
        print_button = QPushButton(self.tr("Print week…"), objectName="boardPrint")
        print_button.clicked.connect(lambda: self.print_week())
        print_button.setEnabled(may(self.ctx.actor, "board", "print"))
        bar.addWidget(print_button)
        for text, tip, slot, name in (("\u21b6", self.tr("Undo"), self.undo, "boardUndo"),
                                      ("\u21b7", self.tr("Redo"), self.redo, "boardRedo"),
                                      (self.tr("Absence…"), "", lambda: self.add_absence(None, None), "addAbsence")):
            button = QPushButton(text, objectName=name, toolTip=tip)
            button.setAccessibleName(tip or text)
            button.clicked.connect(slot)
            button.setEnabled(self.editable)
            bar.addWidget(button)
        return bar

    def _keys_hint(self) -> QLabel:
        hint = QLabel(self.tr("Keys on the board: arrows = another card · Ctrl+arrow = move the card (a day, or to the "
                              "person above or below) · Enter or Menu key = its menu · Ctrl+Z = undo"), objectName="boardKeysHint", wordWrap=True)
        hint.setStyleSheet("color: #44515c")
        self.view.setAccessibleDescription(hint.text())
        return hint

    def _side(self) -> QWidget:
        side = QWidget(objectName="boardSide")
        side.setMaximumWidth(265)
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Jobs — drag onto a person and a day"), objectName="sectionTitle", wordWrap=True)
        column.addWidget(title)
        column.addWidget(self.days)  # one above the other: side by side the narrow panel would clip their words
        column.addWidget(self.hours)
        column.addWidget(self.job_list, 3)
        jobs_bar = QHBoxLayout()
        for text, slot in ((self.tr("New job…"), self.new_job), (self.tr("Change…"), self.edit_job)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(self.editable)
            jobs_bar.addWidget(button)
        column.addLayout(jobs_bar)
        column.addWidget(QLabel(self.tr("Improvement actions"), objectName="sectionTitle"))
        column.addWidget(self.improvements, 2)
        self.improvements.setWordWrap(True)
        return side

    # --- loading -----------------------------------------------------------------
    def refresh(self) -> None:
        week = guarded(self, lambda: board.load_week(self.ctx.db, self.ctx.actor, self.monday))
        if week is None:
            return
        self.week = week
        self.scene.show_week(week, movable=self.editable, width=self.view.viewport().width())
        self.saturday.blockSignals(True)
        self.saturday.setChecked(len(week.days) == 6)
        self.saturday.blockSignals(False)
        self.week_label.setText(self.tr("Week {label}: {first} to {last}").format(
            label=week.label, first=week.days[0].strftime("%d-%m"), last=week.days[-1].strftime("%d-%m-%Y")))
        self.jobs = guarded(self, lambda: board_jobs.list_jobs(self.ctx.db, self.ctx.actor)) or []
        self.job_list.show_jobs(self.jobs)
        self._show_improvements()

    def _show_improvements(self) -> None:
        items = guarded(self, lambda: board_extras.list_improvements(self.ctx.db, self.ctx.actor, include_done=False)) or []
        self.improvements.clear()
        today = date.today()
        for i in items:
            due = i.due.strftime("%d-%m") if i.due else "—"
            mark = "\u26a0 " if i.overdue(today) else ""
            status = translate("board", rules.IMPROVEMENT_TITLES[i.status])
            text = f"{mark}[{status}] {i.title}\n{i.owner or '—'} · {due}"
            self.improvements.addItem(text)

    def _resized(self) -> None:
        """A small week fits at once; a big one (hundreds of cards) after the resizing stops."""
        if self.week is not None and len(self.week.cards) < 400:
            self._fit_days()
        else:
            self.fit_timer.start()

    def _fit_days(self) -> None:
        """The days share the view's width: redrawn when the window (or the side panel) changes size."""
        if self.week is not None and self.scene.layout is not None and \
                day_width(self.view.viewport().width(), len(self.week.days)) != self.scene.layout.day_w:
            self.scene.show_week(self.week, movable=self.editable, width=self.view.viewport().width())

    def set_saturday(self, planned: bool) -> None:
        self._call(lambda: board_extras.set_saturday(self.ctx.db, self.ctx.actor, planned))

    def print_week(self, path: str | None = None, paper: str | None = None):
        return print_week(self, self.ctx, self.week, path, paper) if self.week is not None else None

    def _refresh_if_idle(self) -> None:
        if QApplication.mouseButtons() == Qt.MouseButton.NoButton and QApplication.activeModalWidget() is None:
            self.refresh()

    def go(self, days: int) -> None:
        self.monday = board.this_week() if days == 0 else self.monday + timedelta(days=days)
        self.refresh()

    # --- changes -----------------------------------------------------------------
    def plan_job(self, job_id: int, employee_id: int, day: date, reason: str | None = None) -> None:
        saturday = len(self.week.days) == 6 if self.week else False
        days = rules.spread_days(day, self.days.value(), saturday)
        self._run(PlanJob(self.ctx, job_id, employee_id, days, self.hours.value(), reason),
                  retry=lambda r, e=None: self.plan_job(job_id, e or employee_id, day, r), job_id=job_id, day=day)

    def move_card(self, card, employee_id: int, day: date, reason: str | None = None) -> None:
        self._run(MoveCard(self.ctx, card, employee_id, day, reason),
                  retry=lambda r, e=None: self.move_card(card, e or employee_id, day, r), job_id=card.job_id, day=day)

    def _run(self, command: BoardCommand, retry=None, job_id: int | None = None, day: date | None = None) -> None:
        try:
            command.do()
        except board_plan.NeedsReason as refusal:
            self._ask_reason(refusal, retry)
            return
        except WplError as error:
            self._failed(error)
            return
        command.done_once = True
        self.stack.push(command)
        self.refresh()

    def _ask_reason(self, refusal: board_plan.NeedsReason, retry) -> None:
        names = dict(self.week.task_names) if self.week else {}
        for job in self.jobs:
            names.update(zip(job.task_ids, job.task_names))
        dialog = ReasonDialog(refusal, names, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.chosen_employee is not None:
            retry(None, dialog.chosen_employee)
        else:
            retry(dialog.reason)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, WplError):
            show_error(self, error)
        else:
            from wplstudio.ui.errors import show_unexpected

            show_unexpected(self, error)
        if isinstance(error, (Conflict, NotFound)):
            self.stack.clear()  # the commands hold versions that are no longer true
        self.refresh()

    def undo(self) -> None:
        self._step(self.stack.undo, self.stack.index() - 1)

    def redo(self) -> None:
        self._step(self.stack.redo, self.stack.index())

    def _step(self, action, index: int) -> None:
        if not self.editable or not 0 <= index < self.stack.count():
            return
        action()
        command = self.stack.command(index)
        if command is not None and command.failed is not None:
            error, command.failed = command.failed, None
            self._failed(error)
            self.stack.clear()
            return
        self.refresh()

    # --- menus -------------------------------------------------------------------
    def open_menu(self, pos) -> None:
        """pos: in the view's viewport, where the right click (or the keyboard's card) is."""
        if not self.editable or self.scene.layout is None:
            return
        point = self.view.mapToScene(pos)
        item = next((i for i in self.scene.items(point) if isinstance(i, CardItem)), None)
        menu = QMenu(self)
        if item is not None:
            self._card_menu(menu, item.card)
        else:
            cell = self.scene.layout.cell_at(point)
            if cell is None:
                return
            menu.addAction(self.tr("Absence…"), lambda: self.add_absence(*cell))
            menu.addAction(self.tr("Learning time…"), lambda: self.add_learning(*cell))
            self._absence_actions(menu, *cell)
        self.show_menu(menu, self.view.viewport().mapToGlobal(pos))

    def show_menu(self, menu: QMenu, where) -> None:
        menu.exec(where)

    def open_card_menu(self, item: CardItem) -> None:
        """The keyboard's way to the right-click menu: the same menu, at the card."""
        self.open_menu(self.view.mapFromScene(item.sceneBoundingRect().center()))

    def _card_menu(self, menu: QMenu, card) -> None:
        menu.addAction(self.tr("Hours…"), lambda: self.set_hours(card))
        menu.addAction(self.tr("Take off the board"), lambda: self._run(RemoveCard(self.ctx, card)))
        chances = guarded(self, lambda: board_learning.learning_chances(self.ctx.db, self.ctx.actor, card.id)) or []
        learn = menu.addMenu(self.tr("Learning chances"))
        learn.setEnabled(bool(chances))
        for chance in chances:
            where = self.tr("on the job") if chance.learner_card_id else self.tr("free that day")
            text = self.tr("{learner} learns {task} with {mentor} ({where})").format(
                learner=chance.learner_name, task=chance.task_name, mentor=chance.mentor_name, where=where)
            learn.addAction(text, lambda c=chance: self.take_chance(c, card))
        if card.mentor_id:
            menu.addAction(self.tr("End the pair"), lambda: self.end_pair(card))

    def _absence_actions(self, menu: QMenu, employee_id: int, day: date) -> None:
        for a in self.week.absences if self.week else ():
            if a.employee_id == employee_id and a.first_day <= day <= a.last_day:
                menu.addAction(self.tr("Remove this absence"), lambda a=a: self._run(commands.remove_absence(self.ctx, a)))
        for b in self.week.learning if self.week else ():
            if b.employee_id == employee_id and b.day == day:
                menu.addAction(self.tr("Remove this learning time"), lambda b=b: self._run(commands.remove_learning(self.ctx, b)))

    def _call(self, action) -> None:
        """A setting of the board (Saturday), not a change of the plan: done, then reloaded."""
        try:
            action()
        except WplError as error:
            self._failed(error)
            return
        self.refresh()

    def end_pair(self, card) -> None:
        self._run(commands.pair(self.ctx, card.id, card.version, None, None, (card.mentor_id, card.learning_task_id)))

    def take_chance(self, chance: board_learning.Chance, card, reason: str | None = None) -> None:
        if chance.learner_card_id is not None:
            self._run(commands.pair(self.ctx, chance.learner_card_id, chance.learner_card_version, chance.mentor_id, chance.task_id,
                                    (None, None)))
            return
        mentor_card = card if card.employee_id == chance.mentor_id else next(
            (c for c in self.week.cards if c.employee_id == chance.mentor_id and c.job_id == card.job_id and c.day == card.day), card)
        self._run(commands.plan_learner(self.ctx, mentor_card.id, chance.learner_id, chance.task_id, reason),
                  retry=lambda r, e=None: self.take_chance(chance, card, r) if e is None else self.plan_job(card.job_id, e, card.day))

    def set_hours(self, card) -> None:
        hours, ok = QInputDialog.getInt(self, self.tr("Hours"), self.tr("Hours on this card"), card.hours, 1, 24)
        if ok:
            self._run(commands.set_hours(self.ctx, card, hours))

    def add_absence(self, employee_id: int | None, day: date | None) -> None:
        people = [(p.id, p.name) for p in self.week.people] if self.week else []
        dialog = AbsenceDialog(people, employee_id, day or self.monday, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(commands.add_absence(self.ctx, tuple(dialog.values())))

    def add_learning(self, employee_id: int, day: date) -> None:
        dialog = LearningDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            hours, kind, topic = dialog.values()
            self._run(commands.add_learning(self.ctx, employee_id, day, hours, kind, topic))

    # --- jobs --------------------------------------------------------------------
    def _tasks(self) -> list[tuple[int, str]]:
        return [(t.id, t.name) for t in guarded(self, lambda: landscape.list_tasks(self.ctx.db, self.ctx.actor)) or []]

    def new_job(self) -> None:
        dialog = JobDialog(self._tasks(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(commands.new_job(self.ctx, dialog.draft()))

    def edit_job(self) -> None:
        item = self.job_list.currentItem()
        job = next((j for j in self.jobs if item and j.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if job is None:
            return
        dialog = JobDialog(self._tasks(), job, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(commands.edit_job(self.ctx, job, dialog.draft()))
