"""`wplstudio import-matrix`, `export-matrix` and `report matrix` as a person types them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.services.messy_sheets import messy_sheet, password_protected, simple_sheet
from wplstudio.cli import main
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import matrix
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    yield
    from wplstudio import i18n

    i18n.install("en")


@pytest.fixture
def company(_demo_template, tmp_path) -> Path:
    path = tmp_path / "company.sqlite"
    shutil.copyfile(_demo_template, path)
    return path


def level_of(path: Path, person: str, task: str) -> int:
    db = open_database(file_target(path))
    try:
        data = matrix.load(db, SYSTEM)
        return data.cell(next(p.id for p in data.people if p.name == person), next(t.id for t in data.tasks if t.name == task)).level
    finally:
        db.close()


def run(*args: str) -> int:
    return main([*args, "--lang", "en"])


def test_dry_run_prints_the_preview_and_changes_nothing(company, tmp_path, capsys):
    sheet = messy_sheet(tmp_path / "matrix.xlsx")
    before = level_of(company, "Piet Visser", "MIG/MAG-lassen staal")
    assert run("import-matrix", str(sheet), "--dry-run", "--database", str(company)) == 0
    out = capsys.readouterr().out
    assert 'Sheet "Blad1" of matrix.xlsx' in out and "header Blad1!5:5" in out
    assert "Skipped, and why:" in out and "Blad1!17:20" in out
    assert "employee Kees Nieuwkoop (Lassen & constructie), row 9" in out
    assert "task Zaagmachine bedienen under Kanten & snijden, Blad1!F5" in out
    assert "Add --create-missing to create them" in out
    assert "Dry run: nothing was changed." in out
    if before != 4:
        assert f"Blad1!C7  Piet Visser · MIG/MAG-lassen staal: {'-ILUO'[before]} -> O" in out
    assert level_of(company, "Piet Visser", "MIG/MAG-lassen staal") == before


def test_import_with_create_missing_applies_everything(company, tmp_path, capsys):
    sheet = messy_sheet(tmp_path / "matrix.xlsx")
    assert run("import-matrix", str(sheet), "--create-missing", "--database", str(company)) == 0
    out = capsys.readouterr().out
    assert "Imported:" in out and "1 employee(s), 1 task(s)" in out
    assert level_of(company, "Piet Visser", "MIG/MAG-lassen staal") == 4
    assert level_of(company, "Kees Nieuwkoop", "VCA Basis") == 1


def test_unreadable_cells_are_listed_and_the_import_stops(company, tmp_path, capsys):
    sheet = simple_sheet(tmp_path / "bad.xlsx", ["Naam", "VCA Basis", "BHV"], [["Piet Visser", "U+", 5], ["Ilse Kok", "O", "O"]])
    before = level_of(company, "Ilse Kok", "BHV")
    assert run("import-matrix", str(sheet), "--database", str(company)) == 1
    out = capsys.readouterr().out
    assert "Cannot be read (2)" in out
    assert 'Blad1!B2  "U+" is not a level' in out and "Blad1!C2  5 is off the scale" in out
    assert "Nothing was imported" in out
    assert level_of(company, "Ilse Kok", "BHV") == before


def test_a_password_protected_file_is_one_line_and_no_traceback(company, tmp_path, capsys):
    assert run("import-matrix", str(password_protected(tmp_path / "secret.xlsx")), "--database", str(company)) == 2
    err = capsys.readouterr().err
    assert "protected with a password" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_export_then_import_changes_nothing(company, tmp_path, capsys):
    out = tmp_path / "matrix.xlsx"
    assert run("export-matrix", str(out), "--database", str(company)) == 0
    assert run("import-matrix", str(out), "--database", str(company)) == 0
    printed = capsys.readouterr().out
    assert "Changes: 0 cell(s); 770 cell(s) already as in the sheet." in printed


def test_export_never_overwrites(company, tmp_path, capsys):
    out = tmp_path / "matrix.xlsx"
    out.write_text("mine")
    assert run("export-matrix", str(out), "--database", str(company)) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "mine"


def test_report_matrix_writes_the_wall_print(company, tmp_path, capsys):
    out = tmp_path / "wall.pdf"
    assert run("report", "matrix", "--out", str(out), "--team", "Plaatbewerking", "--paper", "A4", "--database", str(company)) == 0
    assert out.read_bytes().startswith(b"%PDF") and "Wrote" in capsys.readouterr().out


def test_report_of_an_unknown_team_or_kind_is_refused(company, tmp_path, capsys):
    assert run("report", "matrix", "--out", str(tmp_path / "x.pdf"), "--team", "Schilders", "--database", str(company)) == 2
    assert "There is no team called Schilders" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("report", "weekplan", "--out", str(tmp_path / "x.pdf"))


@pytest.mark.parametrize("command", [("export-matrix", "{out}"), ("report", "matrix", "--out", "{out}"),
                                     ("report", "board", "--out", "{out}"), ("privacy", "export", "1", "--out", "{out}")])
def test_writing_into_a_folder_that_does_not_exist_is_one_line(company, tmp_path, capsys, command):
    out = tmp_path / "no such folder" / "file.pdf"
    assert run(*[part.format(out=out) for part in command], "--database", str(company)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"The folder {out.parent} does not exist" in err and "Traceback" not in err


def test_a_week_plan_never_overwrites_a_file(company, tmp_path, capsys):
    out = tmp_path / "week.pdf"
    out.write_text("mine")
    assert run("report", "board", "--out", str(out), "--database", str(company)) == 2
    assert "already exists" in capsys.readouterr().err and out.read_text() == "mine"


@pytest.mark.parametrize("command", [("report", "quickscan", "--id", "999", "--out", "{out}"), ("privacy", "export", "999", "--out", "{out}"),
                                     ("privacy", "anonymise", "999")])
def test_a_number_that_matches_nothing_says_so_without_refresh_the_list(company, tmp_path, capsys, command):
    out = tmp_path / "file.pdf"
    assert run(*[part.format(out=out) for part in command], "--database", str(company)) == 2
    assert capsys.readouterr().err == "There is nothing with that number. Check the number you typed.\n"
    assert not out.exists()
