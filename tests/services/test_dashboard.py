"""The dashboard on the demo company: what needs attention, and where each item opens."""

from __future__ import annotations

import subprocess
import sys

from tests.staff import staff_db, staff_template  # noqa: F401
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services import dashboard
from wplstudio.ui.views import VIEW_NAMES


def test_owner_sees_certificates_single_points_and_every_area_that_exists(staff_db):
    board = dashboard.load(staff_db, SYSTEM)
    assert board.section("certificates").items and board.section("single-points").items
    assert {s.key for s in board.sections} == set(dashboard.available())
    for section in board.sections:
        assert section.view in VIEW_NAMES
        assert all(item.view in VIEW_NAMES for item in section.items)
        assert all(item.message.format(**item.params) for item in section.items)


def test_an_employee_sees_only_their_own_certificates_and_no_company_figures(staff_db):
    sanne = Actor("sanne", "employee", employee_id=3)
    board = dashboard.load(staff_db, sanne)
    assert board.section("single-points") is None and board.section("quickscan") is None
    assert all(item.employee_id == 3 for item in board.section("certificates").items)


def test_a_source_whose_area_is_not_there_yet_is_skipped():
    missing = dashboard.Source("x", "x", "dashboard", "wplstudio.services.not_built_yet", lambda *a: [], "f")
    assert dashboard.available((missing,)) == []


def test_report_commands_write_the_quickscan_and_the_year_report(staff_template, tmp_path):
    import shutil

    db_file = tmp_path / "c.sqlite"
    shutil.copy(staff_template, db_file)
    for args in (["report", "quickscan", "--id", "1"], ["report", "year", "--year", "2026"]):
        out = tmp_path / (args[1] + ".pdf")
        done = subprocess.run([sys.executable, "-m", "wplstudio", *args, "--out", str(out), "--database", str(db_file)],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # the year report tells onboarding and interviews from real data, in Dutch
        text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "year.pdf"), "-"], capture_output=True, text=True).stdout.split())
        assert "traject(en) afgerond" in text and "hadden hun gesprek" in text and "nog niet" not in text
    missing = subprocess.run([sys.executable, "-m", "wplstudio", "report", "quickscan", "--id", "99", "--out", str(tmp_path / "x.pdf"),
                              "--database", str(db_file)], capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "Traceback" not in missing.stderr


def test_the_dashboards_quick_matrix_questions_agree_with_the_matrix_figures(staff_db):
    from wplstudio.services import matrix_figures

    board = dashboard.load(staff_db, SYSTEM)
    certificates = sorted((i.params["name"], i.params["task"]) for i in board.section("certificates").items)
    assert certificates == sorted((r.employee_name, r.task_name) for r in matrix_figures.certificate_alerts(staff_db, SYSTEM))
    single = sorted((i.params["name"], i.params["task"]) for i in board.section("single-points").items)
    assert single == sorted((t.people[0].name, t.task_name) for t in matrix_figures.single_points_of_failure(staff_db, SYSTEM))
