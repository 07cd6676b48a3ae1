"""The desktop bundle started as a new user would: its own programs, no Python on
the path, a fresh home folder, a working folder of its own.

Building the bundle takes 4 to 5 minutes on the 2-core CI machine, too long for every
run. So this tests the bundle in dist/wplstudio/ when it was built after the last
change to the code (python packaging/build_bundle.py), builds one itself when
WPL_TEST_BUNDLE=1, tests dist/wplstudio as it is when WPL_TEST_BUNDLE=dist, and is
skipped with the reason otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wplstudio import __version__

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = "wplstudio-cli.exe" if sys.platform == "win32" else "wplstudio-cli"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    if os.environ.get("WPL_TEST_BUNDLE") == "1":
        pytest.importorskip("PyInstaller", reason="WPL_TEST_BUNDLE=1 needs PyInstaller: pip install -e .[bundle]")
        sys.path.insert(0, str(ROOT / "packaging"))
        from build_bundle import build

        work = tmp_path_factory.mktemp("bundle")
        return build(work / "dist", work / "build")
    built = ROOT / "dist" / "wplstudio"
    if not (built / PROGRAM).exists():
        pytest.skip("no bundle in dist/wplstudio: build one with python packaging/build_bundle.py, or set WPL_TEST_BUNDLE=1")
    newer = newest_source_change()
    if os.environ.get("WPL_TEST_BUNDLE") != "dist" and newer.stat().st_mtime > (built / PROGRAM).stat().st_mtime:
        pytest.skip(f"dist/wplstudio is older than {newer.relative_to(ROOT)}: rebuild it (python packaging/build_bundle.py), "
                    "or set WPL_TEST_BUNDLE=dist to test it as it is")
    return built


def newest_source_change() -> Path:
    """The most recently changed file of what goes into the bundle."""
    files = [p for folder in ("wplstudio", "resources", "migrations") for p in (ROOT / folder).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    return max(files, key=lambda p: p.stat().st_mtime)


@pytest.fixture(scope="session")
def new_user(tmp_path_factory) -> dict:
    """A home, data and config folders of their own, and a path without the project's Python."""
    home = tmp_path_factory.mktemp("home")
    keep = {k: v for k, v in os.environ.items() if k in ("LANG", "LC_ALL", "TZ", "SYSTEMROOT", "TEMP", "TMP")}
    return dict(keep, PATH=os.pathsep.join(["/usr/bin", "/bin"]) if sys.platform != "win32" else os.environ["SYSTEMROOT"],
                HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"),
                XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "run"))


def run(bundle: Path, env: dict, cwd: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(bundle / PROGRAM), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


@pytest.fixture(scope="session")
def demo(bundle, new_user, tmp_path_factory) -> Path:
    """The demo company, written by the bundle into a database in the user's working folder."""
    folder = tmp_path_factory.mktemp("work")
    (folder / "tmp").mkdir()
    result = run(bundle, new_user, folder, "demo", "--database", "tmp/demo.sqlite")
    assert result.returncode == 0, result.stderr
    assert "Het demobedrijf staat in" in result.stdout  # Dutch: the bundle found its translations
    return folder / "tmp" / "demo.sqlite"


def test_the_bundle_says_its_version_without_any_python_on_the_path(bundle, new_user, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(bundle, dict(new_user, PATH=str(empty)), tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wplstudio {__version__}"


def test_the_bundle_fills_the_demo_company_into_a_new_database(demo):
    assert demo.stat().st_size > 100_000


def test_the_bundle_pictures_every_view_of_the_demo_company(bundle, new_user, demo):
    listed = run(bundle, new_user, demo.parent, "screenshot", "--list").stdout.split()
    assert {"dashboard", "matrix", "board", "sign-in"} <= set(listed)  # the bundle's own list of its views
    out = demo.parent / "shots"
    result = run(bundle, new_user, demo.parent, "screenshot", "--all", "--out-dir", str(out), "--database", str(demo), "--lang", "en")
    assert result.returncode == 0, result.stderr
    blank = [view for view in listed if not looks_like_a_picture(out / f"{view}.png")]
    assert not blank, f"missing or blank: {blank}"


def test_the_bundle_prints_the_week_plan_with_the_fonts_it_carries(bundle, new_user, demo):
    pdf = demo.parent / "week.pdf"
    result = run(bundle, new_user, demo.parent, "report", "board", "--out", str(pdf), "--database", str(demo))
    assert result.returncode == 0, result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data  # the board's symbols need DejaVu: found inside the bundle


def looks_like_a_picture(png: Path) -> bool:
    """Exists, and has more than a handful of colours: text, lines and fills, not one grey box."""
    if not png.exists():
        return False
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull() or image.width() < 200:
        return False
    step = max(1, image.width() // 60)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    return len(colours) >= 8
