"""Drawing one page of the wall print (reports/matrix_pdf.py plans the pages).

What repeats is drawn once as a PDF form and placed again: the header of a block of
tasks, the names of a block of people, the coverage row of a block, the legend, and
each symbol. Only the cells, the row shading and the lines are drawn per page, which
keeps 40 pages of a 250 x 200 matrix well under half a second."""

from __future__ import annotations

from typing import Callable

from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from wplstudio.charts import palette
from wplstudio.domain import matrix as rules
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.reports import iluo_pdf
from wplstudio.reports.matrix_pdf import Plan, RowItem, core_groups, fit, fit_lines, symbol_size
from wplstudio.services.matrix import ColumnTask, RowPerson
from wplstudio.services.matrix_report import MatrixReport

NAVY = HexColor("#23303d")
GREY = HexColor("#5f6b77")
RULE = HexColor("#c9d1d9")
ZEBRA = HexColor("#f4f6f8")
TEAM_FILL = HexColor("#dce6f0")
BAND_FILLS = (HexColor("#dce6f0"), HexColor("#eef2f6"))
MARKS = {"expired": (palette.EXPIRED, False), "missing": (palette.EXPIRED, False), "expiring": (palette.EXPIRING, True)}


class PageDrawer:
    def __init__(self, c: Canvas, report: MatrixReport, page_plan: Plan, regular: str, bold: str) -> None:
        self.c, self.report, self.plan, self.geo = c, report, page_plan, page_plan.geo
        self.regular, self.bold = regular, bold
        self.col_w = page_plan.col_w
        self.has_functions = any(p.function_name for p in report.data.people)
        self.totals = _deployable_counts(report)
        self.core_order = list(dict.fromkeys(t.core_task_id for t in report.data.tasks))
        self.task_index = {t.id: i for i, t in enumerate(report.data.tasks)}
        self.forms: set[str] = set()
        self.page_forms: dict[str, str] = {}  # form -> its name in the PDF, for the forms listed on this page
        self._define_symbols()

    # --- forms ---------------------------------------------------------------------
    def _form(self, name: str, draw: Callable[[], None], x: float = 0, y: float = 0) -> None:
        """Draw once into a form called name, then place it at (x, y) on this and later pages."""
        if name not in self.forms:
            self.c.beginForm(name, -1, -1, self.geo.width + 1, self.geo.height + 1)
            draw()
            self.c.endForm()
            self.forms.add(name)
        self._place(name, x, y)

    def _place(self, name: str, x: float, y: float) -> None:
        # Written straight into the page's stream: translate(), saveState() and doForm() format every
        # number through ReportLab's pure-Python helpers, which costs more than the cell itself.
        if name not in self.page_forms:
            self.c.doForm(name)  # the first time on a page through the public call: it lists the form for the page
            self.page_forms[name] = self.c._code.pop().split()[0]  # "/FormXob.… Do" -> its PDF name
        self.c._code.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm {self.page_forms[name]} Do Q")

    def _segments(self, segments: list[tuple[float, float, float, float]]) -> None:
        """Straight lines in the current stroke colour and width, as one path written directly."""
        self.c._code.append(" ".join(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l" for x1, y1, x2, y2 in segments) + " S")

    def _define_symbols(self) -> None:
        c, size, row_h = self.c, symbol_size(self.col_w, self.geo), self.geo.row_h
        for level in range(1, 5):
            self._symbol(f"iluo{level}", size, lambda level=level: iluo_pdf.square(c, 0, 0, size, level))
        corner = row_h * 0.42
        for state, (colour, hollow) in MARKS.items():
            self._symbol(f"corner-{state}", corner, lambda colour=colour, hollow=hollow: iluo_pdf.corner(c, corner, corner, corner, colour, hollow))
        radius = row_h * 0.14
        for name, colour, filled in (("target", palette.TARGET, False), ("overdue", palette.TARGET_OVERDUE, True)):
            self._symbol(name, 2 * radius, lambda colour=colour, filled=filled: iluo_pdf.ring(c, radius, radius, radius, colour, filled))

    def _symbol(self, name: str, size: float, draw: Callable[[], None]) -> None:
        self.c.beginForm(name, -1, -1, size + 1, size + 1)
        draw()
        self.c.endForm()

    # --- the page --------------------------------------------------------------------
    def draw(self, block_no: int, block: list[ColumnTask], page_no: int, rows: list[RowItem], number: int) -> None:
        geo = self.geo
        self.block, self.rows = block, rows
        self.page_forms = {}
        self.right = geo.grid_left + len(block) * self.col_w
        bottom = geo.grid_top - len(rows) * geo.row_h
        self._title(block_no, page_no)
        self._backgrounds()
        self._form(f"head-{block_no}", self._header)
        self._form(f"names-{page_no}", self._names)
        self._cells()
        self._lines(bottom)
        self._form(f"totals-{page_no}", self._totals, x=self.right)
        if self.report.coverage:
            self._form(f"coverage-{block_no}", self._coverage, y=bottom - geo.cover_h)
        self._form("legend", self._legend)
        self._page_number(number)

    def _title(self, block_no: int, page_no: int) -> None:
        c, geo, report = self.c, self.geo, self.report
        top = geo.height - geo.margin
        title = translate("reports", "Deployability matrix") + (f" — {report.team}" if report.team else "")
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font * 2.3)
        c.drawString(geo.margin, top - geo.font * 2.1, title)
        c.setFont(self.regular, geo.font * 1.15)
        c.setFillColor(GREY)
        when = report.today.strftime("%d-%m-%Y")
        line = (translate("reports", "{company} · as of {date}").format(company=report.company, date=when) if report.company
                else translate("reports", "As of {date}").format(date=when))  # a company without a name yet: no lone dash
        c.drawString(geo.margin, top - geo.font * 3.8, line)
        c.drawRightString(geo.width - geo.margin, top - geo.font * 2.1, self._where(block_no, page_no))

    def _where(self, block_no: int, page_no: int) -> str:
        """Where this sheet sits in the whole, for pinning pages up side by side."""
        before = sum(len(b) for b in self.plan.blocks[:block_no])
        earlier = sum(1 for page in self.plan.pages[:page_no] for item in page if item.person)
        shown = sum(1 for item in self.rows if item.person)
        return translate("reports", "tasks {first}–{last} of {tasks} · employees {p1}–{p2} of {people}").format(
            first=before + 1 if self.block else 0, last=before + len(self.block), tasks=len(self.report.data.tasks),
            p1=earlier + 1 if shown else 0, p2=earlier + shown, people=len(self.report.data.people))

    # --- the header of a block of tasks -----------------------------------------------
    def _header(self) -> None:
        top = self.geo.height - self.geo.margin - self.geo.title_h
        x = self.geo.grid_left
        for group in core_groups(self.block):
            width = len(group) * self.col_w
            self._band(group, x, top, width)
            x += width
        self._task_names()
        self._left_headings()

    def _band(self, group: list[ColumnTask], x: float, top: float, width: float) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(BAND_FILLS[self.core_order.index(group[0].core_task_id) % 2])
        c.setStrokeColor(white)
        c.rect(x, top - geo.band_h, width, geo.band_h, stroke=1, fill=1)
        name = ("… " if self._continues(group[0], -1) else "") + group[0].core_task_name + (" …" if self._continues(group[-1], 1) else "")
        size = geo.font * 0.95
        lines = simpleSplit(name, self.bold, size, width - 2)
        while len(lines) > 2 and size > geo.font * 0.7:
            size -= 0.5
            lines = simpleSplit(name, self.bold, size, width - 2)
        lines = fit_lines(lines[:2], self.bold, size, width - 2, len(lines) > 2)
        c.setFillColor(NAVY)
        c.setFont(self.bold, size)
        middle = top - geo.band_h / 2
        for i, line in enumerate(lines):
            c.drawCentredString(x + width / 2, middle + (len(lines) / 2 - i - 0.8) * size * 1.1, line)

    def _continues(self, task: ColumnTask, step: int) -> bool:
        """True when the core task goes on in the block before (step -1) or after (step 1)."""
        tasks = self.report.data.tasks
        index = self.task_index[task.id] + step
        return 0 <= index < len(tasks) and tasks[index].core_task_id == task.core_task_id and tasks[index] not in self.block

    def _task_names(self) -> None:
        c, geo = self.c, self.geo
        top, bottom = geo.height - geo.margin - geo.title_h - geo.band_h, geo.grid_top
        icon = min(self.col_w * 0.6, geo.font * 1.3)
        for i, task in enumerate(self.block):
            x = geo.grid_left + i * self.col_w
            if i % 2:
                c.setFillColor(ZEBRA)
                c.rect(x, bottom, self.col_w, top - bottom, stroke=0, fill=1)
            self._task_icons(task, x + (self.col_w - icon) / 2, top - 2, icon)
            self._upright(task.name, x, bottom, top - bottom - 2 * icon - 4, geo.font * 0.9)

    def _task_icons(self, task: ColumnTask, x: float, top: float, size: float) -> None:
        """Above the name: a medal for a certificate, a warning for a task only one person can do alone."""
        if task.is_certificate:
            iluo_pdf.medal(self.c, x, top - size, size)
        cov = self.report.coverage.get(task.id)
        if cov is not None and cov.deployable == 1:
            iluo_pdf.warning(self.c, x, top - (2 * size + 1 if task.is_certificate else size), size)

    def _upright(self, text: str, x: float, bottom: float, height: float, size: float) -> None:
        """A task name turned upright, reading from the grid upwards; on two lines when it is long."""
        c = self.c
        lines = simpleSplit(text, self.regular, size, height - 4)
        lines = fit_lines(lines[:2], self.regular, size, height - 4, len(lines) > 2)
        if len(lines) > 1 and self.col_w < size * 2.3:
            lines = fit_lines([text], self.regular, size, height - 4, False)
        c.saveState()
        c.translate(x + self.col_w / 2, bottom + 3)
        c.rotate(90)
        c.setFillColor(NAVY)
        c.setFont(self.regular, size)
        for i, line in enumerate(lines):
            c.drawString(0, -size * 0.35 + (len(lines) - 1) * size * 0.55 - i * size * 1.1, line)
        c.restoreState()

    def _left_headings(self) -> None:
        c, geo = self.c, self.geo
        bottom = geo.grid_top
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

    # --- the rows ------------------------------------------------------------------------
    def _backgrounds(self) -> None:
        """Team headings and every other person row shaded, across this page's width."""
        c, geo = self.c, self.geo
        width = self.right + geo.total_w - geo.margin
        y = geo.grid_top
        for index, item in enumerate(self.rows):
            y -= geo.row_h
            if item.person is None or index % 2 == 0:
                c.setFillColor(TEAM_FILL if item.person is None else ZEBRA)
                c.rect(geo.margin, y, width, geo.row_h, stroke=0, fill=1)

    def _names(self) -> None:
        y = self.geo.grid_top
        for item in self.rows:
            y -= self.geo.row_h
            if item.person is None:
                self._team_name(item, y)
            else:
                self._person_name(item.person, y)

    def _team_name(self, item: RowItem, y: float) -> None:
        c, geo = self.c, self.geo
        name = item.team or translate("reports", "No team")
        if item.continued:
            name = translate("reports", "{team} (continued)").format(team=name)
        else:
            name += f"  ({sum(1 for p in self.report.data.people if p.team_name == item.team)})"
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font)
        c.drawString(geo.margin + 2, y + geo.row_h * 0.3, name)

    def _person_name(self, person: RowPerson, y: float) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(NAVY)
        c.setFont(self.regular, geo.font)
        c.drawString(geo.margin + 2, y + geo.row_h * 0.3, fit(person.name, self.regular, geo.font, geo.name_w - 4))
        if self.has_functions and person.function_name:
            c.setFillColor(GREY)
            c.setFont(self.regular, geo.font * 0.8)
            c.drawString(geo.margin + geo.name_w + 2, y + geo.row_h * 0.32,
                         fit(person.function_name, self.regular, geo.font * 0.8, geo.function_w - 4))

    def _totals(self) -> None:
        """The deployable-on count per person, drawn at x 0 and placed at the block's right edge."""
        c, geo = self.c, self.geo
        c.setFillColor(NAVY)
        c.setFont(self.bold, geo.font * 0.9)
        y = geo.grid_top
        for item in self.rows:
            y -= geo.row_h
            if item.person is not None:
                c.drawCentredString(geo.total_w / 2, y + geo.row_h * 0.3, str(self.totals.get(item.person.id, 0)))

    def _cells(self) -> None:
        geo, data = self.geo, self.report.data
        size = symbol_size(self.col_w, geo)
        dx, dy = (self.col_w - size) / 2, (geo.row_h - size) / 2
        corner, radius = geo.row_h * 0.42, geo.row_h * 0.14
        y = geo.grid_top
        for item in self.rows:
            y -= geo.row_h
            if item.person is None:
                continue
            for i, task in enumerate(self.block):
                cell = data.cells.get((item.person.id, task.id))
                if cell is None:
                    continue
                x = geo.grid_left + i * self.col_w
                if cell.level:
                    self._place(f"iluo{cell.level}", x + dx, y + dy)
                state = self.report.certificate_state(item.person.id, task)
                if state in MARKS:
                    self._place(f"corner-{state}", x + self.col_w - corner - 0.6, y + geo.row_h - corner - 0.6)
                if cell.target_level is not None and cell.target_level > cell.level:
                    ring = "overdue" if rules.target_overdue(cell, self.report.today) else "target"
                    self._place(ring, x + self.col_w - 2 * radius - 1.2, y + 1.2)

    def _lines(self, bottom: float) -> None:
        c, geo = self.c, self.geo
        top, right = geo.grid_top, self.right + geo.total_w
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        self._segments([(geo.grid_left + i * self.col_w, bottom, geo.grid_left + i * self.col_w, top) for i in range(len(self.block) + 1)]
                       + [(geo.margin, top - i * geo.row_h, right, top - i * geo.row_h) for i in range(len(self.rows) + 1)])
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        band_top = geo.height - geo.margin - geo.title_h
        low = bottom - (geo.cover_h if self.report.coverage else 0)
        x = geo.grid_left
        edges = [x]
        for group in core_groups(self.block):
            x += len(group) * self.col_w
            edges.append(x)
        self._segments([(e, low, e, band_top) for e in edges] + [(geo.margin, bottom, right, bottom)])

    # --- the coverage row (drawn with its bottom at y 0) -----------------------------------
    def _coverage(self) -> None:
        c, geo = self.c, self.geo
        lines = ((self.bold, 0.9, NAVY, 0.7, translate("reports", "Coverage (expired certificates do not count)")),
                 (self.regular, 0.8, NAVY, 0.4, translate("reports", "can do it alone (U or O) / target")),
                 (self.regular, 0.8, GREY, 0.12, translate("reports", "can teach it (O) / target")))
        for font, scale, colour, height, text in lines:
            c.setFont(font, geo.font * scale)
            c.setFillColor(colour)
            c.drawString(geo.margin + 2, geo.cover_h * height, fit(text, font, geo.font * scale, geo.name_w + geo.function_w - 4))
        for i, task in enumerate(self.block):
            self._coverage_cell(self.report.coverage.get(task.id), geo.grid_left + i * self.col_w)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.line(geo.margin, 0, self.right + geo.total_w, 0)

    def _coverage_cell(self, cov, x: float) -> None:
        if cov is None:
            return
        c, geo = self.c, self.geo
        mark = min(self.col_w * 0.45, geo.cover_h * 0.22)
        if cov.status != rules.NO_TARGET:
            c.setFillColor(HexColor(palette.STATUS_PALE[cov.status]))
            c.rect(x + 0.4, 0.4, self.col_w - 0.8, geo.cover_h - 0.8, stroke=0, fill=1)
            iluo_pdf.status_mark(c, x + (self.col_w - mark) / 2, geo.cover_h - mark - 2, mark, cov.status)
        self._count(_ratio(cov.deployable, cov.target), x, geo.cover_h * 0.4, self.bold, NAVY)
        self._count(_ratio(cov.teachers, cov.teacher_target), x, geo.cover_h * 0.12, self.regular, GREY)

    def _count(self, text: str, x: float, y: float, font: str, colour) -> None:
        size = min(self.geo.font * 0.8, (self.col_w - 1.5) / max(self.c.stringWidth(text, font, 1), 0.1))
        self.c.setFillColor(colour)
        self.c.setFont(font, size)
        self.c.drawCentredString(x + self.col_w / 2, y, text)

    # --- the legend ------------------------------------------------------------------------
    def _legend(self) -> None:
        """The levels and the marks in one line at the foot, or in two when the paper is narrow."""
        c, geo = self.c, self.geo
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(geo.margin, geo.margin + geo.foot_h * 0.85, geo.width - geo.margin, geo.margin + geo.foot_h * 0.85)
        size = geo.font * 1.2
        room = geo.width - 2 * geo.margin - c.stringWidth(translate("reports", "page {page} of {pages}").format(page=99, pages=99), self.regular, geo.font) - 20
        one_line = self._legend_levels(geo.margin, 0, size, dry=True) + self._legend_marks(0, 0, size, dry=True) + 16 < room
        low = geo.margin + geo.foot_h * (0.35 if one_line else 0.12)
        high = low if one_line else geo.margin + geo.foot_h * 0.5
        end = self._legend_levels(geo.margin, high, size)
        self._legend_marks(end + 16 if one_line else geo.margin, low, size)

    def _legend_levels(self, x: float, y: float, size: float, dry: bool = False) -> float:
        for info in SCALE:
            if not dry:
                iluo_pdf.square(self.c, x, y - 1, size, info.level, outline_empty=True)
            x = self._legend_text(x + size + 3, y, f"{info.letter}  {translate('levels', info.label)}", dry) + 10
        return x

    def _legend_marks(self, x: float, y: float, size: float, dry: bool = False) -> float:
        c = self.c
        marks = [(lambda x: iluo_pdf.medal(c, x, y - 1, size), translate("reports", "certificate")),
                 (lambda x: iluo_pdf.warning(c, x, y - 1, size), translate("reports", "only one person can do it alone")),
                 (lambda x: iluo_pdf.corner(c, x + size, y + size - 1, size * 0.8, palette.EXPIRED, hollow=False),
                  translate("reports", "certificate expired or missing")),
                 (lambda x: iluo_pdf.corner(c, x + size, y + size - 1, size * 0.8, palette.EXPIRING, hollow=True),
                  translate("reports", "expires within 60 days")),
                 (lambda x: iluo_pdf.ring(c, x + size / 2, y + size / 2 - 1, size * 0.35, palette.TARGET, False),
                  translate("reports", "training target")),
                 (lambda x: iluo_pdf.ring(c, x + size / 2, y + size / 2 - 1, size * 0.35, palette.TARGET_OVERDUE, True),
                  translate("reports", "target date passed"))]
        if self.report.coverage:
            marks += [(lambda x, s=status: iluo_pdf.status_mark(c, x + size * 0.2, y, size * 0.75, s), label) for status, label in (
                ("green", translate("reports", "target met")), ("amber", translate("reports", "short")), ("red", translate("reports", "far short")))]
        for draw, label in marks:
            if not dry:
                draw(x)
            x = self._legend_text(x + size + 3, y, label, dry) + 10
        return x

    def _legend_text(self, x: float, y: float, text: str, dry: bool = False) -> float:
        if not dry:
            self.c.setFillColor(NAVY)
            self.c.setFont(self.regular, self.geo.font)
            self.c.drawString(x, y, text)
        return x + self.c.stringWidth(text, self.regular, self.geo.font)

    def _page_number(self, number: int) -> None:
        c, geo = self.c, self.geo
        c.setFillColor(GREY)
        c.setFont(self.regular, geo.font)
        c.drawRightString(geo.width - geo.margin, geo.margin + geo.foot_h * 0.35,
                          translate("reports", "page {page} of {pages}").format(page=number, pages=self.plan.count))


def _ratio(actual: int, target: int | None) -> str:
    return f"{actual}/{target}" if target is not None else str(actual)


def _deployable_counts(report: MatrixReport) -> dict[int, int]:
    """employee_id -> on how many tasks they count as deployable today (expired certificates do not)."""
    certificate = {t.id: t.is_certificate for t in report.data.tasks}
    people = {p.id for p in report.data.people}
    counts: dict[int, int] = {}
    for (employee_id, task_id), cell in report.data.cells.items():
        if employee_id in people and task_id in certificate and rules.is_deployable(cell, certificate[task_id], report.today):
            counts[employee_id] = counts.get(employee_id, 0) + 1
    return counts
