"""A Unicode font for reports: DejaVu Sans, which matplotlib ships (a dependency already),
so names like "Łukasz Wiśniewski" or "Şükrü Yıldız" print as written. The PDF's built-in
Helvetica only knows Western European letters; it is the fallback when DejaVu is missing."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


BUILT_IN = ("Helvetica", "Helvetica-Bold")


def for_texts(texts) -> tuple[str, str]:
    """Helvetica when every text fits its Western European character set (nothing to load, fast,
    narrow), else DejaVu Sans for all of it, so one page never mixes two typefaces."""
    try:
        for text in texts:
            (text or "").encode("cp1252")
    except UnicodeEncodeError:
        return register()
    return BUILT_IN


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """(regular, bold) font names registered with ReportLab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = _matplotlib_fonts()
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except Exception:  # no matplotlib data here (a stripped bundle): fall back to the built-in font
        return BUILT_IN
    return REGULAR, BOLD


def _matplotlib_fonts() -> Path:
    spec = importlib.util.find_spec("matplotlib")  # without importing matplotlib itself (slow)
    origin = Path(spec.origin).parent if spec and spec.origin else Path(".")
    return origin / "mpl-data" / "fonts" / "ttf"
