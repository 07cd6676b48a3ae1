"""The progress card of one onboarding trajectory: modules with planned dates and status,
both signatures (and revocations), the open steps, the planned-against-actual chart and
the modules' pictures. A4 portrait, for the trainee's folder and the progress talk."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table
from xml.sax.saxutils import escape

from wplstudio.domain import onboarding as rules
from wplstudio.i18n import translate
from wplstudio.reports.common import printed_on
from wplstudio.reports.pdf_parts import build, house_styles, table

STATUS_COLOURS = {rules.SIGNED: "#2e7d32", rules.READY: "#1565c0", rules.BUSY: "#e07b00", rules.OPEN: "#5f6b77"}


def render(card, out: Path) -> Path:
    st = house_styles()
    d = card.detail
    row = d.row
    story = [Paragraph(escape(translate("reports", "Onboarding progress card")), st["title"]),
             Paragraph(escape(translate("reports", "{trainee} · {program} · mentor {mentor} · started {start} · {percent}% done").format(
                 trainee=row.trainee_name, program=row.program_name, mentor=row.mentor_name or "-",
                 start=row.start_date.strftime("%d-%m-%Y"), percent=row.percent)), st["body"]), Spacer(1, 3 * mm)]
    story.append(_modules_table(d, st))
    story += _revocations(d, st)
    story += _open_steps(d, st)
    from wplstudio.charts.onboarding import planned_vs_actual

    story += [Spacer(1, 4 * mm), _chart(planned_vs_actual(d.curve, len(d.modules), card.today, (8, 3.2)), 175)]
    story += _talks(d, st)
    story += _pictures(d, card.images, st)
    foot = translate("reports", "{company} · progress card {trainee} · printed {when}").format(
        company=card.company, trainee=row.trainee_name, when=printed_on())
    return build(out, story, foot, translate("reports", "Onboarding progress card"))


def _chart(figure, width_mm: float) -> Image:
    """Like pdf_parts.figure_image, at 110 dpi: sharp enough on paper, and the card stays under half a second."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    buffer.seek(0)
    w, h = figure.get_size_inches()
    return Image(buffer, width=width_mm * mm, height=width_mm * mm * h / w)


def _signature_text(module, role: str) -> str:
    sig = module.current(role)
    return f"{sig.signer_name}\n{sig.at.astimezone().strftime('%d-%m-%y %H:%M')}" if sig else "-"


def _modules_table(d, st) -> Table:
    head = [translate("reports", "#"), translate("reports", "Module"), translate("reports", "Planned"), translate("reports", "Status"),
            translate("reports", "Trainee"), translate("reports", "Mentor")]
    rows, extra = [head], []
    for n, m in enumerate(d.modules, 1):
        status = translate("onboarding", rules.STATUS_TITLES[m.status]) + (" · " + translate("reports", "overdue") if m.overdue else "")
        result = m.current(rules.MENTOR).result if m.current(rules.MENTOR) else ""
        title = Paragraph(escape(m.module.title) + (f"<br/><font size=7>{escape(result)}</font>" if result else ""), st["body"])
        rows.append([str(n), title, m.planned.strftime("%d-%m-%Y"), status, _signature_text(m, rules.TRAINEE), _signature_text(m, rules.MENTOR)])
        extra.append(("TEXTCOLOR", (3, n), (3, n), colors.HexColor("#c62828" if m.overdue else STATUS_COLOURS[m.status])))
    return table(rows, [7, 56, 20, 27, 34, 34], extra)


def _revocations(d, st) -> list:
    lines = [translate("reports", "{module}: signature of round {round} revoked by {by} on {when}. Reason: {reason}").format(
        module=m.module.title, round=r.round, by=r.by, when=r.at.astimezone().strftime("%d-%m-%Y"), reason=r.reason or "-")
        for m in d.modules for r in m.revocations]
    if not lines:
        return []
    return [Paragraph(escape(translate("reports", "Revoked sign-offs")), st["h2"])] + [Paragraph(escape(t), st["small"]) for t in lines]


def _open_steps(d, st) -> list:
    items = []
    for m in d.modules:
        if m.status == rules.SIGNED:
            continue
        todo = [text for a, text in m.module.assignments if a not in m.ticked]
        if todo:
            items.append(Paragraph(f"<b>{escape(m.module.title)}</b>: " + escape("; ".join(todo)), st["body"]))
        elif m.status == rules.READY:
            items.append(Paragraph(f"<b>{escape(m.module.title)}</b>: " + escape(translate("reports", "ready to sign")), st["body"]))
    if not items:
        return []
    return [Paragraph(escape(translate("reports", "Open steps")), st["h2"])] + items


def _talks(d, st) -> list:
    if not d.talks and not d.row.status == rules.ACTIVE:
        return []
    out = [Paragraph(escape(translate("reports", "Progress talks")), st["h2"])]
    for t in d.talks:
        out.append(Paragraph(escape(f"{t.held_on.strftime('%d-%m-%Y')} ({t.by}): {t.notes}  →  {t.next_steps}"), st["small"]))
    if d.row.status == rules.ACTIVE:
        out.append(Paragraph(escape(translate("reports", "Next talk: {when}").format(when=d.row.next_talk.strftime("%d-%m-%Y"))), st["body"]))
    return out


def _pictures(d, images: dict, st) -> list:
    out = []
    for m in d.modules:
        pictures = images.get(m.module.id, [])[:4]
        if not pictures:
            continue
        cells = [_picture(data, caption, st) for data, caption in pictures]
        out.append(KeepTogether([Paragraph(escape(m.module.title), st["body"]), Table([cells], hAlign="LEFT"), Spacer(1, 2 * mm)]))
    if not out:
        return []
    return [KeepTogether([Paragraph(escape(translate("reports", "Pictures")), st["h2"]), out[0]])] + out[1:]


def _picture(data: bytes, caption: str, st):
    from reportlab.lib.utils import ImageReader

    reader = ImageReader(io.BytesIO(data))
    w, h = reader.getSize()
    height = 32 * mm
    width = min(height * w / max(h, 1), 60 * mm)
    return [Image(io.BytesIO(data), width=width, height=width * h / max(w, 1)), Paragraph(escape(caption), st["small"])]
