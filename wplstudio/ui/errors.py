"""Errors shown to a person: a dialog in their language, never a traceback."""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from wplstudio.domain.errors import WplError
from wplstudio.i18n import error_text, translate

T = TypeVar("T")


def show_error(parent: QWidget | None, error: WplError, title: str | None = None) -> None:
    from wplstudio.ui.connection_status import notice

    notice(error)  # a lost server connection also turns on the status bar's offline sign
    QMessageBox.warning(parent, title or translate("errors", "Not done"), error_text(error))


def guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; a WplError becomes a message and None, anything else a logged error."""
    try:
        return action()
    except WplError as error:
        show_error(parent, error)
    except Exception as error:  # a bug: say so plainly, keep the details in the log
        show_unexpected(parent, error)
    return None


def show_unexpected(parent: QWidget | None, error: Exception) -> None:
    from wplstudio.crashlog import write

    QMessageBox.critical(parent, translate("errors", "Something went wrong"), translate("errors", "Something unexpected went wrong ({kind}). Nothing was saved. Details are in {log}.").format(kind=type(error).__name__, log=str(write(error))))
