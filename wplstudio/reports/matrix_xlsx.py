"""The deployability matrix as an .xlsx, laid out the way workshops keep it in Excel:
a title, the core tasks merged over their tasks, task names turned upright, one row per
person with the team beside the name, levels as letters on the grid's colours, a
coverage row and a legend below; frozen panes and an A3 landscape print setup.

It reads back without loss through services/excel (the header, the bands and the
team column are what the importer looks for; the coverage row and the legend are
skipped by it, and say so). What a cell holds beside its level goes on three more
sheets the importer knows by name: certificate dates, training targets and coverage
targets (services/excel/extras.py)."""

from __future__ import annotations

from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from wplstudio.charts import palette
from wplstudio.domain.levels import SCALE
from wplstudio.domain.text import QT_TRANSLATE_NOOP
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
    _extra_sheets(book, report)
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


# --- the sheets beside the matrix: what a cell holds beside its level ---------------------------

EXTRA_HEADS = (QT_TRANSLATE_NOOP("reports", "Employee"), QT_TRANSLATE_NOOP("reports", "Team"),
               QT_TRANSLATE_NOOP("reports", "Certificate"), QT_TRANSLATE_NOOP("reports", "Valid until"),
               QT_TRANSLATE_NOOP("reports", "Target level"), QT_TRANSLATE_NOOP("reports", "By"),
               QT_TRANSLATE_NOOP("reports", "Task"), QT_TRANSLATE_NOOP("reports", "Core task"),
               QT_TRANSLATE_NOOP("reports", "Team (empty: whole company)"), QT_TRANSLATE_NOOP("reports", "Deployable (U or O)"),
               QT_TRANSLATE_NOOP("reports", "Can teach (O)"))


def _extra_sheets(book, report: MatrixReport) -> None:
    from wplstudio.services.excel.extras import CERTIFICATES, COVERAGE, SHEET_NAMES, TIMETABLE

    people = {p.id: p for p in report.data.people}
    tasks = {t.id: t for t in report.data.tasks}
    cells = sorted(((people[e], tasks[t], c) for (e, t), c in report.data.cells.items() if e in people and t in tasks),
                   key=lambda x: (x[0].name.casefold(), x[1].name.casefold()))
    certificates = [(p.name, p.team_name, t.name, c.valid_until) for p, t, c in cells if t.is_certificate and c.valid_until]
    timetable = [(p.name, p.team_name, t.name, SCALE[c.target_level].letter, c.target_date) for p, t, c in cells
                 if c.target_level is not None]
    coverage = [(tasks[g.task_id].name, tasks[g.task_id].core_task_name, report.team_names.get(g.team_id, "") if g.team_id else "",
                 g.deployable, g.teachers) for g in report.data.targets
                if g.task_id in tasks and (g.team_id is None or g.team_id in report.team_names)]
    heads = {CERTIFICATES: EXTRA_HEADS[:2] + EXTRA_HEADS[2:4], TIMETABLE: EXTRA_HEADS[:2] + EXTRA_HEADS[6:7] + EXTRA_HEADS[4:6], COVERAGE: EXTRA_HEADS[6:]}
    for kind, rows in ((CERTIFICATES, certificates), (TIMETABLE, timetable), (COVERAGE, coverage)):
        _list_sheet(book.create_sheet(translate("reports", SHEET_NAMES[kind][0])[:31]), [translate("reports", h) for h in heads[kind]], rows)


def _list_sheet(ws, head: list[str], rows: list[tuple]) -> None:
    ws.append(head)
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor=NAVY)
    for row in rows:
        ws.append(list(row))
    for column, title in enumerate(head, 1):
        width = max([len(title)] + [len(str(r[column - 1] or "")) for r in rows]) + 2
        ws.column_dimensions[get_column_letter(column)].width = min(max(width, 12), 40)
        for (cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
            if hasattr(cell.value, "year"):
                cell.number_format = "DD-MM-YYYY"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
