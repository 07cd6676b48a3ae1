from __future__ import annotations

import sys

import pytest

from wplstudio import bench
from wplstudio.services import synthetic


def test_bench_measures_the_matrix_model_repaint_and_memory_each_in_a_fresh_process(db, db_path):
    synthetic.build(db, employees=30, tasks=20)
    db.close()
    figures = {f.name: f for f in bench.matrix_figures(db_path, 1)}
    assert figures["matrix-model"].unit == "s" and 0 < figures["matrix-model"].median_s < 5
    assert figures["matrix-repaint"].aim_s == 0.03 and figures["matrix-repaint"].median_s > 0
    if sys.platform.startswith("win"):
        pytest.skip("no peak-memory figure on Windows")
    memory = figures["matrix-memory"]
    assert memory.unit == "MB" and 40 < memory.median_s < 1000  # a whole Qt app: tens to hundreds of MB
