"""Every visible string has its Dutch text, with the same placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from wplstudio.paths import translations_dir

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages():
    tree = ET.parse(translations_dir() / "wplstudio_nl.ts")
    for context in tree.getroot():
        for message in context.findall("message"):
            yield context.find("name").text, message.find("source").text, message.find("translation")


def test_the_dutch_file_knows_every_string_in_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def dutch_forms(translation) -> list[str]:
    """The Dutch text, or each plural form of a numerus message (tr(..., n) with %n)."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def translation_problems(context: str, source: str, translation) -> list[str]:
    if translation.get("type") == "unfinished":
        return [f"{context}: {source!r} has no Dutch text"]
    problems = []
    for text in dutch_forms(translation):
        if not text.strip():
            problems.append(f"{context}: {source!r} misses a Dutch text or plural form")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)) or ("%n" in source) != ("%n" in text):
            problems.append(f"{context}: {source!r} -> {text!r}: the placeholders differ")
    return problems


@pytest.mark.parametrize("context,source,translation", list(messages()))
def test_each_string_is_translated_with_the_same_placeholders(context, source, translation):
    assert not translation_problems(context, source, translation)


@pytest.mark.parametrize("forms,expected", [(["%n taak", "%n taken"], 0), (["%n taak", ""], 1), (["%n taak", "taken"], 1)])
def test_a_plural_message_needs_every_dutch_form_with_its_count(forms, expected):
    """Qt's numerus messages (none yet: the app writes "task(s)") are checked form by form."""
    body = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    message = ET.fromstring(f'<message numerus="yes"><source>%n task(s)</source><translation>{body}</translation></message>')
    assert len(translation_problems("example", "%n task(s)", message.find("translation"))) == expected


# Dutch words that have no place in an English source string (whole words, any case).
DUTCH_WORDS = re.compile(r"\b(de|het|een|niet|van|voor|zijn|wordt|geen|naar|ook|nog|bij|maar|deze|dit|jouw|uw|klaar|opslaan|"
                         r"annuleren|nee|wijzigen|toevoegen|medewerkers?|werkplaats|gesprek(ken)?|leerling|afgetekend|niveau)\b", re.I)
DUTCH_EXAMPLES = {"e.g. van, de, van der", "e.g. Jan de Vries"}  # examples of Dutch names, on purpose


def test_the_english_source_strings_hold_no_dutch():
    dutch = [(c, s) for c, s, _ in messages() if s not in DUTCH_EXAMPLES and DUTCH_WORDS.search(s)]
    assert not dutch, f"English source strings with Dutch words: {dutch[:10]}"


def test_the_built_qm_file_holds_every_dutch_text_of_the_ts(qapp):
    """Compared by content, not bytes, so a newer lrelease does not fail it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "wplstudio_nl.qm"))
    stale = [(c, s) for c, s, t in messages() if t.text and translator.translate(c, s) != t.text]
    assert not stale, f"run python packaging/translations.py; {len(stale)} texts differ, e.g. {stale[:3]}"
