"""What every page needs: the open database and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from wplstudio.domain.actor import SYSTEM, Actor
from wplstudio.services.handles import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor = SYSTEM
