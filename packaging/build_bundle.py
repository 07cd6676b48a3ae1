"""Build the desktop bundle: dist/wplstudio/ with the programs wplstudio and wplstudio-cli.

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Needs PyInstaller (pip install -e .[bundle]). Builds for the platform it runs on:
on Windows a folder with wplstudio.exe, on Linux one with the ELF programs. Then it
leaves out Qt's translations of languages the app does not speak and reports the size."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "wplstudio.spec"
KEEP_QT_LANGUAGES = ("nl", "en")


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the bundle folder it made."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)
    bundle = dist / "wplstudio"
    prune_qt_translations(bundle)
    if sys.platform.startswith("linux") and shutil.which("strip"):
        strip_debug_symbols(bundle)
    return bundle


# Python's own library and modules and Qt's libraries carry debug symbols, some 35 MB. The
# libraries that auditwheel vendored (*.libs folders, names with a hash) stay as they are:
# strip breaks their patched layout.
STRIPPABLE = ("libpython3*.so*", "python3*/lib-dynload/*.so", "PySide6/Qt/lib/*.so*", "PySide6/*.so*", "shiboken6/*.so*")


def strip_debug_symbols(bundle: Path) -> None:
    internal = bundle / "_internal"
    files = sorted({p for pattern in STRIPPABLE for p in internal.glob(pattern) if p.is_file() and not p.is_symlink()})
    subprocess.run(["strip", "--strip-debug", *map(str, files)], check=True)


def prune_qt_translations(bundle: Path) -> None:
    """Qt ships its own texts in some 30 languages; the app speaks Dutch and English."""
    for folder in bundle.rglob("translations"):
        if folder.parent.name != "Qt":
            continue
        for qm in folder.glob("*.qm"):
            if not qm.stem.endswith(tuple(f"_{lang}" for lang in KEEP_QT_LANGUAGES)):
                qm.unlink()


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's working folder (default: build/)")
    args = parser.parse_args(argv)
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        print("PyInstaller is not installed: pip install -e .[bundle]", file=sys.stderr)
        return 2
    start = time.perf_counter()
    bundle = build(args.dist.absolute(), args.work.absolute())
    print(f"built {bundle} in {time.perf_counter() - start:.0f} s, {size_mb(bundle):.0f} MB")
    return 0


def _has_pyinstaller() -> bool:
    import importlib.util

    return importlib.util.find_spec("PyInstaller") is not None


if __name__ == "__main__":
    raise SystemExit(main())
