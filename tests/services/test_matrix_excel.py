"""The matrix from Excel and back: a messy real-world sheet, the round trip of our own
export, and every kind of bad input. Real SQLite files; after any refusal the database
must be exactly as before."""

from __future__ import annotations

import os
import shutil

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import func, select

from tests.services.messy_sheets import (
    MESSY_EXPECTED, messy_sheet, old_xls, password_protected, simple_sheet, truncated, with_cached_value,
)
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import Conflict, NotAllowed, ValidationFailed, WplError
from wplstudio.domain.sheet_text import parse_level
from wplstudio.reports import matrix_xlsx
from wplstudio.services import landscape, matrix, matrix_report, matrix_targets, people
from wplstudio.services.excel import apply, preview
from wplstudio.services.excel.workbook import UnreadableWorkbook
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
from wplstudio.storage.models import AuditEntry, CoreTask, Employee, Level, LevelChange, Task, Team


def levels_by_name(db) -> dict[tuple[str, str], int]:
    data = matrix.load(db, SYSTEM)
    return {(p.name, t.name): data.cell(p.id, t.id).level for p in data.people for t in data.tasks}


def snapshot(db) -> dict:
    """Everything an import could touch, to prove that a refused import touched nothing."""
    with db.session() as s:
        counts = {model.__tablename__: s.scalar(select(func.count()).select_from(model))
                  for model in (Employee, Team, CoreTask, Task, Level, LevelChange, AuditEntry)}
        levels = sorted(s.execute(select(Level.employee_id, Level.task_id, Level.level, Level.version)).all())
    return {"counts": counts, "levels": levels}


def ids(db) -> tuple[dict[str, int], dict[str, int]]:
    data = matrix.load(db, SYSTEM)
    return {p.name: p.id for p in data.people}, {t.name: t.id for t in data.tasks}


# --- a sheet as a workshop keeps it ----------------------------------------------------

def test_manager_previews_a_messy_sheet_and_sees_exactly_what_changes_and_what_is_skipped(demo_db, tmp_path):
    path = messy_sheet(tmp_path / "matrix.xlsx")
    before = levels_by_name(demo_db)
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.sheet == "Blad1" and found.header_ref == "Blad1!5:5"
    assert found.problems == []
    changed = {(c.person, c.task): (c.old, c.new) for c in found.changes if c.employee_id and c.task_id}
    for key, level in MESSY_EXPECTED.items():
        if before[key] != level:
            assert changed[key] == (before[key], level)
        else:
            assert key not in changed
    refs = {n.ref: n.english() for n in found.notes}
    assert "Blad1!1:4" in refs and "title" in refs["Blad1!1:4"]
    assert "read as the team" in refs["Blad1!B1:B20"]
    assert "is not a task" in refs["Blad1!H1:H20"]
    assert "team heading" in refs["Blad1!A6"] and "team heading" in refs["Blad1!A11"]
    assert "summary row" in refs["Blad1!A15"]
    assert "legend" in refs["Blad1!17:20"]
    assert any("formula" in text and "Blad1!G13" in text for text in refs.values())


def test_unknown_people_and_tasks_are_offered_with_their_team_and_core_task(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    assert [(p.name, p.first_name, p.prefix, p.last_name, p.team) for p in found.new_people] == [
        ("Kees Nieuwkoop", "Kees", "", "Nieuwkoop", "Lassen & constructie")]
    assert [(t.name, t.core_task, t.ref) for t in found.new_tasks] == [("Zaagmachine bedienen", "Kanten & snijden", "Blad1!F5")]
    assert found.new_teams == [] and found.new_core_tasks == []
    assert {(c.person, c.task, c.new) for c in found.changes if c.task_id is None} == {
        ("Ilse Kok", "Zaagmachine bedienen", 2), ("Sanne de Boer", "Zaagmachine bedienen", 3), ("Ruud Jansen", "Zaagmachine bedienen", 1)}


def test_import_with_creation_writes_levels_people_and_tasks_in_one_go(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    result = apply.apply(demo_db, SYSTEM, found, create_missing=True)
    assert (result.people_created, result.tasks_created, result.teams_created, result.core_tasks_created) == (1, 1, 0, 0)
    after = levels_by_name(demo_db)
    for key, level in MESSY_EXPECTED.items():
        assert after[key] == level
    assert after[("Kees Nieuwkoop", "MIG/MAG-lassen staal")] == 1 and after[("Kees Nieuwkoop", "VCA Basis")] == 1
    assert after[("Ilse Kok", "Zaagmachine bedienen")] == 2
    kees = next(e for e in people.list_employees(demo_db, SYSTEM) if e.full_name == "Kees Nieuwkoop")
    assert kees.team_name == "Lassen & constructie"
    assert next(t for t in landscape.list_tasks(demo_db, SYSTEM) if t.name == "Zaagmachine bedienen").core_task_name == "Kanten & snijden"
    history = matrix.history(demo_db, SYSTEM, kees.id, ids(demo_db)[1]["VCA Basis"])
    assert history[0].new_level == 1 and "matrix.xlsx" in history[0].note


def test_import_without_creation_leaves_out_only_the_unknown_cells(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    result = apply.apply(demo_db, SYSTEM, found, create_missing=False)
    assert result.people_created == 0 and result.tasks_created == 0 and result.left_out > 0
    assert result.changed == len(found.changes_for(False))
    after = levels_by_name(demo_db)
    assert all(after[key] == level for key, level in MESSY_EXPECTED.items())
    assert "Kees Nieuwkoop" not in {name for name, _ in after}


def test_names_match_whatever_the_case_spaces_or_order(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "names.xlsx", ["Naam", "VCA Basis"], [
        ["  PIET   visser ", "O"], ["Boer, Sanne de", "O"], ["Linden, Jeroen van der", "O"], ["Mustafa El Amrani (BBL)", "O"]])
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.new_people == [] and found.problems == []
    apply.apply(demo_db, SYSTEM, found)
    after = levels_by_name(demo_db)
    assert {after[(n, "VCA Basis")] for n in ("Piet Visser", "Sanne de Boer", "Jeroen van der Linden", "Mustafa El Amrani")} == {4}


def test_someone_who_left_is_skipped_with_the_date(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, simple_sheet(tmp_path / "left.xlsx", ["Naam", "VCA Basis"], [["Gerrit Dijkstra", "U"]]))
    assert found.new_people == [] and found.changes == []
    assert any("left the company on 31-03-2024" in n.english() for n in found.notes)


# --- our own export reads back without loss -----------------------------------------------

def test_the_export_imports_back_into_a_fresh_copy_with_identical_levels(demo_db, db_path, tmp_path):
    out = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "export.xlsx")
    original = levels_by_name(demo_db)
    copy_path = tmp_path / "copy.sqlite"
    shutil.copyfile(db_path, copy_path)
    copy = open_database(file_target(copy_path))
    try:
        _clear(copy)
        assert set(levels_by_name(copy).values()) == {0}
        found = preview.preview(copy, SYSTEM, out)
        assert found.problems == [] and found.new_people == [] and found.new_tasks == []
        assert beside_levels(copy) == {"cells": {}, "targets": {}}
        assert found.extra_count("certificates") and found.extra_count("timetable") and found.extra_count("coverage")
        apply.apply(copy, SYSTEM, found)
        assert levels_by_name(copy) == original
        assert beside_levels(copy) == beside_levels(demo_db)  # certificate dates, training and coverage targets too
        again = preview.preview(copy, SYSTEM, out)
        assert again.changes == [] and again.unchanged == len(original) and again.extras == []
    finally:
        copy.close()


def _clear(db) -> None:
    data = matrix.load(db, SYSTEM)
    edits = [matrix.LevelEdit(e, t, 0) for (e, t), cell in data.cells.items() if cell.level]
    matrix.set_levels(db, SYSTEM, edits)
    matrix.set_certificates(db, SYSTEM, [matrix.CertificateDate(e, t, None) for (e, t), c in data.cells.items() if c.valid_until])
    matrix.set_targets(db, SYSTEM, [matrix.TimetableTarget(e, t, None, None) for (e, t), c in data.cells.items() if c.target_level])
    for target in data.targets:
        matrix_targets.remove_task_target(db, SYSTEM, target.task_id, target.team_id, target.version)


def beside_levels(db) -> dict:
    """What a cell holds beside its level, and the coverage targets, by name."""
    data = matrix.load(db, SYSTEM)
    people, tasks = {p.id: p.name for p in data.people}, {t.id: t.name for t in data.tasks}
    teams = {p.team_id: p.team_name for p in data.people}
    cells = {(people[e], tasks[t]): (c.valid_until, c.target_level, c.target_date) for (e, t), c in data.cells.items()
             if e in people and (c.valid_until or c.target_level)}
    return {"cells": cells, "targets": {(tasks[g.task_id], teams.get(g.team_id, "")): (g.deployable, g.teachers) for g in data.targets}}


def test_the_export_builds_the_whole_company_in_an_empty_database(demo_db, tmp_path):
    out = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "export.xlsx")
    empty = open_database(file_target(tmp_path / "empty.sqlite"))
    try:
        found = preview.preview(empty, SYSTEM, out)
        assert len(found.new_people) == len(matrix.load(demo_db, SYSTEM).people)
        assert sorted(found.new_core_tasks) == sorted({t.core_task_name for t in matrix.load(demo_db, SYSTEM).tasks})
        apply.apply(empty, SYSTEM, found, create_missing=True)
        assert levels_by_name(empty) == levels_by_name(demo_db)
        teams = {p.name: p.team_name for p in matrix.load(empty, SYSTEM).people}
        assert teams == {p.name: p.team_name for p in matrix.load(demo_db, SYSTEM).people}
        assert beside_levels(empty) == beside_levels(demo_db)
    finally:
        empty.close()


def test_the_export_has_the_familiar_layout(demo_db, tmp_path):
    out = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "export.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "C6"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 8  # A3
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert "C4:H4" in {str(r) for r in ws.merged_cells.ranges}  # Veiligheid over its six tasks
    assert ws["C4"].value == "Veiligheid" and ws["A5"].value == "Employee" and ws["B5"].value == "Team"
    filled = [c for row in ws.iter_rows(min_row=6, max_row=27, min_col=3) for c in row if c.value]
    assert {c.value for c in filled} <= {"I", "L", "U", "O"}
    blue = next(c for c in filled if c.value == "O")
    assert blue.fill.fgColor.rgb.endswith("144A8F")
    assert any(ws.cell(r, 1).value == "Legend" for r in range(28, ws.max_row + 1))


# --- bad input: a clear message and nothing changed -------------------------------------------

@pytest.mark.parametrize("make, words", [
    (lambda p, src: truncated(src, p), "damaged"),
    (lambda p, src: password_protected(p), "password"),
    (lambda p, src: old_xls(p), ".xls"),
    (lambda p, src: p.write_bytes(b"") and p, "empty"),
    (lambda p, src: p.write_text("Naam;VCA Basis\nPiet Visser;U\n", encoding="utf-8") and p, "text file"),
    (lambda p, src: p.write_bytes(bytes(range(256)) * 8) and p, "not an Excel workbook"),
])
def test_a_file_that_is_no_readable_workbook_is_refused_in_one_sentence(demo_db, tmp_path, make, words):
    source = messy_sheet(tmp_path / "good.xlsx")
    path = tmp_path / "matrix.xlsx"
    make(path, source)
    before = snapshot(demo_db)
    with pytest.raises(UnreadableWorkbook) as refused:
        preview.preview(demo_db, SYSTEM, path)
    assert words in refused.value.english() and "matrix.xlsx" in refused.value.english()
    assert "Traceback" not in refused.value.english()
    assert snapshot(demo_db) == before


def test_a_workbook_without_cells_says_so(demo_db, tmp_path):
    path = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(path)
    found = preview.preview(demo_db, SYSTEM, path)
    assert not found.can_apply and "no filled cells" in found.problems[0].english()


def test_a_sheet_without_a_matrix_says_where_it_looked(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "list.xlsx", ["Boodschappen"], [[1], [2], [3]], title="Lijst")
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.problems[0].ref == "Lijst" and "No matrix found" in found.problems[0].english()


@pytest.mark.parametrize("value, ref, words", [
    (5, "Blad1!B2", "5 is off the scale"),
    (-1, "Blad1!B2", "-1 is off the scale"),
    ("U+", "Blad1!B2", '"U+" is not a level'),
    (3.5, "Blad1!B2", "3.5 is not a whole level"),
    ("3,5", "Blad1!B2", "3,5 is not a whole level"),
    (True, "Blad1!B2", "TRUE"),
])
def test_a_level_out_of_range_names_its_cell_and_nothing_is_imported(demo_db, tmp_path, value, ref, words):
    path = simple_sheet(tmp_path / "bad.xlsx", ["Naam", "VCA Basis", "BHV"], [["Piet Visser", value, "O"], ["Ilse Kok", "U", "U"]])
    before = snapshot(demo_db)
    found = preview.preview(demo_db, SYSTEM, path)
    assert [(p.ref, words in p.english()) for p in found.problems] == [(ref, True)]
    with pytest.raises(WplError) as refused:
        apply.apply(demo_db, SYSTEM, found, create_missing=True)
    assert ref in refused.value.english() and "Nothing was imported" in refused.value.english()
    assert snapshot(demo_db) == before


def test_a_formula_without_a_saved_result_is_named(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "formula.xlsx", ["Naam", "VCA Basis", "BHV"], [["Piet Visser", "=1+2", "O"]])
    before = snapshot(demo_db)
    found = preview.preview(demo_db, SYSTEM, path)
    assert [p.ref for p in found.problems] == ["Blad1!B2"]
    assert "formula without a saved result" in found.problems[0].english()
    assert snapshot(demo_db) == before


def test_a_formula_with_a_saved_result_is_read_and_mentioned(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "formula.xlsx", ["Naam", "VCA Basis"], [["Piet Visser", "=2+2"]])
    with_cached_value(path, "Blad1", "B2", "4")
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.problems == []
    assert {(c.ref, c.new) for c in found.changes} <= {("Blad1!B2", 4)}
    assert any("1 level cell(s) hold a formula" in n.english() for n in found.notes)


def test_merged_cells_over_levels_are_named_as_a_range(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "merged.xlsx", ["Naam", "VCA Basis", "BHV", "VCA VOL"],
                        [["Piet Visser", "U", None, "I"], ["Ilse Kok", "O", "O", "O"]], merges=["B2:C2"])
    found = preview.preview(demo_db, SYSTEM, path)
    assert [(p.ref, "merged" in p.english()) for p in found.problems] == [("Blad1!B2:C2", True)]


def test_duplicate_names_are_both_named(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "twice.xlsx", ["Naam", "VCA Basis"], [["Piet Visser", "U"], ["Ilse Kok", "O"], ["visser, piet", "I"]])
    before = snapshot(demo_db)
    found = preview.preview(demo_db, SYSTEM, path)
    assert [p.ref for p in found.problems] == ["Blad1!A4"]
    assert "rows 2 and 4" in found.problems[0].english()
    with pytest.raises(WplError):
        apply.apply(demo_db, SYSTEM, found)
    assert snapshot(demo_db) == before


def test_a_sheet_name_with_spaces_is_quoted_in_every_reference(demo_db, tmp_path):
    path = simple_sheet(tmp_path / "q.xlsx", ["Naam", "VCA Basis"], [["Piet Visser", 7]], title="Matrix 2024")
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.problems[0].ref == "'Matrix 2024'!B2"


# --- all or nothing -------------------------------------------------------------------------

def test_a_failure_halfway_leaves_no_trace(demo_db, tmp_path):
    """The new team is written before the new core task; the core task then turns out to exist."""
    path = simple_sheet(tmp_path / "new.xlsx", ["Naam", "Afdeling", "Zagen"], [["Kees Nieuwkoop", "Zaagploeg", "U"]])
    found = preview.preview(demo_db, SYSTEM, path)
    assert found.new_teams == ["Zaagploeg"] and [t.name for t in found.new_tasks] == ["Zagen"]
    assert found.new_core_tasks == ["From Excel"]  # no band above it and no known task beside it
    landscape.save_core_task(demo_db, SYSTEM, "From Excel")  # someone else, after the preview
    before = snapshot(demo_db)
    with pytest.raises(ValidationFailed):
        apply.apply(demo_db, SYSTEM, found, create_missing=True)
    assert snapshot(demo_db) == before
    assert "Zaagploeg" not in {t.name for t in people.list_teams(demo_db, SYSTEM)}


def test_a_cell_changed_after_the_preview_stops_the_import(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    first = next(c for c in found.changes if c.employee_id and c.task_id)
    matrix.set_levels(demo_db, SYSTEM, [matrix.LevelEdit(first.employee_id, first.task_id, (first.old + 1) % 5 or 1)])
    before = snapshot(demo_db)
    with pytest.raises(Conflict) as refused:
        apply.apply(demo_db, SYSTEM, found)
    assert first.person in refused.value.english()
    assert snapshot(demo_db) == before


def test_the_import_is_one_audit_entry_and_one_history_row_per_cell(demo_db, tmp_path):
    found = preview.preview(demo_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    before = snapshot(demo_db)["counts"]
    result = apply.apply(demo_db, SYSTEM, found, create_missing=False)
    after = snapshot(demo_db)["counts"]
    assert after["level_history"] - before["level_history"] == result.changed
    assert after["audit_log"] - before["audit_log"] == 1


@pytest.mark.parametrize("role", ["mentor", "employee", "display"])
def test_only_the_office_may_import(demo_db, tmp_path, role):
    path = messy_sheet(tmp_path / "matrix.xlsx")
    found = preview.preview(demo_db, SYSTEM, path)
    with pytest.raises(NotAllowed):
        preview.preview(demo_db, Actor("x", role), path)
    before = snapshot(demo_db)
    with pytest.raises(NotAllowed):
        apply.apply(demo_db, Actor("x", role), found)
    assert snapshot(demo_db) == before


def test_the_manager_may_import(demo_db, tmp_path):
    found = preview.preview(demo_db, Actor("Anouk", "manager"), messy_sheet(tmp_path / "matrix.xlsx"))
    assert apply.apply(demo_db, Actor("Anouk", "manager"), found).changed == len(found.changes_for(False))


@pytest.mark.postgres
def test_import_and_refusal_on_postgresql(pg_db, tmp_path):
    from wplstudio.services import demo

    demo.fill(pg_db, SYSTEM)
    bad = simple_sheet(tmp_path / "bad.xlsx", ["Naam", "VCA Basis"], [["Piet Visser", "U+"]])
    before = snapshot(pg_db)
    with pytest.raises(WplError):
        apply.apply(pg_db, SYSTEM, preview.preview(pg_db, SYSTEM, bad))
    assert snapshot(pg_db) == before
    found = preview.preview(pg_db, SYSTEM, messy_sheet(tmp_path / "matrix.xlsx"))
    apply.apply(pg_db, SYSTEM, found, create_missing=True)
    after = levels_by_name(pg_db)
    assert all(after[key] == level for key, level in MESSY_EXPECTED.items())


# --- generated sheets: never a traceback, never half an import ----------------------------------

DEMO_NAMES = ["Piet Visser", "Ilse Kok", "Sanne de Boer", "Ruud Jansen", "Henk van Dalen", "Mustafa El Amrani"]
DEMO_TASKS = ["VCA Basis", "BHV", "MIG/MAG-lassen staal", "Kantbank instellen", "PLC uitlezen"]
good_levels = st.sampled_from([None, 0, 1, 2, 3, 4, "-", "I", "l", "U", "o", " O ", 2.0])
bad_levels = st.one_of(st.sampled_from([5, -1, "U+", 3.5, "x", True, "=1+2"]),
                       st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=6))  # what a cell can hold


@given(data=st.data())
@settings(max_examples=int(os.environ.get("WPL_STRESS_ROUNDS", "20")), deadline=None)
def test_a_generated_sheet_is_imported_whole_or_not_at_all(demo_db, tmp_path, data):
    """One database for all examples: what one example imports, the next one finds (as in real use)."""
    names = data.draw(st.lists(st.sampled_from(DEMO_NAMES + ["Kees Nieuwkoop", "Fatma Yildiz"]), min_size=1, max_size=8, unique=True))
    tasks = data.draw(st.lists(st.sampled_from(DEMO_TASKS + ["Zagen"]), min_size=1, max_size=6, unique=True))
    cells = [[data.draw(st.one_of(good_levels, good_levels, good_levels, bad_levels)) for _ in tasks] for _ in names]
    path = simple_sheet(tmp_path / "generated.xlsx", ["Naam", *tasks], [[n, *row] for n, row in zip(names, cells)])
    before = snapshot(demo_db)
    try:
        apply.apply(demo_db, SYSTEM, preview.preview(demo_db, SYSTEM, path), create_missing=data.draw(st.booleans()))
    except WplError as refused:
        assert refused.english() and snapshot(demo_db) == before
        return
    after = levels_by_name(demo_db)
    for name, row in zip(names, cells):
        for task, value in zip(tasks, row):
            if (name, task) in after:
                assert after[(name, task)] == parse_level(value)


def test_a_wrong_date_on_the_certificates_sheet_is_named_and_nothing_is_imported(demo_db, tmp_path):
    out = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "export.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["Certificates"]
    sheet["D2"] = "ergens in maart"
    book.save(out)
    before = snapshot(demo_db)
    found = preview.preview(demo_db, SYSTEM, out)
    assert [p.ref for p in found.problems] == ["Certificates!D2"] and "not a date" in found.problems[0].english()
    with pytest.raises(WplError):
        apply.apply(demo_db, SYSTEM, found)
    assert snapshot(demo_db) == before


def test_emptying_a_target_level_in_excel_takes_that_line_off_the_timetable(demo_db, tmp_path):
    out = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "export.xlsx")
    book = openpyxl.load_workbook(out)
    sheet = book["Training targets"]
    person, task = sheet["A2"].value, sheet["C2"].value
    sheet["D2"] = None
    book.save(out)
    found = preview.preview(demo_db, SYSTEM, out)
    assert not found.problems
    apply.apply(demo_db, SYSTEM, found)
    out_again = matrix_xlsx.render(matrix_report.for_export(demo_db, SYSTEM), tmp_path / "again.xlsx")
    lines = [(r[0].value, r[2].value) for r in openpyxl.load_workbook(out_again)["Training targets"].iter_rows(min_row=2)]
    assert (person, task) not in lines and lines
