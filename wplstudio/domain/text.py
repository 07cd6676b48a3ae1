"""Marks English source strings for Qt's translation tools without importing Qt.

pyside6-lupdate collects every QT_TRANSLATE_NOOP("context", "text") call it
finds; the edges (GUI, CLI, reports) translate the text when they show it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, so lupdate finds it
    return text
