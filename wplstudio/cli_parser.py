"""The command line's parser: a mistake in the words typed is one line in the person's
language (Dutch by default), not argparse's English usage block."""

from __future__ import annotations

import argparse
import re
import sys

from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import LANGUAGES, install, startup_language, translate

# argparse's own sentences (Python 3.11) -> ours, marked for translation.
_SHAPES = (
    (re.compile(r"argument (?P<argument>\S+): invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)"),
     QT_TRANSLATE_NOOP("cli", "{argument} cannot be '{value}'; choose from {choices}.")),
    (re.compile(r"argument (?P<argument>\S+): invalid (int|float) value: '(?P<value>[^']*)'"),
     QT_TRANSLATE_NOOP("cli", "{argument} needs a number, not '{value}'.")),
    (re.compile(r"argument (?P<argument>\S+): invalid fromisoformat value: '(?P<value>[^']*)'"),
     QT_TRANSLATE_NOOP("cli", "{argument} needs a date written as year-month-day, such as 2026-11-25, not '{value}'.")),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"), QT_TRANSLATE_NOOP("cli", "{argument} needs a value after it.")),
    (re.compile(r"the following arguments are required: (?P<names>.*)"), QT_TRANSLATE_NOOP("cli", "Still missing: {names}.")),
    (re.compile(r"unrecognized arguments: (?P<words>.*)"), QT_TRANSLATE_NOOP("cli", "wplstudio does not know: {words}.")),
)


_typed: dict[str, list[str]] = {"argv": []}


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """parser.parse_args(argv), remembering argv so an error can find --lang before parsing is done."""
    _typed["argv"] = list(sys.argv[1:] if argv is None else argv)
    return parser.parse_args(argv)


class Parser(argparse.ArgumentParser):
    """argparse.ArgumentParser whose errors are one translated line and exit code 2."""

    def error(self, message: str):
        install(startup_language(_asked_language(_typed["argv"])))
        line = translate("cli", "{problem} See: {command} --help").format(problem=_sentence(message), command=self._typed_command())
        self.exit(2, line + "\n")


    def _typed_command(self) -> str:
        """argparse hands a subcommand's unknown option to the top parser: point at the subcommand's help."""
        commands = next((a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), {})
        typed = next((word for word in _typed["argv"] if word in commands), None)
        return f"{self.prog} {typed}" if typed else self.prog


def _sentence(message: str) -> str:
    for shape, text in _SHAPES:
        found = shape.fullmatch(message)
        if found:
            return translate("cli", text).format(**{k: v for k, v in found.groupdict().items()})
    return message


def _asked_language(argv: list[str]) -> str | None:
    for i, word in enumerate(argv):
        value = word.split("=", 1)[1] if word.startswith("--lang=") else (argv[i + 1] if word == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    return None
