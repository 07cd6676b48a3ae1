"""The 0-4 ILUO level scale of Training Within Industry."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from wplstudio.domain.text import QT_TRANSLATE_NOOP


class Level(IntEnum):
    NONE = 0
    LEARNING = 1
    SUPERVISED = 2
    INDEPENDENT = 3
    TEACHES = 4


@dataclass(frozen=True)
class LevelInfo:
    level: Level
    letter: str
    label: str
    meaning: str


SCALE = (
    LevelInfo(Level.NONE, "-", QT_TRANSLATE_NOOP("levels", "not"), QT_TRANSLATE_NOOP("levels", "has not learned it")),
    LevelInfo(Level.LEARNING, "I", QT_TRANSLATE_NOOP("levels", "in training"), QT_TRANSLATE_NOOP("levels", "is learning it")),
    LevelInfo(Level.SUPERVISED, "L", QT_TRANSLATE_NOOP("levels", "supervised"), QT_TRANSLATE_NOOP("levels", "does it with someone watching")),
    LevelInfo(Level.INDEPENDENT, "U", QT_TRANSLATE_NOOP("levels", "independent"), QT_TRANSLATE_NOOP("levels", "does it alone, to standard")),
    LevelInfo(Level.TEACHES, "O", QT_TRANSLATE_NOOP("levels", "can teach"), QT_TRANSLATE_NOOP("levels", "does it alone and can teach it")),
)

DEPLOYABLE = Level.INDEPENDENT
MENTOR = Level.TEACHES


def info(level: int) -> LevelInfo:
    return SCALE[Level(level)]


def is_deployable(level: int) -> bool:
    return level >= DEPLOYABLE


def can_teach(level: int) -> bool:
    return level >= MENTOR
