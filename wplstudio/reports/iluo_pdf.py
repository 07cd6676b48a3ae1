"""The matrix's symbols as PDF vectors, the same shapes as the grid on screen
(ui/pages/matrix/iluo.py): the ILUO square filled clockwise one quarter per level,
a corner triangle for a certificate that needs attention, a ring for a training
target. Shapes carry the meaning, so a black-and-white copy still reads."""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white

from wplstudio.charts import palette

FILLS = [HexColor(c) for c in palette.LEVEL_FILL]
INK = HexColor(palette.LEVEL_INK)
EMPTY_INK = HexColor(palette.EMPTY_INK)
# Quarters as (column, row from the top) in halves of the square, in the order they fill: TL, TR, BR, BL.
QUARTERS = ((0, 0), (1, 0), (1, 1), (0, 1))


def square(c, x: float, y: float, size: float, level: int, outline_empty: bool = False) -> None:
    """The ILUO square with its bottom-left corner at (x, y); level 0 draws nothing unless outline_empty."""
    if not level and not outline_empty:
        return
    half = size / 2
    c.setFillColor(FILLS[level])
    for col, row in QUARTERS[:level]:
        c.rect(x + col * half, y + (1 - row) * half, half, half, stroke=0, fill=1)
    c.setStrokeColor(INK if level else EMPTY_INK)
    if level:
        c.setLineWidth(0.45)
        c.line(x + half, y, x + half, y + size)
        c.line(x, y + half, x + size, y + half)
    c.setLineWidth(0.9 if level else 0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)


def corner(c, right: float, top: float, size: float, colour: str, hollow: bool) -> None:
    """A triangle in a cell's top right corner: filled for an expired certificate, hollow when it expires soon."""
    path = c.beginPath()
    path.moveTo(right - size, top)
    path.lineTo(right, top)
    path.lineTo(right, top - size)
    path.close()
    c.setStrokeColor(HexColor(colour))
    c.setFillColor(HexColor(colour))
    c.setLineWidth(0.8)
    c.drawPath(path, stroke=1, fill=0 if hollow else 1)


def ring(c, x: float, y: float, radius: float, colour: str, filled: bool) -> None:
    """A training target (ring and dot); a filled ring when the target date has passed."""
    c.setStrokeColor(HexColor(colour))
    c.setLineWidth(0.7)
    c.setFillColor(HexColor(colour) if filled else white)
    c.circle(x, y, radius, stroke=1, fill=1)
    c.setFillColor(white if filled else HexColor(colour))
    c.circle(x, y, radius * 0.4, stroke=0, fill=1)


def status_mark(c, x: float, y: float, size: float, status: str) -> None:
    """A coverage light that also reads in grey: a tick (met), an exclamation mark (short), a cross (far short)."""
    colour = HexColor(palette.STATUS_COLOUR.get(status, palette.STATUS_COLOUR["none"]))
    c.setStrokeColor(colour)
    c.setFillColor(colour)
    c.setLineWidth(size * 0.18)
    c.setLineCap(1)
    if status == "green":
        c.lines([(x, y + size * 0.5, x + size * 0.35, y + size * 0.15), (x + size * 0.35, y + size * 0.15, x + size, y + size * 0.85)])
    elif status == "amber":
        c.line(x + size / 2, y + size * 0.4, x + size / 2, y + size)
        c.circle(x + size / 2, y + size * 0.1, size * 0.1, stroke=0, fill=1)
    elif status == "red":
        c.lines([(x, y, x + size, y + size), (x, y + size, x + size, y)])
    c.setLineCap(0)


def medal(c, x: float, y: float, size: float) -> None:
    """A certificate: a round medal on two ribbons, in the box (x, y, size)."""
    c.setFillColor(HexColor(palette.TARGET))
    c.setStrokeColor(HexColor(palette.TARGET))
    c.setLineWidth(0.5)
    for dx in (0.3, 0.7):
        path = c.beginPath()
        path.moveTo(x + size * (dx - 0.12), y + size * 0.45)
        path.lineTo(x + size * (dx + 0.12), y + size * 0.45)
        path.lineTo(x + size * dx, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(HexColor("#f6c343"))
    c.circle(x + size / 2, y + size * 0.62, size * 0.33, stroke=1, fill=1)


def warning(c, x: float, y: float, size: float) -> None:
    """A warning triangle with an exclamation mark, in the box (x, y, size)."""
    path = c.beginPath()
    path.moveTo(x, y)
    path.lineTo(x + size, y)
    path.lineTo(x + size / 2, y + size * 0.92)
    path.close()
    c.setFillColor(HexColor(palette.SINGLE_POINT))
    c.setStrokeColor(HexColor(palette.LEVEL_INK))
    c.setLineWidth(0.5)
    c.drawPath(path, stroke=1, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(size * 0.12)
    c.line(x + size / 2, y + size * 0.32, x + size / 2, y + size * 0.62)
    c.setFillColor(white)
    c.circle(x + size / 2, y + size * 0.17, size * 0.06, stroke=0, fill=1)
