"""Sizes and colours: readable from a metre away on the shop PC."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11

# Where the keyboard is: a clear blue frame on the widget that has the focus (Fusion's own
# hint is too faint to find from a metre away). Borders and paddings balance, so nothing jumps.
# Tables, lists, the board and the tabs get a thicker ring drawn over them (ui/focus_ring.py).
FOCUS_COLOUR = "#1f6fd1"
BUTTON_STYLE = f"""
QPushButton, QToolButton {{ border: 1px solid #9aa3ad; border-radius: 4px; background: #f7f8fa; }}
QPushButton {{ padding: 6px 14px; }}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ background: #e8eef5; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{ background: #d5dde6; }}
QPushButton:disabled, QToolButton:disabled {{ color: #8a8a8a; background: #f0f0f0; border-color: #d0d0d0; }}
QPushButton:default {{ border-color: #4a5562; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 5px 13px; }}
QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 7px; }}
"""
FOCUS_STYLE = f"""
QTextEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QListWidget#navigation:focus {{ border: 2px solid #7fb2ff; }}
QCheckBox:focus, QRadioButton:focus {{ background: #dbe9fb; border-radius: 3px; }}
"""
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
""" + BUTTON_STYLE + FOCUS_STYLE


def apply(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    from wplstudio.ui.focus_ring import ring_every_window

    ring_every_window(app)  # the focused table of a dialog gets its ring as well
