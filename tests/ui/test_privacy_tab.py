from __future__ import annotations

from wplstudio.services import people, privacy


def _privacy_tab(window):
    window.show_view("privacy")
    return window.stack.currentWidget().tabs.currentWidget()


def test_owner_sees_who_is_past_retention_and_anonymises_them(window, messages):
    tab = _privacy_tab(window)
    assert tab.due_model.rowCount() == 1  # Gerrit left in March 2024, 24 months passed
    tab.due_table.selectRow(0)
    tab.anonymise_selected()
    assert messages and "Anonymise Gerrit Dijkstra?" in messages[0]
    assert tab.due_model.rowCount() == 0
    assert "Dijkstra" not in [e.last_name for e in people.list_employees(window.ctx.db, window.ctx.actor)]


def test_retention_period_set_in_the_tab_is_kept(window):
    tab = _privacy_tab(window)
    tab.months.setValue(6)
    tab.save_retention()
    assert privacy.retention_months(window.ctx.db) == 6
    assert tab.due_model.rowCount() == 2


def test_export_writes_the_chosen_persons_data(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    tab = _privacy_tab(window)
    target = tmp_path / "ruud.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "*.json")))
    tab.person.setCurrentIndex(tab.person.findText("Ruud Jansen"))
    tab.export("json")
    assert '"last_name": "Jansen"' in target.read_text(encoding="utf-8")
