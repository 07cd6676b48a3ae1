"""A guard against a PySide6 bug that would abort the app.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method
that returns nothing (its generated code counts on Python 3.12's immortal None). None
starts with some 25,000 references; a painted grid makes thousands of such calls per
frame, and when the count reaches zero Python aborts ("deallocating None"). Where a
probe shows the bug, None gets so many references that no session can use them up:
in effect the immortal None of Python 3.12. PySide6 6.11 and Python 3.12+ need nothing."""

from __future__ import annotations

import sys

SPARE = 1 << 40  # a trillion calls


def keep_none_alive() -> bool:
    """True when the bug was found and None was made safe."""
    if sys.version_info >= (3, 12) or not _drops_none():
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += SPARE  # ob_refcnt is the first field of every object
    return True


def _drops_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before
