"""`wplstudio screenshot --all --out-dir DIR`: every view in one process (the manual and the bundle's test use it)."""

from __future__ import annotations

import shutil

import pytest

from wplstudio.cli import main


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    yield
    from wplstudio import i18n

    i18n.install("en")


def test_all_views_without_a_folder_says_how(capsys):
    assert main(["screenshot", "--all", "--lang", "en"]) == 2
    assert "--out-dir" in capsys.readouterr().err


def test_all_views_are_written_as_view_name_png_in_the_folder(_demo_template, tmp_path, monkeypatch, capsys):
    from wplstudio.ui import views

    monkeypatch.setattr(views, "VIEW_NAMES", ("dashboard", "teams"))  # two pages and a dialog keep the test short
    monkeypatch.setattr(views, "DIALOG_VIEWS", ("sign-in",))
    database = tmp_path / "demo.sqlite"
    shutil.copy(_demo_template, database)
    out = tmp_path / "shots"
    assert main(["screenshot", "--all", "--out-dir", str(out), "--database", str(database), "--lang", "en"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["dashboard.png", "sign-in.png", "teams.png"]
    assert all(p.stat().st_size > 5_000 for p in out.iterdir())
    assert "Wrote 3 pictures" in capsys.readouterr().out
