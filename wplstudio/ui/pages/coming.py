"""An area that is not built yet says so plainly, and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wplstudio.i18n import translate
from wplstudio.paths import icon
from wplstudio.ui.views import Area


class ComingPage(QWidget):
    def __init__(self, area: Area) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        title = QLabel(translate("areas", area.title))
        title.setObjectName("pageTitle")
        picture = QLabel()
        picture.setPixmap(QIcon(str(icon(area.icon))).pixmap(96, 96))
        notice = QLabel(self.tr("This part of wplstudio is not there yet."))
        notice.setStyleSheet("font-size: 15pt; font-weight: 600; color: #8a5a00;")
        plan = QLabel(self.tr("Coming here:\n{what}").format(what=translate("areas", area.coming)))
        plan.setWordWrap(True)
        plan.setObjectName("hint")
        plan.setStyleSheet("font-size: 13pt;")
        for widget in (title, picture, notice, plan):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.setAlignment(picture, Qt.AlignmentFlag.AlignLeft)
