"""The yearly training plan, drawn from the matrix's training needs."""

from __future__ import annotations

from datetime import date

import pytest

from tests.staff import staff_db, staff_template  # noqa: F401
from wplstudio.domain import learning as rules
from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.domain.errors import NotAllowed, ValidationFailed
from wplstudio.reports import training_plan_xlsx
from wplstudio.services import matrix_figures, training_plan

TODAY = date(2027, 1, 10)


def test_owner_draws_up_next_years_plan_from_the_training_needs_once(staff_db):
    needs = matrix_figures.training_needs(staff_db, SYSTEM, TODAY)
    added = training_plan.draw_up(staff_db, SYSTEM, 2027, TODAY)
    assert added >= len(needs) > 0
    assert training_plan.draw_up(staff_db, SYSTEM, 2027, TODAY) == 0  # nothing new the second time
    lines = training_plan.load(staff_db, SYSTEM, 2027)
    assert all(line.planned_on.year == 2027 for line in lines)
    assert all(line.mentor_name for line in lines if line.how == rules.HOW_ON_THE_JOB)


def test_a_line_by_hand_must_be_planned_inside_its_year(staff_db):
    with pytest.raises(ValidationFailed, match="must fall in 2027"):
        training_plan.save_line(staff_db, SYSTEM, training_plan.LineDraft(2027, 3, "Cursus lezen", planned_on=date(2028, 1, 1)))
    line_id = training_plan.save_line(staff_db, SYSTEM, training_plan.LineDraft(2027, 3, "Cursus tekening lezen", rules.HOW_COURSE))
    line = next(l for l in training_plan.load(staff_db, SYSTEM, 2027) if l.id == line_id)
    training_plan.set_status(staff_db, SYSTEM, line_id, line.version, rules.DONE)
    assert next(l for l in training_plan.load(staff_db, SYSTEM, 2027) if l.id == line_id).status == rules.DONE


def test_the_plan_exports_to_an_excel_sheet_with_a_row_per_line(staff_db, tmp_path):
    from openpyxl import load_workbook

    training_plan.draw_up(staff_db, SYSTEM, 2027, TODAY)
    lines = training_plan.load(staff_db, SYSTEM, 2027)
    out = training_plan_xlsx.write(lines, 2027, tmp_path / "plan.xlsx")
    sheet = load_workbook(out).active
    names = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]
    assert lines[0].employee_name in names and sheet.max_row >= len(lines) + 2


def test_a_mentor_may_not_draw_up_the_company_plan(staff_db):
    with pytest.raises(NotAllowed):
        training_plan.draw_up(staff_db, Actor("ruud", "mentor", employee_id=2), 2027, TODAY)
