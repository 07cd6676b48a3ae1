"""`wplstudio privacy ...`: the AVG from the command line, through the same services as the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path

from wplstudio.domain.actor import SYSTEM
from wplstudio.i18n import translate


def add_parser(sub) -> None:
    privacy = sub.add_parser("privacy", help="AVG: export, anonymise, retention")
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="everything about one employee, as .json (for machines) or .pdf (to read)")
    export.add_argument("employee_id", type=int)
    export.add_argument("--out", type=Path, required=True)
    anonymise = actions.add_parser("anonymise", help="replace who someone was by a number (only for people who left)")
    anonymise.add_argument("employee_id", type=int)
    actions.add_parser("due", help="people whose personal data is past the retention period")
    retention = actions.add_parser("retention", help="show or set the retention period in months")
    retention.add_argument("months", type=int, nargs="?")
    for child in actions.choices.values():
        child.add_argument("--database", default=argparse.SUPPRESS, metavar="PATH|URL")
        child.add_argument("--lang", choices=("nl", "en"), default=argparse.SUPPRESS)


def run(args, db) -> int:
    return {"export": _export, "anonymise": _anonymise, "due": _due, "retention": _retention}[args.privacy_action](args, db)


def _export(args, db) -> int:
    from wplstudio.services import company, people, privacy

    data = privacy.export_employee(db, SYSTEM, args.employee_id)
    from wplstudio.cli_output import refuse_unwritable

    refuse_unwritable(args.out)
    if args.out.suffix.lower() == ".pdf":
        from wplstudio.reports import employee_data_pdf

        name = people.get_employee(db, SYSTEM, args.employee_id).full_name
        employee_data_pdf.render(data, name, company.get_company(db, SYSTEM).name, args.out)
    else:
        args.out.write_text(data.as_json(), encoding="utf-8")
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def _anonymise(args, db) -> int:
    from wplstudio.services import privacy

    privacy.anonymise_employee(db, SYSTEM, args.employee_id)
    print(translate("cli", "Employee {id} is anonymised.").format(id=args.employee_id))
    return 0


def _due(args, db) -> int:
    from wplstudio.services import privacy

    items = privacy.due_for_erasure(db, SYSTEM)
    for item in items:
        print(translate("cli", "{id}\t{name}\tleft {left}\tdue since {due}").format(
            id=item.employee_id, name=item.name, left=item.left_on.strftime("%d-%m-%Y"), due=item.due_since.strftime("%d-%m-%Y")))
    if not items:
        print(translate("cli", "Nobody is past the retention period."))
    return 0


def _retention(args, db) -> int:
    from wplstudio.services import privacy

    months = privacy.set_retention_months(db, SYSTEM, args.months) if args.months is not None else privacy.retention_months(db)
    print(translate("cli", "Retention period: {months} months after leaving.").format(months=months))
    return 0
