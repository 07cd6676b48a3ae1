"""The wall print: renders, splits a wide matrix in a readable order, repeats the headers,
numbers its pages, and reads (through pdftotext, when installed) as it should."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from wplstudio.domain import matrix as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, WplError
from wplstudio.reports import matrix_pdf
from wplstudio.services import matrix_report
from wplstudio.services.matrix import ColumnTask, MatrixData, RowPerson
from wplstudio.services.matrix_report import CoverageCell, MatrixReport

TODAY = date(2026, 3, 2)
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf.read_bytes()))


def page_text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def page_size(pdf: Path) -> tuple[float, float]:
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf.read_bytes())
    return float(box.group(1)), float(box.group(2))


def wide_report(people: int, tasks: int, per_core: int = 10, names: list[str] | None = None) -> MatrixReport:
    """A company without a database: people in three teams, tasks in core tasks of per_core."""
    staff = [RowPerson(i, names[i - 1] if names else f"Medewerker {chr(64 + i % 26 + 1)}{i:03d}", i % 3, f"Team {i % 3}", None, "")
             for i in range(1, people + 1)]
    staff.sort(key=lambda p: p.team_name)
    columns = [ColumnTask(t, f"Taak {t:03d}", (t - 1) // per_core + 1, f"Kerntaak {(t - 1) // per_core + 1}", t % 7 == 0)
               for t in range(1, tasks + 1)]
    cells = {(p.id, t.id): rules.Cell((p.id + t.id) % 5, TODAY - timedelta(days=5) if t.is_certificate else None)
             for p in staff for t in columns}
    data = MatrixData(staff, columns, cells, TODAY)
    coverage = {t.id: CoverageCell(2, 3, 1, 1, rules.AMBER) for t in columns}
    return MatrixReport("Testbedrijf B.V.", TODAY, "", data, coverage)


def test_the_demo_matrix_prints_on_one_a3_landscape_page(demo_db, tmp_path):
    pdf = matrix_pdf.render(matrix_report.for_print(demo_db, SYSTEM), tmp_path / "wall.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and page_count(pdf) == 1
    assert page_size(pdf) == pytest.approx((1190.55, 841.89), abs=0.1)


@needs_poppler
def test_the_demo_print_reads_as_a_matrix(demo_db, tmp_path):
    pdf = matrix_pdf.render(matrix_report.for_print(demo_db, SYSTEM), tmp_path / "wall.pdf")
    text = page_text(pdf)
    for words in ("Deployability matrix", "Van Dalen Metaal & Installatie B.V.", "page 1 of 1", "Piet Visser", "Lassen & constructie",
                  "Veiligheid", "VCA Basis", "Coverage", "certificate expired", "tasks 1–35 of 35", "employees 1–22 of 22"):
        assert words in text


def test_a_wide_matrix_is_split_into_blocks_of_columns_and_pages_of_rows(tmp_path):
    report = wide_report(people=80, tasks=130)
    plan = matrix_pdf.plan(report, matrix_pdf.geometry("A3"))
    assert len(plan.blocks) >= 3 and len(plan.pages) >= 2
    assert [t for block in plan.blocks for t in block] == report.data.tasks  # every task once, in order
    people = [item.person for page in plan.pages for item in page if item.person]
    assert people == report.data.people
    assert max(len(p) for p in plan.pages) - min(len(p) for p in plan.pages) <= 2  # evened out
    pdf = matrix_pdf.render(report, tmp_path / "wide.pdf")
    assert page_count(pdf) == len(plan.blocks) * len(plan.pages) == plan.count


def test_whole_core_tasks_stay_together_when_they_fit(tmp_path):
    report = wide_report(people=10, tasks=120, per_core=10)
    plan = matrix_pdf.plan(report, matrix_pdf.geometry("A3"))
    for block in plan.blocks[:-1]:
        assert len(block) % 10 == 0  # blocks end where a core task ends


@needs_poppler
def test_every_page_repeats_the_headers_names_and_numbers_in_a_readable_order(tmp_path):
    report = wide_report(people=80, tasks=130)
    plan = matrix_pdf.plan(report, matrix_pdf.geometry("A3"))
    pdf = matrix_pdf.render(report, tmp_path / "wide.pdf")
    rows, first_person = len(plan.pages), report.data.people[0].name
    for number in range(1, plan.count + 1):
        text = page_text(pdf, number)
        assert f"page {number} of {plan.count}" in text and "Deployability matrix" in text and "Kerntaak" in text
        block, page = divmod(number - 1, rows)
        assert plan.blocks[block][0].name in text  # the block's own tasks
        assert (first_person in text) == (page == 0)  # all rows of a block first, then the next block
        assert "Coverage" in text and "Employee" in text


@needs_poppler
def test_a_core_task_split_over_two_pages_says_it_goes_on(tmp_path):
    report = wide_report(people=5, tasks=90, per_core=90)
    plan = matrix_pdf.plan(report, matrix_pdf.geometry("A3"))
    assert len(plan.blocks) == 2
    pdf = matrix_pdf.render(report, tmp_path / "split.pdf")
    assert "Kerntaak 1 …" in page_text(pdf, 1) and "… Kerntaak 1" in page_text(pdf, 2)


def test_a4_is_a_denser_landscape_page(demo_db, tmp_path):
    pdf = matrix_pdf.render(matrix_report.for_print(demo_db, SYSTEM), tmp_path / "a4.pdf", paper="A4")
    assert page_size(pdf) == pytest.approx((841.89, 595.28), abs=0.1)
    assert page_count(pdf) >= 1


@needs_poppler
def test_one_team_is_printed_alone(demo_db, tmp_path):
    report = matrix_report.for_print(demo_db, SYSTEM, team="lassen & CONSTRUCTIE")
    assert report.team == "Lassen & constructie" and {p.team_name for p in report.data.people} == {"Lassen & constructie"}
    text = page_text(matrix_pdf.render(report, tmp_path / "team.pdf"))
    assert "Piet Visser" in text and "Sanne de Boer" not in text and "Lassen & constructie" in text


def test_an_unknown_team_is_refused_with_the_teams_that_exist(demo_db):
    with pytest.raises(WplError) as refused:
        matrix_report.for_print(demo_db, SYSTEM, team="Schilders")
    assert "Schilders" in refused.value.english() and "Plaatbewerking" in refused.value.english()


@needs_poppler
def test_names_in_any_alphabet_print_as_written(tmp_path):
    names = ["Łukasz Wiśniewski", "Şükrü Yıldız", "Zoë van Dijk"]
    pdf = matrix_pdf.render(wide_report(people=3, tasks=5, names=names), tmp_path / "names.pdf")
    assert b"DejaVuSans" in pdf.read_bytes()
    text = page_text(pdf)
    assert all(name in text for name in names)


def test_plain_western_names_use_the_built_in_font(tmp_path):
    pdf = matrix_pdf.render(wide_report(people=3, tasks=5), tmp_path / "plain.pdf")
    assert b"DejaVuSans" not in pdf.read_bytes() and b"/Helvetica" in pdf.read_bytes()


def test_long_task_names_and_an_empty_company_still_print(tmp_path):
    report = wide_report(people=4, tasks=6)
    long_tasks = [ColumnTask(t.id, "Zeer lange taaknaam die niet op één regel past " * 3, t.core_task_id, "Een kerntaak met een heel lange naam " * 2,
                             False) for t in report.data.tasks]
    long = MatrixReport(report.company, TODAY, "", MatrixData(report.data.people, long_tasks, report.data.cells, TODAY))
    assert page_count(matrix_pdf.render(long, tmp_path / "long.pdf")) == 1
    empty = MatrixReport("", TODAY, "", MatrixData([], [], {}, TODAY))
    assert page_count(matrix_pdf.render(empty, tmp_path / "empty.pdf")) == 1


@needs_poppler
def test_a_company_without_a_name_yet_prints_the_date_without_a_lone_dash(tmp_path):
    report = wide_report(people=3, tasks=4)
    nameless = MatrixReport("", TODAY, "", report.data)
    text = page_text(matrix_pdf.render(nameless, tmp_path / "nameless.pdf"))
    assert f"as of {TODAY:%d-%m-%Y}" in text.lower() and "- ·" not in text


def test_an_employee_prints_only_their_own_row_and_the_shop_screen_nothing(demo_db, tmp_path):
    own = matrix_report.for_print(demo_db, SYSTEM).data.people[0]
    report = matrix_report.for_print(demo_db, Actor(own.name, "employee", employee_id=own.id))
    assert [p.id for p in report.data.people] == [own.id]
    matrix_pdf.render(report, tmp_path / "own.pdf")
    with pytest.raises(NotAllowed):
        matrix_report.for_print(demo_db, Actor("Scherm", "display"))


def test_the_export_needs_the_office(demo_db):
    with pytest.raises(NotAllowed):
        matrix_report.for_export(demo_db, Actor("Erik", "mentor"))
