"""The Planning board area: the week, the improvement actions and the shop display.
The shop screen's account (role "display") sees only the display."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.board.display import ShopDisplay
from wplstudio.ui.pages.board.improvements import ImprovementsTab
from wplstudio.ui.pages.board.week import WeekTab
from wplstudio.ui.tabbed_page import TabbedPage


class DisplayTab(QWidget):
    """The shop display inside the window, with a button to show it on the whole screen."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.display = ShopDisplay(ctx, self)
        self.full: ShopDisplay | None = None
        button = QPushButton(self.tr("Full screen (Esc to leave)"), objectName="fullScreen")
        button.clicked.connect(self.full_screen)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.display, 1)

    def refresh(self) -> None:
        self.display.refresh()

    def full_screen(self) -> None:
        self.full = ShopDisplay(self.ctx)
        self.full.refresh()
        self.full.showFullScreen()


class BoardPage(TabbedPage):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(translate("areas", "Planning board"), parent)
        self.ctx = ctx
        if ctx.actor.role != "display":
            self._add("board", WeekTab(ctx), self.tr("Week"))
            self._add("board-improvements", ImprovementsTab(ctx), self.tr("Improvement actions"))
        self._add("board-display", DisplayTab(ctx), self.tr("Shop display"))
