"""What the app picks for a person follows their language: a Dutch user plans with a Dutch guide."""

from __future__ import annotations

from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.interviews.dialogs import PlanDialog


def test_planning_an_interview_offers_a_guide_in_dutch_to_a_dutch_user(qtbot, demo_db, dutch):
    dialog = PlanDialog(AppContext(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.guide.currentText().endswith("(nl)")


def test_planning_an_interview_offers_a_guide_in_english_to_an_english_user(qtbot, demo_db):
    dialog = PlanDialog(AppContext(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.guide.currentText().endswith("(en)")
