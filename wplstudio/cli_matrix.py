"""`wplstudio import-matrix`, `export-matrix` and `report KIND`: the matrix from and to
Excel and the wall print, through the same services as the GUI.

Report kinds live in REPORTS; another area adds its own (board, quickscan,
interview) with one line there and a function that writes the file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from wplstudio.cli_output import refuse_unwritable
from wplstudio.domain.actor import SYSTEM
from wplstudio.i18n import translate

LETTERS = "-ILUO"
SHOWN_CHANGES = 100  # the rest on request (--all): a first import of a whole company changes thousands of cells


def add_parser(sub) -> None:
    imp = sub.add_parser("import-matrix", help="read a deployability matrix from an Excel sheet (.xlsx)")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change; change nothing")
    imp.add_argument("--create-missing", action="store_true", help="create the employees, teams and tasks the database does not know yet")
    imp.add_argument("--sheet", help="the sheet to read (default: the one holding the largest matrix)")
    imp.add_argument("--all", action="store_true", help=f"list every change (default: the first {SHOWN_CHANGES})")
    exp = sub.add_parser("export-matrix", help="write the deployability matrix to an Excel file (.xlsx)")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.add_argument("--team", help="only this team")
    rep = sub.add_parser("report", help="write a report as PDF: " + ", ".join(REPORTS))
    rep.add_argument("kind", choices=list(REPORTS), metavar="KIND", help="which report: " + ", ".join(REPORTS))
    rep.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    rep.add_argument("--team", help="only this team (matrix)")
    rep.add_argument("--paper", choices=("A3", "A4"), default="A3", help="paper size, landscape (default A3, for the wall)")
    rep.add_argument("--id", type=int, help="the scan's number (quickscan)")
    rep.add_argument("--year", type=int, help="the year (year report; default this year)")
    cli_reports_interviews.add_arguments(rep)  # --guide, --employee, --date (issue 6)
    cli_reports_board.add_arguments(rep)  # --week (issue 7)


def run(args, open_database: Callable) -> int:
    """open_database(writes: bool) opens the command's database (cli.py decides how)."""
    if args.command == "report":
        refuse_unwritable(args.out)  # every kind: never overwrite, and a missing folder said before any work
    db = open_database(args.command == "import-matrix")
    try:
        if args.command == "import-matrix":
            return _import(args, db)
        if args.command == "export-matrix":
            return _export(args, db)
        return REPORTS[args.kind](args, db)
    finally:
        db.close()


# --- import ------------------------------------------------------------------------

def _import(args, db) -> int:
    from wplstudio.services.excel import apply, preview

    found = preview.preview(db, SYSTEM, args.file, args.sheet, translate("import", preview.FALLBACK_CORE_TASK))
    for line in preview_lines(found, args.create_missing, args.all):
        print(line)
    if not found.can_apply:
        print(translate("cli", "Nothing was imported. Correct the cells above in Excel, save, and import again."))
        return 1
    if args.dry_run:
        print(translate("cli", "Dry run: nothing was changed."))
        return 0
    result = apply.apply(db, SYSTEM, found, args.create_missing, translate("import", apply.DEFAULT_NOTE).format(file=found.file))
    print(translate("cli", "Imported: {cells} cell(s) changed; {people} employee(s), {tasks} task(s), {teams} team(s) and {cores} core task(s) created.").format(
        cells=result.changed, people=result.people_created, tasks=result.tasks_created, teams=result.teams_created, cores=result.core_tasks_created))
    if result.extras:
        print(translate("cli", "Also imported: {n} certificate date(s), training target(s) and coverage target(s).").format(n=result.extras))
    return 0


def preview_lines(found, create_missing: bool, show_all: bool = False) -> list[str]:
    """The preview as lines of text, for the CLI (and a copy button in the GUI)."""
    lines = [translate("cli", "Sheet \"{sheet}\" of {file}: {people} employee(s) and {tasks} task(s) read; header {header}.").format(
        sheet=found.sheet, file=found.file, people=found.people_read, tasks=found.tasks_read, header=found.header_ref or "-")]
    lines += _section(translate("cli", "Skipped, and why:"), found.notes)
    lines += _section(translate("cli", "Cannot be read ({count}); nothing will be imported until these are corrected:").format(
        count=len(found.problems)), found.problems)
    lines += _unknown_lines(found, create_missing)
    lines += _change_lines(found, create_missing, show_all)
    lines += [extras_line(found)] if found.extras else []
    return lines


def extras_line(found) -> str:
    """The other sheets of an export: what changes beside the levels."""
    return translate("cli", "Beside the levels: {certificates} certificate date(s), {timetable} training target(s) and {coverage} coverage "
                            "target(s) change.").format(certificates=found.extra_count("certificates"),
                                                        timetable=found.extra_count("timetable"), coverage=found.extra_count("coverage"))


def _section(title: str, notes) -> list[str]:
    if not notes:
        return []
    return [title] + [f"  {n.ref}  {note_text(n)}" for n in notes]


def note_text(note) -> str:
    return translate("import", note.message).format(**note.params)


def _unknown_lines(found, create_missing: bool) -> list[str]:
    if not found.has_unknown:
        return []
    lines = [translate("cli", "Not in the database yet:")]
    for person in found.new_people:
        team = f" ({person.team})" if person.team else ""
        lines.append("  " + translate("cli", "employee {name}{team}, row {row}").format(name=person.name, team=team, row=person.row))
    for task in found.new_tasks:
        new = translate("cli", " (new core task)") if task.core_task_id is None else ""
        lines.append("  " + translate("cli", "task {name} under {core}{new}, {ref}").format(name=task.name, core=task.core_task, new=new, ref=task.ref))
    for team in found.new_teams:
        lines.append("  " + translate("cli", "team {name}").format(name=team))
    if create_missing:
        lines.append(translate("cli", "These will be created (--create-missing)."))
    else:
        lines.append(translate("cli", "Their cells are left out. Add --create-missing to create them."))
    return lines


def _change_lines(found, create_missing: bool, show_all: bool) -> list[str]:
    changes = found.changes_for(create_missing)
    lines = [translate("cli", "Changes: {count} cell(s); {same} cell(s) already as in the sheet.").format(count=len(changes), same=found.unchanged)]
    shown = changes if show_all else changes[:SHOWN_CHANGES]
    lines += [f"  {c.ref}  {c.person} · {c.task}: {LETTERS[c.old]} -> {LETTERS[c.new]}" for c in shown]
    if len(shown) < len(changes):
        lines.append("  " + translate("cli", "… and {count} more (--all lists them all)").format(count=len(changes) - len(shown)))
    return lines


# --- export and reports ----------------------------------------------------------------

def _export(args, db) -> int:
    from wplstudio.reports import matrix_xlsx
    from wplstudio.services import matrix_report

    refuse_unwritable(args.file)
    matrix_xlsx.render(matrix_report.for_export(db, SYSTEM, args.team), args.file)
    print(translate("cli", "Wrote {file}.").format(file=str(args.file)))
    return 0


def _matrix_report(args, db) -> int:
    from wplstudio.reports import matrix_pdf
    from wplstudio.services import matrix_report

    matrix_pdf.render(matrix_report.for_print(db, SYSTEM, args.team), args.out, args.paper)
    print(translate("cli", "Wrote {file}.").format(file=str(args.out)))
    return 0


# kind -> function(args, db) that writes args.out; the kinds of other areas join here.
REPORTS: dict[str, Callable[[argparse.Namespace, object], int]] = {"matrix": _matrix_report}
from wplstudio import cli_reports_learning  # noqa: E402 - quickscan and year report (issue 8)

REPORTS.update({"quickscan": cli_reports_learning.quickscan_report, "year": cli_reports_learning.year_report})
from wplstudio import cli_reports_interviews  # noqa: E402 - the interview papers (issue 6)

REPORTS.update({"interview-form": cli_reports_interviews.interview_form, "interview": cli_reports_interviews.interview})
from wplstudio import cli_reports_board  # noqa: E402 - the week plan (issue 7)

REPORTS["board"] = cli_reports_board.board_report
from wplstudio import cli_reports_onboarding  # noqa: E402 - progress card and certificate (issue 5)

REPORTS.update({"onboarding": cli_reports_onboarding.progress_card, "certificate": cli_reports_onboarding.certificate})
