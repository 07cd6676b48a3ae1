"""The matrix grid's figures for `wplstudio bench`: building the Qt model, repainting the
visible grid and the peak memory of a process with the matrix open. Offscreen, on the
synthetic company (250 x 200 with years of history).

Each runs in a fresh process of its own, `python -m wplstudio.bench_matrix KIND DATABASE
ROUNDS`, which prints one JSON line: the bench process itself has a core Qt application
(for translations), where no widget can live, and the memory figure must not count the
rest of the bench."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
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


def in_own_process(kind: str, path: Path, rounds: int) -> Figure | None:
    """Run one figure in a fresh offscreen process; None when it could not be measured there."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="wplstudio-bench-home-") as home:
        # a home of its own: what earlier figures left in the user's settings and data must not count here
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WPLSTUDIO_DATA_DIR=str(Path(home) / "data"),
                   XDG_DATA_HOME=str(Path(home) / "xdg-data"), XDG_CONFIG_HOME=str(Path(home) / "xdg-config"))
        out = subprocess.run([sys.executable, "-m", "wplstudio.bench_matrix", kind, str(path), str(rounds)], capture_output=True,
                             text=True, env=env, check=False).stdout
    line = next((x for x in out.splitlines() if x.startswith("{")), None)
    return Figure(**json.loads(line)) if line else None


def bench_matrix_memory(path: Path) -> Figure | None:
    """Peak resident memory of a whole app process with the matrix open (POSIX only)."""
    import importlib.util

    if importlib.util.find_spec("resource") is None:  # Windows: no figure
        return None
    _open_matrix(path)
    return Figure("matrix-memory", "peak memory of the app process with the matrix open at 1600 x 1000 (MB, not s)",
                  round(peak_megabytes(), 1), 300, 1, unit="MB")


def peak_megabytes() -> float:
    """This process's peak resident memory. Linux keeps getrusage's ru_maxrss across exec, so a child
    of a big bench process would report the parent's peak; /proc's VmHWM is this program's own."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        line = next((x for x in status.read_text().splitlines() if x.startswith("VmHWM:")), None)
        if line:
            return int(line.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def _open_matrix(path: Path) -> None:
    """The main window on the matrix, as a manager sees it after choosing it, painted once."""
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
    window.ctx.db.close()


KINDS = {"model": bench_matrix_model, "repaint": bench_matrix_repaint, "memory": lambda path, _rounds: bench_matrix_memory(path)}

if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] in KINDS:
    figure = KINDS[sys.argv[1]](Path(sys.argv[2]), int(sys.argv[3]))
    if figure is not None:
        print(json.dumps(asdict(figure)), flush=True)
