"""Small pieces the quickscan and year reports share: a matplotlib Figure as a ReportLab
image, a table with the house style, and the A4 document with footer."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image, SimpleDocTemplate, Table, TableStyle

from wplstudio.reports import fonts
from wplstudio.reports.common import LIGHT, NAVY, footer, styles


def figure_image(figure, width_mm: float, dpi: int = 120) -> Image:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    buffer.seek(0)
    w, h = figure.get_size_inches()
    return Image(buffer, width=width_mm * mm, height=width_mm * mm * h / w)


def house_styles() -> dict:
    regular, bold = fonts.register()
    found = styles()
    for name, style in found.items():
        style.fontName = bold if name in ("title", "h2") else regular
    return found


def table(rows: list[list], widths_mm: list[float], extra: list | None = None) -> Table:
    regular, bold = fonts.register()
    t = Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9d1d9")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
    ] + (extra or [])))
    return t


def build(out: Path, story: list, foot: str, title: str) -> Path:
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=title)
    page = footer(foot)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return Path(out)
