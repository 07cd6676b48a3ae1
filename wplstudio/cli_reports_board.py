"""`wplstudio report board --week YYYY-Www --out FILE.pdf [--paper A3|A4]`: the week plan
on paper, through the same service as the board on screen."""

from __future__ import annotations

from wplstudio.domain.actor import SYSTEM
from wplstudio.i18n import translate


def add_arguments(parser) -> None:
    parser.add_argument("--week", help="the week of the board report, as YYYY-Www (default this week)")


def board_report(args, db) -> int:
    from wplstudio.domain.board import parse_week
    from wplstudio.domain.permissions import require
    from wplstudio.reports import board_pdf
    from wplstudio.services import board, company

    require(SYSTEM, "board", "print")
    monday = parse_week(args.week) if getattr(args, "week", None) else board.this_week()
    week = board.load_week(db, SYSTEM, monday)
    board_pdf.render(week, args.out, args.paper, company.get_company(db, SYSTEM).name)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0
