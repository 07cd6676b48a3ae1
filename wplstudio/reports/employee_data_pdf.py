"""Everything wplstudio keeps about one employee, to hand to them (AVG right of access)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate
from wplstudio.reports.common import LIGHT, NAVY, footer, printed_on, styles
from wplstudio.services.privacy import EmployeeExport

SECTION_TITLES = {
    "employees": QT_TRANSLATE_NOOP("reports", "Personal details"),
    "users": QT_TRANSLATE_NOOP("reports", "Account"),
    "audit_log": QT_TRANSLATE_NOOP("reports", "Changes made to your record"),
}
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("reports", "number"),
    "first_name": QT_TRANSLATE_NOOP("reports", "first name"),
    "prefix": QT_TRANSLATE_NOOP("reports", "prefix"),
    "last_name": QT_TRANSLATE_NOOP("reports", "last name"),
    "team_id": QT_TRANSLATE_NOOP("reports", "team (number)"),
    "function_id": QT_TRANSLATE_NOOP("reports", "function (number)"),
    "team": QT_TRANSLATE_NOOP("reports", "team"),
    "function": QT_TRANSLATE_NOOP("reports", "function"),
    "start_date": QT_TRANSLATE_NOOP("reports", "start date"),
    "end_date": QT_TRANSLATE_NOOP("reports", "end date"),
    "education": QT_TRANSLATE_NOOP("reports", "education"),
    "version": QT_TRANSLATE_NOOP("reports", "times changed"),
    "updated_at": QT_TRANSLATE_NOOP("reports", "last changed"),
    "updated_by": QT_TRANSLATE_NOOP("reports", "last changed by"),
    "username": QT_TRANSLATE_NOOP("reports", "user name"),
    "role": QT_TRANSLATE_NOOP("reports", "role"),
    "password_hash": QT_TRANSLATE_NOOP("reports", "password"),
    "pin_hash": QT_TRANSLATE_NOOP("reports", "PIN"),
    "at": QT_TRANSLATE_NOOP("reports", "when"),
    "by": QT_TRANSLATE_NOOP("reports", "by"),
    "action": QT_TRANSLATE_NOOP("reports", "what"),
    "before": QT_TRANSLATE_NOOP("reports", "before"),
    "after": QT_TRANSLATE_NOOP("reports", "after"),
}


def render(export: EmployeeExport, name: str, company: str, out: Path) -> Path:
    st = styles()
    story = [Paragraph(escape(translate("reports", "Everything we keep about {name}").format(name=name)), st["title"]),
             Paragraph(escape(translate("reports", "{company}, made on {date}. Tables that hold nothing about you are left out.").format(
                 company=company, date=printed_on())), st["body"])]
    for section, rows in export.sections.items():
        if rows:
            story += _section(section, rows, st)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title=translate("reports", "Personal data"), author="wplstudio")
    page = footer(translate("reports", "Personal data of {name} — confidential").format(name=name))
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out


def _section(section: str, rows: list[dict], st) -> list:
    title = translate("reports", SECTION_TITLES.get(section, section))
    parts = [Paragraph(escape(title), st["h2"])]
    for row in rows:
        parts += [_table(row, st), Spacer(1, 3 * mm)]
    return parts


def _table(row: dict, st) -> Table:
    data = [[Paragraph(escape(_label(k)), st["small"]), Paragraph(escape(_show(v)), st["body"])] for k, v in row.items()]
    table = Table(data, colWidths=[45 * mm, 125 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), LIGHT), ("TEXTCOLOR", (0, 0), (0, -1), NAVY),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.25, LIGHT)]))
    return table


def _label(column: str) -> str:
    return translate("reports", FIELD_LABELS[column]) if column in FIELD_LABELS else column.replace("_", " ")


def _show(value) -> str:
    if value is None or value == "":
        return "—"
    text = str(value)
    moment = _ISO.fullmatch(text)
    if moment:  # the JSON keeps ISO dates for machines; people read 31-03-2024 14:05
        year, month, day, clock = moment.groups()
        return f"{day}-{month}-{year}" + (f" {clock}" if clock else "")
    return text


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})[\d:.+]*)?")
