from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

from wplstudio.charts import matrix as charts
from wplstudio.domain.actor import SYSTEM
from wplstudio.services import matrix, matrix_figures
from wplstudio.services.matrix_figures import CoreCoverageRow, MonthCount, TeamLevels


def bars(figure: Figure) -> list[list[float]]:
    """The widths of each bar series of the figure's chart, in drawing order."""
    return [[bar.get_width() for bar in container] for container in figure.axes[0].containers]


def test_coverage_chart_draws_the_target_and_the_deployable_people_per_core_task():
    rows = [CoreCoverageRow(1, "Lassen", 5, 8, 5 / 8, 4, 1, 1), CoreCoverageRow(2, "CNC", 6, 6, 1.0, 3, 3, 0),
            CoreCoverageRow(3, "Zonder doel", 0, 0, 1.0, 2, 0, 0)]
    figure = charts.coverage_per_core_task(rows)
    assert isinstance(figure, Figure)
    assert bars(figure) == [[8, 6], [5, 6]]  # targets, then what is covered; a core task without targets is left out
    labels = sorted(figure.axes[0].get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in labels] == ["Lassen", "CNC"]  # the first core task on top
    assert any("5 of 8" in t.get_text() for t in figure.axes[0].texts)


def test_level_distribution_chart_stacks_the_five_levels_per_team_as_shares():
    rows = [TeamLevels(1, "Lassen", (10, 0, 0, 5, 5)), TeamLevels(2, "CNC", (0, 4, 4, 0, 0))]
    figure = charts.level_distribution_per_team(rows)
    series = bars(figure)
    assert len(series) == 5
    assert [level[0] for level in series] == [50, 0, 0, 25, 25]  # Lassen, per level
    assert [level[1] for level in series] == [0, 50, 50, 0, 0]  # CNC
    assert any("50% U or O" in t.get_text() for t in figure.axes[0].texts)


def test_deployability_over_time_chart_plots_the_monthly_counts_from_the_first_change():
    rows = [MonthCount(date(2020, m, 28), 0) for m in range(1, 13)] + \
           [MonthCount(date(2021, m, 28), 10 * m) for m in range(1, 13)]
    figure = charts.deployability_over_time(rows)
    line = figure.axes[0].lines[0]
    values = list(line.get_ydata())
    assert values[-12:] == [10 * m for m in range(1, 13)]
    assert len(values) == 13  # one empty month before the history starts


def test_charts_draw_the_demo_company_and_save_as_png(demo_db, tmp_path):
    for name, figure in (("coverage", charts.coverage_per_core_task(matrix_figures.coverage_by_core_task(demo_db, SYSTEM))),
                         ("levels", charts.level_distribution_per_team(matrix_figures.level_distribution(demo_db, SYSTEM))),
                         ("trend", charts.deployability_over_time(matrix_figures.deployability_over_time(demo_db, SYSTEM)))):
        out = tmp_path / f"{name}.png"
        figure.savefig(out)
        assert out.stat().st_size > 10_000
    people = len(matrix.load(demo_db, SYSTEM).people)
    levels = charts.level_distribution_per_team(matrix_figures.level_distribution(demo_db, SYSTEM))
    assert len(levels.axes[0].get_yticklabels()) == 4 and people > 0


def test_empty_company_charts_say_there_is_nothing_yet(db):
    figure = charts.coverage_per_core_task(matrix_figures.coverage_by_core_task(db, SYSTEM))
    assert any("No targets set yet." == t.get_text() for t in figure.axes[0].texts)
    trend = charts.deployability_over_time([])
    assert any("No history yet." == t.get_text() for t in trend.axes[0].texts)
