"""The matrix grid's figures for `wplstudio bench`: building the Qt model, repainting the
visible grid and the peak memory of a process with the matrix open. Offscreen, on the
synthetic company (250 x 200 with years of history).

`python -m wplstudio.bench_matrix memory DATABASE` is the measured process of the memory
figure: it opens the main window on the matrix, paints it, and prints its peak RSS."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from wplstudio.bench import Figure, timed
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target

SCREEN = (1600, 1000)


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["wplstudio-bench"])


def bench_matrix_model(path: Path, rounds: int) -> Figure:
    """What the grid does with the data core hands it: the figures around it and the model."""
    _application()
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import matrix
    from wplstudio.ui.pages.matrix.figures import grid_figures
    from wplstudio.ui.pages.matrix.model import MatrixModel

    db = open_database(file_target(path))
    try:
        data = matrix.load(db, SYSTEM)
        model = MatrixModel()
        median = timed(lambda: model.set_matrix(data, grid_figures(data)), rounds)
    finally:
        db.close()
    shape = f"{len(data.people)} x {len(data.tasks)}"
    return Figure("matrix-model", f"build the grid's Qt model with coverage, gaps and single points from loaded MatrixData ({shape})",
                  median, 0.1, rounds)


def bench_matrix_repaint(path: Path, rounds: int) -> Figure:
    """Paint the whole visible grid (cells, both headers, the frozen names) at 1600 x 1000."""
    _application()
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import matrix
    from wplstudio.ui.pages.matrix.figures import grid_figures
    from wplstudio.ui.pages.matrix.model import MatrixModel
    from wplstudio.ui.pages.matrix.table import MatrixTable

    db = open_database(file_target(path))
    try:
        data = matrix.load(db, SYSTEM)
    finally:
        db.close()
    model = MatrixModel()
    model.set_matrix(data, grid_figures(data))
    table = MatrixTable(model)
    table.resize(*SCREEN)
    table.show()
    table.grab()  # the first paint fills the delegate's picture cache; the figure is the steady state
    median = timed(table.grab, rounds)
    table.close()
    return Figure("matrix-repaint", "repaint the full visible grid at 1600 x 1000, offscreen (cells, headers, frozen names)",
                  median, 0.03, rounds)


def bench_matrix_memory(path: Path) -> Figure | None:
    """Peak resident memory of a whole app process with the matrix open (POSIX only)."""
    try:
        import resource  # noqa: F401 - only to know the measured process can report
    except ImportError:
        return None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "wplstudio.bench_matrix", "memory", str(path)], capture_output=True,
                         text=True, env=env, check=False).stdout
    line = next((x for x in out.splitlines() if x.startswith("peak-rss-mb ")), None)
    if line is None:
        return None
    return Figure("matrix-memory", "peak memory (MB, not s) of the app process with the matrix open at 1600 x 1000",
                  float(line.split()[1]), 300, 1, unit="MB")


def peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def _open_matrix(path: Path) -> None:
    app = _application()
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.ui.context import AppContext
    from wplstudio.ui.main_window import MainWindow

    window = MainWindow(AppContext(open_database(file_target(path)), SYSTEM))
    window.resize(*SCREEN)
    window.show()
    window.show_view("matrix")
    app.processEvents()
    window.grab()
    print(f"peak-rss-mb {peak_rss_mb():.1f}", flush=True)
    window.ctx.db.close()


if __name__ == "__main__" and sys.argv[1:2] == ["memory"]:
    _open_matrix(Path(sys.argv[2]))
