"""Fonts, styles and page furniture shared by the reports."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm

NAVY = colors.HexColor("#23303d")
AMBER = colors.HexColor("#f0a030")
LIGHT = colors.HexColor("#e9ecef")


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], textColor=NAVY, alignment=0, fontSize=20, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], textColor=NAVY, spaceBefore=5 * mm),
        "body": ParagraphStyle("body", parent=base["BodyText"], fontSize=10, leading=13),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
    }


def footer(text: str):
    """A page callback that writes text and the page number at the foot of each page."""
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(doc.leftMargin, 10 * mm, text)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 10 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()
    return draw


def printed_on() -> str:
    return datetime.now().strftime("%d-%m-%Y %H:%M")
