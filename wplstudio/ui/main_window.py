"""The main window: navigation on the left, one page per area on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from wplstudio.i18n import translate
from wplstudio.paths import icon
from wplstudio.services import company
from wplstudio.ui import connection_status, keyboard, pages
from wplstudio.ui.access import first_open_area, may_open, may_view_company
from wplstudio.ui.context import AppContext
from wplstudio.ui.settings_dialog import add_settings_menu
from wplstudio.ui.views import AREAS, VIEW_NAMES, locate


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        db = ctx.db
        self._pages: dict[str, QWidget] = {}
        self.setWindowIcon(QIcon(str(icon("app.svg"))))
        self.navigation = self._build_navigation()
        self.stack = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.location_label = QLabel(self.tr("Database: {location}").format(location=db.target.describe()))
        self.statusBar().addPermanentWidget(self.location_label)
        self.connection_watch = connection_status.install(self, db)
        self.navigation.currentRowChanged.connect(self._area_chosen)
        keyboard.install(self)  # Ctrl+1..0 for the areas, a ring around the focused table
        self.settings_action = add_settings_menu(self)
        self.refresh_title()
        from wplstudio.ui.help import menu as help_menu

        help_menu.install(self)  # the manual (F1), the first steps for a new company, About

    def _build_navigation(self) -> QListWidget:
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setIconSize(QSize(32, 32))
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for area in AREAS:
            item = QListWidgetItem(QIcon(str(icon(area.icon))), translate("areas", area.title))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            if not may_open(self.ctx.actor, area.key):  # courtesy: the services refuse anyway
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            nav.addItem(item)
        nav.setFixedWidth(_navigation_width(nav))
        return nav

    def refresh_title(self) -> None:
        name = company.get_company(self.ctx.db, self.ctx.actor).name if may_view_company(self.ctx.actor) else ""
        title = f"{name} — wplstudio" if name else "wplstudio"
        self.setWindowTitle(title + " — " + self.tr("read-only") if self.ctx.db.read_only else title)

    def current_view(self) -> str:
        item = self.navigation.currentItem()
        area = item.data(Qt.ItemDataRole.UserRole) if item else AREAS[0].key
        page = self._pages.get(area)
        return page.current_tab() if hasattr(page, "current_tab") else area

    def show_view(self, view: str) -> None:
        area_key, tab = locate(view)
        row = next(i for i, area in enumerate(AREAS) if area.key == area_key)
        self.navigation.setCurrentRow(row)
        page = self._pages[area_key]
        if hasattr(page, "show_tab"):
            page.show_tab(tab)

    def _area_chosen(self, row: int) -> None:
        if row < 0:
            return
        area = AREAS[row]
        if area.key not in self._pages:  # pages are built on first visit, so the window paints fast
            page = pages.build(area, self.ctx)
            keyboard.tab_moves_on(page)
            self._pages[area.key] = page
            self.stack.addWidget(page)
        page = self._pages[area.key]
        if hasattr(page, "refresh"):
            page.refresh()
        self.stack.setCurrentWidget(page)

    def restore_state(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        view = settings.value("window/view", AREAS[0].key)
        usable = view in VIEW_NAMES and may_open(self.ctx.actor, locate(view)[0])
        self.show_view(view if usable else first_open_area(self.ctx.actor))

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/view", self.current_view())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_state(QSettings())
        super().closeEvent(event)


def _navigation_width(nav: QListWidget) -> int:
    """Wide enough for the longest area name (English ones are longer), within reason."""
    nav.ensurePolished()
    widest = max(nav.fontMetrics().horizontalAdvance(nav.item(i).text()) for i in range(nav.count()))
    return max(270, min(360, widest + nav.iconSize().width() + 60))
