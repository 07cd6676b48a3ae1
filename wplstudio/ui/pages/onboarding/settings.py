"""The onboarding settings: how many trainees a mentor may have at a time, and the company's
holidays that the planned dates of the modules skip (besides weekends)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from wplstudio.services import onboarding
from wplstudio.ui.access import may
from wplstudio.ui.context import AppContext
from wplstudio.ui.errors import guarded


class OnboardingSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.max_trainees = QSpinBox(minimum=1, maximum=10)
        self.max_trainees.setToolTip(self.tr("A mentor who already has this many trainees cannot take a new one."))
        self.holidays = QListWidget()
        self.holidays.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.day = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.add_button, self.remove_button = QPushButton(self.tr("Add day")), QPushButton(self.tr("Remove chosen days"))
        self.save_button = QPushButton(self.tr("Save"))
        self.status = QLabel(objectName="hint", wordWrap=True)
        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_days)
        self.save_button.clicked.connect(self.save)
        self._layout()
        editable = may(ctx.actor, "settings", "edit")
        for widget in (self.max_trainees, self.day, self.add_button, self.remove_button, self.save_button):
            widget.setEnabled(editable)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Trainees per mentor at most"), self.max_trainees)
        adding = QHBoxLayout()
        for widget in (self.day, self.add_button, self.remove_button):
            adding.addWidget(widget)
        adding.addStretch(1)
        self.max_trainees.setMaximumWidth(90)
        column = QWidget()
        column.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Company holidays"))))
        layout.addWidget(QLabel(self.tr("Days the workshop is closed (for example the construction holiday, Christmas). "
                                        "The planned dates of onboarding modules skip them, as they skip weekends."),
                                wordWrap=True, objectName="hint"))
        layout.addLayout(adding)
        self.holidays.setMaximumHeight(260)
        self.none_yet = QLabel(self.tr("No company holidays yet: only weekends are skipped."), objectName="hint")
        layout.addWidget(self.none_yet)
        layout.addWidget(self.holidays)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def refresh(self) -> None:
        found = guarded(self, lambda: onboarding.get_settings(self.ctx.db, self.ctx.actor))
        if found is None:
            return
        self.max_trainees.setValue(found.max_trainees)
        self._show_days(found.holidays)

    def _show_days(self, days) -> None:
        self.holidays.clear()
        self.none_yet.setVisible(not days)
        for day in sorted(set(days)):
            item = QListWidgetItem(QDate(day.year, day.month, day.day).toString("dddd dd-MM-yyyy"))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.holidays.addItem(item)

    def days(self) -> list[date]:
        return [self.holidays.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.holidays.count())]

    def add_day(self) -> None:
        self._show_days(self.days() + [self.day.date().toPython()])
        self.status.setText(self.tr("Not saved yet."))

    def remove_days(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.holidays.selectedItems()}
        self._show_days([d for d in self.days() if d not in chosen])
        self.status.setText(self.tr("Not saved yet."))

    def save(self) -> None:
        saved = guarded(self, lambda: onboarding.save_settings(self.ctx.db, self.ctx.actor, self.max_trainees.value(), self.days()))
        if saved is not None:
            self.max_trainees.setValue(saved.max_trainees)
            self._show_days(saved.holidays)
            self.status.setText(self.tr("Saved. New planned dates count with these days."))
