"""One step of the welcome: what to do, whether it is done, and a button that goes there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class StepCard(QFrame):
    def __init__(self, name: str, title: str, text: str, parent=None) -> None:
        super().__init__(parent, objectName=name)
        self.setProperty("welcomeStep", True)
        self.state = QLabel(objectName=name + "State")
        self.detail = QLabel(objectName=name + "Detail")
        self.state.setProperty("stepState", True)
        self.detail.setProperty("stepDetail", True)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(title, objectName="stepTitle", wordWrap=True), 1)
        heading.addWidget(self.state)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(heading)
        column.addWidget(QLabel(text, objectName="stepText", wordWrap=True), 1)
        column.addWidget(self.detail)
        column.addLayout(self.buttons)
        self.done = False

    def add_button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(lambda _checked=False: action())
        self.buttons.addWidget(button)
        return button

    def set_done(self, done: bool, detail: str) -> None:
        """A sign and a word, never colour alone: ✔ done / ○ still to do, with what is there."""
        self.done = done
        self.setProperty("done", done)
        self.state.setText(self.tr("✔ Done") if done else self.tr("○ Still to do"))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.style().unpolish(self)
        self.style().polish(self)
