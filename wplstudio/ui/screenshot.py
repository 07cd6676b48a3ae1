"""Render one view of the main window to a PNG, without a screen."""

from __future__ import annotations

import os
from pathlib import Path

from wplstudio.services.handles import Target


def render(target: Target, view: str, out: Path, lang: str | None, size: tuple[int, int]) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wplstudio.app import make_application, open_window
    from wplstudio.i18n import install

    app = make_application()
    install(lang)
    from wplstudio.ui.views import DIALOG_VIEWS

    if view in DIALOG_VIEWS:
        from wplstudio.ui.dialog_shots import render_dialog

        return render_dialog(target, view, out)
    window = open_window(target)
    try:
        window.resize(*size)
        window.show()
        window.show_view(view)
        app.processEvents()
        from wplstudio.ui.background import wait_for_background

        wait_for_background()  # a page that loads in the background shows its result in the picture
        if not window.grab().save(str(out), "PNG"):
            from wplstudio.domain.errors import WplError
            from wplstudio.domain.text import QT_TRANSLATE_NOOP

            raise WplError(QT_TRANSLATE_NOOP("errors", "The picture could not be written to {path}."), path=str(out))
    finally:
        window.close()
        window.ctx.db.close()
    return out
