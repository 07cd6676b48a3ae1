"""The two things the GUI holds on to without looking inside: an open company
database and where it lives. The GUI gets them from here so that it never
reaches into storage itself; every question it asks goes through a service."""

from wplstudio.storage.database import Database
from wplstudio.storage.locations import Target

__all__ = ["Database", "Target"]
