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


@pytest.mark.parametrize("context,source,translation", list(messages()))
def test_each_string_is_translated_with_the_same_placeholders(context, source, translation):
    assert translation.get("type") != "unfinished" and (translation.text or "").strip(), f"{context}: {source!r} has no Dutch text"
    assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))


def test_the_built_qm_file_holds_every_dutch_text_of_the_ts(qapp):
    """Compared by content, not bytes, so a newer lrelease does not fail it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "wplstudio_nl.qm"))
    stale = [(c, s) for c, s, t in messages() if t.text and translator.translate(c, s) != t.text]
    assert not stale, f"run python packaging/translations.py; {len(stale)} texts differ, e.g. {stale[:3]}"
