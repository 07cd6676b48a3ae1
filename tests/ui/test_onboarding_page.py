"""The onboarding page as the shop PC uses it: the mentor and the trainee each sign with their
own PIN in the sign dialog, the module locks and the matrix learns; a picture file that is not
a PNG or JPEG is refused before it reaches the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.staff import actor_for, employee_id, staff_db, staff_template  # noqa: F401
from wplstudio.domain import onboarding as rules
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.errors import WplError
from wplstudio.services import matrix, onboarding, onboarding_programs as programs
from wplstudio.ui.context import AppContext
from wplstudio.ui.pages.onboarding.dialogs import SignDialog
from wplstudio.ui.pages.onboarding.programs import checked_image
from wplstudio.ui.pages.onboarding.view import OnboardingPage


def _tab(window, view):
    window.show_view(view)
    return window.stack.currentWidget().tabs.currentWidget()


def test_the_owner_sees_three_trajectories_and_daans_overdue_module_in_red(window):
    tab = _tab(window, "onboarding")
    names = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert names == {"Daan Bakker", "Ilse Kok", "Bram Mulder"}
    daan = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "Daan Bakker")
    tab.table.selectRow(daan)
    assert tab.detail.row.trainee_name == "Daan Bakker" and tab.detail.row.overdue
    assert tab.modules.count() == 5 and tab.progress.value() == 40


def test_the_programs_tab_lists_both_programs_with_their_modules(window):
    tab = _tab(window, "onboarding-programs")
    assert tab.programs.count() == 2 and tab.modules.count() >= 4


def test_mentor_and_trainee_sign_a_module_in_the_dialog_with_their_own_pins(qtbot, staff_db, messages):
    sanne, ruud = employee_id(staff_db, "Sanne de Boer"), employee_id(staff_db, "Ruud Jansen")
    lasser = next(p.id for p in programs.list_programs(staff_db, SYSTEM) if p.name == "Inwerken lasser")
    row = onboarding.start_trajectory(staff_db, SYSTEM, sanne, lasser, ruud, date.today() - timedelta(days=3))
    module = onboarding.get_trajectory(staff_db, SYSTEM, row.id).modules[0]
    for assignment_id, _ in module.module.assignments:
        onboarding.set_ticked(staff_db, SYSTEM, row.id, assignment_id, True)
    mentor_ctx = AppContext(staff_db, actor_for(staff_db, "mentor"))  # Ruud is signed in at the shop PC
    page = OnboardingPage(mentor_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 1  # a mentor sees their trainees, not the programs
    for role, pin in ((rules.TRAINEE, "1357"), (rules.MENTOR, "2580")):
        dialog = SignDialog(mentor_ctx, row, module, role, page)
        qtbot.addWidget(dialog)
        assert dialog.who.count() == 1
        qtbot.keyClicks(dialog.secret, pin)
        dialog.save_clicked()
        assert dialog.saved is not None, messages
    done = onboarding.get_trajectory(staff_db, SYSTEM, row.id).modules[0]
    assert done.status == rules.SIGNED
    tools = next(t.task_id for t in module.module.tasks)
    assert matrix.load_cell(staff_db, SYSTEM, sanne, tools).level >= 2


def test_a_wrong_pin_in_the_dialog_says_so_and_signs_nothing(qtbot, staff_db, messages):
    daan = next(r for r in onboarding.list_trajectories(staff_db, SYSTEM) if r.trainee_name == "Daan Bakker")
    module = next(m for m in onboarding.get_trajectory(staff_db, SYSTEM, daan.id).modules if m.status == rules.READY)
    ctx = AppContext(staff_db, actor_for(staff_db, "mentor"))
    dialog = SignDialog(ctx, daan, module, rules.MENTOR, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.secret, "0000")
    dialog.save_clicked()
    assert dialog.saved is None and messages and "PIN" in messages[-1]
    assert onboarding.get_trajectory(staff_db, SYSTEM, daan.id).modules[2].current(rules.MENTOR) is None


def test_a_file_that_is_not_a_picture_is_refused_before_it_is_stored(tmp_path, qapp):
    fake = tmp_path / "foto.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a picture")
    with pytest.raises(WplError):
        checked_image(str(fake))
    from wplstudio.services import demo_pictures

    real = tmp_path / "echt.png"
    real.write_bytes(demo_pictures.u_profile())
    assert checked_image(str(real)) == demo_pictures.u_profile()


def test_the_owner_sets_the_mentor_maximum_and_a_company_holiday_that_planned_dates_skip(qtbot, staff_db, messages):
    from PySide6.QtCore import QDate, Qt

    from wplstudio.ui.pages.onboarding.settings import OnboardingSettingsTab

    owner_ctx = AppContext(staff_db, actor_for(staff_db, "owner"))
    tab = OnboardingSettingsTab(owner_ctx)
    qtbot.addWidget(tab)
    tab.refresh()
    monday = date(2027, 7, 19)
    tab.max_trainees.setValue(3)
    tab.day.setDate(QDate(2027, 7, 19))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert messages == []
    saved = onboarding.get_settings(staff_db, SYSTEM)
    assert saved.max_trainees == 3 and saved.holidays == (monday,)
    assert rules.add_working_days(date(2027, 7, 16), 2, frozenset(saved.holidays)) == date(2027, 7, 20)  # Friday, then Tuesday
    tab.holidays.item(0).setSelected(True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert onboarding.get_settings(staff_db, SYSTEM).holidays == ()


def test_a_mentor_cannot_change_the_onboarding_settings(qtbot, staff_db):
    page = OnboardingPage(AppContext(staff_db, actor_for(staff_db, "mentor")))
    qtbot.addWidget(page)
    assert "onboarding-settings" not in [page.tabs.widget(i).objectName() for i in range(page.tabs.count())]


def test_the_owner_removes_a_module_from_an_unused_program_but_not_from_one_in_use(qtbot, staff_db, messages):
    from wplstudio.ui.pages.onboarding.programs import ProgramsTab

    used = program_id_of(staff_db, "Inwerken lasser")
    fresh = programs.copy_program(staff_db, SYSTEM, used, "Inwerken lasser (nieuw)")
    tab = ProgramsTab(AppContext(staff_db, actor_for(staff_db, "owner")))
    qtbot.addWidget(tab)
    tab.refresh()
    names = [p.name for p in tab.rows]
    tab.programs.setCurrentRow(names.index("Inwerken lasser (nieuw)"))
    before = len(tab.current_program().modules)
    tab.modules.setCurrentRow(0)
    tab.buttons["remove"].click()
    assert len(next(p for p in programs.list_programs(staff_db, SYSTEM) if p.name == "Inwerken lasser (nieuw)").modules) == before - 1
    in_use = next(p for p in tab.rows if p.in_use)  # a demo program that trajectories follow
    tab.programs.setCurrentRow(tab.rows.index(in_use))
    tab.modules.setCurrentRow(0)
    tab.buttons["remove"].click()
    assert any("used by" in m for m in messages)
    assert len(next(p for p in programs.list_programs(staff_db, SYSTEM) if p.id == in_use.id).modules) == len(in_use.modules)
    assert fresh.name == "Inwerken lasser (nieuw)"


def program_id_of(db, name):
    return next(p.id for p in programs.list_programs(db, SYSTEM) if p.name == name)


def test_the_owner_moves_a_module_down_and_undoes_and_redoes_it(qtbot, staff_db, messages):
    from wplstudio.ui.pages.onboarding.programs import ProgramsTab

    tab = ProgramsTab(AppContext(staff_db, actor_for(staff_db, "owner")))
    qtbot.addWidget(tab)
    tab.refresh()
    order = lambda: [m.title for m in tab.current_program().modules]  # noqa: E731
    before = order()
    tab.modules.setCurrentRow(0)
    tab.buttons["down"].click()
    moved = [before[1], before[0]] + before[2:]
    assert order() == moved and tab.buttons["undo"].isEnabled()
    tab.buttons["undo"].click()
    assert order() == before and tab.buttons["redo"].isEnabled()
    tab.buttons["redo"].click()
    assert order() == moved and messages == []
    tab.modules.setCurrentRow(0)
    tab.buttons["up"].click()  # already first: nothing to move, nothing to undo
    assert order() == moved and tab.undo_stack.count() == 1


def test_changing_and_removing_a_module_can_be_undone_with_its_pictures_and_place(qtbot, staff_db, monkeypatch, messages):
    from dataclasses import replace

    from wplstudio.ui.pages.onboarding.dialogs import ModuleDialog
    from wplstudio.ui.pages.onboarding.programs import ProgramsTab

    programs.copy_program(staff_db, SYSTEM, program_id_of(staff_db, "Inwerken lasser"), "Lasser kopie")
    tab = ProgramsTab(AppContext(staff_db, actor_for(staff_db, "owner")))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.programs.setCurrentRow([p.name for p in tab.rows].index("Lasser kopie"))
    modules = lambda: tab.current_program().modules  # noqa: E731
    before = [(m.title, len(m.images)) for m in modules()]

    def typed_a_new_title(cls, ctx, program, module, parent=None):  # the person changes the title and presses Save
        return programs.save_module(ctx.db, ctx.actor, program, replace(module.draft(), title="Veilig lassen (nieuw)"), module.id,
                                    module.version) is not None

    monkeypatch.setattr(ModuleDialog, "run", classmethod(typed_a_new_title))
    tab.modules.setCurrentRow(0)
    tab.buttons["edit"].click()
    assert modules()[0].title == "Veilig lassen (nieuw)"
    tab.buttons["undo"].click()
    assert [(m.title, len(m.images)) for m in modules()] == before
    tab.modules.setCurrentRow(0)
    tab.buttons["remove"].click()
    assert [m.title for m in modules()] == [t for t, _ in before[1:]]
    tab.buttons["undo"].click()
    assert [(m.title, len(m.images)) for m in modules()] == before and before[0][1] >= 1  # back first, with its picture
    tab.buttons["redo"].click()
    assert [m.title for m in modules()] == [t for t, _ in before[1:]]
    assert all(m.startswith("Remove the module") for m in messages)  # the question asked first, and no refusal


def test_signing_twice_says_the_role_in_dutch(staff_db, dutch):
    from wplstudio.i18n import error_text
    from wplstudio.services import onboarding_signing as signing

    sanne = actor_for(staff_db, "employee")
    row = onboarding.start_trajectory(staff_db, SYSTEM, employee_id(staff_db, "Sanne de Boer"), program_id_of(staff_db, "Inwerken lasser"),
                                      employee_id(staff_db, "Ruud Jansen"), date.today())
    module = onboarding.get_trajectory(staff_db, SYSTEM, row.id).modules[0]
    for assignment_id, _ in module.module.assignments:
        onboarding.set_ticked(staff_db, SYSTEM, row.id, assignment_id, True)
    signing.sign(staff_db, sanne, row.id, module.module.id, rules.TRAINEE, signing.confirm(staff_db, sanne.user_id, "1357"))
    with pytest.raises(WplError) as refused:
        signing.sign(staff_db, sanne, row.id, module.module.id, rules.TRAINEE, signing.confirm(staff_db, sanne.user_id, "1357"))
    assert "als leerling afgetekend" in error_text(refused.value)
