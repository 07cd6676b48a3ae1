"""Make the manual's pictures anew from the demo company, in Dutch and English.

    .venv/bin/python packaging/manual_shots.py                 every picture, both languages
    .venv/bin/python packaging/manual_shots.py --only matrix,welcome --lang en --out /tmp/shots

Writes resources/manual/shots/<lang>/<name>.png (the chapters in resources/manual/<lang>/
point at them). Runs without a screen; the pictures are reduced to 256 colours so the
whole set stays small enough to ship in the bundle."""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "resources" / "manual" / "shots"
SIZE = (1280, 800)

# Views of the main window on the demo company: file name -> view name.
VIEWS = {
    "dashboard": "dashboard", "people": "people", "teams": "teams", "tasks": "tasks",
    "matrix": "matrix", "matrix-charts": "matrix-charts", "certificates": "certificates", "needs": "needs",
    "onboarding": "onboarding", "onboarding-programs": "onboarding-programs",
    "interviews": "interviews", "interview-guides": "interview-guides", "interview-cycle": "interview-cycle",
    "board": "board", "board-display": "board-display", "quickscan": "quickscan", "learning": "learning",
    "reports": "reports", "accounts": "accounts", "backups": "backups", "audit": "audit", "privacy": "privacy",
}
EXTRAS = ("welcome", "first-start", "sign-in", "manual", "wall-print")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="wplstudio-shots-"))
    _private_home(scratch)
    from wplstudio.app import make_application

    make_application()
    demo, empty = _demo_company(scratch / "demo.sqlite"), scratch / "new.sqlite"
    wanted = set(args.only.split(",")) if args.only else set(VIEWS) | set(EXTRAS)
    written = 0
    for lang in args.lang.split(","):
        folder = args.out / lang
        folder.mkdir(parents=True, exist_ok=True)
        written += _one_language(lang, folder, demo, empty, wanted)
    total = sum(p.stat().st_size for p in args.out.rglob("*.png"))
    print(f"{written} pictures written under {args.out} ({total / 1e6:.1f} MB for all pictures there)")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Make the manual's pictures from the demo company.")
    parser.add_argument("--lang", default="nl,en", help="languages, comma-separated (default nl,en)")
    parser.add_argument("--only", help="only these pictures, comma-separated: " + ", ".join(list(VIEWS) + list(EXTRAS)))
    parser.add_argument("--out", type=Path, default=SHOTS, help="folder for <lang>/<name>.png")
    return parser


def _private_home(scratch: Path) -> None:
    """Without a screen, and without touching the developer's own settings or data folder."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["WPLSTUDIO_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))


def _demo_company(path: Path):
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import demo, demo_accounts
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    db = open_database(file_target(path))
    demo.fill(db, SYSTEM)
    demo_accounts.add(db, SYSTEM)  # as `wplstudio demo` does: an account for every role
    db.close()
    return file_target(path)


def _one_language(lang: str, folder: Path, demo, empty: Path, wanted: set[str]) -> int:
    from wplstudio.i18n import install

    install(lang)
    written = _main_window_views(demo, folder, wanted)
    for name in EXTRAS:
        if name in wanted:
            _save(_extra(name, lang, demo, empty, folder), folder / f"{name}.png")
            written += 1
    return written


def _main_window_views(demo, folder: Path, wanted: set[str]) -> int:
    from wplstudio.app import open_window

    names = [name for name in VIEWS if name in wanted]
    if not names:
        return 0
    window = open_window(demo)
    try:
        _short_location(window)
        window.resize(*SIZE)
        window.show()
        for name in names:
            _save(_view(window, VIEWS[name]), folder / f"{name}.png")
    finally:
        window.close()
        window.ctx.db.close()
    return len(names)


def _short_location(window) -> None:
    """The status bar names the file, not the scratch folder it happens to be in."""
    location = window.ctx.db.target.describe()
    window.location_label.setText(window.location_label.text().replace(location, Path(location).name))


def _view(window, view: str):
    from PySide6.QtWidgets import QApplication

    from wplstudio.ui.background import wait_for_background

    window.show_view(view)
    QApplication.processEvents()
    wait_for_background()
    return window.grab()


def _extra(name: str, lang: str, demo, empty: Path, folder: Path):
    """The welcome on a new company, the dialogs before the window, the manual window."""
    from wplstudio.storage.locations import file_target

    if name in ("first-start", "sign-in"):
        return _dialog(name, file_target(empty) if name == "first-start" else demo)
    if name == "welcome":
        return _welcome(file_target(empty.with_name("welcome.sqlite")))
    if name == "wall-print":
        return _wall_print(demo, folder)
    return _manual(lang)


def _dialog(view: str, target):
    from PySide6.QtGui import QPixmap

    from wplstudio.ui.dialog_shots import render_dialog

    out = Path(tempfile.mkstemp(suffix=".png")[1])
    render_dialog(target, view, out)
    return QPixmap(str(out))


def _welcome(target):
    from PySide6.QtWidgets import QApplication

    from wplstudio.services.opening import open_company
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.main_window import MainWindow
    from wplstudio.ui.welcome.panel import welcome_of

    window = MainWindow(AppContext(open_company(target)))
    try:
        _short_location(window)
        window.resize(*SIZE)
        window.show()
        welcome_of(window).show_welcome()
        QApplication.processEvents()
        return window.grab()
    finally:
        window.close()
        window.ctx.db.close()


def _wall_print(demo, folder: Path):
    """Page 1 of the A3 wall print, as poppler's pdftoppm sees it (the old picture stays without it)."""
    import shutil
    import subprocess

    from PySide6.QtGui import QPixmap

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.reports import matrix_pdf
    from wplstudio.services import matrix_report
    from wplstudio.storage.database import open_database

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler) is missing: the picture of the wall print is left as it is")
        return QPixmap(str(folder / "wall-print.png"))
    db = open_database(demo)
    try:
        pdf = matrix_pdf.render(matrix_report.for_print(db, SYSTEM, None), Path(tempfile.mkdtemp()) / "matrix.pdf", "A3")
    finally:
        db.close()
    subprocess.run(["pdftoppm", "-png", "-singlefile", "-f", "1", "-scale-to", "1400", str(pdf), str(pdf.with_suffix(""))], check=True)
    return QPixmap(str(pdf.with_suffix(".png")))


def _manual(lang: str):
    from PySide6.QtWidgets import QApplication

    from wplstudio.ui.help.window import ManualWindow

    manual = ManualWindow(lang)
    manual.resize(*SIZE)
    manual.show()
    manual.show_chapter("03-matrix")
    QApplication.processEvents()
    picture = manual.grab()
    manual.close()
    return picture


def _save(pixmap, out: Path) -> None:
    """256 colours and PNG's best compression: a screen of the app in about 100 kB."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
