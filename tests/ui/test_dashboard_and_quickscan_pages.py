"""The start screen, the quickscan and the learning register as a person uses them."""

from __future__ import annotations

from tests.staff import staff_db, staff_template  # noqa: F401
from wplstudio.domain.actor import SYSTEM
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow


def test_owner_clicks_a_certificate_on_the_dashboard_and_lands_in_the_matrix(qtbot, staff_db):
    window = MainWindow(AppContext(staff_db, SYSTEM))
    qtbot.addWidget(window)
    window.show_view("dashboard")
    page = window._pages["dashboard"]
    certificates = page.lists["certificates"]
    assert certificates.count() > 0
    page._open(certificates.item(0))
    assert window.current_view() == "certificates"


def test_owner_opens_the_quickscan_and_the_learning_register(qtbot, staff_db):
    window = MainWindow(AppContext(staff_db, SYSTEM))
    qtbot.addWidget(window)
    window.show_view("quickscan")
    scans = window._pages["quickscan"].tabs.currentWidget()
    assert scans.scans.count() == 2 and "40" in scans.result.conclusion.text()
    window.show_view("learning")
    assert window.current_view() == "learning"
    assert window._pages["reports"].tabs.currentWidget().model.rowCount() > 0


def test_in_dutch_the_quickscan_total_has_a_decimal_comma_and_the_register_says_where_an_activity_came_from(qtbot, staff_db, dutch):
    import re

    window = MainWindow(AppContext(staff_db, SYSTEM))
    qtbot.addWidget(window)
    window.show_view("quickscan")
    text = window._pages["quickscan"].tabs.currentWidget().result.conclusion.text()
    assert re.search(r"Totaal \d+,\d van 40", text), text
    window.show_view("learning")
    tab = window._pages["reports"].tabs.currentWidget()
    column = tab.model.columnCount() - 1
    shown = {tab.model.index(row, column).data() for row in range(tab.model.rowCount())}
    assert "inwerken" in shown and "onboarding" not in shown  # a signed module of the demo's trainees, in words
