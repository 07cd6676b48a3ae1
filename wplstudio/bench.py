"""`wplstudio bench`: the performance figures, measured on a synthetic company in a
temporary database. Each figure is the median of several rounds."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target


@dataclass(frozen=True)
class Figure:
    name: str
    what: str
    median_s: float
    aim_s: float | None
    rounds: int
    unit: str = "s"  # "MB" for memory figures: median_s and aim_s then hold megabytes


def timed(fn: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_open(path: Path, rounds: int) -> Figure:
    median = timed(lambda: open_database(file_target(path)).close(), rounds)
    return Figure("open", "open an existing, current database (checks, pragmas, schema version)", median, 0.1, rounds)


def bench_create(folder: Path, rounds: int) -> Figure:
    counter = iter(range(10_000))
    median = timed(lambda: open_database(file_target(folder / f"new-{next(counter)}.sqlite")).close(), rounds)
    return Figure("create-and-migrate", "create a new database and apply every migration", median, None, rounds)


def first_paint_s(program: list[str], path: Path) -> float:
    """Seconds from starting program (the source install's or the bundle's) to its first painted window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([*program, "--database", str(path), "--exit-after-paint"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        elapsed = float("nan")
    proc.wait()
    return elapsed


SOURCE_PROGRAM = [sys.executable, "-m", "wplstudio"]


def bench_first_paint(path: Path, rounds: int) -> Figure:
    median = statistics.median(first_paint_s(SOURCE_PROGRAM, path) for _ in range(rounds))
    return Figure("first-paint", "whole process, from start to the first painted window: the sign-in, or the owner's form on a new database (offscreen)",
                  median, 0.5, rounds)


def bench_backup(path: Path, folder: Path, rounds: int) -> Figure:
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services.backups import backup_now

    db = open_database(file_target(path))
    counter = iter(range(10_000))
    try:
        median = timed(lambda: backup_now(db, SYSTEM, folder / f"backup-{next(counter)}.sqlite"), rounds)
    finally:
        db.close()
    return Figure("backup", "a checked backup of the whole database", median, 1.0, rounds)


def bench_restore(path: Path, folder: Path, rounds: int) -> Figure:
    """On a copy: check the backup, keep the current file as a backup, swap the copy in, open it again."""
    import shutil

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services.backups import backup_now, restore_with_lock

    copy = folder / "bench-restore.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        backup = backup_now(db, SYSTEM, folder / "bench-restore-backup.sqlite").path
    finally:
        db.close()
    median = timed(lambda: restore_with_lock(file_target(copy), SYSTEM, backup), rounds)
    return Figure("restore", "restore a backup: checked first, the database kept as a backup, swapped in, opened again", median, 2.0, rounds)


AUDIT_YEARS, AUDIT_ENTRIES = 5, 50_000  # 250 people, about 40 changes each a year (levels, sign-offs, moves)


def bench_audit_verify(path: Path, folder: Path, rounds: int) -> Figure:
    """On a copy with five years of audit history, so the other figures keep measuring the plain company."""
    import shutil

    from wplstudio.services import audit, synthetic

    copy = folder / "bench-audit.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        synthetic.add_audit_history(db, AUDIT_ENTRIES, AUDIT_YEARS)
        median = timed(lambda: audit.verify(db, remember=False), rounds)
    finally:
        db.close()
    return Figure("audit-verify", f"recompute the audit chain of {AUDIT_ENTRIES:,} entries ({AUDIT_YEARS} years), in the background at start",
                  median, 2.0, rounds)


def bench_password_check(path: Path, folder: Path, rounds: int) -> Figure:
    """A whole sign-in on a copy with one account: the argon2id check dominates, on purpose."""
    import shutil

    from wplstudio.services import accounts

    copy = folder / "bench-accounts.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        accounts.create_first_owner(db, "bench", "Bench", "bench-wachtwoord")
        median = timed(lambda: accounts.sign_in(db, "bench", "bench-wachtwoord"), rounds)
    finally:
        db.close()
    return Figure("password-check", "one sign-in: the argon2id password check, deliberately slow (aim 100 to 1,000 ms)",
                  median, 1.0, rounds)


def bench_matrix_load(path: Path, rounds: int) -> Figure:
    """services.matrix.load on the whole synthetic company: people, tasks, every cell, targets, profiles."""
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import matrix

    db = open_database(file_target(path))
    try:
        median = timed(lambda: matrix.load(db, SYSTEM), rounds)
    finally:
        db.close()
    return Figure("matrix-load", "load the matrix data (250 x 200, about 20,000 filled cells, 5 years of history in the file)",
                  median, 0.1, rounds)


def bench_matrix_edit(path: Path, folder: Path, rounds: int) -> Figure:
    """One level change as the grid saves it: permission check, the cell, its history row and the audit
    entry, committed. On a copy, so the other figures keep measuring the unchanged company."""
    import itertools
    import shutil

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import matrix

    copy = folder / "bench-matrix-edit.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    levels = itertools.cycle((3, 2))
    try:
        matrix.set_levels(db, SYSTEM, [matrix.LevelEdit(1, 1, 1)])  # warm up: the first call imports and prepares
        median = timed(lambda: matrix.set_levels(db, SYSTEM, [matrix.LevelEdit(1, 1, next(levels))], note="bench"), rounds)
    finally:
        db.close()
    return Figure("matrix-edit", "persist one level edit with its history row and audit entry (one transaction)",
                  median, 0.016, rounds)


def matrix_figures(path: Path, rounds: int) -> list[Figure]:
    """The grid's figures (wplstudio/bench_matrix.py): the Qt model, a repaint, peak memory."""
    from wplstudio.bench_matrix import in_own_process

    figures = [in_own_process("model", path, rounds), in_own_process("repaint", path, rounds * 4),
               in_own_process("memory", path, 1)]
    return [f for f in figures if f is not None]


def bench_dashboard_and_year_report(path: Path, folder: Path, rounds: int) -> list[Figure]:
    """On a copy with five years of learning history, quickscans and plans (issue 8)."""
    import shutil
    from datetime import date

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.reports import year_pdf
    from wplstudio.services import dashboard, synthetic_learning, year_report

    copy = folder / "bench-learning.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        synthetic_learning.add_learning(db)
        dashboard.load(db, SYSTEM)  # the first call imports the areas' modules: not what a person waits for twice
        board = timed(lambda: dashboard.load(db, SYSTEM), rounds)
        year = date.today().year - 1
        report = timed(lambda: year_pdf.render(year_report.gather(db, SYSTEM, year), folder / "year.pdf"), max(1, rounds // 2))
    finally:
        db.close()
    return [Figure("dashboard", "load the dashboard: every area's items for today (250 people, 5 years of history)", board, 0.1, rounds),
            Figure("year-report", "gather and write the owner's year report as PDF, with its charts", report, 3.0, max(1, rounds // 2))]


BOARD_CARDS = 1500


def bench_board(path: Path, folder: Path, rounds: int) -> list[Figure]:
    """On a copy with a planned week: load the board, move one card (persisted), print the week."""
    import shutil

    from wplstudio.domain.actor import SYSTEM
    from wplstudio.reports import board_pdf
    from wplstudio.services import board, board_plan, synthetic_board

    copy = folder / "bench-board.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        monday = synthetic_board.add_week(db, BOARD_CARDS)
        week = board.load_week(db, SYSTEM, monday)
        load = timed(lambda: board.load_week(db, SYSTEM, monday), rounds)
        card, days = week.cards[0], iter(week.days * 1000)
        state = {"version": card.version}

        def move() -> None:
            state["version"] = board_plan.move(db, SYSTEM, card.id, state["version"], card.employee_id, next(days), check=False).version

        moved = timed(move, rounds * 4)
        counter = iter(range(10_000))
        pdf = timed(lambda: board_pdf.render(board.load_week(db, SYSTEM, monday), folder / f"week-{next(counter)}.pdf"), rounds)
    finally:
        db.close()
    people = len(week.people)
    return [Figure("board-load", f"load a board week: {people} employees, {len(week.cards):,} cards, with warnings and loads", load, 0.2, rounds),
            Figure("board-move", "move one card, persisted with its audit entry", moved, 0.016, rounds * 4),
            Figure("board-pdf", f"the week plan PDF (A3, {people} employees, {len(week.cards):,} cards), load included", pdf, 1.0, rounds)]


def bench_onboarding(path: Path, folder: Path, rounds: int) -> list[Figure]:
    """On a copy with 100 completed trajectories: one sign-off persisted (the PIN check is before it,
    outside the transaction, and measured as password-check), one progress card, 100 certificates."""
    import itertools
    import shutil

    from wplstudio.domain.accounts import AccountDraft
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.reports import certificate_pdf, onboarding_pdf
    from wplstudio.services import accounts, onboarding, onboarding_report, onboarding_signing, synthetic_onboarding

    copy = folder / "bench-onboarding.sqlite"
    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        synthetic_onboarding.add_onboarding(db)
        row = next(r for r in onboarding.list_trajectories(db, SYSTEM) if r.status == "active")
        trainee = accounts.create_account(db, SYSTEM, AccountDraft("bench-trainee", "Bench", "employee"), "werkplaats1", row.employee_id)
        mentor = accounts.create_account(db, SYSTEM, AccountDraft("bench-mentor", "Mentor", "mentor"), "werkplaats1", row.mentor_id)
        signers = {"trainee": onboarding_signing.confirm(db, trainee.id, "werkplaats1"),
                   "mentor": onboarding_signing.confirm(db, mentor.id, "werkplaats1")}
        steps = itertools.product([m.module.id for m in onboarding.get_trajectory(db, SYSTEM, row.id).modules], ("trainee", "mentor"))

        def sign() -> None:
            module_id, role = next(steps)
            onboarding_signing.sign(db, SYSTEM, row.id, module_id, role, signers[role], accept_open_earlier=True)

        signed = timed(sign, min(rounds * 4, 2 * synthetic_onboarding.MODULES))
        counter = iter(range(10_000))
        card = timed(lambda: onboarding_pdf.render(onboarding_report.progress_card(db, SYSTEM, row.id), folder / f"card-{next(counter)}.pdf"), rounds)
        done = onboarding_report.completed_trajectories(db, SYSTEM)[:100]

        def certificates() -> None:
            for n, trajectory_id in enumerate(done):
                certificate_pdf.render(onboarding_report.certificate(db, SYSTEM, trajectory_id), folder / f"cert-{next(counter)}-{n}.pdf")

        batch = timed(certificates, 1)
    finally:
        db.close()
    return [Figure("signoff", "persist one sign-off (trainee or mentor; the last one raises the matrix), audit included", signed, 0.016, rounds * 4),
            Figure("progress-card-pdf", "one onboarding progress card as PDF, with its chart, load included", card, 0.5, rounds),
            Figure("certificates-100", f"{len(done)} certificates as PDF, one file each, data included", batch, 10.0, 1)]


def run(args) -> int:
    with tempfile.TemporaryDirectory(prefix="wplstudio-bench-") as tmp:
        if getattr(args, "part", "all") == "bundle":
            from wplstudio.bench_bundle import run_part

            figures, comparison = run_part(Path(tmp), args.rounds), []
        elif getattr(args, "part", "all") == "dashboard":
            figures, comparison = dashboard_part(args, Path(tmp)), []
        else:
            figures, comparison = all_figures(args, Path(tmp))
    report(args, figures, comparison)
    return 0


def dashboard_part(args, folder: Path) -> list[Figure]:
    """Only the dashboard load and the year report (issue 8), on the same synthetic company."""
    from wplstudio.services import synthetic

    path = folder / "bench.sqlite"
    db = open_database(file_target(path))
    synthetic.build(db, employees=args.employees, tasks=args.tasks)
    db.close()
    return bench_dashboard_and_year_report(path, folder, args.rounds)


def all_figures(args, folder: Path) -> tuple[list[Figure], list[str]]:
    """Every figure on a synthetic company in folder, and the Excel comparison's lines."""
    from wplstudio.services import synthetic

    path = folder / "bench.sqlite"
    db = open_database(file_target(path))
    synthetic.build(db, employees=args.employees, tasks=args.tasks)
    db.close()
    figures = [bench_open(path, args.rounds * 4), bench_create(folder, args.rounds),
               bench_first_paint(path, args.rounds), bench_backup(path, folder, args.rounds),
               bench_restore(path, folder, args.rounds),
               bench_audit_verify(path, folder, args.rounds), bench_password_check(path, folder, args.rounds)]
    figures += bench_board(path, folder, args.rounds)
    figures += bench_onboarding(path, folder, args.rounds)
    figures += bench_dashboard_and_year_report(path, folder, args.rounds)
    figures += matrix_figures(path, args.rounds)
    figures += [bench_matrix_load(path, args.rounds * 4), bench_matrix_edit(path, folder, args.rounds * 4)]
    from wplstudio.bench_interviews import bench_interviews

    figures += bench_interviews(path, folder, args.rounds)
    from wplstudio.bench_excel import measure as bench_excel

    excel_figures, comparison = bench_excel(path, folder, args.rounds)  # xlsx out and in, the A3 print, LibreOffice
    figures += excel_figures
    from wplstudio.bench_bundle import measure as bench_bundle

    figures += bench_bundle(path, args.rounds)  # only when a bundle was built
    return figures, comparison


def report(args, figures: list[Figure], comparison: list[str]) -> None:
    for figure in figures:
        aim = f"  (aim < {figure.aim_s:g} {figure.unit})" if figure.aim_s else ""
        shown = f"{figure.median_s:9.1f} MB" if figure.unit == "MB" else f"{figure.median_s * 1000:9.1f} ms"
        print(f"{figure.name:20} {shown}  {figure.what}{aim}")
    print("\n".join(comparison))
    if args.json:
        args.json.write_text(json.dumps({"employees": args.employees, "tasks": args.tasks,
                                         "figures": [asdict(f) for f in figures]}, indent=2))
