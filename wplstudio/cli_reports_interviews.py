"""`wplstudio report interview-form --guide NAME [--employee NAME]` and
`wplstudio report interview --id N`: the interview papers, through the same services
as the GUI (as the owner: the command line runs with the file's full rights)."""

from __future__ import annotations

from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.i18n import translate


def interview_form(args, db) -> int:
    from wplstudio.reports import interview_form_pdf
    from wplstudio.services import interview_print

    if not args.guide:
        raise WplError(QT_TRANSLATE_NOOP("errors", "Name the guide: --guide NAME (for example --guide Ontwikkelgesprek)."))
    form = interview_print.blank_form(db, SYSTEM, args.guide, args.employee, args.date)
    interview_form_pdf.render(form, args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def interview(args, db) -> int:
    from wplstudio.reports import interview_pdf
    from wplstudio.services import interview_print

    if not args.id:
        raise WplError(QT_TRANSLATE_NOOP("errors", "Name the interview: --id N (the number is in the Development interviews area)."))
    interview_pdf.render(interview_print.held_interview(db, SYSTEM, args.id), args.out)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


def add_arguments(rep) -> None:
    from datetime import date

    rep.add_argument("--guide", help="the interview guide's name (interview-form)")
    rep.add_argument("--employee", help="fill in this employee's name and function (interview-form)")
    rep.add_argument("--date", type=date.fromisoformat, help="fill in this date, YYYY-MM-DD (interview-form)")
