"""An area the signed-in role may not open says so, instead of showing an error."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import ROLE_TITLES
from wplstudio.i18n import translate
from wplstudio.ui.views import Area


class ClosedPage(QWidget):
    def __init__(self, area: Area, actor: Actor) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        title = QLabel(translate("areas", area.title), objectName="pageTitle")
        role = translate("roles", ROLE_TITLES.get(actor.role, actor.role))
        notice = QLabel(self.tr("This part is not for your role ({role}). Ask the owner or the manager if you need it.").format(role=role),
                        wordWrap=True, objectName="hint")
        notice.setStyleSheet("font-size: 14pt;")
        layout.addWidget(title)
        layout.addWidget(notice)
        layout.addStretch(1)
