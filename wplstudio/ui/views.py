"""The areas of the main window and the view names that `wplstudio screenshot` knows.

An area is one entry in the navigation; a view is an area, or one tab inside it."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str
    coming: str  # what the area will hold, shown while it is not there yet ("" once built)


AREAS = (
    Area("dashboard", QT_TRANSLATE_NOOP("areas", "Dashboard"), "dashboard.svg", ""),
    Area("board", QT_TRANSLATE_NOOP("areas", "Planning board"), "board.svg", ""),
    Area("matrix", QT_TRANSLATE_NOOP("areas", "Deployability matrix"), "matrix.svg", ""),
    Area("onboarding", QT_TRANSLATE_NOOP("areas", "Onboarding & mentors"), "onboarding.svg", ""),
    Area("interviews", QT_TRANSLATE_NOOP("areas", "Development interviews"), "interviews.svg", ""),
    Area("quickscan", QT_TRANSLATE_NOOP("areas", "Quickscan"), "quickscan.svg", ""),
    Area("people", QT_TRANSLATE_NOOP("areas", "Employees"), "people.svg", ""),
    Area("reports", QT_TRANSLATE_NOOP("areas", "Reports"), "reports.svg",
         QT_TRANSLATE_NOOP("areas", "Printable overviews: the matrix on A3, the week plan, interview forms, the quickscan result.")),
    Area("audit", QT_TRANSLATE_NOOP("areas", "Audit trail"), "audit.svg", ""),
    Area("accounts", QT_TRANSLATE_NOOP("areas", "Accounts"), "accounts.svg", ""),
)

# Tabs inside an area: view name -> area key. The page knows its tabs by view name.
TABS = {
    "interviews": "interviews",
    "interview-actions": "interviews",
    "interview-cycle": "interviews",
    "interview-guides": "interviews",
    "people": "people",
    "teams": "people",
    "functions": "people",
    "tasks": "people",
    "company": "people",
    "privacy": "people",
    "backups": "people",
    "matrix": "matrix",
    "onboarding": "onboarding",
    "onboarding-programs": "onboarding",
    "onboarding-settings": "onboarding",
    "matrix-charts": "matrix",
    "board": "board",
    "board-improvements": "board",
    "board-display": "board",
    "needs": "matrix",
    "certificates": "matrix",
    "practice": "matrix",
    "targets": "matrix",
    "quickscan": "quickscan",
    "quickscan-compare": "quickscan",
    "reports": "reports",
    "learning": "reports",
    "learning-overview": "reports",
    "training-plan": "reports",
}

VIEW_NAMES = tuple([a.key for a in AREAS] + [name for name in TABS if name not in {a.key for a in AREAS}])
# Dialogs before and beside the main window that `wplstudio screenshot` can render too.
DIALOG_VIEWS = ("sign-in", "first-start", "lock", "settings", "manual", "welcome")
SCREENSHOT_NAMES = VIEW_NAMES + DIALOG_VIEWS


def locate(view: str) -> tuple[str, str]:
    """The area and the tab (by view name) that show a view."""
    return TABS.get(view, view), view
