"""Pieces both interview papers share: the fixed words in the guide's language (a Dutch
guide prints a Dutch form whatever language the screen speaks), lines to write on,
tick boxes, the header block and the signature block."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from wplstudio.domain import interviews as rules
from wplstudio.reports import fonts
from wplstudio.reports.common import LIGHT, NAVY
from wplstudio.reports.pdf_parts import house_styles

WORDS = {
    "nl": {"employee": "Medewerker", "function": "Functie", "date": "Datum", "interviewer": "Gesprek gevoerd door",
           "preparation": "Voorbereiding — vul dit vooraf in", "agreements": "Acties: wie doet wat, wanneer", "what": "Wat", "who": "Wie",
           "when": "Wanneer klaar", "status": "Stand", "sign": "Voor gezien en akkoord", "name": "Naam",
           "signature": "Handtekening", "leader": "Leidinggevende", "plan": "Ontwikkelplan (POP)", "goal": "Doel",
           "target": "Te bereiken", "prep_answer": "Voorbereiding medewerker", "prepared": "Voorbereiding door de medewerker", "no_answer": "(niet ingevuld)",
           "history": "Verloop", "version": "versie", "confirmed_on": "Bevestigd door de medewerker op {at}", "confirmed": "bevestigd",
           "erased": "De inhoud van dit gesprek is gewist (bewaartermijn of AVG).", "page": "Gespreksformulier",
           "open": "open", "done": "klaar", "dropped": "vervallen", "planned": "gepland", "held": "gevoerd",
           "correction": "correctie gevraagd", "reopened": "heropend", "level": "niveau"},
    "en": {"employee": "Employee", "function": "Function", "date": "Date", "interviewer": "Held by",
           "preparation": "Preparation — fill this in beforehand", "agreements": "Actions: who does what, by when", "what": "What", "who": "Who",
           "when": "Done by", "status": "Status", "sign": "Seen and agreed", "name": "Name",
           "signature": "Signature", "leader": "Manager", "plan": "Development plan", "goal": "Goal",
           "target": "Target", "prep_answer": "Employee's preparation", "prepared": "The employee's preparation", "no_answer": "(not filled in)",
           "history": "History", "version": "version", "confirmed_on": "Confirmed by the employee on {at}", "confirmed": "confirmed",
           "erased": "The contents of this interview have been erased (retention period or AVG).", "page": "Interview form",
           "open": "open", "done": "done", "dropped": "dropped", "planned": "planned", "held": "held",
           "correction": "correction asked", "reopened": "reopened", "level": "level"},
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["nl"])


def text(value: str) -> str:
    """Plain text as a Paragraph's markup: escaped, line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


class WritingLines(Flowable):
    """Ruled lines to write on by hand."""

    def __init__(self, lines: int, gap_mm: float = 8.0) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap_mm * mm

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.lines * self.gap + 2 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor("#9aa5b1"))
        self.canv.setLineWidth(0.4)
        for i in range(1, self.lines + 1):
            y = self.lines * self.gap + 2 * mm - i * self.gap
            self.canv.line(0, y, self.width, y)


BOX = "☐"
TICKED = "☒"


def choices(question: rules.Question, language: str, answer: str | None = None) -> list[str]:
    """The tick-box options of a closed question, the chosen one ticked."""
    if question.type == rules.RATING:
        labels = rules.rating_labels(question, language)
        return [f"{TICKED if answer == str(i + 1) else BOX} {i + 1} {label}" for i, label in enumerate(labels)]
    if question.type == rules.YESNO:
        yes, no = rules.YESNO_WORDS.get(language, rules.YESNO_WORDS["nl"])
        return [f"{TICKED if answer == rules.YES else BOX} {yes}", f"{TICKED if answer == rules.NO else BOX} {no}"]
    return [f"{TICKED if answer == option else BOX} {option}" for option in question.options]


def choice_table(items: list[str], width: float, style) -> Table:
    per_row = 3 if len(items) > 2 else 2
    rows = [items[i:i + per_row] for i in range(0, len(items), per_row)]
    rows = [[Paragraph(text(c), style) for c in row] + [""] * (per_row - len(row)) for row in rows]
    t = Table(rows, colWidths=[width / per_row] * per_row)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def header_block(form, width: float) -> Table:
    w, st = words(form.language), house_styles()
    day = form.day.strftime("%d-%m-%Y") if form.day else ""
    cells = [(w["employee"], form.employee_name), (w["function"], form.function_name), (w["date"], day),
             (w["interviewer"], form.interviewer_name)]
    rows = [[Paragraph(f"<b>{escape(label)}</b>", st["body"]), Paragraph(text(value), st["body"])] for label, value in cells]
    t = Table(rows, colWidths=[45 * mm, width - 45 * mm], rowHeights=[9 * mm] * len(rows))
    t.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.5, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("BACKGROUND", (0, 0), (0, -1), LIGHT)]))
    return t


def signature_block(language: str, width: float) -> KeepTogether:
    w, st = words(language), house_styles()
    head = [Paragraph(f"<b>{escape(w['employee'])}</b>", st["body"]), Paragraph(f"<b>{escape(w['leader'])}</b>", st["body"])]
    rows = [head] + [[Paragraph(f"{escape(w[k])}:", st["body"])] * 2 for k in ("name", "date", "signature")]
    t = Table(rows, colWidths=[width / 2] * 2, rowHeights=[8 * mm, 10 * mm, 10 * mm, 18 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm)]))
    return KeepTogether([Spacer(1, 6 * mm), Paragraph(escape(w["sign"]), st["h2"]), t])


def section_title(title: str) -> Paragraph:
    return Paragraph(escape(title), house_styles()["h2"])


def table_style_rows(regular: str, bold: str) -> TableStyle:
    return TableStyle([("FONT", (0, 0), (-1, -1), regular, 9), ("FONT", (0, 0), (-1, 0), bold, 9),
                       ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                       ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9d1d9")), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def register_fonts() -> tuple[str, str]:
    """DejaVu: it has the tick boxes (☐ ☒) Helvetica lacks."""
    return fonts.register()


def question_style():
    """Questions in bold: DejaVu has no <b> family mapping here, so the bold face is named directly."""
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    return ParagraphStyle("question", parent=house_styles()["body"], fontName=bold)


def with_title(title: str, parts: list) -> list:
    """A section title kept on the page of its first question, never alone at the bottom."""
    if not parts:
        return [section_title(title)]
    first = parts[0]._content if isinstance(parts[0], KeepTogether) else [parts[0]]  # nested KeepTogethers break pages
    return [KeepTogether([section_title(title), *first])] + parts[1:]
