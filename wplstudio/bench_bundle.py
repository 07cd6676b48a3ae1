"""`wplstudio bench --part bundle`: the desktop bundle's size and its start to the first
painted window against the source install's, on the same database. Only when a bundle
was built (python packaging/build_bundle.py, or WPL_BUNDLE_DIR names one)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from wplstudio.bench import SOURCE_PROGRAM, Figure, first_paint_s

GUI = "wplstudio.exe" if sys.platform == "win32" else "wplstudio"


def bundle_dir() -> Path | None:
    """The built bundle: WPL_BUNDLE_DIR, else dist/wplstudio in the checkout."""
    named = os.environ.get("WPL_BUNDLE_DIR")
    folder = Path(named) if named else Path(__file__).resolve().parents[1] / "dist" / "wplstudio"
    return folder if (folder / GUI).exists() else None


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def measure(path: Path, rounds: int) -> list[Figure]:
    """Size and both first-paint figures, taken in turns so a busy machine weighs on both alike."""
    folder = bundle_dir()
    if folder is None:
        return []
    bundle_s, source_s = [], []
    for _ in range(rounds):
        bundle_s.append(first_paint_s([str(folder / GUI)], path))
        source_s.append(first_paint_s(SOURCE_PROGRAM, path))
    return [Figure("bundle-size", f"the bundle folder on disk ({folder})", size_mb(folder), None, 1, unit="MB"),
            Figure("bundle-first-paint", "the bundle, from start to the first painted window (offscreen)", statistics.median(bundle_s), 0.5, rounds),
            Figure("source-first-paint", "the source install, the same start on the same database, in turn with the bundle",
                   statistics.median(source_s), 0.5, rounds)]


def run_part(folder: Path, rounds: int) -> list[Figure]:
    """The bundle part alone, on a new database (the first start: the owner's form)."""
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    path = folder / "bundle-bench.sqlite"
    open_database(file_target(path)).close()
    if bundle_dir() is None:
        print("bundle: no bundle built (python packaging/build_bundle.py, or set WPL_BUNDLE_DIR)")
    return measure(path, rounds)
