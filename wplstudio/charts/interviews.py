"""Interview charts as matplotlib Figures (no pyplot): talks held against due per team,
for the owner's year report."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from wplstudio.i18n import translate

TITLE, LABEL, TICK = 14, 11, 10
DUE, HELD = "#c9d3df", "#2e7d32"


def held_against_due(per_team: Sequence, year: int, size: tuple[float, float] = (9, 3.2)) -> Figure:
    """per_team: services.interview_cycle.TeamYear. Per team a grey bar of who was due and a green one
    of how many of them had their talk; the number at the end of each bar."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    axes = figure.add_subplot()
    names = [t.team_name or translate("charts", "(no team)") for t in per_team][::-1]
    due = [t.due for t in per_team][::-1]
    held = [t.due_held for t in per_team][::-1]
    positions = list(range(len(names)))
    axes.barh([p + 0.2 for p in positions], due, height=0.4, color=DUE, label=translate("charts", "due"))
    axes.barh([p - 0.2 for p in positions], held, height=0.4, color=HELD, label=translate("charts", "held"))
    for p, d, h in zip(positions, due, held):
        axes.text(d, p + 0.2, f" {d}", va="center", fontsize=TICK)
        axes.text(h, p - 0.2, f" {h}", va="center", fontsize=TICK)
    axes.set_yticks(positions, names)
    axes.tick_params(labelsize=TICK)
    axes.set_xlabel(translate("charts", "people"), fontsize=LABEL)
    axes.set_title(translate("charts", "Interviews held against due per team, {year}").format(year=year), fontsize=TITLE, loc="left")
    if names:
        axes.legend(fontsize=TICK, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))  # beside the bars, never over them
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure
