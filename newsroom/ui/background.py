"""Work off the GUI thread: one helper starts it on the global thread pool and brings its
outcome back to the GUI thread.

    run_in_background(newsroom.articles.rows, offset=500, parent=self, on_done=self.add_rows)

Work that reports progress or can be cancelled makes its Task first and hands the work the
task's ``report`` and ``cancelled`` (plain callables, safe from the work's thread):

    task = Task(self, on_done=..., on_error=..., on_progress=progress.setValue)
    task.start(write_edition, layouts, folder, progress=task.report)
    progress.canceled.connect(task.cancel)

The callbacks run on the GUI thread (queued signals), each at most once: ``on_done`` with
what the work returned, or ``on_error`` with the exception it raised (logged when there is
no ``on_error``). They belong to the task's parent: once the parent is gone (a pane or a
window closed and deleted) none is called, and the work is told it is cancelled. Workers
get copies of what they need, never a widget or a Session.

One keep-alive policy: every started task's job is held here until its last word has
reached the GUI thread, whatever became of its parent; ``wait_for_background`` lets the
running work finish (the window waits on close).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

QUEUED = Qt.ConnectionType.QueuedConnection


class _Relay(QObject):
    """Carries a job's words from its thread to the GUI thread. Owned by the keeper, not
    by the task: it must outlive a parent deleted while the job still runs."""

    done = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(object)  # a tuple of values
    ended = Signal(object)  # the job, last of all


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the application is gone (its last moments): nobody listens
        pass


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay):
        super().__init__()
        # Held by the keeper until its last word arrives; never deleted by the pool.
        self.setAutoDelete(False)
        self.work, self.args, self.kwargs, self.relay = work, args, kwargs, relay

    def run(self) -> None:
        relay = self.relay
        try:
            result = self.work(*self.args, **self.kwargs)
        except Exception as exc:
            _emit(relay.failed, exc)
        else:
            _emit(relay.done, result)
        finally:
            self.work = self.args = self.kwargs = None  # nothing of the work outlives it
            _emit(relay.ended, self)


class _Keeper(QObject):
    """Lives on the GUI thread for the application's life: holds the started jobs."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.jobs: set[_Job] = set()

    @Slot(object)
    def release(self, job: _Job) -> None:
        self.jobs.discard(job)
        job.relay.deleteLater()


_keeper: _Keeper | None = None


def _the_keeper() -> _Keeper:
    global _keeper
    import shiboken6

    if _keeper is None or not shiboken6.isValid(_keeper):
        _keeper = _Keeper(QCoreApplication.instance())
    return _keeper


class Task(QObject):
    """One piece of work on the global thread pool, as its parent on the GUI thread sees
    it. Make it on the GUI thread; start it once."""

    def __init__(
        self,
        parent: QObject,
        *,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[Exception], object] | None = None,
        on_progress: Callable[..., object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._cancel = threading.Event()
        #: For the work, on its own thread: has the parent asked it to stop?
        self.cancelled: Callable[[], bool] = self._cancel.is_set
        # A parent closed and deleted wants nothing more: work that looks may stop early.
        self.destroyed.connect(lambda *_a, cancel=self._cancel: cancel.set())
        self._relay: _Relay | None = None
        self.running = False

    def start(self, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """Run ``work(*args, **kwargs)`` on the pool; returns the task."""
        if self._relay is not None:
            raise RuntimeError("a task runs once")
        keeper = _the_keeper()
        self._relay = relay = _Relay(keeper)
        relay.done.connect(self._done, QUEUED)
        relay.failed.connect(self._failed, QUEUED)
        relay.progress.connect(self._progress, QUEUED)
        relay.ended.connect(keeper.release, QUEUED)
        job = _Job(work, args, kwargs, relay)
        keeper.jobs.add(job)
        self.running = True
        QThreadPool.globalInstance().start(job)
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it stops where it looks at ``cancelled``."""
        self._cancel.set()

    def report(self, *values: Any) -> None:
        """For the work, on its own thread: ``on_progress(*values)`` on the GUI thread."""
        relay = self._relay
        if relay is not None:
            _emit(relay.progress, values)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self.running = False
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.running = False
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background work failed", exc_info=exc)

    @Slot(object)
    def _progress(self, values: tuple) -> None:
        if self._on_progress is not None:
            self._on_progress(*values)


def run_in_background(
    work: Callable[..., Any],
    *args: Any,
    parent: QObject,
    on_done: Callable[[Any], object] | None = None,
    on_error: Callable[[Exception], object] | None = None,
    **kwargs: Any,
) -> Task:
    """``work(*args, **kwargs)`` on the global thread pool; ``on_done(result)`` or
    ``on_error(exception)`` on the GUI thread while ``parent`` lives."""
    return Task(parent, on_done=on_done, on_error=on_error).start(work, *args, **kwargs)


def wait_for_background(timeout_ms: int = -1) -> bool:
    """Let the running work finish (at most ``timeout_ms``); True when all of it has. Its
    outcomes arrive with the next turn of the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def unfinished() -> int:
    """Jobs started whose last word has not reached the GUI thread yet."""
    return len(_keeper.jobs) if _keeper is not None else 0
