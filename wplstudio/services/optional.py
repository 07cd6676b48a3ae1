"""Other areas' services that may not be there yet: the dashboard, the training plan and
the year report use them when they exist and leave them out while they don't."""

from __future__ import annotations

import importlib
import importlib.util


def area_module(name: str, needs: str = ""):
    """The service module `name`, or None while it (or its function `needs`) is not there yet."""
    try:
        if importlib.util.find_spec(name) is None:
            return None
        module = importlib.import_module(name)
    except ImportError:  # an area half-way through being built counts as not there yet
        return None
    return module if not needs or hasattr(module, needs) else None
