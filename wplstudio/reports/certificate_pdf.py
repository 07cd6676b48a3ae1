"""A certificate that recognises what a trainee learned: the program, the tasks and the
levels reached, signed by the mentor and the owner. A4 landscape, one per page."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wplstudio.domain.levels import info
from wplstudio.i18n import translate
from wplstudio.reports import fonts
from wplstudio.reports.common import AMBER, NAVY


def render(data, out: Path) -> Path:
    regular, bold = fonts.for_texts([data.trainee, data.program, data.mentor, data.owner, data.company,
                                     *(t for t, _ in data.tasks)])
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=22 * mm, rightMargin=22 * mm, topMargin=16 * mm,
                            bottomMargin=14 * mm, title=translate("reports", "Certificate"))
    doc.build(_story(data, regular, bold), onFirstPage=_frame, onLaterPages=_frame)
    return out


def _style(name: str, font: str, size: float, colour=colors.black, space: float = 2) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, alignment=TA_CENTER, textColor=colour,
                          spaceAfter=space * mm)


def _story(data, regular: str, bold: str) -> list:
    story = [Paragraph(escape(data.company), _style("company", bold, 14, NAVY)),
             Paragraph(escape(translate("reports", "Certificate")), _style("title", bold, 34, NAVY, 4)),
             Paragraph(escape(data.trainee), _style("name", bold, 24, colors.black, 3)),
             Paragraph(escape(translate("reports", "has completed the onboarding program {program}{function} from {start} to {end}, and has learned:").format(
                 program=data.program, function=f" ({data.function})" if data.function else "",
                 start=data.start_date.strftime("%d-%m-%Y"), end=data.completed_on.strftime("%d-%m-%Y"))), _style("text", regular, 12, space=4))]
    rows = [[translate("reports", "Task"), translate("reports", "Level reached")]]
    rows += [[task, f"{info(level).letter}  {translate('levels', info(level).label)}"] for task, level in data.tasks]
    t = Table(rows, colWidths=[95 * mm, 60 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular, 11), ("FONT", (0, 0), (-1, 0), bold, 11),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY), ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#c9d1d9")),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [t, Spacer(1, 28 * mm), _signatures(data, regular)]
    return story


def _signatures(data, regular: str) -> Table:
    line = "_" * 34
    cells = [[line, line], [translate("reports", "{name}, mentor").format(name=data.mentor or "-"),
                            translate("reports", "{name}, owner").format(name=data.owner or "-")]]
    t = Table(cells, colWidths=[110 * mm, 110 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular, 11), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return t


def _frame(canvas, doc) -> None:
    """A double border in the house colours: a certificate should look like one on the wall."""
    w, h = doc.pagesize
    canvas.saveState()
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
    canvas.setStrokeColor(AMBER)
    canvas.setLineWidth(1)
    canvas.rect(13 * mm, 13 * mm, w - 26 * mm, h - 26 * mm)
    canvas.restoreState()
