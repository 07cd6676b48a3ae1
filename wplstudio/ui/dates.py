"""Dates as a Dutch technician writes them."""

from __future__ import annotations

from datetime import date


def show(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""
