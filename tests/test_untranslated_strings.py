"""No visible text bypasses the translation: a plain word handed to a Qt text setter, a PDF
drawing call or a chart label is a word the other language never sees.

An AST walk over ui/, reports/ and charts/: a call to one of the TEXT_CALLS whose text
argument is a string literal (or an f-string or a sum with one) holding a word fails,
unless the whole text is in ALLOWED. Markup (<b>, &nbsp;) and placeholders are not words.
Text that went through self.tr(...) / translate(...) is a call, so it passes. It also
fails on tr()/translate() given an f-string or a sum: pyside6-lupdate cannot read those."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "wplstudio"
AREAS = ("ui", "reports", "charts")

# Qt widgets and setters, ReportLab and matplotlib calls whose arguments people read.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setTitle", "addAction", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "addMenu", "setWhatsThis", "setLabelText",
    "setInformativeText", "setDetailedText", "setCancelButtonText", "setButtonText", "addRow", "setEmptyText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QTreeWidgetItem",
    "warning", "information", "critical", "question", "about", "drawText",
    "drawString", "drawCentredString", "drawRightString", "Paragraph", "setTitle",
    "set_xlabel", "set_ylabel", "set_title", "suptitle", "annotate", "text",
}
# Calls whose first argument is the text and the second data (combo boxes): only the first is read.
ITEM_CALLS = {"addItem", "insertItem", "setItemText"}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "statusTip", "label"}
TRANSLATING = {"tr", "translate"}
# Whole texts that are the same in both languages: names, file filters, units.
ALLOWED = {"wplstudio", "PDF (*.pdf)", "Excel (*.xlsx)", "ILUO", "OK"}

WORD = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}")


UNITS = {"kB", "MB", "mm", "px", "pt"}  # abbreviations that read the same in both languages


def has_words(text: str) -> bool:
    return text not in ALLOWED and any(w not in UNITS for w in WORD.findall(MARKUP.sub(" ", text)))


def plain_words(node: ast.AST) -> bool:
    """A literal with a word in it, directly or as a part of an f-string, a sum, a list or a choice."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return has_words("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.BinOp):
        return plain_words(node.left) or plain_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(plain_words(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return plain_words(node.body) or plain_words(node.orelse)
    return False


def call_name(node: ast.Call) -> str | None:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)


def text_arguments(node: ast.Call, calls: set[str] = TEXT_CALLS) -> list[ast.AST]:
    name = call_name(node)
    keywords = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
    if name in ITEM_CALLS:
        return node.args[:1] + keywords
    return list(node.args) + keywords if name in calls else []


def unreadable_for_lupdate(node: ast.Call) -> bool:
    if call_name(node) not in TRANSLATING or not node.args:
        return False
    if call_name(node) == "translate" and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
        return False  # a painter's or canvas's translate(x, y) moves, it does not translate
    text = node.args[-1] if call_name(node) == "translate" else node.args[0]
    return isinstance(text, (ast.JoinedStr, ast.BinOp)) or bool(node.keywords and call_name(node) == "tr")


def problems(source: str, where: str, calls: set[str] = TEXT_CALLS) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for argument in text_arguments(node, calls):
            if plain_words(argument):
                found.append(f"{where}:{node.lineno}: {call_name(node)}({ast.unparse(argument)[:80]}) is not translated")
        if unreadable_for_lupdate(node):
            found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:80]} cannot be read by lupdate")
    return found


@pytest.mark.parametrize("area", AREAS)
def test_every_visible_text_goes_through_the_translation(area):
    found = []
    for path in sorted((PACKAGE / area).rglob("*.py")):
        found += problems(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert not found, "\n".join(found)


def test_the_command_line_prints_its_sentences_translated():
    """cli*.py: what print() and _fail() say goes through translate("cli", ...) like the GUI's words."""
    found = []
    for path in sorted(PACKAGE.glob("cli*.py")):
        found += problems(path.read_text(encoding="utf-8"), path.name, TEXT_CALLS | {"print", "_fail"})
    assert not found, "\n".join(found)


@pytest.mark.parametrize("line", [
    'label.setText("Opslaan")',
    'QPushButton("Save", self)',
    'box.setTitle(f"Week {n}")',
    'QMessageBox.warning(self, self.tr("Oops"), "Something went wrong")',
    'c.drawString(10, 10, "Page " + str(page))',
    'ax.set_xlabel("Level")',
    'combo.addItem("Learning", "learning")',
    'self.tr(f"{n} modules")',
    'translate("board", "Week " + label)',
    'self.tr("{n} open", n=3)',
])
def test_the_checker_catches_a_plain_text(line):
    assert problems(line, "example")


@pytest.mark.parametrize("line", [
    'label.setText(self.tr("Save"))',
    'label.setText("—")',
    'label.setText(f"{done}/{total}")',
    'label.setText("<b>" + self.tr("Basic conditions") + "</b>")',
    'combo.addItem(self.tr("Learning"), "learning")',
    'label.setText(translate("areas", area.title))',
    'QLabel(objectName="hint", wordWrap=True)',
    'dialog.setNameFilter("PDF (*.pdf)")',
])
def test_the_checker_lets_symbols_markup_and_translated_text_pass(line):
    assert not problems(line, "example")


# --- the audit trail's own words ----------------------------------------------------------

def dutch_texts(context: str) -> set[str]:
    from tests.test_translations import messages

    return {source for name, source, translation in messages() if name == context and (translation.text or "").strip()}


def recorded_actions() -> set[str]:
    """Every literal action word handed to services.audit.record(session, actor, ACTION, ...)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) == "record" and len(node.args) >= 3:
                found |= {c.value for c in ast.walk(node.args[2]) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return found


def test_every_action_the_audit_trail_records_has_words_in_both_languages():
    from wplstudio.domain.audit_policy import ACTIONS

    assert recorded_actions() - set(ACTIONS) == set()
    assert {ACTIONS[a] for a in recorded_actions()} <= dutch_texts("audit")


def test_every_field_of_an_audited_table_has_a_dutch_name():
    from wplstudio.domain.audit_policy import POLICIES
    from wplstudio.storage import models
    from wplstudio.ui.pages.audit.describe import field_text

    known = dutch_texts("fields")
    columns = {c.name for t in models.Base.metadata.tables.values() if t.name in POLICIES for c in t.columns}
    words = {name.removesuffix("_id").replace("_", " ") for name in columns - {"id", "version"}}
    assert words - known == set()
    assert field_text("first_name") == "first name"  # how a column becomes words (English source)


def test_the_audit_trail_shows_stored_codes_as_words_in_dutch(qapp):
    from wplstudio import i18n
    from wplstudio.services.audit_entries import Change
    from wplstudio.ui.pages.audit.describe import change_text

    i18n.install("nl")
    try:
        assert change_text(Change("status", "planned", "done")) == "status: gepland → klaar"
        assert change_text(Change("how", None, "on_the_job")) == "hoe: op de werkplek"
        assert change_text(Change("username", None, "done")) == "gebruikersnaam: done"  # people's text stays as typed
    finally:
        i18n.install("en")


# --- texts kept as data in both languages (quickscan, built-in interview guides) ----------

def english_and_dutch_pairs():
    """Every text of the quickscan and the built-in guides as (English, Dutch)."""
    from dataclasses import fields

    from wplstudio.domain import interview_builtin, quickscan
    from wplstudio.domain.quickscan import Text

    def texts(item):
        return [getattr(item, f.name) for f in fields(item) if isinstance(getattr(item, f.name), Text)]

    items = [*quickscan.FACTORS, *quickscan.ANSWERS, *quickscan.CONDITIONS, *quickscan.CONDITION_ANSWERS]
    pairs = [(t.en, t.nl) for item in items for t in texts(item)]
    pairs += [(t.en, t.nl) for t in [*quickscan.CONCLUSIONS.values(), *quickscan.ROLE_TITLES.values()]]
    for guide in interview_builtin.BUILTINS:
        en, nl = (interview_builtin.content(guide, lang) for lang in ("en", "nl"))
        pairs += [(guide.kind_title["en"], guide.kind_title["nl"]), (en.intro, nl.intro)]
        pairs += [(a.title, b.title) for a, b in zip(en.sections, nl.sections)]
        questions = [(a, b) for x, y in zip(en.sections, nl.sections) for a, b in zip(x.questions, y.questions)]
        pairs += [(a.text, b.text) for a, b in questions + list(zip(en.preparation, nl.preparation))]
        pairs += [(o, p) for a, b in questions for o, p in zip(a.options, b.options)]
    return pairs


def test_the_quickscan_and_the_built_in_guides_read_in_both_languages():
    from tests.test_translations import DUTCH_WORDS

    pairs = english_and_dutch_pairs()
    assert len(pairs) > 100
    assert [p for p in pairs if not (p[0] or "").strip() or not (p[1] or "").strip()] == []
    assert [en for en, _ in pairs if DUTCH_WORDS.search(en)] == []  # no Dutch left in the English texts
    assert [en for en, nl in pairs if en == nl and len(en.split()) > 2] == []  # nothing copied untranslated
