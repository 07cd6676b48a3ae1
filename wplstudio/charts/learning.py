"""Learning-register charts as matplotlib Figures (no pyplot): hours per month, on the
job against off the job, and costs per team. Shared by the screen and the year report."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from wplstudio.i18n import translate

TITLE, LABEL, TICK = 14, 11, 10
ON_JOB, OFF_JOB = "#4f8fd6", "#e07b00"


def _figure(size) -> Figure:
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _style(axes) -> None:
    axes.tick_params(labelsize=TICK)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def hours_per_month(rows: Sequence, year: int, size: tuple[float, float] = (9, 4)) -> Figure:
    """rows: ActivityRow of one year. Stacked bars: on the job (blue) and off the job (orange, hatched)."""
    on, off = [0.0] * 12, [0.0] * 12
    for r in rows:
        (on if r.on_the_job else off)[r.held_on.month - 1] += r.minutes / 60
    figure = _figure(size)
    axes = figure.add_subplot()
    months = list(range(1, 13))
    axes.bar(months, on, color=ON_JOB, label=translate("charts", "on the job"))
    axes.bar(months, off, bottom=on, color=OFF_JOB, hatch="//", edgecolor="white", label=translate("charts", "off the job"))
    axes.set_xticks(months, [f"{m:02d}" for m in months])
    axes.set_ylabel(translate("charts", "hours"), fontsize=LABEL)
    axes.set_title(translate("charts", "Learning hours per month, {year}").format(year=year), fontsize=TITLE, loc="left")
    axes.legend(fontsize=TICK, frameon=False)
    _style(axes)
    return figure


def per_group(rows: Sequence, title: str, size: tuple[float, float] = (9, 4)) -> Figure:
    """rows: OverviewRow (per team or per year). Horizontal bars of hours, split on/off the job."""
    figure = _figure(size)
    axes = figure.add_subplot()
    names = [r.name or translate("charts", "(no team)") for r in rows][::-1]
    on = [r.totals.on_job_minutes / 60 for r in rows][::-1]
    off = [r.totals.off_job_minutes / 60 for r in rows][::-1]
    axes.barh(names, on, color=ON_JOB, label=translate("charts", "on the job"))
    axes.barh(names, off, left=on, color=OFF_JOB, hatch="//", edgecolor="white", label=translate("charts", "off the job"))
    axes.set_xlabel(translate("charts", "hours"), fontsize=LABEL)
    axes.set_title(title, fontsize=TITLE, loc="left")
    if rows:
        axes.legend(fontsize=TICK, frameon=False)
    _style(axes)
    return figure
