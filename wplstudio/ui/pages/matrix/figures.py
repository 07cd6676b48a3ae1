"""What the grid shows around the cells, as plain data: coverage per task against its
target, single points of failure, who can teach, each person's gap against the profile
of their function and what each level means for a task. Every figure comes from core
(wplstudio.services.matrix); this module only gathers the answers for the model."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TaskFigures:
    status: str = "none"  # domain.matrix coverage status: "green", "amber", "red" or "none" (no target)
    deployable: int = 0
    target: int | None = None
    teachers: int = 0
    teachers_target: int | None = None
    teacher_names: tuple[str, ...] = ()
    single_point: str | None = None  # the only person who can do this task alone
    teams: tuple[tuple[str, int, int | None, str], ...] = ()  # team targets: (team, deployable, target, status)


@dataclass(frozen=True)
class GridFigures:
    tasks: dict[int, TaskFigures] = field(default_factory=dict)  # task id -> figures
    gaps: dict[int, int] = field(default_factory=dict)  # employee id -> tasks below the function's profile
    descriptions: dict[tuple[int, int], str] = field(default_factory=dict)  # (task id, level) -> own words
    coverage_known: bool = False  # False: the actor sees only part of the company, so no coverage row

    def task(self, task_id: int) -> TaskFigures:
        return self.tasks.get(task_id, NO_TASK_FIGURES)


NO_TASK_FIGURES = TaskFigures()
NO_FIGURES = GridFigures()


def grid_figures(data, descriptions: dict[int, dict[int, str]] | None = None) -> GridFigures:
    """Core's figures over the loaded grid (services.matrix_figures.coverage_rows and the rules of
    domain.matrix). Coverage and teachers only when the grid holds everyone: counted over one's
    own row they would mislead."""
    from wplstudio.domain import matrix as rules

    names = {p.id: p.name for p in data.people}
    gaps = _gap_counts(data, rules.gaps(data))
    own_words = {(t, lv): text for t, per in (descriptions or {}).items() for lv, text in per.items()}
    if not data.complete:
        return GridFigures({}, gaps, own_words)
    return GridFigures(_task_figures(data, names), gaps, own_words, coverage_known=True)


def _task_figures(data, names: dict[int, str]) -> dict[int, TaskFigures]:
    """Per task: company-wide coverage, its team targets, who can teach, the only one who can do it."""
    from wplstudio.domain import matrix as rules
    from wplstudio.services.matrix_figures import coverage_rows

    single = {sp.task_id: names.get(sp.employee_id, "") for sp in rules.single_points_of_failure(data)}
    masters = rules.teachers(data)
    rows = coverage_rows(data)
    teams: dict[int, list] = {}
    for row in rows:
        if row.team_id is not None:
            teams.setdefault(row.task_id, []).append((row.team_name, row.deployable, row.target_deployable, row.status))
    return {row.task_id: TaskFigures(row.status, row.deployable, row.target_deployable, row.teachers, row.target_teachers,
                                     tuple(names[e] for e in masters.get(row.task_id, []) if e in names),
                                     single.get(row.task_id), tuple(teams.get(row.task_id, ())))
            for row in rows if row.team_id is None}


def _gap_counts(data, gaps) -> dict[int, int]:
    """employee id -> tasks below the profile; people whose function has no profile are left out."""
    counts = {p.id: 0 for p in data.people if p.function_id is not None and data.requirements.get(p.function_id)}
    for gap in gaps:
        if gap.employee_id in counts:
            counts[gap.employee_id] += 1
    return counts
