"""The command line as a person uses it: one line on a mistake, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wplstudio import __version__
from wplstudio.cli import main
from wplstudio.ui.views import SCREENSHOT_NAMES


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """In one test process main() runs many times; Qt allows one application, so make it a full one first."""
    yield
    from wplstudio import i18n

    i18n.install("en")


def wpl(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "wplstudio", *args], capture_output=True, text=True, env=full_env, timeout=120)


def test_version_is_printed():
    result = wpl("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"wplstudio {__version__}"


def test_demo_then_check_reports_a_healthy_current_database(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--database", str(path), "--lang", "en"]) == 0
    assert main(["--lang", "en", "check", "--database", str(path)]) == 0  # options before or after the command
    out = capsys.readouterr().out
    assert "The demo company is in" in out
    assert "Integrity: ok" in out and "Schema version: " in out


def test_demo_without_database_goes_to_its_own_file_in_the_data_folder(_private_data_dir, capsys):
    assert main(["demo", "--lang", "en"]) == 0
    assert (_private_data_dir / "demo.sqlite").exists()
    assert not (_private_data_dir / "wplstudio.sqlite").exists()
    assert main(["demo", "--lang", "en"]) == 0  # again: the demo is there already, nothing changes
    assert "already holds the demo company" in capsys.readouterr().out


def test_demo_refuses_a_database_with_a_real_company(tmp_path, capsys):
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import company
    from wplstudio.storage.database import open_database
    from wplstudio.storage.locations import file_target

    path = tmp_path / "own.sqlite"
    db = open_database(file_target(path))
    company.save_company_name(db, SYSTEM, "Eigen Bedrijf", 0)
    db.close()
    assert main(["demo", "--database", str(path)]) == 2
    assert "bevat al een bedrijf" in capsys.readouterr().err


def test_screenshot_list_names_every_view(capsys):
    assert main(["screenshot", "--list"]) == 0
    assert capsys.readouterr().out.split() == list(SCREENSHOT_NAMES)


def test_screenshot_writes_a_png_of_a_view(demo_db, tmp_path):
    out = tmp_path / "people.png"
    result = wpl("screenshot", "people", "--out", str(out), "--database", str(demo_db.target.path))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 20_000  # a real window, not an empty picture


def test_screenshot_of_an_unknown_view_says_which_exist(capsys):
    assert main(["screenshot", "nothing", "--out", "x.png", "--lang", "en"]) == 2
    assert "These exist: dashboard" in capsys.readouterr().err


@pytest.mark.parametrize("size", ["abc", "1400", "1400x", "0x860"])
def test_screenshot_with_a_mistyped_size_says_how_to_write_it(size, tmp_path, capsys):
    assert main(["screenshot", "matrix", "--size", size, "--out", str(tmp_path / "x.png"), "--lang", "en"]) == 2
    assert capsys.readouterr().err == f"Write the size as width x height in pixels, such as 1400x860, not {size}.\n"
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize("case", ["missing folder", "not a database", "newer version", "damaged"])
def test_bad_database_gives_one_line_and_no_traceback_and_leaves_the_file_alone(case, tmp_path, demo_db):
    path = _bad_database(case, tmp_path, demo_db)
    before = path.read_bytes() if path.exists() else None
    result = wpl("check", "--database", str(path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    after = path.read_bytes() if path.exists() else None
    if case == "damaged":  # moved aside exactly as it was, never deleted (tests/storage/test_damaged_files.py)
        [moved] = tmp_path.glob("bad.damaged-*.sqlite")
        after = moved.read_bytes()
    assert after == before


def _bad_database(case: str, tmp_path: Path, demo_db) -> Path:
    if case == "missing folder":
        return tmp_path / "nowhere" / "x.sqlite"
    path = tmp_path / "bad.sqlite"
    if case == "not a database":
        path.write_text("Naam;Lassen;Kanten\nPiet;3;2\n")
        return path
    import shutil
    import sqlite3

    demo_db.close()
    shutil.copy(demo_db.target.path, path)
    if case == "newer version":
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
    else:
        data = bytearray(path.read_bytes())
        data[4096 * 2:4096 * 4] = b"\xff" * 8192
        path.write_bytes(bytes(data))
    return path


def test_gui_without_a_screen_says_so_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "wplstudio", "--database", str(tmp_path / "x.sqlite"), "--lang", "en"],
                            capture_output=True, text=True, env=env, timeout=60)
    if sys.platform.startswith("linux"):
        assert result.returncode == 2
        assert "no screen" in result.stderr and "Traceback" not in result.stderr


def test_backup_writes_a_checked_copy_and_never_overwrites(demo_db, tmp_path, capsys):
    out = tmp_path / "copy.sqlite"
    assert main(["backup", "--database", str(demo_db.target.path), "--out", str(out), "--lang", "en"]) == 0
    assert out.exists() and "checked: ok" in capsys.readouterr().out
    size = out.stat().st_size
    assert main(["backup", "--database", str(demo_db.target.path), "--out", str(out), "--lang", "en"]) == 2
    assert "never overwrites" in capsys.readouterr().err
    assert out.stat().st_size == size


def test_bench_reports_each_figure_with_what_it_measures(tmp_path, capsys):
    report = tmp_path / "bench.json"
    assert main(["bench", "--employees", "30", "--tasks", "20", "--rounds", "1", "--json", str(report)]) == 0
    figures = {f["name"]: f for f in json.loads(report.read_text())["figures"]}
    assert {"open", "create-and-migrate", "first-paint", "backup", "restore", "password-check"} <= set(figures)
    assert figures["restore"]["aim_s"] == 2.0
    assert 0.1 <= figures["password-check"]["median_s"] <= 1.0  # deliberately slow, never sluggish
    assert all(f["median_s"] > 0 and f["what"] for f in figures.values())
    assert "first painted window" in capsys.readouterr().out


@pytest.mark.parametrize(("typed", "dutch"), [
    (["report", "weekplan", "--out", "x.pdf"], "KIND kan niet 'weekplan' zijn; kies uit 'matrix'"),
    (["privacy", "export"], "Dit ontbreekt nog: employee_id, --out."),
    (["bench", "--rounds", "vijf"], "Bij --rounds hoort een getal, niet 'vijf'."),
    (["check", "--zzz"], "Dit kent wplstudio niet: --zzz. Zie: wplstudio check --help"),
    (["report", "interview-form", "--out", "x.pdf", "--date", "31-12"], "Bij --date hoort een datum als jaar-maand-dag"),
])
def test_a_mistyped_command_is_one_dutch_line_not_an_english_usage_block(typed, dutch, capsys, monkeypatch):
    monkeypatch.delenv("WPLSTUDIO_LANG", raising=False)
    monkeypatch.setattr("wplstudio.i18n.saved_language", lambda settings=None: None)
    with pytest.raises(SystemExit) as stop:
        main(typed)
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1 and dutch in err and "Zie: wplstudio" in err


def test_a_mistyped_command_with_lang_en_is_english(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "check", "--zzz"])
    assert capsys.readouterr().err == "wplstudio does not know: --zzz. See: wplstudio check --help\n"
