"""Courtesy for the screen: grey out what the signed-in role cannot use.

This is never the check itself: every service refuses on its own (see
wplstudio.domain.permissions). It only spares people a button that would say no."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from wplstudio.domain.actor import Actor
from wplstudio.domain.permissions import OTHERS, allowed, allowed_anywhere

# Navigation area -> permission area. The dashboard gathers a person's own to-dos:
# everyone but the shop screen has one.
AREA_PERMISSION = {
    "dashboard": "reports",
    "board": "board",
    "matrix": "matrix",
    "onboarding": "onboarding",
    "interviews": "interviews",
    "quickscan": "quickscan",
    "people": "people",
    "reports": "reports",
    "accounts": "accounts",
    "audit": "audit",
    "backups": "backups",
    "settings": "settings",
}


# Permission areas whose services serve only everyone's records (the quickscan has no "my own
# answers" view): a role that may use just its own would get an empty page behind refusals.
NEEDS_OTHERS = {"quickscan"}


def may(actor: Actor, area: str, operation: str = "view") -> bool:
    if area in NEEDS_OTHERS:
        return allowed(actor.role, area, operation, OTHERS)
    return allowed_anywhere(actor.role, area, operation)


def may_open(actor: Actor, area_key: str) -> bool:
    """May the navigation entry be used? Unknown areas: everyone who may see reports."""
    return may(actor, AREA_PERMISSION.get(area_key, "reports"))


def may_view_company(actor: Actor) -> bool:
    return may(actor, "company")


def first_open_area(actor: Actor) -> str:
    """Where a person starts when their last view is not for them (the shop screen: the board)."""
    from wplstudio.ui.views import AREAS

    return next((a.key for a in AREAS if may_open(actor, a.key)), AREAS[0].key)


def people_page_courtesy(page, actor: Actor) -> None:
    """Grey out the tabs and buttons of the Employees area that this role cannot use."""
    from wplstudio.ui.list_tab import ListTab

    tab_area = {"teams": "people", "functions": "people", "tasks": "landscape", "company": "company", "backups": "backups"}
    for index in range(page.tabs.count()):
        name = page.tabs.widget(index).objectName()
        if name in tab_area:
            page.tabs.setTabEnabled(index, allowed(actor.role, tab_area[name], "view", OTHERS))
    for tab in page.tabs.findChildren(ListTab):
        editable = may(actor, "landscape" if type(tab).__name__ in ("CoreTasksList", "TasksList") else "people", "edit")
        for button in (tab.add_button, tab.edit_button, tab.remove_button):
            button.setEnabled(editable)
    for button in page.tabs.findChildren(QPushButton, "companySave"):
        button.setEnabled(may(actor, "company", "edit"))
