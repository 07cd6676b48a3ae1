"""Quickscan charts as matplotlib Figures (no pyplot): a radar of the ten factors per
scan (the mean, with each respondent's answers as thin lines) and the radar over
time (one line per scan). Shared by the screen and the PDF."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure

from wplstudio.domain import quickscan as qs
from wplstudio.domain.numbers import decimal_text
from wplstudio.i18n import current, translate

TITLE, LABEL, TICK = 15, 10, 9
SIZE = (7.5, 6.5)
PERSON_COLOURS = ("#6b7c8f", "#e07b00", "#4f8fd6", "#8e44ad", "#2e7d32", "#b7791f", "#c62828")
TIME_COLOURS = ("#b0bec5", "#78909c", "#e07b00", "#144a8f")  # older scans paler, the newest darkest


def _axes(figure: Figure):
    axes = figure.add_subplot(projection="polar")
    angles = [2 * math.pi * i / len(qs.FACTORS) for i in range(len(qs.FACTORS))]
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    axes.set_xticks(angles, [_wrap(f.title.in_(current())) for f in qs.FACTORS], fontsize=LABEL)
    axes.set_ylim(0, qs.MAX_SCORE)
    axes.set_yticks(range(1, qs.MAX_SCORE + 1), [str(i) for i in range(1, qs.MAX_SCORE + 1)], fontsize=TICK, color="#555555")
    axes.tick_params(axis="x", pad=14)
    return axes, angles


def _wrap(text: str, width: int = 16) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(lines + [line])


def _closed(values: Sequence[float], angles: list[float]) -> tuple[list[float], list[float]]:
    return angles + angles[:1], list(values) + list(values[:1])


def radar(scan, size: tuple[float, float] = SIZE) -> Figure:
    """scan: services.quickscan.ScanDetail. The mean per factor filled, each respondent as a thin line."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    axes, angles = _axes(figure)
    for n, person in enumerate(scan.respondents):
        values = [person.answers.get(k) or 0 for k in qs.FACTOR_KEYS]
        xs, ys = _closed(values, angles)
        axes.plot(xs, ys, color=PERSON_COLOURS[n % len(PERSON_COLOURS)], linewidth=1, linestyle="--", label=person.name)
    means = [f.mean for f in scan.result.factors]
    xs, ys = _closed(means, angles)
    colour = qs.CONCLUSION_COLOUR.get(scan.result.conclusion or "", "#144a8f")
    axes.fill(xs, ys, color=colour, alpha=0.25)
    axes.plot(xs, ys, color=colour, linewidth=3, label=translate("charts", "mean"))
    axes.set_title(scan.title, fontsize=TITLE, loc="left")
    figure.legend(loc="lower left", fontsize=TICK, frameon=False, ncols=2)
    return figure


def radar_over_time(scans: Sequence, size: tuple[float, float] = SIZE) -> Figure:
    """scans: ScanDetail oldest first; the newest is drawn darkest and filled."""
    figure = Figure(figsize=size, dpi=100, layout="constrained")
    axes, angles = _axes(figure)
    shown = list(scans)[-len(TIME_COLOURS):]
    for n, scan in enumerate(shown):
        colour = TIME_COLOURS[len(TIME_COLOURS) - len(shown) + n]
        xs, ys = _closed([f.mean for f in scan.result.factors], angles)
        newest = n == len(shown) - 1
        axes.plot(xs, ys, color=colour, linewidth=3 if newest else 1.5, label=f"{scan.held_on:%m-%Y}  {decimal_text(scan.result.total, current())}")
        if newest:
            axes.fill(xs, ys, color=colour, alpha=0.15)
    axes.set_title(translate("charts", "Quickscans over time"), fontsize=TITLE, loc="left")
    if not shown:
        axes.text(0, 0, translate("charts", "No finished scans yet."), ha="center", fontsize=LABEL)
    else:
        figure.legend(loc="lower left", fontsize=TICK, frameon=False)
    return figure
