"""Sizes and colours: readable from a metre away on the shop PC."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11
STYLE_SHEET = """
QListWidget#navigation { background: #23303d; color: #f2f2f2; border: none; font-size: 13pt; padding-top: 8px; outline: 0; }
QListWidget#navigation::item { padding: 10px 8px; border-radius: 6px; margin: 2px 6px; }
QListWidget#navigation::item:selected { background: #f0a030; color: #1b1b1b; }
QListWidget#navigation::item:disabled { color: #66778a; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; color: #23303d; }
QLabel#hint { color: #4a4a4a; font-size: 11pt; }
QLabel#formProblems { color: #b00020; font-weight: 600; }
QTableView { gridline-color: #d0d0d0; selection-background-color: #f6c77a; selection-color: #111; }
QHeaderView::section { background: #e9ecef; padding: 6px; border: none; border-right: 1px solid #d0d0d0; font-weight: 600; }
QPushButton { padding: 6px 14px; }
"""


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
