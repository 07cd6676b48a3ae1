"""`wplstudio audit`: read, export and verify the audit trail from the command line,
through the same services as the GUI. The command line acts as the owner (SYSTEM)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.audit_policy import POLICIES
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate


def add_parser(sub) -> None:
    audit = sub.add_parser("audit", help="show, export or verify the audit trail (newest first)")
    audit.add_argument("--from", dest="date_from", metavar="DATE", help="from this day (YYYY-MM-DD or DD-MM-YYYY)")
    audit.add_argument("--to", dest="date_to", metavar="DATE", help="up to and including this day")
    audit.add_argument("--who", default="", metavar="NAME", help="part of the name of who made the change")
    audit.add_argument("--entity", default="", metavar="E", help="kind of record: " + ", ".join(POLICIES))
    audit.add_argument("--action", default="", metavar="A", help="create, update, delete, ...")
    audit.add_argument("--search", default="", metavar="TEXT", help="part of the record's id")
    audit.add_argument("--limit", type=int, default=50, help="how many entries to show (default 50)")
    audit.add_argument("--export", type=Path, metavar="FILE.csv|FILE.json", help="write the matching entries to a file")
    audit.add_argument("--verify", action="store_true", help="check the hash chain; exit code 1 when it is broken")


def run(args, db) -> int:
    filters = _filters(args)
    code = 0
    if args.verify:
        code = _verify(db)
    if args.export:
        _export(db, filters, args.export)
    if not args.verify and not args.export:
        _show(db, filters, args.limit)
    return code


def _filters(args):
    from wplstudio.services.audit_entries import AuditFilter

    entity = args.entity
    if entity and entity not in POLICIES and entity + "s" in POLICIES:
        entity += "s"  # "employee" means "employees"
    return AuditFilter(date_from=_day(args.date_from), date_to=_day(args.date_to), who=args.who, entity=entity,
                       action=args.action, search=args.search)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            pass
    raise WplError(QT_TRANSLATE_NOOP("errors", "{text} is not a date. Write it as 2026-03-31 or 31-03-2026."), text=text)


def _verify(db) -> int:
    from wplstudio.services import audit
    from wplstudio.ui.pages.audit.describe import report_text

    report = audit.verify(db)
    print(report_text(report)[0])
    return 0 if report.ok else 1


def _export(db, filters, path: Path) -> None:
    from wplstudio.services.audit_export import export_entries

    count = export_entries(db, SYSTEM, filters, path)
    print(translate("cli", "{n} entries written to {file}.").format(n=count, file=str(path)))


def _show(db, filters, limit: int) -> None:
    from wplstudio.services import audit_entries
    from wplstudio.ui.pages.audit import describe

    total = audit_entries.count_entries(db, SYSTEM, filters)
    for row in audit_entries.list_entries(db, SYSTEM, filters, limit=max(limit, 0)):
        print(f"{row.id:>6}  {describe.when_text(row)}  {row.actor:<14}  {describe.action_text(row.action):<9}  "
              f"{describe.entity_text(row.entity):<10}  {describe.record_text(row)}  {describe.changes_text(row)}")
    print(translate("cli", "{shown} of {total} entries shown, newest first.").format(shown=min(max(limit, 0), total), total=total))
