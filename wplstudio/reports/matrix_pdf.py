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
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from wplstudio.charts import palette
from wplstudio.domain import matrix as rules
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.reports import fonts, iluo_pdf
from wplstudio.services.matrix import ColumnTask, RowPerson
from wplstudio.services.matrix_report import MatrixReport

NAVY = HexColor("#23303d")
GREY = HexColor("#5f6b77")
RULE = HexColor("#c9d1d9")
ZEBRA = HexColor("#f4f6f8")
TEAM_FILL = HexColor("#dce6f0")
BAND_FILLS = (HexColor("#dce6f0"), HexColor("#eef2f6"))
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
    its heading again there. A heading never ends a page."""
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
    page_plan = plan(report, geometry(paper if paper in PAPERS else "A3"))
    geo = page_plan.geo
    regular, bold = fonts.register()
    c = Canvas(str(out), pagesize=(geo.width, geo.height), pageCompression=1)
    c.setTitle(translate("reports", "Deployability matrix"))
    c.setAuthor("wplstudio")
    _define_symbols(c, page_plan.col_w, geo)
    page = _Page(c, report, geo, page_plan, regular, bold)
    number = 0
    for block_no, block in enumerate(page_plan.blocks):
        for rows in page_plan.pages:
            number += 1
            page.draw(block_no, block, rows, number)
            c.showPage()
    c.save()
    return Path(out)


def symbol_size(col_w: float, geo: Geometry) -> float:
    return min(col_w, geo.row_h) * 0.66


def _define_symbols(c: Canvas, col_w: float, geo: Geometry) -> None:
    """Each level's square as a PDF form, drawn once and placed per cell."""
    size = symbol_size(col_w, geo)
    for level in range(1, 5):
        c.beginForm(f"iluo{level}", lowerx=-1, lowery=-1, upperx=size + 1, uppery=size + 1)
        iluo_pdf.square(c, 0, 0, size, level)
        c.endForm()


class _Page:
    """Draws one page: header, bands, task names, rows, coverage row and the legend."""

    def __init__(self, c: Canvas, report: MatrixReport, geo: Geometry, page_plan: Plan, regular: str, bold: str) -> None:
        self.c, self.report, self.geo, self.plan = c, report, page_plan.geo, page_plan
        self.regular, self.bold = regular, bold
        self.col_w = page_plan.col_w
        self.totals = _deployable_counts(report)
        self.has_functions = any(p.function_name for p in report.data.people)

    # the frame --------------------------------------------------------------
    def draw(self, block_no: int, block: list[ColumnTask], rows: list[RowItem], number: int) -> None:
        self.block, self.rows = block, rows
        self.right = self.geo.grid_left + len(block) * self.col_w
        self._title(block_no, number)
        self._bands(block_no)
        self._task_names()
        bottom = self._rows()
        self._coverage(bottom)
        self._legend(number)

    def _title(self, block_no: int, number: int) -> None:
        c, geo, report = self.c, self.geo, self.report
        top = geo.height - geo.margin
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font * 2.3)
        title = translate("reports", "Deployability matrix")
        if report.team:
            title += f" — {report.team}"
        c.drawString(geo.margin, top - geo.font * 2.1, title)
        c.setFont(self.regular, geo.font * 1.15)
        c.setFillColor(GREY)
        line = translate("reports", "{company} · as of {date}").format(company=report.company or "-", date=report.today.strftime("%d-%m-%Y"))
        c.drawString(geo.margin, top - geo.font * 3.8, line)
        c.drawRightString(geo.width - geo.margin, top - geo.font * 2.1, self._where(block_no))

    def _where(self, block_no: int) -> str:
        before = sum(len(b) for b in self.plan.blocks[:block_no])
        people = [item for page in self.plan.pages for item in page if item.person]
        first = next((i for i, item in enumerate(people) if item in self.rows), 0)
        shown = sum(1 for item in self.rows if item.person)
        return translate("reports", "tasks {first}–{last} of {tasks} · employees {p1}–{p2} of {people}").format(
            first=before + 1, last=before + len(self.block), tasks=len(self.report.data.tasks),
            p1=first + 1 if shown else 0, p2=first + shown, people=len(people))

    # the header -------------------------------------------------------------
    def _bands(self, block_no: int) -> None:
        c, geo = self.c, self.geo
        top = geo.height - geo.margin - geo.title_h
        first_col = 0
        for index, group in enumerate(_core_groups(self.block)):
            x = geo.grid_left + first_col * self.col_w
            width = len(group) * self.col_w
            c.setFillColor(BAND_FILLS[(self._band_index(group[0])) % 2])
            c.setStrokeColor(white)
            c.rect(x, top - geo.band_h, width, geo.band_h, stroke=1, fill=1)
            self._band_text(group, x, top, width, block_no)
            first_col += len(group)

    def _band_index(self, task: ColumnTask) -> int:
        order = list(dict.fromkeys(t.core_task_id for t in self.report.data.tasks))
        return order.index(task.core_task_id)

    def _band_text(self, group: list[ColumnTask], x: float, top: float, width: float, block_no: int) -> None:
        c, geo = self.c, self.geo
        name = group[0].core_task_name
        if self._continues(group[0], -1):
            name = "← " + name
        if self._continues(group[-1], 1):
            name += " →"
        size = geo.font * 0.95
        lines = simpleSplit(name, self.bold, size, width - 2)
        while len(lines) > 2 and size > geo.font * 0.7:
            size -= 0.5
            lines = simpleSplit(name, self.bold, size, width - 2)
        lines = _fit_lines(lines[:2], self.bold, size, width - 2, len(lines) > 2)
        c.setFillColor(NAVY)
        c.setFont(self.bold, size)
        middle = top - geo.band_h / 2
        for i, line in enumerate(lines):
            c.drawCentredString(x + width / 2, middle + (len(lines) / 2 - i - 0.8) * size * 1.1, line)

    def _continues(self, task: ColumnTask, step: int) -> bool:
        tasks = self.report.data.tasks
        index = tasks.index(task) + step
        if not 0 <= index < len(tasks) or tasks[index].core_task_id != task.core_task_id:
            return False
        return tasks[index] not in self.block

    def _task_names(self) -> None:
        c, geo = self.c, self.geo
        top = geo.height - geo.margin - geo.title_h - geo.band_h
        bottom = geo.grid_top
        size = geo.font * 0.9
        for i, task in enumerate(self.block):
            x = geo.grid_left + i * self.col_w
            if i % 2:
                c.setFillColor(ZEBRA)
                c.rect(x, bottom, self.col_w, top - bottom, stroke=0, fill=1)
            self._upright(task.name, x, bottom, top - bottom, size)
        self._left_headings(bottom)

    def _upright(self, text: str, x: float, bottom: float, height: float, size: float) -> None:
        """A task name turned upright, reading from the grid upwards; two lines when it is long."""
        c = self.c
        lines = simpleSplit(text, self.regular, size, height - 4)
        lines = _fit_lines(lines[:2], self.regular, size, height - 4, len(lines) > 2)
        if len(lines) > 1 and self.col_w < size * 2.3:
            lines = _fit_lines([text], self.regular, size, height - 4, False)
        c.saveState()
        c.translate(x + self.col_w / 2, bottom + 3)
        c.rotate(90)
        c.setFillColor(NAVY)
        c.setFont(self.regular, size)
        for i, line in enumerate(lines):
            c.drawString(0, -size * 0.35 + (len(lines) - 1) * size * 0.55 - i * size * 1.1, line)
        c.restoreState()

    def _left_headings(self, bottom: float) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(GREY)
        c.setFont(self.bold, geo.font * 0.9)
        c.drawString(geo.margin + 2, bottom + 3, translate("reports", "Employee"))
        if self.has_functions:
            c.drawString(geo.margin + geo.name_w + 2, bottom + 3, translate("reports", "Function"))
        c.saveState()
        c.translate(self.right + geo.total_w / 2, bottom + 3)
        c.rotate(90)
        c.setFont(self.bold, geo.font * 0.85)
        c.drawString(0, -geo.font * 0.3, translate("reports", "deployable on (tasks)"))
        c.restoreState()

    # the rows ---------------------------------------------------------------
    def _rows(self) -> float:
        c, geo = self.c, self.geo
        y = geo.grid_top
        for index, item in enumerate(self.rows):
            y -= geo.row_h
            if item.person is None:
                self._team_row(item, y)
            else:
                self._person_row(item.person, y, index)
        self._grid_lines(y)
        return y

    def _team_row(self, item: RowItem, y: float) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(TEAM_FILL)
        c.rect(geo.margin, y, self.right + geo.total_w - geo.margin, geo.row_h, stroke=0, fill=1)
        name = item.team or translate("reports", "No team")
        if item.continued:
            name = translate("reports", "{team} (continued)").format(team=name)
        else:
            count = sum(1 for p in self.report.data.people if p.team_name == item.team)
            name = f"{name}  ({count})"
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font)
        c.drawString(geo.margin + 2, y + geo.row_h * 0.3, name)

    def _person_row(self, person: RowPerson, y: float, index: int) -> None:
        c, geo = self.c, self.geo
        if index % 2 == 0:
            c.setFillColor(ZEBRA)
            c.rect(geo.margin, y, self.right + geo.total_w - geo.margin, geo.row_h, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont(self.regular, geo.font)
        c.drawString(geo.margin + 2, y + geo.row_h * 0.3, _fit(person.name, self.regular, geo.font, geo.name_w - 4))
        if self.has_functions:
            c.setFillColor(GREY)
            c.setFont(self.regular, geo.font * 0.8)
            c.drawString(geo.margin + geo.name_w + 2, y + geo.row_h * 0.32,
                         _fit(person.function_name, self.regular, geo.font * 0.8, geo.function_w - 4))
        self._cells(person, y)
        self._total(person, y)

    def _cells(self, person: RowPerson, y: float) -> None:
        c, geo, data = self.c, self.geo, self.report.data
        size = symbol_size(self.col_w, geo)
        dx, dy = (self.col_w - size) / 2, (geo.row_h - size) / 2
        for i, task in enumerate(self.block):
            cell = data.cell(person.id, task.id)
            x = geo.grid_left + i * self.col_w
            if cell.level:
                c.saveState()
                c.translate(x + dx, y + dy)
                c.doForm(f"iluo{cell.level}")
                c.restoreState()
            self._marks(person, task, cell, x, y)

    def _marks(self, person: RowPerson, task: ColumnTask, cell: rules.Cell, x: float, y: float) -> None:
        state = self.report.certificate_state(person.id, task)
        right, top = x + self.col_w - 0.6, y + self.geo.row_h - 0.6
        if state == "expired" or state == "missing":
            iluo_pdf.corner(self.c, right, top, self.geo.row_h * 0.42, palette.EXPIRED, hollow=False)
        elif state == "expiring":
            iluo_pdf.corner(self.c, right, top, self.geo.row_h * 0.42, palette.EXPIRING, hollow=True)
        if cell.target_level is not None and cell.target_level > cell.level:
            overdue = rules.target_overdue(cell, self.report.today)
            radius = self.geo.row_h * 0.13
            iluo_pdf.ring(self.c, x + self.col_w - radius - 1.2, y + radius + 1.2, radius,
                          palette.TARGET_OVERDUE if overdue else palette.TARGET, overdue)

    def _total(self, person: RowPerson, y: float) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font * 0.9)
        c.drawCentredString(self.right + geo.total_w / 2, y + geo.row_h * 0.3, str(self.totals.get(person.id, 0)))

    def _grid_lines(self, bottom: float) -> None:
        c, geo = self.c, self.geo
        top = geo.grid_top
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        for i in range(len(self.block) + 1):
            x = geo.grid_left + i * self.col_w
            c.line(x, bottom, x, top)
        y = top
        for _ in self.rows:
            c.line(geo.margin, y, self.right + geo.total_w, y)
            y -= geo.row_h
        c.line(geo.margin, bottom, self.right + geo.total_w, bottom)
        self._band_edges(bottom)

    def _band_edges(self, bottom: float) -> None:
        """A darker line between core tasks, from the band down through the rows."""
        c, geo = self.c, self.geo
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        top = geo.height - geo.margin - geo.title_h
        x = geo.grid_left
        for group in _core_groups(self.block):
            c.line(x, bottom - geo.cover_h, x, top)
            x += len(group) * self.col_w
        c.line(x, bottom - geo.cover_h, x, top)

    # the coverage row and the legend -------------------------------------------
    def _coverage(self, bottom: float) -> None:
        if not self.report.coverage:
            return
        c, geo = self.c, self.geo
        y = bottom - geo.cover_h
        lines = ((self.bold, 0.9, NAVY, 0.7, translate("reports", "Coverage (expired certificates do not count)")),
                 (self.regular, 0.8, NAVY, 0.4, translate("reports", "can do it alone (U or O) / target")),
                 (self.regular, 0.8, GREY, 0.12, translate("reports", "can teach it (O) / target")))
        for font, scale, colour, height, text in lines:
            c.setFont(font, geo.font * scale)
            c.setFillColor(colour)
            c.drawString(geo.margin + 2, y + geo.cover_h * height, _fit(text, font, geo.font * scale, geo.name_w + geo.function_w - 4))
        for i, task in enumerate(self.block):
            self._coverage_cell(self.report.coverage.get(task.id), geo.grid_left + i * self.col_w, y)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.line(geo.margin, bottom, self.right + geo.total_w, bottom)
        c.line(geo.margin, y, self.right + geo.total_w, y)

    def _coverage_cell(self, cov, x: float, y: float) -> None:
        if cov is None:
            return
        c, geo = self.c, self.geo
        mark = min(self.col_w * 0.45, geo.cover_h * 0.22)
        if cov.status != rules.NO_TARGET:
            c.setFillColor(HexColor(palette.STATUS_PALE[cov.status]))
            c.rect(x + 0.4, y + 0.4, self.col_w - 0.8, geo.cover_h - 0.8, stroke=0, fill=1)
            iluo_pdf.status_mark(c, x + (self.col_w - mark) / 2, y + geo.cover_h - mark - 2, mark, cov.status)
        self._count(_ratio(cov.deployable, cov.target), x, y + geo.cover_h * 0.4, self.bold, NAVY)
        self._count(_ratio(cov.teachers, cov.teacher_target), x, y + geo.cover_h * 0.12, self.regular, GREY)

    def _count(self, text: str, x: float, y: float, font: str, colour) -> None:
        size = min(self.geo.font * 0.8, (self.col_w - 1.5) / max(self.c.stringWidth(text, font, 1), 0.1))
        self.c.setFillColor(colour)
        self.c.setFont(font, size)
        self.c.drawCentredString(x + self.col_w / 2, y, text)

    def _legend(self, number: int) -> None:
        c, geo = self.c, self.geo
        y = geo.margin + geo.foot_h * 0.35
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(geo.margin, geo.margin + geo.foot_h * 0.85, geo.width - geo.margin, geo.margin + geo.foot_h * 0.85)
        x = geo.margin
        size = geo.font * 1.2
        for info in SCALE:
            iluo_pdf.square(c, x, y - 1, size, info.level, outline_empty=True)
            x = self._legend_text(x + size + 3, y, f"{info.letter}  {translate('levels', info.label)}") + 10
        x = self._legend_marks(x + 6, y, size)
        c.setFillColor(GREY)
        c.setFont(self.regular, geo.font)
        c.drawRightString(geo.width - geo.margin, y, translate("reports", "page {page} of {pages}").format(page=number, pages=self.plan.count))

    def _legend_marks(self, x: float, y: float, size: float) -> float:
        c, geo = self.c, self.geo
        iluo_pdf.corner(c, x + size, y + size - 1, size * 0.8, palette.EXPIRED, hollow=False)
        x = self._legend_text(x + size + 3, y, translate("reports", "certificate expired or missing")) + 10
        iluo_pdf.corner(c, x + size, y + size - 1, size * 0.8, palette.EXPIRING, hollow=True)
        x = self._legend_text(x + size + 3, y, translate("reports", "expires within 60 days")) + 10
        iluo_pdf.ring(c, x + size / 2, y + size / 2 - 1, size * 0.35, palette.TARGET, False)
        x = self._legend_text(x + size + 2, y, translate("reports", "training target")) + 8
        iluo_pdf.ring(c, x + size / 2, y + size / 2 - 1, size * 0.35, palette.TARGET_OVERDUE, True)
        x = self._legend_text(x + size + 2, y, translate("reports", "target date passed")) + 10
        for status, label in (("green", translate("reports", "target met")), ("amber", translate("reports", "short")),
                              ("red", translate("reports", "far short"))):
            iluo_pdf.status_mark(c, x, y, size * 0.75, status)
            x = self._legend_text(x + size, y, label) + 8
        return x

    def _legend_text(self, x: float, y: float, text: str) -> float:
        self.c.setFillColor(NAVY)
        self.c.setFont(self.regular, self.geo.font)
        self.c.drawString(x, y, text)
        return x + self.c.stringWidth(text, self.regular, self.geo.font)


def _ratio(actual: int, target: int | None) -> str:
    return f"{actual}/{target}" if target is not None else str(actual)


def _deployable_counts(report: MatrixReport) -> dict[int, int]:
    """employee_id -> on how many tasks they count as deployable today (expired certificates do not)."""
    counts: dict[int, int] = {}
    for task in report.data.tasks:
        for person in report.data.people:
            if rules.is_deployable(report.data.cell(person.id, task.id), task.is_certificate, report.today):
                counts[person.id] = counts.get(person.id, 0) + 1
    return counts


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _fit_lines(lines: list[str], font: str, size: float, width: float, cut: bool) -> list[str]:
    """The lines, the last one shortened with an ellipsis when text was cut or it is too long."""
    if not lines:
        return []
    last = lines[-1] + ("…" if cut else "")
    return lines[:-1] + [_fit(last if not cut else lines[-1] + " …", font, size, width)]
