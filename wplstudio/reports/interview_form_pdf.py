"""`wplstudio report interview-form`: a guide on paper with room to write, blank or
with the employee's name, function and the date filled in. A4 portrait."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from wplstudio.domain import interviews as rules
from wplstudio.reports.interview_paper import (WritingLines, choice_table, choices, header_block, register_fonts,
                                               question_style, section_title, signature_block, table_style_rows, text, with_title,
                                               words)
from wplstudio.reports.pdf_parts import build, house_styles

WIDTH = A4[0] - 32 * mm
TEXT_LINES = 5
AGREEMENT_ROWS = 6


def render(form, out: Path) -> Path:
    register_fonts()
    st = house_styles()
    w = words(form.language)
    story = [Paragraph(escape(form.guide_name), st["title"])]
    if form.company_name:
        story.append(Paragraph(escape(form.company_name), st["small"]))
    story += [Spacer(1, 3 * mm), header_block(form, WIDTH), Spacer(1, 4 * mm)]
    if form.content.intro:
        story.append(Paragraph(text(form.content.intro), st["body"]))
    if form.content.preparation:
        story += with_title(w["preparation"], _questions(form.content.preparation, form.language, st))
    for section in form.content.sections:
        story += with_title(section.title, _questions(section.questions, form.language, st))
    story += [KeepTogether([section_title(w["agreements"]), _agreements(w)]), signature_block(form.language, WIDTH)]
    foot = f"{w['page']} · {form.guide_name}" + (f" · {form.employee_name}" if form.employee_name else "")
    return build(Path(out), story, foot, form.guide_name)


def _questions(questions, language: str, st) -> list:
    parts = []
    for number, q in enumerate(questions, start=1):
        block = [Paragraph(f"{number}. {text(q.text)}", question_style()), Spacer(1, 1.5 * mm)]
        if q.type == rules.TEXT:
            block.append(WritingLines(TEXT_LINES))
        else:
            block.append(choice_table(choices(q, language), WIDTH, st["body"]))
        parts.append(KeepTogether(block + [Spacer(1, 4 * mm)]))
    return parts


def _agreements(w: dict) -> Table:
    regular, bold = register_fonts()
    rows = [[w["what"], w["who"], w["when"]]] + [["", "", ""] for _ in range(AGREEMENT_ROWS)]
    t = Table(rows, colWidths=[WIDTH * 0.58, WIDTH * 0.22, WIDTH * 0.20],
              rowHeights=[7 * mm] + [11 * mm] * AGREEMENT_ROWS, repeatRows=1)
    t.setStyle(table_style_rows(regular, bold))
    return t
