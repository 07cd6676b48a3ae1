"""The company itself: its name and whether it is the demo company."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.actor import Actor
from wplstudio.domain.people import normalise_simple_name
from wplstudio.domain.permissions import OTHERS, require
from wplstudio.domain.text import QT_TRANSLATE_NOOP
from wplstudio.services.records import add_row, stamp, update_versioned
from wplstudio.storage.database import Database
from wplstudio.storage.models import Setting

NAME_KEY = "company.name"
DEMO_KEY = "company.demo"


@dataclass(frozen=True)
class CompanyInfo:
    name: str
    version: int
    is_demo: bool

    @property
    def is_set_up(self) -> bool:
        return bool(self.name)


def get_company(db: Database, actor: Actor) -> CompanyInfo:
    require(actor, "company", "view", OTHERS)
    with db.session() as s:
        name = s.get(Setting, NAME_KEY)
        demo = s.get(Setting, DEMO_KEY)
        return CompanyInfo(name.value if name else "", name.version if name else 0, bool(demo and demo.value == "1"))


def save_company_name(db: Database, actor: Actor, name: str, version: int) -> CompanyInfo:
    """version 0 means the company has no name yet."""
    require(actor, "company", "edit", OTHERS)
    name = normalise_simple_name(QT_TRANSLATE_NOOP("fields", "company name"), name)
    with db.session() as s:
        if version == 0 and s.get(Setting, NAME_KEY) is None:
            add_row(s, actor, Setting(key=NAME_KEY, value=name, **stamp(actor)))
        else:
            update_versioned(s, Setting, NAME_KEY, version, actor, {"value": name})
    return get_company(db, actor)


def mark_demo(db: Database, actor: Actor) -> None:
    require(actor, "company", "edit", OTHERS)
    with db.session() as s:
        if s.get(Setting, DEMO_KEY) is None:
            add_row(s, actor, Setting(key=DEMO_KEY, value="1", **stamp(actor)))
