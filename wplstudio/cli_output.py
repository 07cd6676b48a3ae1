"""The file a command writes: a new name in a folder that exists, checked before any work,
so a typo in the folder gives one clear line instead of a half-done command."""

from __future__ import annotations

from pathlib import Path

from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP


def refuse_unwritable(path: Path) -> None:
    """Raise a WplError when `path` exists already (never overwrite) or its folder does not."""
    if path.exists():
        raise WplError(QT_TRANSLATE_NOOP("errors", "{path} already exists. Choose another name; wplstudio never overwrites a file."), path=str(path))
    folder = path.absolute().parent
    if not folder.is_dir():
        raise WplError(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist. Choose an existing folder or create it first."), folder=str(folder))
