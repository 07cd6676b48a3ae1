"""Save answers as they are typed: a short pause after the last keystroke writes every
changed answer (one short transaction each), and someone who types on without a pause
is saved at least every MAX_WAIT_MS. Closing the window saves what is left, so neither
closing nor a crash loses more than the last moment of typing."""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from wplstudio.domain.errors import WplError

DELAY_MS = 400
MAX_WAIT_MS = 2000


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(object)  # the WplError

    def __init__(self, save: Callable[[str, str], None], parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: dict[str, str] = {}
        self._first_change = 0.0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def changed(self, key: str, value: str) -> None:
        if not self._pending:
            self._first_change = time.monotonic()
        self._pending[key] = value
        if (time.monotonic() - self._first_change) * 1000 >= MAX_WAIT_MS:
            self.flush()
        else:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Write everything waiting; True when all of it was saved."""
        self._timer.stop()
        waiting, self._pending = self._pending, {}
        ok = True
        for key, value in waiting.items():
            try:
                self._save(key, value)
            except WplError as error:  # kept, so the next pause or closing tries again
                ok = False
                self._pending.setdefault(key, value)
                self.failed.emit(error)
        if waiting and ok:
            self.saved.emit()
        return ok
