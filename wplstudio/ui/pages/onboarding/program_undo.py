"""Undo and redo for editing a program's modules: moving one, changing one, removing one.
Each command is pushed after its first change was saved (so the stack's first redo() does
nothing); undoing calls the same services again, with the versions as they are now. A step
that core refuses (someone else changed the module meanwhile, or the program came in use)
is shown as a message and dropped from the stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from wplstudio.domain.onboarding import ModuleDraft
from wplstudio.i18n import translate
from wplstudio.services import onboarding_programs as programs
from wplstudio.ui.errors import guarded


def module_row(tab, program_id: int, module_id: int):
    program = guarded(tab, lambda: programs.get_program(tab.ctx.db, tab.ctx.actor, program_id))
    return next((m for m in program.modules if m.id == module_id), None) if program else None


def pictures_of(tab, module) -> list[tuple[bytes, str]]:
    found = [(guarded(tab, lambda i=image: programs.image_data(tab.ctx.db, tab.ctx.actor, i.id)), image.caption) for image in module.images]
    return [(data, caption) for data, caption in found if data]


class _Once(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False
        elif not self.again():
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.back():
            self.setObsolete(True)

    def again(self) -> bool:
        raise NotImplementedError

    def back(self) -> bool:
        raise NotImplementedError


class MoveModule(_Once):
    def __init__(self, tab, module_id: int, step: int, title: str) -> None:
        super().__init__(translate("ProgramsTab", "move {title}").format(title=title))
        self.tab, self.module_id, self.step = tab, module_id, step

    def again(self) -> bool:
        return self.tab.apply_move(self.module_id, self.step)

    def back(self) -> bool:
        return self.tab.apply_move(self.module_id, -self.step)


class EditModule(_Once):
    def __init__(self, tab, program_id: int, module_id: int, old: ModuleDraft, new: ModuleDraft, title: str) -> None:
        super().__init__(translate("ProgramsTab", "change {title}").format(title=title))
        self.tab, self.program_id, self.module_id, self.old, self.new = tab, program_id, module_id, old, new

    def again(self) -> bool:
        return self._put(self.new)

    def back(self) -> bool:
        return self._put(self.old)

    def _put(self, draft: ModuleDraft) -> bool:
        now = module_row(self.tab, self.program_id, self.module_id)
        done = now is not None and guarded(self.tab, lambda: programs.save_module(
            self.tab.ctx.db, self.tab.ctx.actor, self.program_id, draft, self.module_id, now.version)) is not None
        self.tab.refresh()
        self.tab.select_module(self.module_id)
        return done


class RemoveModule(_Once):
    """Undo puts the module back in its place, with its assignments, tasks and pictures (as a new record)."""

    def __init__(self, tab, program_id: int, module_id: int, draft: ModuleDraft, row: int, pictures: list[tuple[bytes, str]]) -> None:
        super().__init__(translate("ProgramsTab", "remove {title}").format(title=draft.title))
        self.tab, self.program_id, self.module_id, self.draft, self.row, self.pictures = tab, program_id, module_id, draft, row, pictures

    def back(self) -> bool:
        ctx = self.tab.ctx
        made = guarded(self.tab, lambda: programs.save_module(ctx.db, ctx.actor, self.program_id, self.draft))
        if made is None:
            return False
        self.module_id = made.id
        for data, caption in self.pictures:
            guarded(self.tab, lambda d=data, c=caption: programs.add_image(ctx.db, ctx.actor, made.id, d, c))
        count = len(guarded(self.tab, lambda: programs.get_program(ctx.db, ctx.actor, self.program_id)).modules)
        for _ in range(count - 1 - self.row):
            guarded(self.tab, lambda: programs.move_module(ctx.db, ctx.actor, made.id, -1))
        self.tab.refresh()
        self.tab.select_module(made.id)
        return True

    def again(self) -> bool:
        now = module_row(self.tab, self.program_id, self.module_id)
        done = now is not None and guarded(self.tab, lambda: programs.delete_module(
            self.tab.ctx.db, self.tab.ctx.actor, self.module_id, now.version) or True) is not None
        self.tab.refresh()
        return done
