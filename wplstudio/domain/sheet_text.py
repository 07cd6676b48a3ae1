"""What one spreadsheet cell says: a level on the ILUO scale, a person's name, a task's
name, and where the cell is ("Blad1!D7"). Pure functions; the Excel reader hands in
plain values (None, str, int, float, bool, dates)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from wplstudio.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Note:
    """Something the import says about a place in the sheet: an English source sentence
    (context "import") with named parameters, so the GUI and CLI can translate it."""

    ref: str
    message: str
    params: dict = field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class Reason:
    """Why a cell's value is not a level."""

    message: str
    params: dict = field(default_factory=dict)


# --- where a cell is --------------------------------------------------------------

def column_letter(col: int) -> str:
    """1 -> A, 27 -> AA, as Excel names columns."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(sheet: str, row: int, col: int) -> str:
    return f"{quoted_sheet(sheet)}!{column_letter(col)}{row}"


def range_ref(sheet: str, row1: int, col1: int, row2: int, col2: int) -> str:
    if (row1, col1) == (row2, col2):
        return cell_ref(sheet, row1, col1)
    return f"{quoted_sheet(sheet)}!{column_letter(col1)}{row1}:{column_letter(col2)}{row2}"


def rows_ref(sheet: str, first: int, last: int) -> str:
    return f"{quoted_sheet(sheet)}!{first}:{last}"


def quoted_sheet(sheet: str) -> str:
    """Excel quotes a sheet name with spaces or punctuation: 'Matrix 2024'!D7."""
    return sheet if re.fullmatch(r"\w+", sheet) else "'" + sheet.replace("'", "''") + "'"


# --- levels -----------------------------------------------------------------------

# Letters and words people type for a level. "O" (the letter) is 4 on the ILUO scale, "0" (the digit) is 0.
LEVEL_WORDS = {
    "-": 0, "–": 0, "—": 0, "0": 0, "i": 1, "l": 2, "u": 3, "o": 4,
    "1": 1, "2": 2, "3": 3, "4": 4,
    "○": 0, "◔": 1, "◑": 2, "◕": 3, "●": 4,  # the quarter-filled circle some sheets use
    "niet": 0, "in opleiding": 1, "onder begeleiding": 2, "zelfstandig": 3, "kan opleiden": 4,
    "not": 0, "in training": 1, "supervised": 2, "independent": 3, "can teach": 4,
}
SHOWN_MAX = 24  # how much of a cell's text a message repeats

NOT_A_LEVEL = QT_TRANSLATE_NOOP("import", "\"{text}\" is not a level: use -, I, L, U or O, or 0 to 4.")
OFF_SCALE = QT_TRANSLATE_NOOP("import", "{text} is off the scale: levels run from 0 to 4.")
NOT_WHOLE = QT_TRANSLATE_NOOP("import", "{text} is not a whole level: use 0, 1, 2, 3 or 4.")
A_DATE = QT_TRANSLATE_NOOP("import", "This cell holds a date or time ({text}), not a level.")
A_TRUTH = QT_TRANSLATE_NOOP("import", "This cell holds {text}, not a level.")


def parse_level(value: object) -> int | Reason:
    """The level a cell says, 0 for an empty cell, or the Reason it is not a level."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return Reason(A_TRUTH, {"text": "TRUE" if value else "FALSE"})
    if isinstance(value, (int, float)):
        return _number_level(value, shown(value))
    if isinstance(value, (datetime, date, time, timedelta)):
        return Reason(A_DATE, {"text": shown(value)})
    if isinstance(value, str):
        return _text_level(value)
    return Reason(NOT_A_LEVEL, {"text": shown(value)})


def _number_level(value: int | float, text: str) -> int | Reason:
    if isinstance(value, float) and not value.is_integer():
        return Reason(NOT_WHOLE, {"text": text})
    if not 0 <= value <= 4:
        return Reason(OFF_SCALE, {"text": text})
    return int(value)


def _text_level(value: str) -> int | Reason:
    text = " ".join(value.split())
    if not text:
        return 0
    found = LEVEL_WORDS.get(text.casefold())
    if found is not None:
        return found
    number = _as_number(text)
    if number is not None:
        return _number_level(number, shown(text))
    return Reason(NOT_A_LEVEL, {"text": shown(text)})


def _as_number(text: str) -> float | None:
    """ "5", "-1", "3.5" and the Dutch "3,5" are numbers someone typed; "U+" is not."""
    if not re.fullmatch(r"[+-]?\d+([.,]\d+)?", text):
        return None
    return float(text.replace(",", "."))


def is_level_token(value: object) -> bool:
    """True for what reads as a level on its own: a letter or digit of the scale, not a task's name."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) or (
        isinstance(value, str) and " ".join(value.split()).casefold() in LEVEL_WORDS)


def shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.strftime("%d-%m-%Y %H:%M") if value.time() != time() else value.strftime("%d-%m-%Y")
    elif isinstance(value, date):
        value = value.strftime("%d-%m-%Y")
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 1] + "…"


# --- names ------------------------------------------------------------------------

# Dutch (and a few other) surname prefixes: "Jan de Vries", "Vries, Jan de", "Mustafa El Amrani".
PREFIX_WORDS = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit",
                          "von", "vom", "zu", "di", "da", "du", "le", "la", "el", "al", "d'", "l'"})


def tidy(text: object) -> str:
    """One space between words, compatibility characters folded (a no-break space is a space)."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).split()) if text is not None else ""


def name_key(text: str) -> str:
    """The same key for "Jan de Vries", "de Vries, Jan", "Vries, Jan de" and "JAN  DE VRIES"."""
    words = _without_remarks(tidy(text)).replace(",", " ").casefold().split()
    return " ".join(sorted(words))


def _without_remarks(text: str) -> str:
    """ "Piet Jansen (BBL)" is Piet Jansen."""
    return " ".join(re.sub(r"\([^)]*\)", " ", text).split())


def task_key(text: str) -> str:
    return tidy(text).casefold()


def split_name(text: str) -> tuple[str, str, str] | None:
    """(first name, prefix, last name) of a written name, or None when it has no first and last name."""
    text = _without_remarks(tidy(text))
    if "," in text:
        last_part, _, first_part = text.partition(",")
        first_words, tail_prefix = _split_off_prefix(first_part.split())
        prefix_words, last_words = _leading_prefix(last_part.split())
        first, prefix, last = first_words, tail_prefix + prefix_words, last_words
    else:
        words = text.split()
        start = next((i for i, w in enumerate(words[1:-1], 1) if w.casefold() in PREFIX_WORDS), len(words) - 1)
        end = start
        while end < len(words) - 1 and words[end].casefold() in PREFIX_WORDS:
            end += 1
        first, prefix, last = words[:start], words[start:end], words[end:]
    if not first or not last:
        return None
    return " ".join(first), " ".join(prefix), " ".join(last)


def _split_off_prefix(words: list[str]) -> tuple[list[str], list[str]]:
    """ "Jan de" -> (["Jan"], ["de"]): the sort form puts the prefix after the first name."""
    cut = len(words)
    while cut > 1 and words[cut - 1].casefold() in PREFIX_WORDS:
        cut -= 1
    return words[:cut], words[cut:]


def _leading_prefix(words: list[str]) -> tuple[list[str], list[str]]:
    cut = 0
    while cut < len(words) - 1 and words[cut].casefold() in PREFIX_WORDS:
        cut += 1
    return words[:cut], words[cut:]
