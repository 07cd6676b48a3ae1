"""Charts of the deployability matrix, as matplotlib Figures (no pyplot, so no global state):
the screen puts them on a QtAgg canvas, the PDF reports save them as pictures.

Each builder takes the rows services.matrix_figures returns (coverage_by_core_task,
level_distribution, deployability_over_time) and only draws. Large type: they are read from a metre away and on a wall print."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure

from wplstudio.charts import palette
from wplstudio.domain.levels import SCALE
from wplstudio.i18n import translate

TITLE, LABEL, TICK = 20, 15, 14
SIZE = (12, 6.5)  # inches; at 100 dpi about the size of the chart area on a 1920 screen
HATCH = ("", "/", "//", "\\\\", "xx")  # per level, so a black-and-white print still tells them apart
TEXT = "#1b1b1b"
STATUS_HATCH = {"green": "", "amber": "//", "red": "xx", "none": ""}
TARGET_FILL, TARGET_EDGE = "#eef1f4", "#5f6b77"


def new_figure(size: tuple[float, float] = SIZE) -> Figure:
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _style(axes) -> None:
    axes.tick_params(labelsize=TICK, colors=TEXT)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def coverage_per_core_task(rows: Sequence, size: tuple[float, float] = SIZE) -> Figure:
    """rows: CoreCoverageRow per core task, in landscape order. A bar per core task with targets:
    deployable people counted towards the targets, inside a grey frame as long as the targets."""
    figure = new_figure(size)
    axes = figure.add_subplot()
    shown = [row for row in rows if row.target]
    positions = list(range(len(shown)))[::-1]  # the first core task on top
    axes.barh(positions, [row.target for row in shown], height=0.7, color=TARGET_FILL, edgecolor=TARGET_EDGE, linewidth=1.5)
    statuses = [_status(row.share) for row in shown]
    covered = axes.barh(positions, [row.covered for row in shown], height=0.5, color=[palette.STATUS_COLOUR[s] for s in statuses],
                        edgecolor="white")
    for bar, status in zip(covered, statuses):
        bar.set_hatch(STATUS_HATCH[status])  # short and far short also differ on a black-and-white print
    for y, row in zip(positions, shown):
        text = translate("charts", "{covered} of {target}  {symbol}").format(
            covered=row.covered, target=row.target, symbol=palette.STATUS_SYMBOL[_status(row.share)])
        axes.text(row.target, y, "  " + text, va="center", fontsize=LABEL, color=TEXT)
    axes.set_yticks(positions, [row.core_task_name for row in shown], fontsize=LABEL)
    axes.set_xlabel(translate("charts", "deployable people (U or O) on the core task's tasks, each task counted up to its target"),
                    fontsize=LABEL)
    axes.set_title(translate("charts", "Coverage per core task against the target"), fontsize=TITLE, loc="left", color=TEXT)
    axes.set_xlim(0, max([row.target for row in shown], default=1) * 1.3)
    if not shown:
        _nothing(axes, translate("charts", "No targets set yet."))
    else:
        axes.legend(handles=_coverage_legend(), fontsize=TICK, loc="upper center", bbox_to_anchor=(0.45, -0.14), ncols=4,
                    frameon=False)
    _style(axes)
    return figure


def _coverage_legend() -> list:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=TARGET_FILL, edgecolor=TARGET_EDGE, linewidth=1.5, label=translate("charts", "target"))]
    for status, word in (("green", translate("charts", "on target")), ("amber", translate("charts", "short")),
                         ("red", translate("charts", "far short"))):
        handles.append(Patch(facecolor=palette.STATUS_COLOUR[status], edgecolor="white", hatch=STATUS_HATCH[status],
                             label=f"{palette.STATUS_SYMBOL[status]} {word}"))
    return handles


def _status(share: float) -> str:
    """The same thresholds as domain.matrix.coverage_status, for a share already computed there."""
    from wplstudio.domain.matrix import coverage_status

    return coverage_status(round(share * 1000), 0, 1000, None)


def level_distribution_per_team(rows: Sequence, size: tuple[float, float] = SIZE) -> Figure:
    """rows: TeamLevels (cells at effective level 0..4 per team). A bar of 100 % per team, split by
    level, with the share at U or O written beside it."""
    figure = new_figure(size)
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]  # the first team on top
    left = [0.0] * len(rows)
    for info in SCALE:
        shares = [100 * row.counts[info.level] / max(sum(row.counts), 1) for row in rows]
        axes.barh(positions, shares, left=left, height=0.65, color=palette.LEVEL_FILL[info.level],
                  edgecolor=palette.LEVEL_INK, linewidth=0.8, hatch=HATCH[info.level],
                  label=f"{info.letter.replace('-', '–')}  {translate('levels', info.label)}")
        left = [a + b for a, b in zip(left, shares)]
    for y, row in zip(positions, rows):
        deployable = 100 * (row.counts[3] + row.counts[4]) / max(sum(row.counts), 1)
        axes.text(101, y, translate("charts", " {share:.0f}% U or O").format(share=deployable), va="center", fontsize=LABEL, color=TEXT)
    axes.set_yticks(positions, [row.team_name or translate("charts", "No team") for row in rows], fontsize=LABEL)
    axes.set_xlim(0, 125)
    axes.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    axes.set_xlabel(translate("charts", "share of all cells (person × task) of the team"), fontsize=LABEL)
    axes.set_title(translate("charts", "Level distribution per team"), fontsize=TITLE, loc="left", color=TEXT)
    axes.legend(fontsize=TICK, loc="upper center", bbox_to_anchor=(0.45, -0.16), ncols=5, frameon=False)
    if not rows:
        _nothing(axes, translate("charts", "No employees in the matrix yet."))
    _style(axes)
    return figure


def deployability_over_time(rows: Sequence, size: tuple[float, float] = SIZE) -> Figure:
    """rows: MonthCount (month end, person × task pairs at level 3 or 4) from the history, oldest first."""
    figure = new_figure(size)
    axes = figure.add_subplot()
    series = _from_first_change([(row.month_end, row.deployable_pairs) for row in rows])
    months = [month for month, _ in series]
    values = [value for _, value in series]
    axes.plot(months, values, color=palette.LEVEL_FILL[4], linewidth=3.5, marker="o" if len(series) < 40 else None,
              markersize=6)
    axes.fill_between(months, values, color=palette.LEVEL_FILL[3], alpha=0.18)
    if series:
        axes.annotate(f"{values[-1]}", (months[-1], values[-1]), textcoords="offset points", xytext=(8, 8),
                      fontsize=LABEL, fontweight="bold", color=TEXT)
        axes.set_ylim(0, max(values) * 1.15 or 1)
    else:
        _nothing(axes, translate("charts", "No history yet."))
    axes.set_ylabel(translate("charts", "deployable (U or O)\nperson × task"), fontsize=LABEL)
    axes.set_title(translate("charts", "Deployability over time"), fontsize=TITLE, loc="left", color=TEXT)
    axes.grid(axis="y", color="#d5dbe1")
    _date_axis(axes, months)
    _style(axes)
    return figure


def _from_first_change(series: list[tuple[date, int]], keep: int = 12) -> list[tuple[date, int]]:
    """Leave out the empty months before the history starts, but show at least `keep` months."""
    first = next((i for i, (_, value) in enumerate(series) if value), len(series))
    return series[max(0, min(first - 1, len(series) - keep)):]


def _date_axis(axes, months: Sequence[date]) -> None:
    """Month-year ticks that do not crowd: at most about ten labels, fewer on a narrow figure."""
    from matplotlib.dates import DateFormatter, MonthLocator

    most = max(4, min(10, int(axes.figure.get_figwidth() / 1.4)))  # a small figure (the year report's) has room for fewer
    step = max(1, -(-len(months) // most))
    step = next((s for s in (1, 2, 3, 4, 6, 12, 24) if s >= step), step)
    axes.xaxis.set_major_locator(MonthLocator(bymonth=range(1, 13, step) if step <= 12 else [1], interval=1 if step <= 12 else step // 12))
    axes.xaxis.set_major_formatter(DateFormatter("%m-%Y"))


def _nothing(axes, text: str) -> None:
    axes.text(0.5, 0.5, text, transform=axes.transAxes, ha="center", va="center", fontsize=LABEL, color="#5f6b77")
