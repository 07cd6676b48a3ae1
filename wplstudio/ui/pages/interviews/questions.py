"""One widget per question type: open text, a 1-5 rating with its words, yes/no, a choice.
Each reports its answer as the text the service stores ("" for no answer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from wplstudio.domain import interviews as rules


class AnswerWidget(QWidget):
    answer_changed = Signal(str, str)  # question key, answer

    def __init__(self, question: rules.Question, language: str, value: str, editable: bool, compact: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.question, self.language, self.compact = question, language, compact
        self.setObjectName(f"question-{question.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        title = QLabel(question.text, wordWrap=True, objectName="questionText")
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        self.input = self._build(value)
        self.input.setEnabled(editable)
        layout.addWidget(self.input)

    def _build(self, value: str) -> QWidget:
        if self.question.type == rules.TEXT:
            return self._text(value)
        if self.question.type == rules.CHOICE:
            return self._choice(value)
        if self.question.type == rules.RATING:
            labels = rules.rating_labels(self.question, self.language)
            return self._buttons([(str(i + 1), f"{i + 1}\n{label}") for i, label in enumerate(labels)], value)
        yes, no = rules.YESNO_WORDS.get(self.language, rules.YESNO_WORDS["nl"])
        return self._buttons([(rules.YES, yes), (rules.NO, no)], value)

    def _text(self, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, objectName="answerText")
        edit.setMinimumHeight(70)
        edit.setMaximumHeight(130)  # a long answer scrolls inside; the next question stays in view
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(lambda: self.answer_changed.emit(self.question.key, edit.toPlainText()))
        return edit

    def _choice(self, value: str) -> QComboBox:
        combo = QComboBox(objectName="answerChoice")
        combo.addItem("", "")
        for option in self.question.options:
            combo.addItem(option, option)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda _i: self.answer_changed.emit(self.question.key, combo.currentData() or ""))
        return combo

    def _buttons(self, options: list[tuple[str, str]], value: str) -> QFrame:
        """Big buttons with words: easier than a number field for hands that just came off the machine."""
        frame = QFrame(objectName="answerButtons")
        frame.setStyleSheet("QPushButton:checked { background: #f0a030; color: #1b2631; font-weight: bold; }")
        row = QVBoxLayout(frame) if self.compact else QHBoxLayout(frame)  # stacked in the narrow preparation column
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(frame, exclusive=False)
        for stored, label in options:
            button = QPushButton(label, checkable=True, objectName=f"answer-{stored}")
            button.setMinimumHeight(30 if self.compact else 46)
            if self.compact:
                button.setText(label.replace("\n", "  "))
            button.setChecked(stored == value)
            button.setProperty("stored", stored)
            self.group.addButton(button)
            row.addWidget(button)
        self.group.buttonClicked.connect(self._picked)
        return frame

    def _picked(self, clicked: QPushButton) -> None:
        for button in self.group.buttons():  # one at a time; clicking the chosen one again clears it
            if button is not clicked:
                button.setChecked(False)
        self.answer_changed.emit(self.question.key, clicked.property("stored") if clicked.isChecked() else "")

    def value(self) -> str:
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        if isinstance(self.input, QComboBox):
            return self.input.currentData() or ""
        checked = [b for b in self.group.buttons() if b.isChecked()]
        return checked[0].property("stored") if checked else ""
