"""Level changes as undo commands. Each user action is one call of services.matrix.set_levels
(one transaction, with history and audit); undoing it is another call with the old levels.
Every call sends the versions the grid shows, so a cell another PC changed meanwhile is
refused by core and shown as a message instead of being overwritten."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtGui import QUndoCommand

from wplstudio.i18n import translate
from wplstudio.services.matrix import LevelEdit
from wplstudio.ui.pages.matrix.model import letter


@dataclass(frozen=True)
class Step:
    employee_id: int
    task_id: int
    old: int
    new: int


# (edits, note) -> True when core saved them; the page shows a refusal itself and returns False.
Apply = Callable[[list[tuple[int, int, int]], str], bool]


class SetLevels(QUndoCommand):
    def __init__(self, steps: list[Step], note: str, apply: Apply) -> None:
        super().__init__(describe(steps))
        self.steps, self.note, self.apply = steps, note, apply
        self.done = True  # pushed after the first change was saved: the stack's first redo() does nothing

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        if not self.apply([(s.employee_id, s.task_id, s.new) for s in self.steps], self.note):
            self.setObsolete(True)  # refused (someone else changed a cell): drop it from the stack

    def undo(self) -> None:
        note = translate("matrix", "Undone: {note}").format(note=self.note) if self.note else translate("matrix", "Undone")
        if not self.apply([(s.employee_id, s.task_id, s.old) for s in self.steps], note):
            self.setObsolete(True)


def describe(steps: list[Step]) -> str:
    """The text of the undo/redo buttons' tooltips."""
    if len(steps) == 1:
        return translate("matrix", "level {old} → {new}").format(old=letter(steps[0].old), new=letter(steps[0].new))
    return translate("matrix", "{n} levels to {new}").format(n=len(steps), new=letter(steps[0].new))


def edits_for(changes: list[tuple[int, int, int]], version_of: Callable[[int, int], int]) -> list[LevelEdit]:
    """LevelEdits that carry the version the grid shows, so core can refuse a stale change."""
    return [LevelEdit(e, t, level, version_of(e, t)) for e, t, level in changes]
