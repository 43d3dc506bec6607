"""Long work off the GUI thread: one small helper with progress, cancel and a result or an error.

``run_job(fn, ...)`` runs ``fn(job)`` in Qt's thread pool; ``fn`` reports with ``job.progress(done,
total, text)`` and checks ``job.cancelled``. Results and errors arrive on the GUI thread as signals.
Work that needs the database runs on a context of its own: ``with context.for_worker() as ctx:``
(docs/architecture.md, "Background jobs").
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobCancelled(Exception):  # noqa: N818 - a stop signal, not an error
    """Raised inside a job (by :meth:`Job.check`) when the user cancelled it."""


class Job(QObject):
    """A unit of background work.

    Signals:
        progressed(int, int, str): done, total, what is happening now.
        finished(object): the function's result.
        failed(str, str): a message for the user and the traceback for the log.
        cancelled_signal(): the job stopped because it was cancelled.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)
    cancelled_signal = Signal()

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self._fn = fn
        #: For the log: the function's qualified name (a job's arguments may hold comment text).
        self.name = getattr(fn, "__qualname__", None) or type(fn).__name__
        self._cancel = threading.Event()
        self.done = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`JobCancelled` if cancel was asked for; call between steps."""
        if self._cancel.is_set():
            raise JobCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)

    def _run(self) -> None:
        started = time.monotonic()
        log.debug("job %s started", self.name)
        try:
            result = self._fn(self)
        except JobCancelled:
            log.info("job %s cancelled after %.1f s", self.name, time.monotonic() - started)
            self.cancelled_signal.emit()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user, not kill the thread
            # The traceback goes to the log whatever the receiving slot does with it: IT reads it there.
            log.error("job %s failed after %.1f s", self.name, time.monotonic() - started, exc_info=True)
            self.failed.emit(str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            log.debug("job %s finished in %.1f s", self.name, time.monotonic() - started)
            self.finished.emit(result)
        finally:
            self.done.set()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job._run()


_jobs: set[Job] = set()


def run_job(fn: Callable[[Job], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str, str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            pool: QThreadPool | None = None) -> Job:
    """Start ``fn(job)`` in the background and return the job (keep it to cancel or wait)."""
    job = Job(fn)
    if on_done:
        job.finished.connect(on_done)
    if on_error:
        job.failed.connect(on_error)
    if on_progress:
        job.progressed.connect(on_progress)
    _jobs.add(job)

    def forget(*_: object) -> None:
        _jobs.discard(job)

    job.finished.connect(forget)
    job.failed.connect(forget)
    job.cancelled_signal.connect(forget)
    (pool or QThreadPool.globalInstance()).start(_Runnable(job))
    return job
