"""Undo commands of the board. Each calls the services and remembers the card's new
version, so undo and redo go through the same rules and conflict checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoCommand

from wplstudio.i18n import translate
from wplstudio.services import board_plan
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
