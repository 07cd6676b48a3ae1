"""`wplstudio report onboarding --employee NAME` (the progress card) and
`wplstudio report certificate --employee NAME`, through the same services as the GUI
(as the owner: the command line runs with the file's full rights)."""

from __future__ import annotations

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate


def _trajectory(args, db) -> int:
    from wplstudio.services import onboarding_report

    if not args.employee:
        raise WplError(QT_TRANSLATE_NOOP("errors", "Name the trainee: --employee NAME (for example --employee \"Daan Bakker\")."))
    return onboarding_report.find_trajectory(db, SYSTEM, args.employee)


def progress_card(args, db) -> int:
    from wplstudio.reports import onboarding_pdf
    from wplstudio.services import onboarding_report

    onboarding_pdf.render(onboarding_report.progress_card(db, SYSTEM, _trajectory(args, db)), args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def certificate(args, db) -> int:
    from wplstudio.reports import certificate_pdf
    from wplstudio.services import onboarding_report

    certificate_pdf.render(onboarding_report.certificate(db, SYSTEM, _trajectory(args, db)), args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0
