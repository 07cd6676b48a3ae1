"""The Help menu (the manual with its pictures, About) and the welcome that leads a new
company from an empty database or its Excel sheet to a first printed matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.services.messy_sheets import messy_sheet
from wplstudio import __version__
from wplstudio.domain.actor import Actor
from wplstudio.ui.context import AppContext
from wplstudio.ui.help.manual import chapters, images_of, shots_dir
from wplstudio.ui.main_window import MainWindow
from wplstudio.ui.pages.matrix.import_dialog import ImportDialog

CHAPTER_COUNT = 8


def trigger(window, name: str) -> None:
    next(a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.objectName() == name).trigger()


def settle() -> None:
    """Let the window's queued start-up calls run (the welcome is queued behind the window)."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def new_company(qtbot, db):
    """The main window on a database without anyone in it, as the owner after the first start."""
    win = MainWindow(AppContext(db, Actor("Marieke Smit", "owner")))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    settle()
    return win


# --- the manual -----------------------------------------------------------------

def test_the_help_menu_opens_the_manual_with_every_chapter(window):
    trigger(window, "manualAction")
    manual = window.manual_window
    assert manual.isVisible()
    assert manual.chapter_list.count() == CHAPTER_COUNT == len(chapters("en"))
    assert manual.chapter_titles()[0] == "Getting started"
    assert "deployability matrix" in manual.browser.toPlainText()


def test_f1_is_the_manual_key(window):
    action = next(a for a in window.menuBar().findChildren(type(window.menuBar().actions()[0])) if a.objectName() == "manualAction")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action.shortcut().toString() == "F1"


def test_the_manual_speaks_dutch_when_the_app_does(dutch, window):
    trigger(window, "manualAction")
    assert window.manual_window.chapter_titles()[0] == "Aan de slag"
    assert window.menuBar().actions()[-1].text() == "&Help"


def test_both_languages_have_the_same_chapters_and_pictures():
    dutch, english = chapters("nl"), chapters("en")
    assert [c.key for c in dutch] == [c.key for c in english] and len(dutch) == CHAPTER_COUNT
    for nl, en in zip(dutch, english):
        assert [p.name for p in images_of(nl)] == [p.name for p in images_of(en)], nl.key
        assert images_of(nl), f"{nl.key} has no picture"
    for lang, listed in (("nl", dutch), ("en", english)):
        shown = {p for chapter in listed for p in images_of(chapter)}
        assert shown == set(shots_dir(lang).glob("*.png")), f"pictures in shots/{lang} that no chapter shows, or the other way round"


def test_every_picture_the_manual_shows_is_there_and_loads(window):
    trigger(window, "manualAction")
    manual = window.manual_window
    for chapter in manual.chapters:
        manual.show_chapter(chapter.key)
        names = _image_names(manual.browser.document())
        assert len(names) == len(images_of(chapter)), chapter.key
        for name in names:
            picture = manual.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
            assert picture is not None and not _empty(picture), f"{chapter.key}: {name} does not load"


def _image_names(document) -> list[str]:
    names, block = [], document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def _empty(picture) -> bool:
    return picture.isNull() if hasattr(picture, "isNull") else not picture


def test_finding_a_word_in_a_chapter_jumps_to_it(window, qtbot):
    trigger(window, "manualAction")
    manual = window.manual_window
    manual.show_chapter("03-matrix")
    manual.search.setText("A3")
    assert manual.find_next()
    manual.search.setText("no such word anywhere")
    assert not manual.find_next()
    qtbot.keyClick(manual, Qt.Key.Key_Escape)
    assert not manual.isVisible()


def test_about_names_the_version_without_blocking(window):
    trigger(window, "aboutAction")
    box = window.about_box
    assert box.isVisible() and __version__ in box.text()
    box.close()


# --- the welcome ----------------------------------------------------------------

def test_a_new_company_opens_on_the_welcome_with_every_step_to_do(new_company):
    panel = new_company.welcome_panel
    assert new_company.stack.currentWidget() is panel
    assert not any(card.done for card in panel.cards.values())
    assert panel.cards["people"].detail.text() == "0 teams, 0 people"


def test_the_demo_company_does_not_open_on_the_welcome_but_help_brings_it(window):
    settle()
    assert getattr(window, "welcome_panel", None) is None
    trigger(window, "welcomeAction")
    panel = window.welcome_panel
    assert window.stack.currentWidget() is panel
    assert all(panel.cards[key].done for key in ("excel", "people", "tasks", "levels"))
    assert not panel.cards["print"].done


def test_each_step_button_goes_where_the_work_is(new_company):
    panel = new_company.welcome_panel
    for button, view in (("welcomeTeams", "teams"), ("welcomePeople", "people"), ("welcomeTasks", "tasks"), ("welcomeMatrix", "matrix")):
        trigger(new_company, "welcomeAction")
        panel.buttons[button].click()
        assert new_company.current_view() == view


def test_from_an_excel_sheet_to_a_printed_matrix(new_company, tmp_path, monkeypatch, messages):
    sheet = messy_sheet(tmp_path / "onze matrix.xlsx")
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.import_button.click(), dialog.result())[1])
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    panel = new_company.welcome_panel
    panel.buttons["welcomeImport"].click()
    assert all(panel.cards[key].done for key in ("excel", "people", "tasks", "levels"))
    pdf = panel.print_matrix(str(tmp_path / "matrix.pdf"), "A3")
    assert pdf.read_bytes().startswith(b"%PDF") and opened
    assert panel.cards["print"].done and "printed on" in panel.cards["print"].detail.text()


def test_closing_the_welcome_keeps_it_away_until_asked_for(new_company, qtbot):
    panel = new_company.welcome_panel
    panel.findChild(type(panel.buttons["welcomeImport"]), "welcomeClose").click()
    assert new_company.stack.currentWidget() is not panel
    again = MainWindow(AppContext(new_company.ctx.db, new_company.ctx.actor))
    qtbot.addWidget(again)
    settle()
    assert getattr(again, "welcome_panel", None) is None
    trigger(again, "welcomeAction")
    assert again.stack.currentWidget() is again.welcome_panel


def test_the_welcome_speaks_dutch(dutch, new_company):
    panel = new_company.welcome_panel
    assert panel.cards["print"].state.text() == "○ Nog te doen"
    assert panel.buttons["welcomePrint"].text() == "Printen voor aan de muur…"


def test_the_shop_screen_never_sees_the_welcome(qtbot, db):
    win = MainWindow(AppContext(db, Actor("Planbord", "display")))
    qtbot.addWidget(win)
    win.show()
    settle()
    assert getattr(win, "welcome_panel", None) is None
    assert not next(a for a in win.menuBar().findChildren(type(win.menuBar().actions()[0])) if a.objectName() == "welcomeAction").isEnabled()


def test_the_welcome_wins_over_the_last_view_remembered_on_this_pc(qtbot, db):
    """As at a real start: the window restores the view of last time, then the welcome comes in front."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("window/view", "board")
    win = MainWindow(AppContext(db, Actor("Marieke Smit", "owner")))
    qtbot.addWidget(win)
    win.restore_state(QSettings())
    win.show()
    settle()
    assert win.stack.currentWidget() is win.welcome_panel


@pytest.mark.parametrize("view", ["manual", "welcome"])
def test_the_manual_and_the_welcome_can_be_pictured_from_the_command_line(qapp, db_path, tmp_path, view):
    from wplstudio.storage.locations import file_target
    from wplstudio.ui.dialog_shots import render_dialog

    out = render_dialog(file_target(db_path), view, tmp_path / f"{view}.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_the_welcome_counts_one_team_and_one_task_in_the_singular(dutch, new_company):
    from wplstudio.domain.actor import SYSTEM
    from wplstudio.services import people

    people.save_team(new_company.ctx.db, SYSTEM, "Werkplaats")
    panel = new_company.welcome_panel
    panel.refresh()
    assert panel.cards["people"].detail.text() == "1 team, 0 mensen"
    assert panel._people_count(1, 1) == "1 team, 1 persoon" and panel._people_count(2, 5) == "2 teams, 5 mensen"
