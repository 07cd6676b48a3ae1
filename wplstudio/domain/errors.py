"""Errors a person can cause or solve. Each carries an English source sentence
with named placeholders; the GUI and CLI translate it in the "errors" context."""

from __future__ import annotations

from dataclasses import dataclass, field


class WplError(Exception):
    """Something went wrong that the person should read about: no traceback."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def english(self) -> str:
        return self.message.format(**self.params)

    def __str__(self) -> str:
        return self.english()


class DatabaseProblem(WplError):
    """The database cannot be opened or used as asked."""


class DatabaseDamaged(DatabaseProblem):
    """The database file is damaged. moved_to: where it was set aside (None if not);
    backup and backup_taken: the newest good backup to offer (None if there is none)."""

    moved_to = None
    backup = None
    backup_taken = None


class Offline(DatabaseProblem):
    """The connection to the database server was lost; nothing of this action was saved."""


class ReadOnlyDatabase(DatabaseProblem):
    """A change was tried on a database opened read-only (another instance has it open)."""


class NotFound(WplError):
    """A record that was asked for no longer exists."""


class Conflict(WplError):
    """Someone else changed the record since it was read."""


class InUse(WplError):
    """A record cannot be removed because others still refer to it."""


class NotAllowed(WplError):
    """The signed-in person's role may not do this (see domain/permissions.py)."""


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str
    params: dict = field(default_factory=dict)

    def english(self) -> str:
        return self.message.format(**self.params)


class ValidationFailed(WplError):
    """One or more fields of a form are not acceptable; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__("Please correct: {details}", details="; ".join(p.english() for p in problems))
        self.problems = problems
