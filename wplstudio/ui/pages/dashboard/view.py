"""The start screen: a card per kind of attention item; a click opens the item's place.

Layout only; the items come from services/dashboard.py, which leaves out what an area
does not offer yet or what the signed-in person may not see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from wplstudio.i18n import translate
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded

COLOURS = {"urgent": "#c62828", "warning": "#8a5a00", "info": "#1f2933"}  # services.dashboard's severities
MARKS = {"urgent": "✗ ", "warning": "⚠ ", "info": "• "}
SHOWN = 8  # items per card; "show all" opens the area


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(translate("areas", "Dashboard"), objectName="pageTitle")
        self.date_label = QLabel(objectName="hint")
        self.scroll = QScrollArea(widgetResizable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.date_label)
        layout.addLayout(head)
        layout.addWidget(self.scroll, 1)
        self.lists: dict[str, QListWidget] = {}

    def refresh(self) -> None:
        from wplstudio.services import dashboard

        board = guarded(self, lambda: dashboard.load(self.ctx.db, self.ctx.actor))
        if board is None:
            return
        self.date_label.setText(self.tr("Today: {date}").format(date=board.today.strftime("%d-%m-%Y")))
        self.lists = {}
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(14)
        for n, section in enumerate(board.sections):
            grid.addWidget(self._card(section), n // 2, n % 2)
        self.scroll.setWidget(holder)  # the scroll area deletes the previous cards itself

    def _card(self, section) -> QGroupBox:
        box = QGroupBox(f"{translate('dashboard', section.title)}  ({len(section.items)})")
        box.setObjectName(f"card-{section.key}")
        box.setStyleSheet("QGroupBox { font-size: 13pt; font-weight: 600; }")
        items = QListWidget()
        items.setObjectName(f"items-{section.key}")
        items.setStyleSheet("font-size: 12pt; font-weight: normal;")
        items.setWordWrap(True)
        for item in section.items[:SHOWN]:
            items.addItem(self._line(item))
        if not section.items:
            empty = QListWidgetItem(self.tr("Nothing needs attention here."))
            empty.setForeground(QBrush(QColor("#2e7d32")))
            empty.setData(Qt.ItemDataRole.UserRole, section.view)
            items.addItem(empty)
        items.setMinimumHeight(150)
        items.itemActivated.connect(self._open)
        items.itemClicked.connect(self._open)
        self.lists[section.key] = items
        more = QPushButton(self.tr("Open ({n} in all)").format(n=len(section.items)))
        more.clicked.connect(lambda _=False, view=section.view: self.open_view(view))
        layout = QVBoxLayout(box)
        layout.addWidget(items, 1)
        layout.addWidget(more, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _line(self, item) -> QListWidgetItem:
        line = QListWidgetItem(MARKS[item.severity] + translate("dashboard", item.message).format(**item.params))
        line.setForeground(QBrush(QColor(COLOURS[item.severity])))
        line.setData(Qt.ItemDataRole.UserRole, item.view)
        return line

    def _open(self, line: QListWidgetItem) -> None:
        self.open_view(line.data(Qt.ItemDataRole.UserRole))

    def open_view(self, view: str) -> None:
        window = self.window()
        if hasattr(window, "show_view"):
            window.show_view(view)
