"""The welcome page in the main window's stack: shown by itself while the company has no
employees, hidden for good once closed on this PC, back at any time under Help > First steps."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wplstudio.domain.permissions import OTHERS, allowed
from wplstudio.services import getting_started
from wplstudio.ui.access import first_open_area, may
from wplstudio.ui.errors import guarded
from wplstudio.ui.welcome.steps import StepCard

STYLE = """
QLabel#welcomeTitle { font-size: 22pt; font-weight: 600; color: #23303d; }
QLabel#welcomeSection { font-size: 14pt; font-weight: 600; color: #23303d; margin-top: 10px; }
QFrame[welcomeStep="true"] { background: #ffffff; border: 1px solid #c9d1d9; border-left: 6px solid #f0a030; border-radius: 6px; }
QFrame[welcomeStep="true"][done="true"] { border-left: 6px solid #2e7d32; }
QLabel#stepTitle { font-size: 13pt; font-weight: 600; }
QLabel#welcomeOr { font-size: 12pt; margin-top: 6px; }
QLabel[stepState="true"] { font-weight: 600; }
QLabel[stepDetail="true"] { color: #4a4a4a; }
"""


def show_if_new(window) -> None:
    """Once the window is up (after it restored its last view): the welcome, for a new company,
    unless it was closed for good on this PC. The page itself is only made when it shows."""
    actor = window.ctx.actor
    if not allowed(actor.role, "people", "view", OTHERS) or _dismissed(window.ctx.db):
        return
    seen = guarded(window, lambda: getting_started.progress(window.ctx.db, actor))
    if seen is not None and seen.is_new_company:
        QTimer.singleShot(0, lambda: welcome_of(window).show_welcome())


def _settings_key(db) -> str:
    where = hashlib.sha1(db.target.describe().encode("utf-8")).hexdigest()[:12]
    return f"welcome/dismissed-{where}"


def _dismissed(db) -> bool:
    return QSettings().value(_settings_key(db), False, type=bool)


def welcome_of(window) -> WelcomePanel:
    """The window's welcome page, made on first use."""
    panel = getattr(window, "welcome_panel", None)
    if panel is None:
        panel = window.welcome_panel = WelcomePanel(window)
        window.stack.addWidget(panel)
    return panel


class WelcomePanel(QScrollArea):
    def __init__(self, window) -> None:
        super().__init__(objectName="welcomePanel")
        self.window_, self.ctx = window, window.ctx
        self.setWidgetResizable(True)
        body = QWidget(objectName="welcomeBody")
        body.setStyleSheet(STYLE)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(40, 28, 40, 28)
        self.cards = self._build()
        self.column.addStretch(1)
        self.column.addLayout(self._footer())
        self.setWidget(body)

    # --- building -------------------------------------------------------------
    def _build(self) -> dict[str, StepCard]:
        self._label("welcomeTitle", self.tr("Welcome to wplstudio"))
        self._label("hint", self.tr("A few steps to your first deployability matrix on the wall. Each button takes you to the right place; "
                                    "come back here under Help > First steps."))
        self._label("welcomeSection", self.tr("Step 1 — bring in your matrix: from Excel, or by hand"))
        cards = {key: StepCard(f"welcome_{key}", *texts) for key, texts in self._texts().items()}
        self.column.addWidget(cards["excel"])
        self._label("welcomeOr", self.tr("… or enter it by hand, from left to right:"))
        row = QHBoxLayout()
        for key in ("people", "tasks", "levels"):
            row.addWidget(cards[key], 1)
        self.column.addLayout(row)
        self.column.addWidget(self._section_label())
        self.column.addWidget(cards["print"])
        self.buttons = {}
        add = self._add_button
        add(cards["excel"], "welcomeImport", self.tr("Import from Excel…"), self.import_excel)
        add(cards["people"], "welcomeTeams", self.tr("Teams"), lambda: self.go("teams"))
        add(cards["people"], "welcomePeople", self.tr("Employees"), lambda: self.go("people"))
        add(cards["tasks"], "welcomeTasks", self.tr("Task landscape"), lambda: self.go("tasks"))
        add(cards["levels"], "welcomeMatrix", self.tr("Open the matrix"), lambda: self.go("matrix"))
        add(cards["print"], "welcomePrint", self.tr("Print for the wall…"), self.print_matrix)
        self._courtesy(cards)
        return cards

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            "excel": (self.tr("Read in your Excel matrix"), self.tr(
                "Do you keep the matrix in Excel today? Read the sheet in: teams, people, tasks and levels in one go. "
                "You see a preview first; nothing is saved until you confirm.")),
            "people": (self.tr("Teams and people"), self.tr(
                "Add your teams (departments) first, then the people in them, with their function and start date.")),
            "tasks": (self.tr("Tasks"), self.tr(
                "The task landscape: core tasks split into the tasks that become the columns of the matrix. "
                "Mark a certificate such as VCA with how long it stays valid.")),
            "levels": (self.tr("Levels"), self.tr(
                "Per person and task, what they can: 0 not, 1 learning it, 2 with someone watching, 3 on their own, 4 can teach it.")),
            "print": (self.tr("Print the matrix on A3"), self.tr(
                "Hang it on the wall in the workshop: everyone sees who can do what, and where a second person is needed.")),
        }

    def _add_button(self, card: StepCard, name: str, text: str, action) -> None:
        self.buttons[name] = card.add_button(name, text, action)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def _section_label(self) -> QLabel:
        label = QLabel(self.tr("Step 2 — the matrix on the wall"), objectName="welcomeSection")
        label.setWordWrap(True)
        return label

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        manual = QPushButton(self.tr("Open the manual (F1)"), objectName="welcomeManual")
        manual.clicked.connect(self.open_manual)
        close = QPushButton(self.tr("Close the welcome"), objectName="welcomeClose")
        close.setToolTip(self.tr("It does not come back by itself; Help > First steps opens it again."))
        close.clicked.connect(self.dismiss)
        row.addWidget(manual)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def _courtesy(self, cards: dict[str, StepCard]) -> None:
        """Grey out what the role cannot do (the services refuse anyway)."""
        role = self.ctx.actor.role
        editable = allowed(role, "people", "edit", OTHERS) and not self.ctx.db.read_only
        for name in ("welcomeImport", "welcomeTeams", "welcomePeople", "welcomeTasks"):
            self.buttons[name].setEnabled(editable)
        self.buttons["welcomePrint"].setEnabled(may(self.ctx.actor, "matrix", "print"))

    # --- state ----------------------------------------------------------------
    def _people_count(self, teams: int, people: int) -> str:
        """'1 team, 1 person' in the singular: a new company starts with one of each."""
        team_text = self.tr("1 team") if teams == 1 else self.tr("{n} teams").format(n=teams)
        people_text = self.tr("1 person") if people == 1 else self.tr("{n} people").format(n=people)
        return self.tr("{teams}, {people}").format(teams=team_text, people=people_text)

    def refresh(self) -> None:
        seen = guarded(self, lambda: getting_started.progress(self.ctx.db, self.ctx.actor))
        if seen is None:
            return
        self.cards["excel"].set_done(seen.matrix_filled, "")
        self.cards["people"].set_done(seen.people_done, self._people_count(seen.teams, seen.employees))
        self.cards["tasks"].set_done(seen.tasks_done, self.tr("1 task") if seen.tasks == 1 else self.tr("{tasks} tasks").format(tasks=seen.tasks))
        self.cards["levels"].set_done(seen.levels_done, self.tr("1 level filled in") if seen.levels == 1
                                      else self.tr("{levels} levels filled in").format(levels=seen.levels))
        printed = seen.printed_on.strftime("%d-%m-%Y") if seen.printed_on else ""
        self.cards["print"].set_done(seen.printed, self.tr("printed on {date}").format(date=printed) if printed else "")

    def may_see(self) -> bool:
        return allowed(self.ctx.actor.role, "people", "view", OTHERS)

    def show_welcome(self) -> None:
        if not self.may_see():
            return
        self.refresh()
        self.window_.navigation.setCurrentRow(-1)
        self.window_.stack.setCurrentWidget(self)
        first = next((b for b in self.buttons.values() if b.isEnabled()), None)
        (first or self).setFocus()  # not the navigation: a list that gets focus picks its first area

    # --- the buttons ----------------------------------------------------------
    def go(self, view: str) -> None:
        self.window_.show_view(view)

    def import_excel(self) -> bool:
        from wplstudio.ui.pages.matrix.excel_actions import import_from_excel

        done = import_from_excel(self, self.ctx, self.refresh)
        self.refresh()
        return done

    def print_matrix(self, path: str | None = None, paper: str | None = None):
        from wplstudio.ui.pages.matrix.excel_actions import print_for_wall

        written = print_for_wall(self, self.ctx, None, path, paper)  # marks the step done
        self.refresh()
        return written

    def open_manual(self) -> None:
        from wplstudio.ui.help.menu import open_manual

        open_manual(self.window_, "01-start")

    def dismiss(self) -> None:
        QSettings().setValue(_settings_key(self.ctx.db), True)
        self.window_.show_view(first_open_area(self.ctx.actor))
