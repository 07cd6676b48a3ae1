"""Who does something: every service call names its actor."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str
    role: str = "owner"
    user_id: int | None = None
    employee_id: int | None = None


SYSTEM = Actor(name="wplstudio", role="owner")
