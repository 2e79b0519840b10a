"""Running work off the GUI thread: one worker, results back on the GUI thread.

Modelled on Anki's task manager (``qt/aqt/taskman.py``): every piece of work
that touches the draft -- an autosave, a status check, an export -- is a
plain, Qt-free function handed to :func:`run_in_background`.  It runs on the
application's **single worker thread**, in the order it was submitted, so
the draft (which is used from one thread at a time, see
:mod:`pactdesk.services.drafts`) never sees two calls at once and saves
reach the disk in the order they were typed.  The result, an exception, or
progress reports come back as signals delivered on the GUI thread; widgets
are only ever touched there.

Long work takes a progress callback and a cancel flag::

    def export(progress, cancelled):          # Qt-free, runs on the worker
        ...
        progress(0.5, "Writing the PDF")
        jobs.check(cancelled)                  # raises Cancelled
        return path

    task = run_in_background(export, on_done=..., on_error=...,
                             on_progress=bar.update, parent=self)
    cancel_button.clicked.connect(task.cancel)

When ``on_progress`` is given, the function is called as
``fn(progress=..., cancelled=...)``; otherwise it is called with no
arguments.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["BackgroundTask", "run_in_background", "wait_for_idle", "worker_pool"]

_pool: QThreadPool | None = None
_live: set[BackgroundTask] = set()


def worker_pool() -> QThreadPool:
    """The single worker thread every draft operation runs on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        # Keep the thread: saving must not pay for a thread start each time.
        _pool.setExpiryTimeout(-1)
        _pool.setObjectName("pactdesk-worker")
    return _pool


class BackgroundTask(QObject):
    """One submitted piece of work; its signals arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)  # the exception; ``formatted`` holds its traceback
    progressed = Signal(float, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.formatted = ""
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it raises ``Cancelled``)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._task = task

    def run(self) -> None:  # on the worker thread
        task = self._task
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI
            task.formatted = traceback.format_exc()
            task.failed.emit(exc)
        else:
            task.done.emit(result)


def run_in_background(
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    parent: QObject | None = None,
) -> BackgroundTask:
    """Run ``fn`` on the worker thread; call ``on_done(result)`` or ``on_error(exc)`` after.

    Call from the GUI thread.  The callbacks run on the GUI thread; when
    ``parent`` is destroyed before the work ends, they are not called.
    """
    task = BackgroundTask(parent)
    _live.add(task)

    def finish() -> None:
        task.finished = True
        _live.discard(task)

    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    task.done.connect(finish)
    task.failed.connect(finish)
    if on_progress is not None:
        task.progressed.connect(on_progress)

        def report(fraction: float, message: str) -> None:
            task.progressed.emit(float(fraction), str(message))

        def call() -> Any:
            return fn(progress=report, cancelled=task.is_cancelled)

    else:
        call = fn
    worker_pool().start(_Runnable(call, task))
    return task


def wait_for_idle(timeout_ms: int = -1) -> bool:
    """Block until the worker has finished everything submitted (used on close)."""
    return worker_pool().waitForDone(timeout_ms)
