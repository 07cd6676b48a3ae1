"""The Backups tab: the backups there are (when, what kind, how big, whether it passes
its check), a backup by hand, restoring one after a confirmation, and how many
automatic backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)

from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.domain.rotation import MAX_COUNT, Rotation
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.services import backups
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded
from wplstudio.ui.table_model import ROW_ROLE, Column, RowsModel

KINDS = {
    "automatic": QT_TRANSLATE_NOOP("backups", "automatic"),
    "manual": QT_TRANSLATE_NOOP("backups", "by hand"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("backups", "before an upgrade"),
}
KEPT_AS = {
    "daily": QT_TRANSLATE_NOOP("backups", "daily"),
    "weekly": QT_TRANSLATE_NOOP("backups", "weekly"),
    "monthly": QT_TRANSLATE_NOOP("backups", "monthly"),
}


def when(backup) -> str:
    return backup.taken.astimezone().strftime("%d-%m-%Y %H:%M")


def kind_text(backup) -> str:
    text = translate("backups", KINDS.get(backup.kind, backup.kind))
    kept = [translate("backups", KEPT_AS[k]) for k in ("daily", "weekly", "monthly") if k in backup.kept_as]
    return f"{text} ({', '.join(kept)})" if kept else text


def size_text(backup) -> str:
    return f"{max(1, round(backup.size / 1024)):,} kB".replace(",", ".")


class BackupsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel(objectName="hint", wordWrap=True)
        self.model = RowsModel(self._columns(), self)
        self.table = self._build_table()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        layout.addWidget(self._rotation_box())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Taken"), when, lambda b: b.taken.timestamp()),
            Column(self.tr("Kind"), kind_text),
            Column(self.tr("Size"), size_text, lambda b: b.size),
            Column(self.tr("Check"), lambda b: "✓ " + self.tr("ok") if b.ok else "✗ " + self.tr("fails its check: cannot be restored")),
        ]

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        return table

    def _rotation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Automatic backups to keep"))
        self.daily, self.weekly, self.monthly = (QSpinBox(minimum=0, maximum=MAX_COUNT) for _ in range(3))
        self.save_rotation_button = QPushButton(self.tr("Save"))
        self.save_rotation_button.clicked.connect(self.save_rotation)
        line = QHBoxLayout(box)
        for label, spin in ((self.tr("Daily"), self.daily), (self.tr("Weekly"), self.weekly), (self.tr("Monthly"), self.monthly)):
            line.addWidget(QLabel(label))
            line.addWidget(spin)
            line.addSpacing(16)
        line.addWidget(QLabel(self.tr("Backups by hand and those made before an upgrade or a restore are never removed."),
                              objectName="hint", wordWrap=True), 1)
        line.addWidget(self.save_rotation_button)
        return box

    # --- showing ------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.db
        if not db.is_sqlite:
            self.intro.setText(self.tr("This database is on a shared server: it is backed up on the server itself (for example with pg_dump), not here."))
            self.model.set_rows([])
            self._enable()
            return
        rows = guarded(self, lambda: backups.list_backups(db, self.ctx.actor))
        self.model.set_rows(rows or [])
        self.intro.setText(self.tr("The backups of this database are kept in {folder}. While wplstudio runs it makes one every day, "
                                   "checks every copy, and keeps as many as set below. Newest first.").format(
            folder=str(backups.default_folder(db))))
        rotation = guarded(self, lambda: backups.get_rotation(db))
        if rotation:
            self.daily.setValue(rotation.daily)
            self.weekly.setValue(rotation.weekly)
            self.monthly.setValue(rotation.monthly)
        self._enable()

    def _enable(self) -> None:
        may = self.ctx.db.is_sqlite and not self.ctx.db.read_only and allowed(self.ctx.actor.role, "backups", "edit", OTHERS)
        chosen = self.selected()
        self.backup_button.setEnabled(may)
        self.save_rotation_button.setEnabled(may)
        self.restore_button.setEnabled(may and chosen is not None and chosen.ok)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # --- doing --------------------------------------------------------------
    def backup_now(self) -> None:
        result = guarded(self, lambda: backups.backup_now(self.ctx.db, self.ctx.actor))
        if result is not None:
            self.refresh()
            self._status(self.tr("Backup made and checked: {file}").format(file=result.path.name))

    def save_rotation(self) -> None:
        rotation = Rotation(self.daily.value(), self.weekly.value(), self.monthly.value())
        if guarded(self, lambda: backups.save_rotation(self.ctx.db, self.ctx.actor, rotation)) is not None:
            self.refresh()
            self._status(self.tr("Saved."))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.ok:
            return
        question = self.tr("Restore the backup of {when}?\n\nEverything changed since then is replaced by what the backup holds. "
                           "The database as it is now is first kept as a backup (\"before a restore\"), so this can be undone.").format(when=when(chosen))
        if QMessageBox.question(self, self.tr("Restore a backup"), question) != QMessageBox.StandardButton.Yes:
            return
        from wplstudio.ui.recovery import restore_in_window

        if restore_in_window(self.window(), self.ctx, chosen.path, parent=self):
            self.refresh()

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 15000)
