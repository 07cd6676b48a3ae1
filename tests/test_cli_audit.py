"""`wplstudio audit` and the audit line of `wplstudio check`, as the owner uses them from a shell."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from wplstudio.cli import main


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """main() runs many times in one process; Qt allows one application, so make it a full one first."""
    yield
    from wplstudio import i18n

    i18n.install("en")


@pytest.fixture
def demo_file(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--database", str(path), "--lang", "en"]) == 0
    capsys.readouterr()
    return path


def test_audit_shows_the_newest_entries_of_one_kind(demo_file, capsys):
    assert main(["audit", "--database", str(demo_file), "--entity", "team", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "4 of 4 entries shown, newest first."
    assert all(" created " in line and " Team " in line for line in lines[:-1])
    assert "name: Kantoor & werkvoorbereiding" in lines[0] and "name: Plaatbewerking" in lines[3]


def test_audit_filters_by_who_and_period(demo_file, capsys):
    assert main(["audit", "--database", str(demo_file), "--who", "nobody-like-this", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "0 of 0 entries shown, newest first."
    assert main(["audit", "--database", str(demo_file), "--from", "01-01-2000", "--to", "2000-12-31", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == "0 of 0 entries shown, newest first."


def test_audit_exports_the_filtered_entries_to_csv_and_json(demo_file, tmp_path, capsys):
    csv_file, json_file = tmp_path / "trail.csv", tmp_path / "trail.json"
    assert main(["audit", "--database", str(demo_file), "--entity", "teams", "--export", str(csv_file), "--lang", "en"]) == 0
    assert main(["audit", "--database", str(demo_file), "--entity", "teams", "--export", str(json_file), "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"4 entries written to {csv_file}.", f"4 entries written to {json_file}."]
    with open(csv_file, encoding="utf-8-sig", newline="") as handle:
        assert [r["entity"] for r in csv.DictReader(handle, delimiter=";")] == ["teams"] * 4
    assert [e["after"]["name"] for e in json.loads(json_file.read_text(encoding="utf-8"))["entries"]][0] == "Plaatbewerking"


def test_verify_and_check_report_an_intact_trail(demo_file, capsys):
    assert main(["audit", "--verify", "--database", str(demo_file), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Audit trail checked: ")
    assert main(["check", "--database", str(demo_file), "--lang", "en"]) == 0
    assert "intact" in capsys.readouterr().out


def test_verify_and_check_exit_with_1_when_an_entry_was_edited_outside(demo_file, capsys):
    conn = sqlite3.connect(demo_file)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'iemand anders' WHERE id = 12")
    conn.commit()
    conn.close()
    assert main(["audit", "--verify", "--database", str(demo_file), "--lang", "en"]) == 1
    assert capsys.readouterr().out.strip() == "Audit trail NOT intact: Entry 12 was edited outside wplstudio."
    assert main(["check", "--database", str(demo_file), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "Entry 12 was edited outside wplstudio." in out


def test_a_wrong_date_or_export_format_is_one_line_not_a_traceback(demo_file, tmp_path, capsys):
    assert main(["audit", "--database", str(demo_file), "--from", "31-31-2026", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == "31-31-2026 is not a date. Write it as 2026-03-31 or 31-03-2026."
    assert main(["audit", "--database", str(demo_file), "--export", str(tmp_path / "x.xlsx"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_screenshot_of_the_audit_trail_shows_entries_and_a_green_status_line(demo_file, tmp_path, capsys):
    from PySide6.QtGui import QColor, QImage

    out = tmp_path / "audit.png"
    assert main(["screenshot", "audit", "--out", str(out), "--database", str(demo_file), "--lang", "en"]) == 0
    image = QImage(str(out))
    assert image.width() >= 1000
    green = QColor("#1b7f3b").rgb()
    top = [image.pixel(x, y) for y in range(40, 110) for x in range(280, 900, 2)]
    assert top.count(green) > 50  # the "Audit trail checked: ... intact" line was painted, not "Checking…"
