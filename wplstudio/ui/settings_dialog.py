"""The app's settings, reached from the main window's menu: for now the language.

The choice is kept in the person's QSettings and takes effect at the next start
(pages are built once and keep their words; rebuilding the running window would
drop unsaved work). `--lang` on the command line still wins over it."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from wplstudio import i18n

# Each language is named in itself, so a person who reads only one of them finds it.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, parent=None, settings=None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else i18n.user_settings()
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.language = QComboBox(objectName="languageChoice")
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        chosen = i18n.saved_language(self.settings) or i18n.current()
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form = QFormLayout()
        form.addRow(self.tr("Language of the app:"), self.language)
        self.note = QLabel(objectName="hint", wordWrap=True)
        self.language.currentIndexChanged.connect(self._show_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._show_note()

    def chosen(self) -> str:
        return self.language.currentData()

    def _show_note(self) -> None:
        if self.chosen() == i18n.current():
            self.note.setText(self.tr("The app starts in this language."))
        else:
            self.note.setText(self.tr("The new language takes effect when you start the app again."))

    def save(self) -> None:
        i18n.save_language(self.chosen(), self.settings)
        self.accept()


def add_settings_menu(window) -> QAction:
    """Tools > Settings... (Extra > Instellingen...) in the main window's menu bar."""
    menu = window.menuBar().addMenu(i18n.translate("settings", "&Tools"))
    action = QAction(i18n.translate("settings", "&Settings..."), window, objectName="openSettings")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.triggered.connect(lambda: SettingsDialog(window).exec())
    menu.addAction(action)
    return action
