"""Run a slow service call on Qt's thread pool and hand the result back to the GUI thread.

The call gets no widget and no session: it receives plain arguments, opens its
own short transaction through the service (sessions are per call), and returns
plain data. Qt delivers the result through a queued signal, so the callbacks
run in the GUI thread."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set = set()  # keeps each job's signal object alive until it has reported


class Job(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[], object], job: Job) -> None:
        super().__init__()
        self.work, self.job = work, job

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the GUI, which decides what to say
            self._emit(self.job.failed, error)
        else:
            self._emit(self.job.done, result)

    def _emit(self, signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the window closed meanwhile: nobody is waiting for the answer


def run_in_background(work: Callable[[], object], on_done: Callable[[object], None],
                      on_failed: Callable[[Exception], None] | None = None) -> Job:
    """Start work on the global thread pool; on_done/on_failed run later in the GUI thread."""
    job = Job()  # created here, so it lives in the GUI thread and its signals are queued to it
    job.done.connect(on_done)
    if on_failed is not None:
        job.failed.connect(on_failed)
    for signal in (job.done, job.failed):
        signal.connect(lambda _value, job=job: _running.discard(job))
    _running.add(job)
    QThreadPool.globalInstance().start(_Runner(work, job))
    return job


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """For screenshots and tests: let the running jobs finish and deliver their results."""
    from PySide6.QtCore import QCoreApplication

    finished = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.processEvents()
    return finished
