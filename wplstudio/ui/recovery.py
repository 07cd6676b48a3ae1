"""Bringing a backup back from the GUI: from the Backups tab while the app runs, and
right at the start when the database turned out to be damaged (it has then been set
aside, and the newest good backup is offered)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import DatabaseDamaged, WplError
from wplstudio.i18n import error_text, translate
from wplstudio.services import backups
from wplstudio.services.handles import Target
from wplstudio.ui.auto_backup import pause_automatic_backups
from wplstudio.ui.background import wait_for_background
from wplstudio.ui.errors import guarded


def restore_in_window(window, ctx, source: Path, parent: QWidget | None = None) -> bool:
    """Close the database, restore, reopen: the window goes on with the same context.
    Background work (an automatic backup, the audit check) is finished first, because a
    file that is still being read cannot be replaced."""
    auto = pause_automatic_backups(window)
    wait_for_background()
    try:
        result = guarded(parent or window, lambda: backups.restore_into_open(ctx.db, ctx.actor, source))
    finally:
        if auto is not None:
            auto.resume()
    if result is None:
        return False
    if hasattr(window, "refresh_title"):
        window.refresh_title()
    QMessageBox.information(parent or window, translate("recovery", "Backup restored"), done_text(result))
    return True


def done_text(result: backups.RestoreResult) -> str:
    text = translate("recovery", "The backup {file} has been restored.").format(file=result.source.name)
    if result.was_damaged:
        return text + " " + translate("recovery", "The damaged database was moved aside to {path}.").format(path=str(result.kept_as))
    if result.kept_as:
        return text + " " + translate("recovery", "The database as it was is kept as {path}.").format(path=str(result.kept_as))
    return text


def offer_restore_at_start(target: Target, error: WplError, open_again: Callable[[Target], object]):
    """The database could not be opened. When it was damaged and set aside, offer its newest
    good backup right away; otherwise say why, as before. Returns what open_again returns, or None."""
    title = translate("errors", "The database cannot be opened")
    if not isinstance(error, DatabaseDamaged) or error.backup is None:
        QMessageBox.critical(None, title, error_text(error))
        return None
    question = error_text(error) + "\n\n" + translate("recovery", "Restore the newest good backup, from {when}, now?").format(
        when=error.backup_taken.astimezone().strftime("%d-%m-%Y %H:%M"))
    if QMessageBox.question(None, translate("recovery", "The database is damaged"), question) != QMessageBox.StandardButton.Yes:
        return None
    try:
        result = backups.restore_with_lock(target, SYSTEM, error.backup)
        QMessageBox.information(None, translate("recovery", "Backup restored"), done_text(result))
        return open_again(target)
    except WplError as failed:
        QMessageBox.critical(None, title, error_text(failed))
        return None
