"""Onboarding charts as matplotlib Figures (no pyplot): planned against actual modules
done over time, for one trainee. Shared by the screen and the progress card."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure

from wplstudio.i18n import translate

PLANNED, ACTUAL, TODAY = "#5f6b77", "#2e7d32", "#e07b00"


def planned_vs_actual(points: Sequence, modules: int, today: date, size: tuple[float, float] = (8, 3.6)) -> Figure:
    """points: domain.onboarding.CurvePoint. Steps: the plan (grey, dashed) and the modules signed (green, solid)."""
    figure = Figure(figsize=size, dpi=100)  # fixed margins: constrained layout would double the drawing time
    width, height = size
    figure.subplots_adjust(left=min(0.3, 0.65 / width), right=0.98, top=1 - 0.4 / height, bottom=min(0.35, 0.45 / height))
    figure.set_facecolor("white")
    axes = figure.add_subplot()
    days = [p.day for p in points]
    axes.step(days, [p.planned for p in points], where="post", color=PLANNED, linestyle="--", linewidth=2,
              label=translate("charts", "planned"))
    done = [p for p in points if p.day <= today]
    axes.step([p.day for p in done], [p.actual for p in done], where="post", color=ACTUAL, linewidth=3,
              label=translate("charts", "signed"))
    axes.axvline(today, color=TODAY, linewidth=1, linestyle=":")
    axes.set_ylim(0, max(modules, 1) + 0.3)
    axes.set_yticks(range(0, max(modules, 1) + 1))
    axes.set_ylabel(translate("charts", "modules done"), fontsize=11)
    axes.set_title(translate("charts", "Planned and actual progress"), fontsize=13, loc="left")
    axes.legend(loc="upper left", fontsize=10, frameon=False)
    axes.tick_params(labelsize=9)
    from matplotlib.dates import AutoDateLocator, DateFormatter

    axes.xaxis.set_major_locator(AutoDateLocator(maxticks=max(3, int(size[0]))))
    axes.xaxis.set_major_formatter(DateFormatter("%d-%m"))  # the Dutch way, and short
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure
