"""The yearly training plan as an .xlsx: a title, a header, one row per line (who, team,
what, how, mentor, when, status, origin), frozen header and autofilter, A4 landscape."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties

from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.domain import learning as rules
from wplstudio.i18n import translate

HEADER_ROW = 3
WIDTHS = (26, 24, 40, 26, 26, 12, 12, 20)


HEADERS = (QT_TRANSLATE_NOOP("reports", "Employee"), QT_TRANSLATE_NOOP("reports", "Team"), QT_TRANSLATE_NOOP("reports", "What"),
           QT_TRANSLATE_NOOP("reports", "How"), QT_TRANSLATE_NOOP("reports", "Mentor"), QT_TRANSLATE_NOOP("reports", "When"),
           QT_TRANSLATE_NOOP("reports", "Status"), QT_TRANSLATE_NOOP("reports", "Source"))

def write(lines, year: int, out: Path) -> Path:
    """lines: services.training_plan.PlanLine, as training_plan.load returns them."""
    book = Workbook()
    ws = book.active
    ws.title = translate("reports", "Training plan {year}").format(year=year)[:31]
    ws.cell(1, 1, translate("reports", "Training plan {year}").format(year=year)).font = Font(bold=True, size=16, color="23303D")
    headers = [translate("reports", h) for h in HEADERS]
    for col, (text, width) in enumerate(zip(headers, WIDTHS), start=1):
        cell = ws.cell(HEADER_ROW, col, text)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="23303D")
        ws.column_dimensions[cell.column_letter].width = width
    for row, line in enumerate(lines, start=HEADER_ROW + 1):
        for col, value in enumerate(_values(line), start=1):
            ws.cell(row, col, value)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:H{max(HEADER_ROW, HEADER_ROW + len(lines))}"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToHeight = 0
    book.save(out)
    return Path(out)


def _values(line) -> list:
    origin = {rules.FROM_MATRIX: translate("reports", "matrix"), rules.FROM_PLAN: translate("reports", "development plan")}
    return [line.employee_name, line.team_name, line.what, translate("learning", rules.HOW_TITLES[line.how]),
            line.mentor_name, line.planned_on.strftime("%m-%Y") if line.planned_on else "",
            translate("learning", rules.STATE_TITLES[line.status]), origin.get(line.origin, translate("reports", "by hand"))]
