"""`wplstudio report interview --id N`: a held interview on paper: every answer (long
ones flow on across pages), the employee's preparation beside the question, the
agreements, the open goals of the plan, what happened (confirmed, corrected,
reopened) and signature lines. The private note is never on paper."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from wplstudio.domain import interviews as rules
from wplstudio.reports.interview_paper import (choice_table, choices, header_block, question_style, register_fonts,
                                               section_title, signature_block, table_style_rows, text, with_title, words)
from wplstudio.reports.pdf_parts import build, house_styles
from wplstudio.services.audit import as_utc

WIDTH = A4[0] - 32 * mm


def render(paper, out: Path) -> Path:
    register_fonts()
    st = house_styles()
    prep_style = ParagraphStyle("prep", parent=st["body"], textColor=colors.HexColor("#4a5560"), leftIndent=4 * mm,
                                borderPadding=2, backColor=colors.HexColor("#f3f5f7"))
    form, w = paper.form, words(paper.form.language)
    story = [Paragraph(escape(form.guide_name), st["title"]),
             Paragraph(escape(f"{form.company_name} · {w['version']} {paper.guide_version_no} · {w[_status_word(paper.status)]}"),
                       st["small"]),
             Spacer(1, 3 * mm), header_block(form, WIDTH), Spacer(1, 3 * mm)]
    if paper.contents_erased:
        story.append(Paragraph(escape(w["erased"]), st["body"]))
    if form.content.preparation:
        story += with_title(w["prepared"], _answers(form.content.preparation, paper.preparation, form.language, st, None))
    for section in form.content.sections:
        story += with_title(section.title, _answers(section.questions, paper.answers, form.language, st,
                                                    (paper.preparation, prep_style, w["prep_answer"])))
    story += _actions(paper, w) + _goals(paper, w, st) + _history(paper, w, st)
    story.append(signature_block(form.language, WIDTH))
    return build(Path(out), story, f"{w['page']} · {form.guide_name} · {form.employee_name}", form.guide_name)


def _status_word(status: str) -> str:
    return {rules.PLANNED: "planned", rules.HELD: "held", rules.CONFIRMED: "confirmed", rules.CORRECTION: "correction"}[status]


def _answers(questions, answers: dict, language: str, st, prep) -> list:
    parts = []
    for number, q in enumerate(questions, start=1):
        parts.append(Paragraph(f"{number}. {text(q.text)}", question_style()))
        value = answers.get(q.key, "")
        if q.type == rules.TEXT:
            shown = text(value) if value else f"<i>{escape(words(language)['no_answer'])}</i>"
            parts.append(Paragraph(shown, st["body"]))  # a Paragraph splits across pages, so long answers flow on
        else:
            parts.append(choice_table(choices(q, language, value), WIDTH, st["body"]))
        if prep is not None and prep[0].get(q.key):
            parts.append(Paragraph(f"{escape(prep[2])}: {text(prep[0][q.key])}", prep[1]))
        parts.append(Spacer(1, 3 * mm))
    return parts


def _actions(paper, w: dict) -> list:
    regular, bold = register_fonts()
    st = house_styles()
    rows = [[w["what"], w["who"], w["when"], w["status"]]]
    rows += [[Paragraph(text(a.what), st["body"]), Paragraph(text(a.who), st["body"]), a.due_on.strftime("%d-%m-%Y"),
              w.get(a.status, a.status)] for a in paper.actions]
    rows += [["", "", "", ""]] * (2 if paper.actions else 4)  # room to add one by hand
    t = Table(rows, colWidths=[WIDTH * 0.46, WIDTH * 0.2, WIDTH * 0.19, WIDTH * 0.15], repeatRows=1,
              rowHeights=[None] * (len(rows) - (2 if paper.actions else 4)) + [10 * mm] * (2 if paper.actions else 4))
    t.setStyle(table_style_rows(regular, bold))
    return [section_title(w["agreements"]), t]


def _goals(paper, w: dict, st) -> list:
    if not paper.goals:
        return []
    lines = []
    for goal in paper.goals:
        target = f" — {escape(goal.task_name)}: {w['level']} {goal.target_level}" if goal.task_id else ""
        until = f" ({goal.target_date.strftime('%d-%m-%Y')})" if goal.target_date else ""
        lines.append(Paragraph(f"• {text(goal.title)}{target}{until}", st["body"]))
    return [section_title(w["plan"])] + lines


def _history(paper, w: dict, st) -> list:
    shown = [e for e in paper.events if e.kind in ("held", "confirmed", "correction", "reopened")]
    if not shown:
        return []
    lines = []
    for e in shown:
        at = as_utc(e.at).astimezone().strftime("%d-%m-%Y %H:%M")
        note = f": {text(e.note)}" if e.note else ""
        lines.append(Paragraph(f"{at} · {escape(w.get(e.kind, e.kind))} · {escape(e.by)}{note}", st["small"]))
    return [section_title(w["history"])] + lines
