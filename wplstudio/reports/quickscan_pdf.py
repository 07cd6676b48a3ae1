"""The quickscan result on paper (A4): the conclusion, the radar chart, factor by factor
what it means and a suggested next step, where respondents see it differently, and the
basic conditions with attention points. render(data, out) with data a services.quickscan_print.QuickscanPrint."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from wplstudio.charts import quickscan as charts
from wplstudio.domain import quickscan as qs
from wplstudio.domain.numbers import decimal_text
from wplstudio.i18n import current, translate
from wplstudio.reports.common import printed_on
from wplstudio.reports.pdf_parts import build, figure_image, house_styles, table
from wplstudio.services.quickscan_print import QuickscanPrint


def render(data: QuickscanPrint, out: Path) -> Path:
    lang, st = current(), house_styles()
    scan = data.scan
    heading = scan.title if scan.title.casefold().startswith("quickscan") else translate("reports", "Quickscan: {title}").format(title=scan.title)
    story = [Paragraph(escape(heading), st["title"]),
             Paragraph(escape(translate("reports", "{company} · held on {date} · {n} respondent(s)").format(
                 company=data.company, date=scan.held_on.strftime("%d-%m-%Y"), n=len(scan.respondents))), st["body"])]
    if scan.is_draft:
        story.append(Paragraph(escape(translate("reports", "DRAFT: not every question has been answered yet.")), st["h2"]))
    story += _conclusion(scan, lang, st)
    story.append(Paragraph(escape(_thresholds_text(lang)), st["small"]))
    story.append(figure_image(charts.radar(scan, (7.5, 6.2)), 150))
    story += _factors(scan, lang, st)
    story += _differences(scan, lang, st)
    story += _conditions(scan, lang, st)
    if data.earlier:
        story += [Paragraph(escape(translate("reports", "Compared with earlier scans")), st["h2"]),
                  _comparison(data.earlier + [scan], st), Spacer(1, 4 * mm),
                  figure_image(charts.radar_over_time(data.earlier + [scan], (7.5, 6.2)), 130)]
    return build(out, story, _foot(scan.title), scan.title)


def _foot(title: str) -> str:
    """A title like "Quickscan 2026" already says what it is; another one gets the word in front."""
    if "quickscan" in title.lower():
        return translate("reports", "{title} — printed {date}").format(title=title, date=printed_on())
    return translate("reports", "Quickscan {title} — printed {date}").format(title=title, date=printed_on())


def _conclusion(scan, lang: str, st) -> list:
    result = scan.result
    if result.conclusion is None:
        return [Paragraph(escape(translate("reports", "No respondent has answered every question yet, so there is no total.")), st["body"])]
    colour = colors.HexColor(qs.CONCLUSION_COLOUR[result.conclusion])
    text = translate("reports", "Total {total} of 40: {conclusion}").format(
        total=_number(result.total), conclusion=qs.CONCLUSIONS[result.conclusion].in_(lang))
    box = Table([[Paragraph(f'<font color="white"><b>{escape(text)}</b></font>', st["body"])]], colWidths=[178 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    groups = translate("reports", "Directly involved factors: mean {direct}. Factors bound to the organisation: mean {organisation}.").format(
        direct=_number(result.direct_mean), organisation=_number(result.organisation_mean))
    return [Spacer(1, 3 * mm), box, Spacer(1, 2 * mm), Paragraph(escape(groups), st["body"])]


def _number(value) -> str:
    return decimal_text(value, current())


def _factors(scan, lang: str, st) -> list:
    head = [translate("reports", "Factor"), translate("reports", "Mean")] + [_short(p.name) for p in scan.respondents]
    rows, extra = [head], []
    for r, f in enumerate(scan.result.factors, start=1):
        rows.append([Paragraph(escape(qs.factor(f.key).title.in_(lang)), st["body"]), _number(f.mean)]
                    + [str(s) if s is not None else "–" for s in f.scores])
        if f.attention:
            extra.append(("BACKGROUND", (1, r), (1, r), colors.HexColor("#f8d0d0")))
        if f.differs:
            extra.append(("BOX", (2, r), (-1, r), 1.2, colors.HexColor("#e07b00")))
    width = max(10, min(18, 110 / max(1, len(scan.respondents))))
    story = [Paragraph(escape(translate("reports", "Factor by factor")), st["h2"]),
             table(rows, [52, 14] + [width] * len(scan.respondents), extra),
             Paragraph(escape(translate("reports", "Red: an attention point (mean below 2.5). Orange frame: respondents differ by two or more answers.")), st["small"])]
    for f in scan.result.factors:
        factor = qs.factor(f.key)
        label = translate("reports", "attention point") if f.attention else translate("reports", "in order")
        story.append(Paragraph(f"<b>{escape(factor.title.in_(lang))}</b> ({escape(_number(f.mean))}, {escape(label)})", st["body"]))
        story.append(Paragraph(escape(factor.question.in_(lang)), st["small"]))
        if f.attention or f.mean < 3:
            story.append(Paragraph(escape(factor.meaning.in_(lang)), st["body"]))
            story.append(Paragraph("→ " + escape(factor.next_step.in_(lang)), st["body"]))
        story.append(Spacer(1, 2 * mm))
    return story


def _short(name: str) -> str:
    return name if len(name) <= 10 else name.split()[0][:10]


def _differences(scan, lang: str, st) -> list:
    differing = [f for f in scan.result.factors if f.differs]
    story = [Paragraph(escape(translate("reports", "Where the respondents differ")), st["h2"])]
    if not differing:
        return story + [Paragraph(escape(translate("reports", "The respondents see every factor about the same way.")), st["body"])]
    for f in differing:
        low = [p.name for p, s in zip(scan.respondents, f.scores) if s == f.low]
        high = [p.name for p, s in zip(scan.respondents, f.scores) if s == f.high]
        story.append(Paragraph(escape(translate("reports", "{factor}: {high} answered {hs}, {low} answered {ls}. Talk about why.").format(
            factor=qs.factor(f.key).title.in_(lang), high=", ".join(high), hs=_answer(f.high, lang),
            low=", ".join(low), ls=_answer(f.low, lang))), st["body"]))
    return story


def _answer(score: int, lang: str) -> str:
    return f"{score} ({qs.ANSWERS[score - 1].label.in_(lang).lower()})"


def _conditions(scan, lang: str, st) -> list:
    story = [Paragraph(escape(translate("reports", "Basic conditions")), st["h2"])]
    rows = [[translate("reports", "Condition"), translate("reports", "Mean (1-3)"), translate("reports", "Attention point")]]
    for c in scan.result.conditions:
        condition = qs.condition(c.key)
        rows.append([Paragraph(escape(condition.title.in_(lang)), st["body"]), _number(c.mean),
                     Paragraph(escape(condition.attention.in_(lang)) if c.attention else "✓", st["body"])])
    return story + [table(rows, [45, 20, 113])]


def _comparison(scans: list, st) -> Table:
    rows = [[translate("reports", "Scan"), translate("reports", "Date"), translate("reports", "Respondents"),
             translate("reports", "Total"), translate("reports", "Conclusion")]]
    for s in scans:
        conclusion = qs.CONCLUSIONS[s.result.conclusion].in_(current()).split(":")[0] if s.result.conclusion else "-"
        rows.append([s.title, s.held_on.strftime("%d-%m-%Y"), str(len(s.respondents)), _number(s.result.total),
                     Paragraph(escape(conclusion), st["small"])])
    return table(rows, [40, 22, 24, 16, 76])


def _thresholds_text(lang: str) -> str:
    parts = [f"{low}–{high}: {qs.CONCLUSIONS[key].in_(lang)}" for (low, key), high in
             zip(qs.THRESHOLDS, [t[0] - 1 for t in qs.THRESHOLDS[1:]] + [40])]
    return translate("reports", "How the total is read (answers 1-4 on ten factors; the scan's total is the mean of the respondents' totals): ") + " · ".join(parts)
