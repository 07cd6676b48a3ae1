"""The company's own details."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wplstudio.services import company
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded


class CompanyTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = None
        self.name = QLineEdit()
        self.name.setMaximumWidth(520)
        self.demo_note = QLabel(self.tr("This is the demo company: try everything, it is not your real data."), objectName="hint")
        self.save_button = QPushButton(self.tr("Save"), objectName="companySave")
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Company name"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.info = guarded(self, lambda: company.get_company(self.ctx.db, self.ctx.actor))
        if self.info:
            self.name.setText(self.info.name)
            self.demo_note.setVisible(self.info.is_demo)

    def save(self) -> None:
        saved = guarded(self, lambda: company.save_company_name(self.ctx.db, self.ctx.actor, self.name.text(), self.info.version))
        if saved:
            self.info = saved
            window = self.window()
            if hasattr(window, "refresh_title"):
                window.refresh_title()
