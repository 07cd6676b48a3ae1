"""The deployability matrix for the wall: A3 landscape (or A4), drawn with ReportLab.

Every page carries the title, company, team and date, the core-task bands and the
upright task names, the names of its people (grouped by team), the coverage row
for its tasks, the legend and "page 2 of 5". A matrix too wide for one sheet is
split into blocks of whole core tasks where it can; the pages run through all
people for the first block, then the next block (the readable order when they are
pinned up side by side). Symbols are vectors (reports/iluo_pdf.py), drawn once as
PDF forms and placed per cell, which keeps a 250 x 200 matrix fast."""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.reports import fonts
from wplstudio.services.matrix import ColumnTask, RowPerson
from wplstudio.services.matrix_report import MatrixReport

PAPERS = {"A3": A3, "A4": A4}
ROW_GROWTH = 1.45  # at most this much taller than the dense row height


@dataclass(frozen=True)
class Geometry:
    """Sizes in points for one paper size; A4 is a smaller, denser A3."""

    width: float
    height: float
    margin: float
    title_h: float
    band_h: float
    head_h: float
    row_h: float
    cover_h: float
    foot_h: float
    name_w: float
    function_w: float
    total_w: float
    col_min: float
    col_max: float
    font: float

    @property
    def grid_left(self) -> float:
        return self.margin + self.name_w + self.function_w

    @property
    def grid_top(self) -> float:
        return self.height - self.margin - self.title_h - self.band_h - self.head_h

    @property
    def columns_room(self) -> float:
        return self.width - 2 * self.margin - self.name_w - self.function_w - self.total_w

    @property
    def rows_per_page(self) -> int:
        room = self.grid_top - self.margin - self.foot_h - self.cover_h - 2 * mm
        return max(1, int(room // self.row_h))


def geometry(paper: str) -> Geometry:
    width, height = landscape(PAPERS[paper])
    if paper == "A4":
        return Geometry(width, height, 9 * mm, 14 * mm, 7 * mm, 34 * mm, 4.6 * mm, 10 * mm, 11 * mm, 38 * mm, 22 * mm, 9 * mm,
                        5.2 * mm, 8.5 * mm, 6.6)
    return Geometry(width, height, 12 * mm, 17 * mm, 9 * mm, 44 * mm, 5.6 * mm, 13 * mm, 13 * mm, 48 * mm, 30 * mm, 11 * mm,
                    6.4 * mm, 10 * mm, 8)


@dataclass(frozen=True)
class RowItem:
    person: RowPerson | None  # None: a team heading
    team: str
    continued: bool = False


@dataclass(frozen=True)
class Plan:
    geo: Geometry  # with the row height this matrix gets
    blocks: list[list[ColumnTask]]
    pages: list[list[RowItem]]
    col_w: float

    @property
    def count(self) -> int:
        return len(self.blocks) * len(self.pages)


# --- planning the pages ----------------------------------------------------------------

def plan(report: MatrixReport, geo: Geometry) -> Plan:
    per_block = max(1, int(geo.columns_room // geo.col_min))
    blocks = column_blocks(report.data.tasks, per_block)
    widest = max((len(b) for b in blocks), default=1)
    col_w = min(geo.col_max, geo.columns_room / max(widest, 1))
    pages = row_pages(report.data.people, geo.rows_per_page)
    if len(pages) == 1:  # a small company: taller rows fill the sheet and read from further away
        rows = max(len(pages[0]), 1)
        geo = replace(geo, row_h=min(geo.row_h * ROW_GROWTH, geo.row_h * geo.rows_per_page / rows))
    return Plan(geo, blocks, pages, col_w)


def column_blocks(tasks: list[ColumnTask], per_block: int) -> list[list[ColumnTask]]:
    """Whole core tasks per block where they fit; a core task wider than a block is split. Blocks are
    then evened out, so the last page is not a thin strip."""
    if len(tasks) <= per_block:
        return [list(tasks)] if tasks else [[]]
    blocks: list[list[ColumnTask]] = [[]]
    for group in _core_groups(tasks):
        if len(blocks[-1]) + len(group) > per_block and blocks[-1]:
            blocks.append([])
        for task in group:
            if len(blocks[-1]) == per_block:
                blocks.append([])
            blocks[-1].append(task)
    if len(blocks) > math.ceil(len(tasks) / per_block):  # packing by core task cost a page: plain even split instead
        size = math.ceil(len(tasks) / math.ceil(len(tasks) / per_block))
        blocks = [list(tasks[i:i + size]) for i in range(0, len(tasks), size)]
    return blocks


def _core_groups(tasks: list[ColumnTask]) -> list[list[ColumnTask]]:
    groups: list[list[ColumnTask]] = []
    for task in tasks:
        if groups and groups[-1][0].core_task_id == task.core_task_id:
            groups[-1].append(task)
        else:
            groups.append([task])
    return groups


def row_pages(people: list[RowPerson], rows: int) -> list[list[RowItem]]:
    """People grouped by team, a heading above each team; a team that runs on to the next page gets
    its heading again there. A heading never ends a page. The rows are spread evenly over the
    pages, so the last page does not hold two lonely names."""
    pages = _fill_pages(people, rows)
    for fewer in range(math.ceil(sum(len(p) for p in pages) / len(pages)), rows):
        even = _fill_pages(people, fewer)
        if len(even) == len(pages):
            return even
    return pages


def _fill_pages(people: list[RowPerson], rows: int) -> list[list[RowItem]]:
    pages: list[list[RowItem]] = [[]]
    team = None
    for person in people:
        name = person.team_name
        if name != team:
            if len(pages[-1]) >= rows - 1:
                pages.append([])
            pages[-1].append(RowItem(None, name))
            team = name
        if len(pages[-1]) >= rows:
            pages.append([RowItem(None, name, continued=True)])
        pages[-1].append(RowItem(person, name))
    return pages


# --- drawing ---------------------------------------------------------------------

def render(report: MatrixReport, out: Path, paper: str = "A3") -> Path:
    """Write the wall print of report to out. paper: "A3" (default) or "A4"."""
    from wplstudio.reports.matrix_pdf_page import PageDrawer

    page_plan = plan(report, geometry(paper if paper in PAPERS else "A3"))
    geo = page_plan.geo
    regular, bold = fonts.for_texts(_texts(report))
    with _binary_streams():
        c = Canvas(str(out), pagesize=(geo.width, geo.height), pageCompression=1)
        c.setTitle(translate("reports", "Deployability matrix"))
        c.setAuthor("wplstudio")
        c.setSubject(report.company)
        drawer = PageDrawer(c, report, page_plan, regular, bold)
        number = 0
        for block_no, block in enumerate(page_plan.blocks):
            for page_no, rows in enumerate(page_plan.pages):
                number += 1
                drawer.draw(block_no, block, page_no, rows, number)
                c.showPage()
        c.save()
    return Path(out)


def _texts(report: MatrixReport):
    """Every text of the print that comes from the database or a translation."""
    yield report.company
    yield report.team
    yield translate("reports", "Deployability matrix")
    for person in report.data.people:
        yield person.name
        yield person.function_name
        yield person.team_name
    for task in report.data.tasks:
        yield task.name
        yield task.core_task_name
    for info in SCALE:
        yield translate("levels", info.label)


@contextmanager
def _binary_streams():
    """Compressed streams without the ASCII85 layer ReportLab adds by default: that layer only
    matters for 7-bit mail, makes the file a quarter larger and, without ReportLab's optional
    C accelerator, costs more time than drawing the whole matrix."""
    from reportlab import rl_config

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def symbol_size(col_w: float, geo: Geometry) -> float:
    return min(col_w, geo.row_h) * 0.66


def fit(text: str, font: str, size: float, width: float) -> str:
    """text, cut with an ellipsis where it would be wider than width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_lines(lines: list[str], font: str, size: float, width: float, cut: bool) -> list[str]:
    """The lines, the last one shortened with an ellipsis when text was cut or it is too long."""
    if not lines:
        return []
    return lines[:-1] + [fit(lines[-1] + (" …" if cut else ""), font, size, width)]


def core_groups(tasks: list[ColumnTask]) -> list[list[ColumnTask]]:
    return _core_groups(tasks)
