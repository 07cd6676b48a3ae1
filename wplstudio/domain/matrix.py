"""Rules of the deployability matrix: what a cell counts as, and what the figures mean.

An expired certificate counts as not deployable everywhere (coverage, planning,
suggestions) until renewed; a certificate without a valid-until date is not
proven, so it does not count either."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from wplstudio.domain.errors import FieldProblem, ValidationFailed
from wplstudio.domain.levels import DEPLOYABLE, MENTOR
from wplstudio.domain.text import QT_TRANSLATE_NOOP

EXPIRY_WARNING_DAYS = 60


@dataclass(frozen=True)
class Cell:
    level: int = 0
    valid_until: date | None = None
    target_level: int | None = None
    target_date: date | None = None
    version: int = 0  # 0: no row stored yet


EMPTY = Cell()


def check_level(level: object) -> int:
    if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= 4:
        raise ValidationFailed([FieldProblem(QT_TRANSLATE_NOOP("fields", "level"), QT_TRANSLATE_NOOP(
            "errors", "A level is a whole number from 0 to 4."))])
    return level


def certificate_state(valid_until: date | None, today: date, warn_days: int = EXPIRY_WARNING_DAYS) -> str:
    """'missing', 'expired', 'expiring' (within warn_days) or 'valid'."""
    if valid_until is None:
        return "missing"
    if valid_until < today:
        return "expired"
    return "expiring" if valid_until <= today + timedelta(days=warn_days) else "valid"


def effective_level(cell: Cell, is_certificate: bool, today: date) -> int:
    """The level that counts for deployment: a certificate that is not valid today counts as at most 2."""
    if is_certificate and cell.level >= DEPLOYABLE and certificate_state(cell.valid_until, today) in ("missing", "expired"):
        return min(cell.level, DEPLOYABLE - 1)
    return cell.level


def is_deployable(cell: Cell, is_certificate: bool, today: date) -> bool:
    return effective_level(cell, is_certificate, today) >= DEPLOYABLE


def can_teach(cell: Cell, is_certificate: bool, today: date) -> bool:
    return effective_level(cell, is_certificate, today) >= MENTOR


def target_overdue(cell: Cell, today: date) -> bool:
    return (cell.target_level is not None and cell.target_date is not None
            and cell.target_date < today and cell.level < cell.target_level)
