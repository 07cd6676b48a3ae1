"""A thick blue frame around the table, list, board or row of tabs that has the keyboard focus.

Fusion marks a focused table with a hairline at most, and a style sheet border on a scrolling
widget stays one pixel thin; on the shop PC one must see from a metre away where the keys go.
Buttons, check boxes and fields show their focus through the style sheet (ui/style.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QTabBar, QWidget

from wplstudio.ui.style import FOCUS_COLOUR

RINGED = (QAbstractItemView, QGraphicsView, QTabBar)
WIDTH = 3
FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()
        window.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        ringed = new is not None and isinstance(new, RINGED) and new.window() is self.window() \
            and new.objectName() != "navigation"  # the navigation has its own light frame on the dark panel
        self.target = new if ringed else None
        if self.target is not None:
            self.target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in FOLLOWED:
            self._place()
        return False

    def _place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        corner = target.mapTo(self.window(), QPoint(0, 0))
        self.setGeometry(QRect(corner, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(FOCUS_COLOUR), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 4, 4)
        painter.end()


def ring_every_window(app: QApplication):
    """Dialogs too: the first time a table, list or row of tabs in a window without a ring
    gets the focus, that window gets its ring. Returns the slot (to disconnect it again)."""

    def focus_changed(old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, RINGED):
            return
        window = new.window()
        if window.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
            FocusRing(window)._focus_changed(old, new)

    app.focusChanged.connect(focus_changed)
    return focus_changed
