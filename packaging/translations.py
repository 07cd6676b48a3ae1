"""Update the Dutch translation file from the code and build the .qm Qt loads.

    python packaging/translations.py          update wplstudio_nl.ts, then build .qm
    python packaging/translations.py --check  exit 1 when the .ts misses strings of the code

Source strings are English; translate new entries in Qt Linguist
(pyside6-linguist resources/translations/wplstudio_nl.ts) or in a text editor."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "wplstudio").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)
    return qm


def fresh_copy(ts: Path) -> Path:
    """The .ts as lupdate would make it from today's code, in a temporary folder."""
    copy = Path(tempfile.mkdtemp()) / ts.name
    shutil.copy(ts, copy)
    lupdate(copy)
    return copy


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        ts = TS_DIR / f"wplstudio_{lang}.ts"
        if "--check" in argv:
            if fresh_copy(ts).read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                print(f"{ts.name} is out of date: run python packaging/translations.py")
                return 1
            continue
        lupdate(ts)
        print(f"built {lrelease(ts).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
