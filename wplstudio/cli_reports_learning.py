"""`wplstudio report quickscan --id N` and `wplstudio report year --year YYYY`: the
quickscan result and the owner's year report as PDF, through the same services as the GUI."""

from __future__ import annotations

from datetime import date

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate


def quickscan_report(args, db) -> int:
    from wplstudio.reports import quickscan_pdf
    from wplstudio.services import quickscan_print

    if not args.id:
        raise WplError(QT_TRANSLATE_NOOP("errors", "Name the scan: --id N (the list of scans is in the Quickscan area)."))
    quickscan_pdf.render(quickscan_print.gather(db, SYSTEM, args.id), args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def year_report(args, db) -> int:
    from wplstudio.reports import year_pdf
    from wplstudio.services import year_report as gather

    year = args.year or date.today().year
    year_pdf.render(gather.gather(db, SYSTEM, year), args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0
