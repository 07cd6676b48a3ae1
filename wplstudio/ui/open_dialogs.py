"""Opening the database in the GUI: when a guard of services.open_guard objects,
ask the person in plain words and try again with their answer.

- a network or cloud folder: open anyway, or not (the safe default);
- another instance has the file: open read-only, or not at all; when it is
  another PC's lock, also "break the lock", which asks once more."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox, QWidget

from wplstudio.i18n import error_text, translate
from wplstudio.services.open_guard import HeldElsewhere, OpenChoices, Opened, RiskyLocation, open_guarded
from wplstudio.services.handles import Target
from wplstudio.ui import lock_watch
from wplstudio.ui.lifetime import keep_while_open

OPEN_ANYWAY, READ_ONLY, BREAK, CANCEL = "open-anyway", "read-only", "break", "cancel"
_MAX_QUESTIONS = 6  # a lock that keeps changing hands must not keep the person in a loop
_Role = QMessageBox.ButtonRole


def open_asking(target: Target, parent: QWidget | None = None) -> Opened | None:
    """The opened database, or None when the person chose not to open it."""
    choices = OpenChoices()
    for _question in range(_MAX_QUESTIONS):
        try:
            return open_guarded(target, choices)
        except RiskyLocation as error:
            if ask_about_place(parent, error) != OPEN_ANYWAY:
                return None
            choices = replace(choices, allow_risky_folder=True)
        except HeldElsewhere as error:
            answer = ask_about_lock(parent, error)
            if answer == CANCEL:
                return None
            choices = replace(choices, read_only=answer == READ_ONLY, break_foreign_lock=answer == BREAK)
    return None


def ask_about_place(parent: QWidget | None, error: RiskyLocation) -> str:
    text = error_text(error) + "\n\n" + translate(
        "open", "Open it there anyway? Only do this if no other PC opens this file, and keep backups somewhere else.")
    return ask(parent, QMessageBox.Icon.Warning, translate("open", "Risky place for a database"), text,
               [(OPEN_ANYWAY, translate("open", "Open anyway"), _Role.DestructiveRole),
                (CANCEL, translate("open", "Do not open"), _Role.RejectRole)], default=CANCEL)


def ask_about_lock(parent: QWidget | None, error: HeldElsewhere) -> str:
    text = error_text(error) + "\n\n" + translate(
        "open", "You can open it read-only: you see everything, but cannot change anything here.")
    options = [(READ_ONLY, translate("open", "Open read-only"), _Role.AcceptRole)]
    if error.breakable:
        text += "\n\n" + translate("open", "If wplstudio is really closed on {host} (after a power cut, for example), you can break its lock.").format(host=error.holder.host)
        options.append((BREAK, translate("open", "Break the lock…"), _Role.DestructiveRole))
    options.append((CANCEL, translate("open", "Do not open"), _Role.RejectRole))
    answer = ask(parent, QMessageBox.Icon.Information, translate("open", "The database is in use"), text, options, default=READ_ONLY)
    if answer == BREAK and not confirm_break(parent, error):
        return ask_about_lock(parent, error)
    return answer


def confirm_break(parent: QWidget | None, error: HeldElsewhere) -> bool:
    text = translate("open", "Break the lock of {host}? Only do this if wplstudio is really closed there. If it still runs, both PCs write to the same file and changes get lost. This is written to the audit trail.").format(host=error.holder.host)
    return ask(parent, QMessageBox.Icon.Warning, translate("open", "Break the lock?"), text,
               [(BREAK, translate("open", "Break the lock"), _Role.DestructiveRole),
                (CANCEL, translate("open", "Cancel"), _Role.RejectRole)], default=CANCEL) == BREAK


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        options: list[tuple[str, str, QMessageBox.ButtonRole]], default: str) -> str:
    """A message box with the given buttons; the key of the one pressed (Escape: CANCEL)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(label, role): key for key, label, role in options}
    for button, key in buttons.items():
        if key == default:
            box.setDefaultButton(button)
        if key == CANCEL:
            box.setEscapeButton(button)
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)


def open_window_asking(target: Target, parent: QWidget | None = None):
    """The main window on the database after asking what the guards need; None if not opened."""
    from wplstudio.ui.context import AppContext

    opened = open_asking(target, parent)
    if opened is None:
        return None
    try:
        return window_on(opened, AppContext(opened.db))
    except BaseException:
        opened.db.close()
        raise


def window_on(opened: Opened, ctx):
    """The main window for a signed-in person on an opened database, with what opening noticed."""
    from wplstudio.ui.main_window import MainWindow

    window = keep_while_open(MainWindow(ctx))  # nobody else may hold it: never let the collector delete it
    window.lock_watch = lock_watch.install(window, ctx.db)  # another PC may break our lock while we run
    if opened.notices:
        window.statusBar().showMessage("  ".join(translate("notices", n.message).format(**n.params) for n in opened.notices))
    return window
