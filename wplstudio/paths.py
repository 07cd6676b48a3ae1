"""Find resources/ and migrations/ in a checkout, an installed wheel and a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    places = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data here
    if bundle:
        places.append(Path(bundle) / name)
    places.append(_PACKAGE / "_data" / name)  # installed wheel
    places.append(_PACKAGE.parent / name)  # source checkout
    return places


@cache
def _find(name: str) -> Path:
    for place in _candidates(name):
        if place.is_dir():
            return place
    tried = ", ".join(str(p) for p in _candidates(name))
    raise FileNotFoundError(f"wplstudio cannot find its {name} folder (looked in {tried})")


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("migrations")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon(name: str) -> Path:
    return resources_dir() / "icons" / name
