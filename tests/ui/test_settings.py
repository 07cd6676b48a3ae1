"""The language is chosen in the app's settings, kept for the next start, and --lang overrides it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from wplstudio import i18n
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.delenv("WPLSTUDIO_LANG", raising=False)
    yield QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install("en")  # the tests' default: the English source strings


def navigation_labels(qtbot, demo_db) -> list[str]:
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    menus = [a for a in window.menuBar().actions() if a.menu() and window.settings_action in a.menu().actions()]
    return [window.navigation.item(i).text() for i in range(3)] + [menus[0].text()]


def choose(settings, lang: str) -> SettingsDialog:
    dialog = SettingsDialog(settings=settings)
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    dialog.save()
    return dialog


def test_english_chosen_in_settings_is_the_language_of_the_next_start_and_lang_nl_overrides_it(qtbot, demo_db, settings, dutch):
    dialog = choose(settings, "en")
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert "start the app again" in dialog.note.text() or "opnieuw start" in dialog.note.text()

    i18n.install(i18n.startup_language(None, settings))  # the next start, without --lang
    assert navigation_labels(qtbot, demo_db) == ["Dashboard", "Planning board", "Deployability matrix", "&Tools"]

    i18n.install(i18n.startup_language("nl", settings))  # started again with --lang nl
    assert navigation_labels(qtbot, demo_db) == ["Dashboard", "Planbord", "Inzetbaarheidsmatrix", "&Extra"]


def test_without_a_choice_or_with_a_strange_one_the_app_speaks_dutch(settings):
    assert i18n.startup_language(None, settings) == "nl"
    settings.setValue(i18n.SETTING, "fr")  # a hand-edited settings file
    assert i18n.startup_language(None, settings) == "nl"
    with pytest.raises(ValueError):
        i18n.save_language("fr", settings)


def test_a_misspelt_language_in_the_environment_leaves_the_saved_choice_in_charge(settings, monkeypatch):
    i18n.save_language("en", settings)
    monkeypatch.setenv("WPLSTUDIO_LANG", "english")
    assert i18n.startup_language(None, settings) == "en"
    monkeypatch.setenv("WPLSTUDIO_LANG", "nl")
    assert i18n.startup_language(None, settings) == "nl"


def test_the_settings_dialog_shows_the_saved_choice_and_cancel_keeps_it(settings):
    choose(settings, "en")
    again = SettingsDialog(settings=settings)
    assert again.chosen() == "en"
    again.language.setCurrentIndex(again.language.findData("nl"))
    again.reject()
    assert i18n.saved_language(settings) == "en"


def test_the_menu_opens_the_settings(window, monkeypatch):
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self.chosen()))
    window.settings_action.trigger()
    assert opened == ["en"]


def test_the_command_line_follows_the_saved_language_unless_lang_says_otherwise(tmp_path):
    """A real second start: a new process reads the settings file where the platform keeps it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env.pop("WPLSTUDIO_LANG", None)
    (tmp_path / "wplstudio").mkdir()
    (tmp_path / "wplstudio" / "wplstudio.conf").write_text("[General]\nlanguage=en\n")

    def start(*extra: str) -> str:
        return subprocess.run([sys.executable, "-m", "wplstudio", "screenshot", *extra], capture_output=True, text=True, env=env, timeout=60).stderr

    assert "Name a view and a file" in start()
    assert "Geef een scherm en een bestand" in start("--lang", "nl")
