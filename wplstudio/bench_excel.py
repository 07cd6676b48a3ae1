"""The matrix's Excel and wall-print figures for `wplstudio bench`, on the synthetic company
(250 x 200, about 20,000 filled cells): xlsx export, xlsx import (preview and apply into a
copy without levels, as a company arriving with its sheet), the A3 PDF, and, when
LibreOffice is installed, what the spreadsheet takes to turn the same matrix into a PDF.

`python -m wplstudio.bench_excel pdf DATABASE OUT` is the measured process of the memory
comparison: it makes the wall print from the database and prints its peak RSS."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wplstudio.bench import Figure, timed
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target

SOFFICE_TIMEOUT_S = 300


def measure(path: Path, folder: Path, rounds: int) -> tuple[list[Figure], list[str]]:
    """The figures, and lines to print after them (the LibreOffice comparison, or why it was skipped)."""
    xlsx = folder / "bench-matrix.xlsx"
    path = _distinct_names(path, folder / "bench-excel.sqlite")
    export = bench_export(path, xlsx, rounds)
    figures = [export, bench_import(path, xlsx, folder, rounds), bench_pdf(path, folder, rounds * 4)]
    ours = pdf_process(path, folder / "bench-process.pdf")
    if ours:
        figures.append(Figure("matrix-a3-pdf-memory", "peak memory (MB, not s) of a process that makes the A3 PDF from the database",
                              ours[1], None, 1, unit="MB"))
    office = libreoffice(xlsx, folder, rounds)
    if office is None:
        return figures, ["libreoffice          skipped: soffice is not installed (apt-get install libreoffice-calc-nogui to compare)"]
    figures += office
    return figures, comparison(figures, ours)


def _distinct_names(path: Path, copy: Path) -> Path:
    """A copy whose people have distinct names: the synthetic company draws them from a short list, and a
    sheet with two rows "Sanne Jansen" in one team cannot be imported (which is right: which is which?)."""
    from sqlalchemy import select

    from wplstudio.storage.models import Employee

    shutil.copyfile(path, copy)
    db = open_database(file_target(copy))
    try:
        with db.session() as s:
            for employee in s.scalars(select(Employee)):
                employee.last_name = f"{employee.last_name}-{_letters(employee.id)}"
    finally:
        db.close()
    return copy


def _letters(number: int) -> str:
    """1 -> "Ab", 2 -> "Ac": a pronounceable tag without digits (names have none)."""
    first, second = divmod(number, 26)
    return chr(65 + first % 26) + chr(97 + second)


def _report(path: Path, what: str):
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import matrix_report

    db = open_database(file_target(path))
    try:
        return (matrix_report.for_export if what == "export" else matrix_report.for_print)(db, SYSTEM)
    finally:
        db.close()


def bench_export(path: Path, out: Path, rounds: int) -> Figure:
    from wplstudio.reports import matrix_xlsx

    db_then_file = lambda: matrix_xlsx.render(_report(path, "export"), out)  # noqa: E731 - read and write, as the CLI does
    median = timed(db_then_file, rounds)
    return Figure("xlsx-export", "export the whole matrix to .xlsx (read, layout, colours, legend, write)", median, 2.0, rounds)


def bench_import(path: Path, xlsx: Path, folder: Path, rounds: int) -> Figure:
    """Preview and apply the exported sheet into a copy of the company without levels: every filled cell
    is a change, with its history row, in one transaction. A fresh copy per round; the copy is not timed."""
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services.excel import apply, preview

    template = folder / "bench-import-template.sqlite"
    shutil.copyfile(path, template)
    _clear_levels(template)
    samples = []
    for round_no in range(rounds):
        copy = folder / f"bench-import-{round_no}.sqlite"
        shutil.copyfile(template, copy)
        db = open_database(file_target(copy))
        try:
            start = time.perf_counter()
            apply.apply(db, SYSTEM, preview.preview(db, SYSTEM, xlsx))
            samples.append(time.perf_counter() - start)
        finally:
            db.close()
    return Figure("xlsx-import", "import that .xlsx into the company without levels: read, preview, apply ~20,000 changes",
                  statistics.median(samples), 3.0, rounds)


def _clear_levels(path: Path) -> None:
    from sqlalchemy import delete

    from wplstudio.storage.models import Level, LevelChange

    db = open_database(file_target(path))
    try:
        with db.session() as s:
            s.execute(delete(LevelChange))
            s.execute(delete(Level))
    finally:
        db.close()


def bench_pdf(path: Path, folder: Path, rounds: int) -> Figure:
    from wplstudio.reports import matrix_pdf

    out = folder / "bench-matrix.pdf"
    median = timed(lambda: matrix_pdf.render(_report(path, "print"), out), rounds)
    return Figure("matrix-a3-pdf", "the A3 wall print of the whole matrix from the database (about 40 pages)", median, 0.5, rounds)


def pdf_process(path: Path, out: Path) -> tuple[float, float] | None:
    """(wall seconds, peak MB) of a whole Python process making the wall print, start to exit."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "wplstudio.bench_excel", "pdf", str(path), str(out)],
                          capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    line = next((x for x in done.stdout.splitlines() if x.startswith("peak-rss-mb ")), None)
    return (elapsed, float(line.split()[1])) if line else None


def libreoffice(xlsx: Path, folder: Path, rounds: int) -> list[Figure] | None:
    """soffice --headless --convert-to pdf of the exported sheet: median wall time and peak memory
    (of the soffice process tree, measured from a small wrapper). None when soffice is absent."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = Path(tempfile.mkdtemp(prefix="wplstudio-lo-", dir=folder))
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(folder / "lo"), str(xlsx)]
    _measured(command)  # the first run creates LibreOffice's profile: not part of a conversion
    runs = [_measured(command) for _ in range(rounds)]
    runs = [r for r in runs if r is not None]
    if not runs:
        return None
    return [Figure("libreoffice-pdf", "LibreOffice: soffice --headless --convert-to pdf of the exported .xlsx (for comparison)",
                   statistics.median(r[0] for r in runs), None, len(runs)),
            Figure("libreoffice-memory", "LibreOffice: peak memory (MB, not s) of that conversion",
                   max(r[1] for r in runs), None, len(runs), unit="MB")]


def _measured(command: list[str]) -> tuple[float, float] | None:
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               f"r = subprocess.run(sys.argv[1:], capture_output=True, timeout={SOFFICE_TIMEOUT_S}); "
               "print('result', r.returncode, time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("result ")), None)
    if line is None or line.split()[1] != "0":
        return None
    _, _, seconds, mb = line.split()
    return float(seconds), float(mb)


def comparison(figures: list[Figure], ours: tuple[float, float] | None) -> list[str]:
    named = {f.name: f for f in figures}
    pdf, office, office_mb = named["matrix-a3-pdf"], named["libreoffice-pdf"], named["libreoffice-memory"]
    lines = [f"{'wall print vs':20} time {pdf.median_s / office.median_s:6.1%} of LibreOffice's (aim < 33%)"]
    if ours:
        lines.append(f"{'':20} memory {ours[1] / office_mb.median_s:6.1%} of LibreOffice's (aim < 25%); "
                     f"a whole process of ours, start to exit, takes {ours[0]:.2f} s")
    return lines


def _pdf_main(database: str, out: str) -> None:
    _reset_peak()
    from wplstudio.reports import matrix_pdf

    matrix_pdf.render(_report(Path(database), "print"), Path(out))
    print(f"peak-rss-mb {_peak_mb():.1f}")


def _reset_peak() -> None:
    """Linux keeps a process's peak memory across exec, so a process started from the (large) bench process
    would report the bench's peak; writing 5 to clear_refs starts the count afresh (Linux 4.0 and later)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        status = Path("/proc/self/status").read_text()
        return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration, ValueError):
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "pdf":
        _pdf_main(sys.argv[2], sys.argv[3])
