"""The interview figures of `wplstudio bench`: a blank form PDF, a held interview PDF, and the
due/overdue overview (the cycle and the open actions) for the whole company with years of talks."""

from __future__ import annotations

import shutil
from pathlib import Path

from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target

YEARS = 5


def bench_interviews(path: Path, folder: Path, rounds: int) -> list:
    from wplstudio.bench import Figure, timed
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.reports import interview_form_pdf, interview_pdf
    from wplstudio.services import interview_cycle, interview_plan, interview_print, synthetic_interviews

    copy = folder / "bench-interviews.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    counter = iter(range(100_000))
    try:
        newest = synthetic_interviews.add_interviews(db, YEARS)
        blank = timed(lambda: interview_form_pdf.render(interview_print.blank_form(db, SYSTEM, "Ontwikkelgesprek"),
                                                        folder / f"form-{next(counter)}.pdf"), rounds)
        held = timed(lambda: interview_pdf.render(interview_print.held_interview(db, SYSTEM, newest),
                                                  folder / f"interview-{next(counter)}.pdf"), rounds)
        overview = timed(lambda: (interview_cycle.cycle_overview(db, SYSTEM), interview_plan.actions_overview(db, SYSTEM)),
                         rounds * 4)
    finally:
        db.close()
    return [Figure("interview-form-pdf", "a blank interview form as PDF (the development interview guide)", blank, 0.3, rounds),
            Figure("interview-pdf", "a held interview as PDF, with answers, agreements and plan", held, 0.5, rounds),
            Figure("interview-overview", f"who is due or overdue, and the open actions: the whole company, {YEARS} years of interviews",
                   overview, 0.1, rounds * 4)]
