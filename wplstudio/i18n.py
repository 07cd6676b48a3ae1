"""The translation helper: Qt's translators for the GUI, the CLI and reports.

Source strings are English; resources/translations/wplstudio_nl.qm holds Dutch.
Core code marks its sentences with QT_TRANSLATE_NOOP and this module translates
them at the edge, so domain/ and services/ never import Qt."""

from __future__ import annotations

import os

from wplstudio.domain.errors import ValidationFailed, WplError
from wplstudio.paths import translations_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_installed: list = []
_current = {"lang": "en"}


def install(lang: str | None) -> str:
    """Load the translator for lang into the running Qt application (or a core one for the CLI)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance() or QCoreApplication([])
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English))
    if lang == "en":
        return lang
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"wplstudio_{lang}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
    _install_qt_own(app, lang)
    return lang


def _install_qt_own(app, lang: str) -> None:
    """Qt's own strings (OK, Cancel, Yes) in the same language, where Qt ships them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator(app)
    if translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        _installed.append(translator)


def current() -> str:
    return _current["lang"]


def translate(context: str, text: str) -> str:
    """Qt's translation of text; callers .format() the result so pyside6-lupdate can read the call."""
    if not _installed:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def error_text(error: WplError) -> str:
    """The sentence for a person, in their language."""
    if isinstance(error, ValidationFailed):
        return "\n".join(_problem_text(p) for p in error.problems)
    return translate("errors", error.message).format(**_translated_params(error.params))


def _problem_text(problem) -> str:
    return translate("errors", problem.message).format(**_translated_params(problem.params))


# Parameters that are words of the app itself (marked in that context), not data.
_PARAM_CONTEXTS = {"field": "fields", "role": "roles", "operation": "permissions", "area": "permissions"}


def _translated_params(params: dict) -> dict:
    return {k: translate(_PARAM_CONTEXTS[k], v) if k in _PARAM_CONTEXTS and isinstance(v, str) else v for k, v in params.items()}


def lang_from_env() -> str | None:
    value = os.environ.get("WPLSTUDIO_LANG")
    return value if value in LANGUAGES else None  # a misspelt value falls back to the settings, not to Dutch


SETTING = "language"  # the key in QSettings that keeps the language chosen in the app's settings


def user_settings():
    """The person's own settings (QSettings), where the platform keeps them; the same file the window uses."""
    from PySide6.QtCore import QSettings

    from wplstudio import APP_NAME, ORG_NAME

    return QSettings(ORG_NAME, APP_NAME)


def saved_language(settings=None) -> str | None:
    """The language chosen in the settings dialog, or None when none was chosen."""
    value = (settings if settings is not None else user_settings()).value(SETTING)
    return value if value in LANGUAGES else None


def save_language(lang: str, settings=None) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    settings = settings if settings is not None else user_settings()
    settings.setValue(SETTING, lang)
    settings.sync()


def startup_language(asked: str | None, settings=None) -> str:
    """--lang on the command line wins, then WPLSTUDIO_LANG, then the settings, then Dutch."""
    return asked or lang_from_env() or saved_language(settings) or DEFAULT_LANGUAGE
