"""Numbers as a reader of the language expects them, for the PDFs and charts (the screens use
QLocale): Dutch writes 20,2 and 1.250; English 20.2 and 1,250. Standard library only."""

from __future__ import annotations


def decimal_text(value: float | None, language: str, places: int = 1, empty: str = "-") -> str:
    """20.25 -> "20,3" in Dutch, "20.3" in English; None -> empty."""
    if value is None:
        return empty
    text = f"{value:,.{places}f}"
    if language == "nl":
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
