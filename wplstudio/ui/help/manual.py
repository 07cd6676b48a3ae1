"""The manual's chapters on disk: resources/manual/<lang>/NN-name.md, pictures in
resources/manual/shots/<lang>/. No Qt here, so a test and the packaging script can read it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wplstudio.i18n import DEFAULT_LANGUAGE, LANGUAGES
from wplstudio.paths import resources_dir

_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class Chapter:
    key: str  # the file name without .md, the same in every language
    title: str  # the first "# " heading
    path: Path


def manual_dir(lang: str | None = None) -> Path:
    return resources_dir() / "manual" / (lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def shots_dir(lang: str) -> Path:
    return resources_dir() / "manual" / "shots" / lang


def chapters(lang: str | None = None) -> list[Chapter]:
    """The chapters in reading order (the file names start with a number)."""
    return [Chapter(path.stem, _title(path), path) for path in sorted(manual_dir(lang).glob("*.md"))]


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def images_of(chapter: Chapter) -> list[Path]:
    """The pictures a chapter shows, as files (they may be missing: the tests check)."""
    text = chapter.path.read_text(encoding="utf-8")
    return [(chapter.path.parent / link).resolve() for link in _IMAGE.findall(text)]
