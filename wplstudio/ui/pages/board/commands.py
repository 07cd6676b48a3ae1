"""Undo commands of the board. Each calls the services and remembers the card's new
version, so undo and redo go through the same rules and conflict checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand

from wplstudio.i18n import translate
from wplstudio.domain import board as rules
from wplstudio.services import board_extras, board_jobs, board_learning, board_plan
from wplstudio.ui.context import AppContext


class BoardCommand(QUndoCommand):
    """redo() and undo() run the service; a failure (a conflict, a refusal) is raised to the page,
    which shows it, clears the stack and reloads the board."""

    failed: Exception | None = None

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.done_once = False  # the page runs do() itself first (to ask for a reason), then pushes

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def _run(self, action) -> None:
        try:
            action()
            self.failed = None
        except Exception as error:  # handed to the page, which knows how to show it
            self.failed = error


class PlanJob(BoardCommand):
    def __init__(self, ctx: AppContext, job_id: int, employee_id: int, days: list[date], hours: int, reason: str | None) -> None:
        super().__init__(ctx, translate("board", "plan a job"))
        self.args = (job_id, employee_id, days, hours)
        self.reason = reason
        self.refs: list[board_plan.CardRef] = []

    def do(self) -> None:
        job_id, employee_id, days, hours = self.args
        self.refs = board_plan.plan(self.ctx.db, self.ctx.actor, job_id, employee_id, days, hours, reason=self.reason)

    def undo_it(self) -> None:
        for ref in self.refs:
            board_plan.remove(self.ctx.db, self.ctx.actor, ref.id, ref.version)
        self.refs = []


class MoveCard(BoardCommand):
    def __init__(self, ctx: AppContext, card, employee_id: int, day: date, reason: str | None) -> None:
        super().__init__(ctx, translate("board", "move a card"))
        self.card_id, self.version = card.id, card.version
        self.origin = (card.employee_id, card.day)
        self.target = (employee_id, day)
        self.reason = reason

    def do(self) -> None:
        ref = board_plan.move(self.ctx.db, self.ctx.actor, self.card_id, self.version, *self.target, reason=self.reason)
        self.version = ref.version

    def undo_it(self) -> None:
        ref = board_plan.move(self.ctx.db, self.ctx.actor, self.card_id, self.version, *self.origin, check=False)
        self.version = ref.version


class RemoveCard(BoardCommand):
    def __init__(self, ctx: AppContext, card) -> None:
        super().__init__(ctx, translate("board", "take a card off"))
        self.card_id, self.version = card.id, card.version
        self.state: board_plan.CardState | None = None

    def do(self) -> None:
        self.state = board_plan.remove(self.ctx.db, self.ctx.actor, self.card_id, self.version)

    def undo_it(self) -> None:
        ref = board_plan.restore(self.ctx.db, self.ctx.actor, self.state)
        self.card_id, self.version = ref.id, ref.version


class Step(BoardCommand):
    """Any other board change: forward(state) does it, backward(state) takes it back; each returns the
    state the other needs next (the new id or version), so undo and redo chain through the services."""

    def __init__(self, ctx: AppContext, text: str, state, forward, backward) -> None:
        super().__init__(ctx, text)
        self.state, self.forward, self.backward = state, forward, backward

    def do(self) -> None:
        self.state = self.forward(self.state)

    def undo_it(self) -> None:
        self.state = self.backward(self.state)


def set_hours(ctx: AppContext, card, hours: int) -> Step:
    def to(hours_now: int):
        return lambda ref: board_plan.set_hours(ctx.db, ctx.actor, ref.id, ref.version, hours_now)

    return Step(ctx, translate("board", "change the hours"), board_plan.CardRef(card.id, card.version), to(hours), to(card.hours))


def pair(ctx: AppContext, card_id: int, version: int, mentor_id: int | None, task_id: int | None,
         before: tuple[int | None, int | None]) -> Step:
    def to(mentor: int | None, task: int | None):
        return lambda ref: board_learning.pair(ctx.db, ctx.actor, ref.id, ref.version, mentor, task)

    text = translate("board", "pair a learner") if mentor_id else translate("board", "end a pair")
    return Step(ctx, text, board_plan.CardRef(card_id, version), to(mentor_id, task_id), to(*before))


def plan_learner(ctx: AppContext, mentor_card_id: int, learner_id: int, task_id: int, reason: str | None) -> Step:
    return Step(ctx, translate("board", "plan a learner beside a mentor"), None,
                lambda _none: board_learning.plan_learner(ctx.db, ctx.actor, mentor_card_id, learner_id, task_id, reason=reason),
                lambda ref: board_plan.remove(ctx.db, ctx.actor, ref.id, ref.version) and None)


def add_absence(ctx: AppContext, values: tuple) -> Step:
    return Step(ctx, translate("board", "add an absence"), None,
                lambda _none: (board_extras.save_absence(ctx.db, ctx.actor, *values), 1),
                lambda ref: board_extras.remove_absence(ctx.db, ctx.actor, *ref))


def remove_absence(ctx: AppContext, absence) -> Step:
    values = (absence.employee_id, absence.first_day, absence.last_day, absence.kind)
    step = add_absence(ctx, values)
    return Step(ctx, translate("board", "remove an absence"), (absence.id, absence.version), step.backward, step.forward)


def add_learning(ctx: AppContext, employee_id: int, day: date, hours: int, kind: str, topic: str) -> Step:
    return Step(ctx, translate("board", "reserve learning time"), None,
                lambda _none: (board_extras.add_learning_time(ctx.db, ctx.actor, employee_id, day, hours, kind, topic), 1),
                lambda ref: board_extras.remove_learning_time(ctx.db, ctx.actor, *ref))


def remove_learning(ctx: AppContext, block) -> Step:
    step = add_learning(ctx, block.employee_id, block.day, block.hours, block.kind, block.topic)
    return Step(ctx, translate("board", "remove learning time"), (block.id, block.version), step.backward, step.forward)


def new_job(ctx: AppContext, draft: rules.JobDraft) -> Step:
    return Step(ctx, translate("board", "add a job"), None, lambda _none: (board_jobs.save_job(ctx.db, ctx.actor, draft), 1),
                lambda ref: board_jobs.remove_job(ctx.db, ctx.actor, *ref))


def edit_job(ctx: AppContext, job, draft: rules.JobDraft) -> Step:
    before = rules.JobDraft(job.title, job.customer, job.location, job.estimated_hours, job.task_ids, job.status)

    def to(values: rules.JobDraft):
        return lambda version: board_jobs.save_job(ctx.db, ctx.actor, values, job.id, version) and version + 1

    return Step(ctx, translate("board", "change a job"), job.version, to(draft), to(before))


def new_improvement(ctx: AppContext, draft: board_extras.ImprovementDraft) -> Step:
    return Step(ctx, translate("board", "add an improvement action"), None,
                lambda _none: (board_extras.save_improvement(ctx.db, ctx.actor, draft), 1),
                lambda ref: board_extras.remove_improvement(ctx.db, ctx.actor, *ref))


def edit_improvement(ctx: AppContext, item, draft: board_extras.ImprovementDraft) -> Step:
    before = board_extras.ImprovementDraft(item.title, item.description, item.status, item.proposed_by_id, item.owner_id, item.due)

    def to(values: board_extras.ImprovementDraft):
        return lambda version: board_extras.save_improvement(ctx.db, ctx.actor, values, item.id, version) and version + 1

    return Step(ctx, translate("board", "change an improvement action"), item.version, to(draft), to(before))
