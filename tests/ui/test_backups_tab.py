"""The Backups tab, automatic backups in the background, restoring from the app, a
damaged database at start, and a full disk in a form."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.full_disk import no_room_left
from wplstudio.domain.actor import SYSTEM
from wplstudio.domain.rotation import Rotation
from wplstudio.services import backups, people
from wplstudio.storage.backup_files import AUTOMATIC, list_backups
from wplstudio.storage.database import open_database
from wplstudio.storage.locations import file_target
from wplstudio.ui.auto_backup import AutoBackup
from wplstudio.ui.pages.people.dialogs import NameDialog
from wplstudio.ui.recovery import offer_restore_at_start


def backups_tab(window):
    window.show_view("backups")
    tab = window.stack.currentWidget().tabs.currentWidget()
    assert tab.objectName() == "backups"
    return tab


def shown_rows(tab) -> list[list[str]]:
    model = tab.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def team_names(db) -> list[str]:
    return sorted(t.name for t in people.list_teams(db, SYSTEM))


def test_owner_makes_a_backup_and_sees_it_listed_newest_first_with_its_check(window):
    tab = backups_tab(window)
    assert tab.model.rowCount() == 0
    tab.backup_now()
    tab.backup_now()
    rows = shown_rows(tab)
    assert len(rows) == 2 and all(row[1] == "by hand" and row[3] == "✓ ok" and row[2].endswith(" kB") for row in rows)
    taken = [b.taken for b in tab.model.rows]
    assert taken == sorted(taken, reverse=True)
    assert str(backups.default_folder(window.ctx.db)) in tab.intro.text()


def test_owner_restores_a_backup_after_confirming_and_the_app_goes_on_with_the_restored_data(window, messages):
    db = window.ctx.db
    tab = backups_tab(window)
    tab.backup_now()
    people.save_team(db, SYSTEM, "Na de backup")
    tab.refresh()
    tab.table.selectRow(0)
    assert tab.restore_button.isEnabled()
    tab.restore_selected()
    assert messages[0].startswith("Restore the backup of ")
    assert "has been restored" in messages[1] and "company.before-restore-" in messages[1]
    assert window.ctx.db is db and "Na de backup" not in team_names(db)
    assert [row[1] for row in shown_rows(tab)] == ["before a restore", "by hand"]
    window.show_view("teams")
    assert "Na de backup" not in [r.name for r in window.stack.currentWidget().tabs.currentWidget().model.rows]


def test_saying_no_to_the_restore_question_changes_nothing(window, monkeypatch):
    db = window.ctx.db
    tab = backups_tab(window)
    tab.backup_now()
    people.save_team(db, SYSTEM, "Blijft")
    tab.refresh()
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    tab.restore_selected()
    assert "Blijft" in team_names(db)
    assert len(list_backups(db.target.path)) == 1


def test_owner_sets_how_many_automatic_backups_to_keep(window):
    tab = backups_tab(window)
    tab.daily.setValue(10)
    tab.weekly.setValue(0)
    tab.monthly.setValue(6)
    tab.save_rotation()
    assert backups.get_rotation(window.ctx.db) == Rotation(10, 0, 6)


def test_the_automatic_backup_runs_in_the_background_and_says_so_in_the_status_bar(window, qtbot):
    auto = AutoBackup(window)
    with qtbot.waitSignal(auto.finished, timeout=30_000) as made:
        auto.check()
    assert made.args[0] is not None and made.args[0].path.exists()
    assert "Automatic backup made and checked" in window.statusBar().currentMessage()
    with qtbot.waitSignal(auto.finished, timeout=30_000) as again:
        auto.check()  # the hourly check, the same day: nothing to do
    assert again.args[0] is None
    assert [b.kind for b in list_backups(window.ctx.db.target.path)] == [AUTOMATIC]


def test_a_damaged_database_at_start_offers_its_newest_good_backup_and_restores_it(tmp_path, qapp, messages):
    path = tmp_path / "company.sqlite"
    db = open_database(file_target(path))
    people.save_team(db, SYSTEM, "Lassen")
    backups.backup_now(db, SYSTEM)
    db.close()
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))
    try:
        open_database(file_target(path))
    except Exception as error:  # what the app's start would have caught
        opened = offer_restore_at_start(file_target(path), error, lambda _target: "the window")
    assert opened == "the window"
    assert "is damaged" in messages[0] and "Restore the newest good backup" in messages[0]
    assert "has been restored" in messages[1]
    again = open_database(file_target(path))
    try:
        assert team_names(again) == ["Lassen"]
    finally:
        again.close()


def test_a_full_disk_while_saving_a_team_says_so_keeps_the_form_open_and_saves_once_there_is_room(window, messages, qtbot):
    db = window.ctx.db
    dialog = NameDialog("New team", "Name", lambda name, _d: people.save_team(db, SYSTEM, name), "Montage")
    qtbot.addWidget(dialog)
    with no_room_left(db):
        dialog.save_clicked()
        assert messages and messages[-1].startswith("The disk is full") and dialog.result() != dialog.DialogCode.Accepted
        assert "Montage" not in team_names(db)
    dialog.save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted and "Montage" in team_names(db)
