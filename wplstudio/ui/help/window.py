"""The manual inside the app: the chapter list on the left, the chapter on the right,
with its pictures, in the language the app speaks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QIcon,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wplstudio import i18n
from wplstudio.paths import icon
from wplstudio.ui.help.manual import Chapter, chapters


class ManualWindow(QWidget):
    """A window of its own, so the manual can lie beside the app while one works."""

    def __init__(self, lang: str | None = None, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("manualWindow")
        self.setWindowTitle(self.tr("Manual — wplstudio"))
        self.setWindowIcon(QIcon(str(icon("app.svg"))))
        self.chapters = chapters(lang or i18n.current())
        self.chapter_list = self._chapter_list()
        self.browser = QTextBrowser(objectName="manualText")
        self.browser.setOpenLinks(False)  # chapter links stay inside, web links go to the browser
        self.browser.anchorClicked.connect(self._follow)
        self.browser.viewport().installEventFilter(self)
        self.search = QLineEdit(objectName="manualSearch", placeholderText=self.tr("Find in this chapter (Enter: next)"))
        self.search.returnPressed.connect(self.find_next)
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.chapter_list.currentRowChanged.connect(self._show_row)
        self.chapter_list.setCurrentRow(0)
        self.resize(1100, 780)

    def _chapter_list(self) -> QListWidget:
        listing = QListWidget(objectName="manualChapters")
        listing.setMinimumWidth(260)
        listing.setAccessibleName(self.tr("Chapters"))
        listing.setWordWrap(True)
        listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        for chapter in self.chapters:
            item = QListWidgetItem(chapter.title)
            item.setData(Qt.ItemDataRole.UserRole, chapter.key)
            listing.addItem(item)
        return listing

    def _lay_out(self) -> None:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.browser, 1)
        split = QSplitter()
        split.addWidget(self.chapter_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([290, 810])
        layout = QHBoxLayout(self)
        layout.addWidget(split)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:  # the manual goes away as a dialog would
            self.close()
            return
        super().keyPressEvent(event)

    def chapter_titles(self) -> list[str]:
        return [c.title for c in self.chapters]

    def show_chapter(self, key: str) -> None:
        row = next((i for i, c in enumerate(self.chapters) if c.key == key), 0)
        self.chapter_list.setCurrentRow(row)

    def current_chapter(self) -> Chapter | None:
        row = self.chapter_list.currentRow()
        return self.chapters[row] if 0 <= row < len(self.chapters) else None

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.chapters):
            self.browser.setSource(QUrl.fromLocalFile(str(self.chapters[row].path)), QTextDocument.ResourceType.MarkdownResource)
            self.browser.document().setDocumentMargin(16)
            self.fit_pictures()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_pictures()  # the text's own width, once the layout has given it
        return False

    def fit_pictures(self) -> None:
        """Screenshots are wider than the text: show each at most as wide as the page, sharp when there is room."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 2 * int(document.documentMargin()) - 24)
        for cursor, fmt in list(_pictures(document)):
            picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(fmt.name()))
            if picture is None or picture.isNull():
                continue
            scale = min(1.0, room / picture.width())
            fmt.setWidth(picture.width() * scale)
            fmt.setHeight(picture.height() * scale)
            cursor.setCharFormat(fmt)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        key = url.fileName().removesuffix(".md")
        if any(c.key == key for c in self.chapters):
            self.show_chapter(key)

    def find_next(self) -> bool:
        """The next place the search text occurs; from the top again after the last."""
        text = self.search.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        return self.browser.find(text)


def _pictures(document):
    """(a cursor selecting the picture, its format) for every picture in the document."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                yield cursor, fragment.charFormat().toImageFormat()
            it += 1
        block = block.next()
