"""The programs tab: programs per function on the left, the chosen program's modules on the
right, with their pictures. Copy a program to adapt it; a program in use is archived."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImageReader, QKeySequence, QPixmap, QShortcut, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget)

from wplstudio.domain import onboarding as rules
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services import onboarding_programs as programs, people
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.flow_layout import FlowLayout
from wplstudio.ui.pages.onboarding import program_undo as undo
from wplstudio.ui.pages.onboarding.dialogs import ModuleDialog


def checked_image(path: str) -> bytes:
    """The file's bytes when Qt reads it as a PNG or JPEG picture; the service checks again by its first bytes."""
    with open(path, "rb") as handle:
        data = handle.read(rules.MAX_IMAGE_BYTES + 1)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if bytes(reader.format().data()).lower() not in (b"png", b"jpeg", b"jpg") or reader.read().isNull():
        raise WplError(QT_TRANSLATE_NOOP("errors", "Only PNG and JPEG pictures can be added to a module."))
    return data


class ProgramsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programs = QListWidget()
        self.programs.currentRowChanged.connect(lambda _r: self.show_program())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _on: self.refresh())
        self.modules = QListWidget()
        self.modules.currentRowChanged.connect(lambda _r: self.show_module())
        self.modules.itemDoubleClicked.connect(lambda _i: self.edit_module())
        self.info = QLabel(wordWrap=True, objectName="hint")
        self.module_text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.pictures = QHBoxLayout()
        self.rows: list = []
        edit = may(ctx.actor, "onboarding", "edit")
        self.buttons = {}
        for key, text, slot in (("new", QT_TRANSLATE_NOOP("ProgramsTab", "New program…"), self.new_program),
                                ("copy", QT_TRANSLATE_NOOP("ProgramsTab", "Copy…"), self.copy_program),
                                ("archive", QT_TRANSLATE_NOOP("ProgramsTab", "Archive / restore"), self.archive_program),
                                ("add", QT_TRANSLATE_NOOP("ProgramsTab", "Add module…"), self.add_module),
                                ("edit", QT_TRANSLATE_NOOP("ProgramsTab", "Change module…"), self.edit_module),
                                ("remove", QT_TRANSLATE_NOOP("ProgramsTab", "Remove module…"), self.remove_module),
                                ("up", QT_TRANSLATE_NOOP("ProgramsTab", "Up"), lambda: self.move(-1)),
                                ("down", QT_TRANSLATE_NOOP("ProgramsTab", "Down"), lambda: self.move(1)),
                                ("picture", QT_TRANSLATE_NOOP("ProgramsTab", "Add picture…"), self.add_picture)):
            button = QPushButton(self.tr(text), enabled=edit)
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.undo_stack = QUndoStack(self)
        self._undo_buttons(edit)
        self._layout()

    def _undo_buttons(self, edit: bool) -> None:
        for key, text, slot, signal in (("undo", QT_TRANSLATE_NOOP("ProgramsTab", "Undo"), self.undo_stack.undo, self.undo_stack.canUndoChanged),
                                        ("redo", QT_TRANSLATE_NOOP("ProgramsTab", "Redo"), self.undo_stack.redo, self.undo_stack.canRedoChanged)):
            button = QPushButton(self.tr(text), enabled=False)
            button.setToolTip(self.tr("Undo or redo moving, changing or removing a module (Ctrl+Z, Ctrl+Y)"))
            button.clicked.connect(slot)
            signal.connect(lambda on, b=button: b.setEnabled(on and edit))
            self.buttons[key] = button
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)

    def _layout(self) -> None:
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(self.programs, 1)
        lv.addWidget(self.archived)
        row = FlowLayout()  # buttons wrap on a narrow screen instead of widening the window
        for key in ("new", "copy", "archive"):
            row.addWidget(self.buttons[key])
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.info)
        bar = FlowLayout()
        for key in ("add", "edit", "remove", "up", "down", "undo", "redo", "picture"):
            bar.addWidget(self.buttons[key])
        rv.addLayout(bar)
        inner = QSplitter()
        inner.addWidget(self.modules)
        text = QWidget()
        tv = QVBoxLayout(text)
        tv.addWidget(self.module_text)
        tv.addLayout(self.pictures)
        tv.addStretch(1)
        inner.addWidget(text)
        inner.setStretchFactor(1, 2)
        rv.addWidget(inner, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])  # the program's modules get the room; their buttons stay on one line on a wide screen
        QVBoxLayout(self).addWidget(split)

    def refresh(self) -> None:
        keep = self.current_program().id if self.current_program() else None
        self.rows = guarded(self, lambda: programs.list_programs(self.ctx.db, self.ctx.actor, self.archived.isChecked())) or []
        self.programs.clear()
        for p in self.rows:
            text = f"{p.name}\n   {p.function_name or '-'} · " + self.tr("{n} modules · {h} hours").format(n=len(p.modules), h=f"{p.total_hours:g}")
            item = QListWidgetItem(text + ("  · " + self.tr("archived") if p.archived else ""))
            self.programs.addItem(item)
        ids = [p.id for p in self.rows]
        self.programs.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))

    def current_program(self):
        i = self.programs.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def current_module(self):
        p, i = self.current_program(), self.modules.currentRow()
        return p.modules[i] if p and 0 <= i < len(p.modules) else None

    def show_program(self) -> None:
        p = self.current_program()
        keep = self.modules.currentRow()
        self.modules.clear()
        if p is None:
            self.info.setText(self.tr("No programs yet. Make one with New program."))
            self.show_module()
            return
        self.info.setText(self.tr("{name} — {description} Used by {n} trajectories.").format(name=p.name, description=p.description, n=p.in_use))
        for n, m in enumerate(p.modules, 1):
            self.modules.addItem(f"{n}. {m.title}  ({m.hours:g} h)" + ("  📷" if m.images else ""))
        self.modules.setCurrentRow(keep if 0 <= keep < len(p.modules) else 0)

    def show_module(self) -> None:
        from wplstudio.ui.pages.onboarding.trajectories import _empty

        _empty(self.pictures)
        m = self.current_module()
        if m is None:
            self.module_text.setText("")
            return
        goal, why, safety = self.tr("Goal"), self.tr("Why"), self.tr("Safety")
        assignments, assessment, tasks = self.tr("Assignments"), self.tr("Assessment"), self.tr("Tasks")
        parts = [f"<h3>{m.title}</h3>", f"<b>{goal}:</b> {m.goal}", f"<b>{why}:</b> {m.why}"]
        if m.safety:
            parts.append(f"<b>{safety}:</b> {m.safety}")
        parts.append(f"<b>{assignments}:</b><ul>" + "".join(f"<li>{t}</li>" for _, t in m.assignments) + "</ul>")
        if m.assessment:
            parts.append(f"<b>{assessment}:</b> {m.assessment} — {m.pass_criterion}")
        parts.append(f"<b>{tasks}:</b> " + ", ".join(f"{t.task_name} → {t.level}" for t in m.tasks))
        self.module_text.setText("<br/>".join(parts))
        for image in m.images:
            data = guarded(self, lambda i=image: programs.image_data(self.ctx.db, self.ctx.actor, i.id))
            pixmap = QPixmap()
            if data and pixmap.loadFromData(data):
                label = QLabel()
                label.setPixmap(pixmap.scaledToHeight(140, Qt.TransformationMode.SmoothTransformation))
                label.setToolTip(image.caption)
                self.pictures.addWidget(label)
        self.pictures.addStretch(1)

    # --- actions --------------------------------------------------------------------------

    def new_program(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New program"), self.tr("Name of the program"))
        if not ok:
            return
        functions = guarded(self, lambda: people.list_functions(self.ctx.db, self.ctx.actor)) or []
        labels = [f.name for f in functions]
        chosen, ok = QInputDialog.getItem(self, self.tr("New program"), self.tr("For which function?"), labels, 0, False)
        if ok:
            function_id = functions[labels.index(chosen)].id if chosen in labels else None
            if guarded(self, lambda: programs.save_program(self.ctx.db, self.ctx.actor, name, function_id)):
                self.refresh()

    def copy_program(self) -> None:
        p = self.current_program()
        if p is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Copy program"), self.tr("Name of the copy"), text=p.name + " (2)")
        if ok and guarded(self, lambda: programs.copy_program(self.ctx.db, self.ctx.actor, p.id, name)):
            self.refresh()

    def archive_program(self) -> None:
        p = self.current_program()
        if p and guarded(self, lambda: programs.set_archived(self.ctx.db, self.ctx.actor, p.id, p.version, not p.archived)):
            self.refresh()

    def add_module(self) -> None:
        p = self.current_program()
        if p and ModuleDialog.run(self.ctx, p.id, None, parent=self):
            self.refresh()

    def edit_module(self) -> None:
        p, m = self.current_program(), self.current_module()
        if p and m and ModuleDialog.run(self.ctx, p.id, m, parent=self):
            self.refresh()
            now = undo.module_row(self, p.id, m.id)
            if now is not None:
                self.undo_stack.push(undo.EditModule(self, p.id, m.id, m.draft(), now.draft(), m.title))

    def remove_module(self) -> None:
        """Only in a program no trajectory uses yet (the service says so otherwise); asked first."""
        m = self.current_module()
        if m is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove module"), self.tr("Remove the module {title} from this program?").format(
            title=m.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        p, row = self.current_program(), self.modules.currentRow()
        pictures = undo.pictures_of(self, m)  # read before the module and its pictures go
        if guarded(self, lambda: programs.delete_module(self.ctx.db, self.ctx.actor, m.id, m.version) or True):
            self.undo_stack.push(undo.RemoveModule(self, p.id, m.id, m.draft(), row, pictures))
        self.refresh()

    def move(self, step: int) -> None:
        """One place up or down; a move that really happened can be undone (Ctrl+Z) and redone."""
        p, m, row = self.current_program(), self.current_module(), self.modules.currentRow()
        if m is None or not 0 <= row + step < len(p.modules):
            return
        if self.apply_move(m.id, step):
            self.undo_stack.push(undo.MoveModule(self, m.id, step, m.title))

    def apply_move(self, module_id: int, step: int) -> bool:
        done = guarded(self, lambda: programs.move_module(self.ctx.db, self.ctx.actor, module_id, step) or True)
        self.refresh()
        self.select_module(module_id)
        return bool(done)

    def select_module(self, module_id: int) -> None:
        p = self.current_program()
        ids = [module.id for module in p.modules] if p else []
        if module_id in ids:
            self.modules.setCurrentRow(ids.index(module_id))

    def add_picture(self) -> None:
        m = self.current_module()
        if m is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo or sketch"), "", self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not path:
            return
        caption, _ok = QInputDialog.getText(self, self.tr("Picture"), self.tr("A short caption (optional)"))
        if guarded(self, lambda: programs.add_image(self.ctx.db, self.ctx.actor, m.id, checked_image(path), caption)):
            self.refresh()
