"""`wplstudio screenshot sign-in|first-start|lock|settings`: the dialogs around the main window,
rendered without a screen and without anyone signing in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.handles import Target


def render_dialog(target: Target, view: str, out: Path) -> Path:
    from wplstudio.services.opening import open_company

    db = open_company(target)
    try:
        dialog = _dialog(db, view)
        dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
        dialog.show()
        QApplication.processEvents()
        saved = dialog.grab().save(str(out), "PNG")
        dialog.close()
    finally:
        db.close()
    if not saved:
        raise WplError(QT_TRANSLATE_NOOP("errors", "The picture could not be written to {path}."), path=str(out))
    return out


def _dialog(db, view: str):
    from wplstudio.ui.idle_lock import LockDialog
    from wplstudio.ui.sign_in import FirstOwnerDialog, SignInDialog

    if view == "first-start":
        return FirstOwnerDialog(db)
    if view == "lock":
        return LockDialog(db, _someone(db))
    if view == "settings":
        from wplstudio.ui.settings_dialog import SettingsDialog

        return SettingsDialog()
    if view in ("manual", "welcome"):  # the Help menu's windows
        from wplstudio.ui.help.shots import shot_widget

        return shot_widget(db, view)
    return SignInDialog(db)


def _someone(db) -> Actor:
    """The lock screen names a person: the first account there is, else the system."""
    from wplstudio.services import accounts

    rows = accounts.list_accounts(db, SYSTEM)
    return Actor(rows[0].display_name, rows[0].role, rows[0].id) if rows else SYSTEM
