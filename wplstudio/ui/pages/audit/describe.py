"""Audit entries as the owner reads them: "team: Plaatbewerking → Lassen"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale

from wplstudio.domain.audit_policy import ACTIONS, MARKERS, policy_for
from wplstudio.i18n import translate
from wplstudio.services.audit import PROBLEM_TEXT, AuditReport
from wplstudio.services.audit_entries import AuditRow, Change

SHORT = 60  # characters of one value in the table; the details below show it whole
CODE_FIELDS = {"status", "how", "kind", "origin", "source", "role", "side", "family"}  # values that are codes, not people's text


def action_text(action: str) -> str:
    return translate("audit", ACTIONS[action]) if action in ACTIONS else action


def entity_text(entity: str) -> str:
    policy = policy_for(entity)
    return translate("audit", policy.title) if policy else entity


def when_text(row: AuditRow, seconds: bool = False) -> str:
    """On the person's own clock; the trail stores UTC."""
    return row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")


def record_text(row: AuditRow) -> str:
    if row.entity == "settings":
        return row.entity_id
    return f"{row.subject} (#{row.entity_id})" if row.subject else f"#{row.entity_id}"


def field_text(name: str) -> str:
    """first_name -> "first name", team_id -> "team"; translated where the "fields" context knows it."""
    words = name.removesuffix("_id").replace("_", " ")
    return translate("fields", words)


def value_text(value, short: bool = False) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("audit", "yes") if value else translate("audit", "no")
    if value == "":
        return translate("audit", "(empty)")
    if isinstance(value, str) and value in MARKERS:
        return translate("audit", value)
    text = " ".join(str(value).split())
    return text[:SHORT - 1] + "…" if short and len(text) > SHORT else text


def change_text(change: Change, short: bool = True) -> str:
    def shown(value) -> str:
        return code_text(value) if change.field in CODE_FIELDS else value_text(value, short)

    if change.before is None and change.after is not None:
        return f"{field_text(change.field)}: {shown(change.after)}"
    if change.after is None and change.before is not None:
        return f"{field_text(change.field)}: {shown(change.before)}"
    if change.before == change.after:  # a hidden value on both sides: only that it was changed
        return f"{field_text(change.field)}: {shown(change.after)}"
    return f"{field_text(change.field)}: {shown(change.before)} → {shown(change.after)}"


def code_text(value) -> str:
    """A stored code ("on_the_job", "planned") in words, translated where the "values" context knows it."""
    if isinstance(value, str) and value and value not in MARKERS and value.replace("_", "").isalpha():
        return translate("values", value.replace("_", " "))
    return value_text(value, short=True)


def changes_text(row: AuditRow) -> str:
    """One line; what is readable first, the hidden fields ("first name: (changed)") after it."""
    def hidden(change: Change) -> bool:
        return any(isinstance(v, str) and v in MARKERS for v in (change.before, change.after))

    return "; ".join(change_text(c) for c in sorted(row.changes, key=hidden))


def details_html(row: AuditRow) -> str:
    """The selected entry in full, one field per line."""
    head = translate("audit", "{when} · {who} · {action} {what} {record}").format(
        when=when_text(row, seconds=True), who=row.actor,
        action=action_text(row.action), what=entity_text(row.entity).lower(), record=record_text(row))
    lines = [f"<b>{escape(head)}</b>"]
    lines += [escape(change_text(c, short=False)) for c in row.changes]
    return "<br>".join(lines)


def report_text(report: AuditReport | None, failed: bool = False) -> tuple[str, str]:
    """The chain status line and its colour."""
    if failed:
        return translate("audit", "The audit trail could not be checked. Try again later."), "#8a5a00"
    if report is None:
        return translate("audit", "Checking the audit trail…"), "#4a4a4a"
    count = QLocale().toString(report.checked)
    if report.ok:
        return translate("audit", "Audit trail checked: {n} entries, intact.").format(n=count), "#1b7f3b"
    problem = translate("audit", PROBLEM_TEXT[report.problem]).format(id=report.broken_id)
    return translate("audit", "Audit trail NOT intact: {problem}").format(problem=problem), "#b00020"
