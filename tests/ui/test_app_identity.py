"""The app's name, organisation and icon: where the platform puts its settings and data,
and what the title bar, the taskbar and the menu show."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from wplstudio.app import ICON_SIZES, make_application
from wplstudio.paths import icon


def test_the_window_icon_has_every_drawn_size(qapp):
    app = make_application()
    sizes = app.windowIcon().availableSizes()
    assert {QSize(n, n) for n in ICON_SIZES} <= set(sizes)
    assert app.desktopFileName() == "wplstudio" and app.applicationName() == "wplstudio"


def test_the_icon_files_exist_in_every_size_and_as_a_windows_ico():
    for size in ICON_SIZES:
        head = icon(f"wplstudio-{size}.png").read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(head[16:20], "big") == size
    ico = icon("wplstudio.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == len(ICON_SIZES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")
def test_settings_and_data_land_in_the_usual_linux_folders(qapp, tmp_path, monkeypatch):
    make_application()
    settings = QSettings()
    assert Path(settings.fileName()).parts[-2:] == ("wplstudio", "wplstudio.conf")
    monkeypatch.delenv("WPLSTUDIO_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    from wplstudio.storage.locations import data_dir

    assert data_dir() == tmp_path / ".local" / "share" / "wplstudio"  # where it has always been


def test_the_linux_menu_entry_names_the_program_and_its_icon():
    entry = (Path(__file__).resolve().parents[2] / "packaging" / "linux" / "wplstudio.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Icon"] == "wplstudio" and fields["StartupWMClass"] == "wplstudio" and fields["Terminal"] == "false"
