"""The deployability matrix as an .xlsx, laid out the way workshops keep it in Excel:
a title, the core tasks merged over their tasks, task names turned upright, one row per
person with the team beside the name, levels as letters on the grid's colours, a
coverage row and a legend below; frozen panes and an A3 landscape print setup.

It reads back without loss through services/excel (the header, the bands and the
team column are what the importer looks for; the coverage row and the legend are
skipped by it, and say so)."""

from __future__ import annotations

from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from wplstudio.charts import palette
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate
from wplstudio.services.matrix_report import MatrixReport

TITLE_ROW, DATE_ROW, BAND_ROW, HEADER_ROW = 1, 2, 4, 5
NAME_COL, TEAM_COL, FIRST_TASK_COL = 1, 2, 3
NAVY = "23303D"
BAND_FILLS = ("DCE6F0", "EEF2F6")  # alternate, so neighbouring core tasks stand apart
GRID = Side(style="thin", color="C9D1D9")
BAND_EDGE = Side(style="medium", color="23303D")


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _styles() -> dict:
    fills = [PatternFill("solid", fgColor=_hex(c)) for c in palette.LEVEL_FILL]
    inks = [Font(bold=True, color="1F2933" if level < 3 else "FFFFFF", size=11) for level in range(5)]
    box = Border(left=GRID, right=GRID, top=GRID, bottom=GRID)
    expired = Side(style="thick", color=_hex(palette.EXPIRED))
    expiring = Side(style="mediumDashed", color=_hex(palette.EXPIRING))
    return {
        "fills": fills, "inks": inks, "box": box, "centre": Alignment(horizontal="center", vertical="center"),
        "expired": Border(left=expired, right=expired, top=expired, bottom=expired),
        "expiring": Border(left=expiring, right=expiring, top=expiring, bottom=expiring),
        "head": Alignment(text_rotation=90, horizontal="center", vertical="bottom", wrap_text=True),
        "band": [PatternFill("solid", fgColor=f) for f in BAND_FILLS],
    }


def render(report: MatrixReport, out: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = translate("reports", "Matrix")[:31]
    st = _styles()
    _title(ws, report)
    _bands_and_header(ws, report, st)
    last_row = _people(ws, report, st)
    legend_row = _coverage_row(ws, report, last_row + 1, st) + 2
    _legend(ws, legend_row, st)
    _page_setup(ws, report)
    book.properties.title = translate("reports", "Deployability matrix")
    book.properties.creator = "wplstudio"
    book.save(out)
    return Path(out)


def _title(ws, report: MatrixReport) -> None:
    title = translate("reports", "Deployability matrix")
    if report.company:
        title += f" — {report.company}"
    if report.team:
        title += f" — {report.team}"
    ws.cell(TITLE_ROW, NAME_COL, title).font = Font(size=16, bold=True, color=NAVY)
    ws.cell(DATE_ROW, NAME_COL, translate("reports", "As of {date}").format(date=report.today.strftime("%d-%m-%Y"))).font = Font(
        italic=True, color="555555")


def _bands_and_header(ws, report: MatrixReport, st: dict) -> None:
    ws.cell(HEADER_ROW, NAME_COL, translate("reports", "Employee")).font = Font(bold=True)
    ws.cell(HEADER_ROW, TEAM_COL, translate("reports", "Team")).font = Font(bold=True)
    for col in (NAME_COL, TEAM_COL):
        ws.cell(HEADER_ROW, col).alignment = Alignment(vertical="bottom")
    for index, (core, first, last) in enumerate(_bands(report)):
        band = ws.cell(BAND_ROW, first, core)
        band.font, band.fill = Font(bold=True, color=NAVY), st["band"][index % 2]
        band.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if last > first:
            ws.merge_cells(start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last)
        for col in range(first, last + 1):
            head = ws.cell(HEADER_ROW, col, report.data.tasks[col - FIRST_TASK_COL].name)
            head.alignment, head.fill, head.border = st["head"], st["band"][index % 2], st["box"]
    ws.row_dimensions[BAND_ROW].height = 30
    ws.row_dimensions[HEADER_ROW].height = 150


def _bands(report: MatrixReport) -> list[tuple[str, int, int]]:
    """(core task, first column, last column) for each run of tasks of one core task."""
    bands: list[tuple[str, int, int]] = []
    for offset, task in enumerate(report.data.tasks):
        col = FIRST_TASK_COL + offset
        if bands and bands[-1][0] == task.core_task_name and bands[-1][2] == col - 1:
            bands[-1] = (task.core_task_name, bands[-1][1], col)
        else:
            bands.append((task.core_task_name, col, col))
    return bands


def _people(ws, report: MatrixReport, st: dict) -> int:
    """One row per person. Each level cell copies the style of a prototype: setting fonts and fills cell by
    cell costs seconds. Empty cells are written too (with their border): LibreOffice takes ten times
    longer to open a sheet whose grid has holes."""
    letters = [info.letter if info.level else None for info in SCALE]
    styles = _level_styles(ws, st)
    row = HEADER_ROW
    for row, person in enumerate(report.data.people, HEADER_ROW + 1):
        ws.cell(row, NAME_COL, person.name).border = st["box"]
        ws.cell(row, TEAM_COL, person.team_name or None).border = st["box"]
        for col, task in enumerate(report.data.tasks, FIRST_TASK_COL):
            cell_data = report.data.cells.get((person.id, task.id))
            level = cell_data.level if cell_data else 0
            state = report.certificate_state(person.id, task) if level else ""
            cell = ws.cell(row, col, letters[level])
            cell._style = copy(styles[level, state if state in ("expired", "expiring") else ""])
    return row


def _level_styles(ws, st: dict) -> dict:
    """(level, certificate state) -> the style of a cell showing it, made once on a scratch cell."""
    styles = {}
    scratch = ws.cell(ws.max_row + 50, 1)
    for level in range(5):
        for state in ("", "expired", "expiring"):
            scratch.alignment, scratch.border = st["centre"], st[state] if state else st["box"]
            if level:
                scratch.fill, scratch.font = st["fills"][level], st["inks"][level]
            else:
                scratch.fill, scratch.font = PatternFill(), Font(size=11)
            styles[level, state] = copy(scratch._style)
    ws._cells.pop((scratch.row, scratch.column), None)  # the scratch cell is not part of the sheet
    return styles


def _coverage_row(ws, report: MatrixReport, row: int, st: dict) -> int:
    """ "Deployable (U/O) / target" per task; the importer skips it as a summary row."""
    if not report.coverage:
        return row - 1
    label = ws.cell(row, NAME_COL, translate("reports", "Deployable (U or O) / target"))
    label.font = Font(bold=True, color=NAVY)
    for col, task in enumerate(report.data.tasks, FIRST_TASK_COL):
        cov = report.coverage.get(task.id)
        if cov is None:
            continue
        cell = ws.cell(row, col, f"{cov.deployable}/{cov.target}" if cov.target is not None else str(cov.deployable))
        cell.alignment = Alignment(horizontal="center", vertical="center", text_rotation=90)
        cell.border = st["box"]
        if cov.status != "none":
            cell.fill = PatternFill("solid", fgColor=_hex(palette.STATUS_PALE[cov.status]))
    ws.row_dimensions[row].height = 34
    return row


def _legend(ws, row: int, st: dict) -> None:
    ws.cell(row, NAME_COL, translate("reports", "Legend")).font = Font(bold=True, size=12, color=NAVY)
    for offset, info in enumerate(SCALE, 1):
        key = ws.cell(row + offset, NAME_COL, info.letter if info.level else translate("reports", "(empty)"))
        key.alignment, key.border = st["centre"], st["box"]
        if info.level:
            key.fill, key.font = st["fills"][info.level], st["inks"][info.level]
        text = f"{info.level} — {translate('levels', info.label)}: {translate('levels', info.meaning)}"
        ws.cell(row + offset, TEAM_COL, text)
    notes = (
        (st["expired"], translate("reports", "Red frame: certificate expired — does not count as deployable.")),
        (st["expiring"], translate("reports", "Dashed orange frame: certificate expires within 60 days.")),
    )
    for offset, (border, text) in enumerate(notes, len(SCALE) + 1):
        ws.cell(row + offset, NAME_COL).border = border
        ws.cell(row + offset, TEAM_COL, text)


def _page_setup(ws, report: MatrixReport) -> None:
    ws.column_dimensions[get_column_letter(NAME_COL)].width = max([24] + [len(p.name) + 2 for p in report.data.people])
    ws.column_dimensions[get_column_letter(TEAM_COL)].width = max([14] + [len(p.team_name) + 2 for p in report.data.people])
    for col in range(FIRST_TASK_COL, FIRST_TASK_COL + len(report.data.tasks)):
        ws.column_dimensions[get_column_letter(col)].width = 4.6
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, FIRST_TASK_COL)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = f"{BAND_ROW}:{HEADER_ROW}"
    ws.print_title_cols = f"{get_column_letter(NAME_COL)}:{get_column_letter(TEAM_COL)}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.left.text = report.company.replace("&", "&&")  # "&" starts a code in a page footer
