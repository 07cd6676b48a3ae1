"""`wplstudio screenshot --all --out-dir DIR`: every view as VIEW.png, in one process
(one window, one database opening), for the manual and the bundle's test."""

from __future__ import annotations

import os
from pathlib import Path

from wplstudio.services.handles import Target


def render_all(target: Target, folder: Path, lang: str | None, size: tuple[int, int]) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wplstudio.app import make_application
    from wplstudio.i18n import install
    from wplstudio.ui.dialog_shots import render_dialog
    from wplstudio.ui.views import DIALOG_VIEWS, VIEW_NAMES

    make_application()
    install(lang)
    folder.mkdir(parents=True, exist_ok=True)
    written = _render_views(target, VIEW_NAMES, folder, size)
    written += [render_dialog(target, view, folder / f"{view}.png") for view in DIALOG_VIEWS]
    return written


def _render_views(target: Target, views, folder: Path, size: tuple[int, int]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from wplstudio.app import open_window
    from wplstudio.ui.background import wait_for_background

    window = open_window(target)
    written = []
    try:
        window.resize(*size)
        window.show()
        for view in views:
            window.show_view(view)
            QApplication.processEvents()
            wait_for_background()  # a page that loads in the background shows its result in the picture
            written.append(_save(window.grab(), folder / f"{view}.png"))
    finally:
        window.close()
        window.ctx.db.close()
    return written


def _save(picture, out: Path) -> Path:
    if not picture.save(str(out), "PNG"):
        from wplstudio.domain.errors import WplError
        from wplstudio.domain.text import QT_TRANSLATE_NOOP

        raise WplError(QT_TRANSLATE_NOOP("errors", "The picture could not be written to {path}."), path=str(out))
    return out
