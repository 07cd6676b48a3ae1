"""Properties of the matrix figures (domain/matrix.py) over random companies."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wplstudio.domain import matrix as rules
from wplstudio.domain.errors import ValidationFailed

TODAY = date(2026, 6, 15)


@st.composite
def grids(draw) -> rules.Grid:
    people = [rules.Person(i, draw(st.sampled_from((None, 1, 2))), draw(st.sampled_from((None, 1, 2))))
              for i in range(1, draw(st.integers(1, 8)) + 1)]
    tasks = [rules.TaskRef(100 + j, draw(st.integers(1, 2)), draw(st.booleans())) for j in range(draw(st.integers(1, 5)))]
    cells = {}
    for p in people:
        for t in tasks:
            level = draw(st.integers(0, 4))
            offset = draw(st.sampled_from((None, -30, -1, 0, 10, 100)))
            if level or offset is not None:
                cells[p.id, t.id] = rules.Cell(level, TODAY + timedelta(days=offset) if offset is not None else None)
    targets = [rules.Target(t.id, team, d, min(d, m)) for t in tasks for team in (None, 1)
               if draw(st.booleans()) for d, m in [(draw(st.integers(0, 5)), draw(st.integers(0, 3)))]]
    requirements = {f: {t.id: draw(st.integers(1, 4)) for t in tasks if draw(st.booleans())} for f in (1, 2)}
    return rules.Grid(people, tasks, cells, TODAY, targets, requirements)


def _recount(grid: rules.Grid, task_id: int, minimum: int, team=None) -> set[int]:
    certificate = {t.id: t.is_certificate for t in grid.tasks}[task_id]
    return {p.id for p in grid.people if (team is None or p.team_id == team)
            and rules.effective_level(grid.cells.get((p.id, task_id), rules.EMPTY), certificate, TODAY) >= minimum}


@given(grids())
def test_coverage_never_counts_more_people_than_there_are(grid):
    for row in rules.coverage(grid):
        people = [p for p in grid.people if row.team_id is None or p.team_id == row.team_id]
        assert 0 <= row.teachers <= row.deployable <= len(people)
        assert row.deployable == len(_recount(grid, row.task_id, 3, row.team_id))


@given(grids())
def test_an_expired_or_undated_certificate_never_counts_anywhere(grid):
    expired = {(e, t) for (e, t), c in grid.cells.items()
               if {x.id: x.is_certificate for x in grid.tasks}[t] and (c.valid_until is None or c.valid_until < TODAY)}
    doers, masters = rules.deployable_people(grid), rules.teachers(grid)
    levels = rules.effective_levels(grid)
    for e, t in expired:
        assert e not in doers[t] and e not in masters[t]
        assert levels.get((e, t), 0) <= 2
        assert all(sp.employee_id != e for sp in rules.single_points_of_failure(grid) if sp.task_id == t)


@given(grids())
def test_a_single_point_of_failure_is_exactly_one_deployable_person(grid):
    spof = {sp.task_id: sp.employee_id for sp in rules.single_points_of_failure(grid)}
    for task in grid.tasks:
        doers = _recount(grid, task.id, 3)
        assert (task.id in spof) == (len(doers) == 1)
        if task.id in spof:
            assert doers == {spof[task.id]}


@given(grids())
def test_gaps_are_exactly_the_profile_tasks_below_the_required_effective_level(grid):
    found = {(g.employee_id, g.task_id) for g in rules.gaps(grid)}
    certificate = {t.id: t.is_certificate for t in grid.tasks}
    expected = {(p.id, t) for p in grid.people for t, need in grid.requirements.get(p.function_id, {}).items()
                if rules.effective_level(grid.cells.get((p.id, t), rules.EMPTY), certificate[t], TODAY) < need}
    assert found == expected


@given(grids())
def test_level_distribution_accounts_for_every_cell_of_every_team(grid):
    counts = rules.level_distribution(grid)
    for team, row in counts.items():
        members = [p for p in grid.people if p.team_id == team]
        assert sum(row) == len(members) * len(grid.tasks) and min(row) >= 0


@given(grids())
def test_training_needs_aim_above_today_with_mentors_who_can_teach_same_team_first(grid):
    masters = rules.teachers(grid)
    team = {p.id: p.team_id for p in grid.people}
    for need in rules.training_needs(grid):
        assert need.target_level > need.level
        assert all(m.employee_id in masters[need.task_id] and m.employee_id != need.employee_id for m in need.mentors)
        flags = [m.same_team for m in need.mentors]
        assert flags == sorted(flags, reverse=True)
        assert all(m.same_team == (team[need.employee_id] is not None and team[m.employee_id] == team[need.employee_id])
                   for m in need.mentors)


@given(grids())
def test_a_short_coverage_target_is_met_by_the_needs_it_raises(grid):
    """If every suggested learner reached their target, no deployable target would stay short
    (when there are enough people to reach it)."""
    raised = {(n.employee_id, n.task_id): n.target_level for n in rules.training_needs(grid)}
    for row in rules.coverage(grid):
        members = [p.id for p in grid.people if row.team_id is None or team_of(grid, p.id) == row.team_id]
        if row.target_deployable and row.target_deployable <= len(members):
            ready = _recount(grid, row.task_id, 3, row.team_id) | {e for e in members if raised.get((e, row.task_id), 0) >= 3}
            assert len(ready) >= row.target_deployable


def team_of(grid, employee_id):
    return next(p.team_id for p in grid.people if p.id == employee_id)


@st.composite
def histories(draw):
    steps = [rules.Step(date(2021, 1, 1) + timedelta(days=draw(st.integers(0, 2000))), draw(st.integers(1, 4)),
                        draw(st.integers(1, 3)), draw(st.integers(0, 4))) for _ in range(draw(st.integers(0, 40)))]
    employed = {e: (date(2021, 1, 1) + timedelta(days=draw(st.integers(0, 900))), draw(st.sampled_from(
        (None, date(2024, 6, 30))))) for e in range(1, 5)}
    return steps, employed


@given(histories())
def test_deployability_over_time_replays_to_the_same_count_as_a_recount_per_month(history):
    steps, employed = history
    months = rules.month_ends(date(2021, 1, 1), date(2026, 6, 15))
    for end, count in rules.deployability_over_time(steps, months, employed):
        latest: dict = {}
        for step in sorted((s for s in steps if s.on <= end), key=lambda s: s.on):
            latest[step.employee_id, step.task_id] = step.new_level
        start_end = {e: employed[e] for e in employed}
        expected = sum(1 for (e, _t), lv in latest.items() if lv >= 3
                       and start_end[e][0] <= end and (start_end[e][1] is None or start_end[e][1] >= end))
        assert count == expected


def test_month_ends_cover_each_month_once_and_stop_at_today():
    ends = rules.month_ends(date(2025, 11, 20), date(2026, 2, 10))
    assert ends == [date(2025, 11, 30), date(2025, 12, 31), date(2026, 1, 31), date(2026, 2, 10)]


@pytest.mark.parametrize("actual, target, status", [
    ((3, 1), (3, 1), rules.GREEN), ((5, 2), (3, 1), rules.GREEN), ((2, 1), (3, 1), rules.AMBER),
    ((1, 1), (2, 1), rules.AMBER), ((1, 1), (3, 1), rules.RED), ((3, 0), (3, 1), rules.RED),
    ((0, 0), (0, 0), rules.GREEN), ((4, 0), (None, None), rules.NO_TARGET),
])
def test_coverage_status_thresholds(actual, target, status):
    assert rules.coverage_status(*actual, *target) == status


def test_certificate_alerts_list_expired_expiring_and_undated_soonest_first():
    grid = rules.Grid([rules.Person(1), rules.Person(2)], [rules.TaskRef(7, 1, True), rules.TaskRef(8, 1, False)], {
        (1, 7): rules.Cell(3, TODAY - timedelta(days=3)), (2, 7): rules.Cell(4, TODAY + timedelta(days=59)),
        (1, 8): rules.Cell(4), (2, 8): rules.Cell(3, TODAY + timedelta(days=10))}, TODAY)
    alerts = rules.certificate_alerts(grid)
    assert [(a.employee_id, a.state) for a in alerts] == [(1, "expired"), (2, "expiring")]
    assert [a.state for a in rules.certificate_alerts(grid, warn_days=30)] == ["expired"]
    no_date = replace(grid, cells={(1, 7): rules.Cell(3)})
    assert [a.state for a in rules.certificate_alerts(no_date)] == ["missing"]


def test_timetable_flags_a_target_whose_date_passed_without_reaching_it():
    grid = rules.Grid([rules.Person(1), rules.Person(2)], [rules.TaskRef(7)], {
        (1, 7): rules.Cell(2, None, 3, TODAY - timedelta(days=1)), (2, 7): rules.Cell(3, None, 3, TODAY - timedelta(days=1))}, TODAY)
    lines = {line.employee_id: line for line in rules.timetable(grid)}
    assert lines[1].overdue and not lines[1].reached
    assert not lines[2].overdue and lines[2].reached


@pytest.mark.parametrize("deployable, teachers", [(-1, 0), (2, 3), ("3", 1), (1000, 0), (True, 0)])
def test_target_counts_out_of_range_are_refused(deployable, teachers):
    with pytest.raises(ValidationFailed):
        rules.check_target_counts(deployable, teachers)


def test_cells_from_rows_equal_cells_made_the_ordinary_way():
    made = rules.cells_from_rows([(1, 2, 3, TODAY, 4, TODAY, 5)])
    assert made[1, 2] == rules.Cell(3, TODAY, 4, TODAY, 5)
    assert made[1, 2]._replace(level=4).level == 4 and made[1, 2].level == 3  # a value: changing makes a new one
