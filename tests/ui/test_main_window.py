from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from tests.staff import actor_for, staff_db, staff_template  # noqa: F401
from wplstudio.ui.context import AppContext
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.coming import ComingPage
from wplstudio.ui.views import AREAS, VIEW_NAMES


def test_every_view_opens_and_unbuilt_areas_say_so_plainly(dutch, window):
    for view in VIEW_NAMES:
        window.show_view(view)
        page = window.stack.currentWidget()
        assert page.isVisible()
        if isinstance(page, ComingPage):
            texts = " ".join(label.text() for label in page.findChildren(QLabel))
            assert "is er nog niet" in texts


def test_navigation_is_in_dutch_by_default(window, dutch):
    fresh = MainWindow(window.ctx)
    labels = [fresh.navigation.item(i).text() for i in range(fresh.navigation.count())]
    assert labels[:3] == ["Dashboard", "Planbord", "Inzetbaarheidsmatrix"]
    assert "Medewerkers" in labels and "Rapporten" in labels
    assert len(labels) == len(AREAS)
    fresh.close()


def test_window_title_names_the_company(window):
    assert window.windowTitle().startswith("Van Dalen Metaal")


def test_window_remembers_its_size_and_last_view_after_a_restart(qtbot, demo_db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(AppContext(demo_db))
    qtbot.addWidget(first)
    first.resize(960, 640)  # inside the offscreen screen, which clamps larger windows
    first.show()
    first.show_view("tasks")
    first.save_state(settings)
    first.close()

    second = MainWindow(AppContext(demo_db))
    qtbot.addWidget(second)
    second.restore_state(settings)
    second.show()
    assert second.current_view() == "tasks"
    # the offscreen screen is 800 px wide, narrower than the window's minimum, so only the height is exact
    assert second.height() == 640


def test_a_mentor_or_employee_finds_the_quickscan_greyed_out_not_an_empty_page_behind_refusals(qtbot, staff_db, messages):
    for role, enabled in (("mentor", False), ("employee", False), ("manager", True)):
        win = MainWindow(AppContext(staff_db, actor_for(staff_db, role)))
        qtbot.addWidget(win)
        item = next(win.navigation.item(i) for i in range(win.navigation.count())
                    if win.navigation.item(i).data(Qt.ItemDataRole.UserRole) == "quickscan")
        assert bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) is enabled, role
    assert messages == []


def test_a_mentor_finds_the_quickscan_print_and_year_report_greyed_out_on_the_reports_page(qtbot, staff_db, messages):
    from PySide6.QtWidgets import QPushButton

    from wplstudio.ui.pages.reports.page import ReportsPage

    for role, enabled in (("mentor", False), ("owner", True)):
        page = ReportsPage(AppContext(staff_db, actor_for(staff_db, role)))
        qtbot.addWidget(page)
        assert page.findChild(QPushButton, "run-quickscan").isEnabled() is enabled, role
        assert page.findChild(QPushButton, "run-year").isEnabled() is enabled, role  # the year report covers everyone
    assert messages == []
