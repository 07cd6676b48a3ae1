"""One package per area; build() makes the page for an area on first visit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from wplstudio.ui.context import AppContext
from wplstudio.ui.views import Area


def build(area: Area, ctx: AppContext) -> QWidget:
    if area.key == "people":
        from wplstudio.ui.pages.people.view import PeoplePage

        return PeoplePage(ctx)
    from wplstudio.ui.pages.coming import ComingPage

    return ComingPage(area)
