"""The window's one task manager: every job off the GUI thread, results back on it.

Modelled on Anki's task manager (``qt/aqt/taskman.py``).  Every piece of
work the window does off the GUI thread -- an autosave, a status check, an
export, an import, a bundle check -- is a plain, Qt-free function handed to
:func:`run_in_background`.  Nothing else in :mod:`pactdesk.ui` starts a
thread (a test says so).

**One worker.**  Jobs run on the manager's single worker thread, one after
the other in the order they were submitted.  The draft (used from one
thread at a time, see :mod:`pactdesk.services.drafts`) never sees two calls
at once, saves reach the disk in the order they were typed, and an export
reads the draft only after every save typed before it.  Checking a bundle
file reads no draft, but it is short and queues on the same worker.

**Back on the GUI thread.**  The worker never touches a Qt object.  When a
job reports progress, ends or fails, the worker hands what it has to the
manager (a list, under a lock) and wakes it with a queued signal; the
manager, which lives on the GUI thread, delivers it there.  So ``on_done``,
``on_error`` and ``on_progress`` always run on the GUI thread, the
manager's bookkeeping (:attr:`TaskManager.live`) is only ever changed
there, and whatever a job or its callbacks hold (a dialog, at the end) is
let go of there too, never on the worker.

**Lifetime.**  The manager owns every job from submission until its result
has been delivered.  A job may name a ``parent`` (the dialog or editor that
waits for it).  Before each delivery, on the GUI thread, the manager checks
that the parent still exists; when it was deleted first, the job is
cancelled and its callbacks are dropped -- nobody is left to call -- but a
job that does not poll its cancel flag (a save in flight) still finishes.

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
arguments.  Progress reports that arrive faster than the GUI thread takes
them are merged: the latest one is delivered.
"""

from __future__ import annotations

import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

__all__ = ["BackgroundTask", "TaskManager", "run_in_background", "task_manager", "wait_for_idle"]


class BackgroundTask:
    """One submitted job, as the GUI thread sees it.

    Created and read on the GUI thread; :meth:`cancel` may be called from
    any thread (it only sets an event the job polls).
    """

    def __init__(
        self,
        *,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[float, str], None] | None,
    ) -> None:
        self._cancel = threading.Event()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        #: The failure's traceback, set on the GUI thread before ``on_error`` runs.
        self.formatted = ""
        #: True once the result (or the failure) was delivered on the GUI thread.
        self.finished = False
        self.orphaned = False
        #: Who waits for the result; checked on the GUI thread before each delivery.
        self._parent: QObject | None = None
        # Progress waiting for the GUI thread: written by the worker under the lock.
        self._pending_progress: tuple[float, str] | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next check (it raises ``Cancelled``)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _waited_for(self) -> bool:
        """Whether someone still waits for this job (GUI thread).

        When the parent (a closed dialog, a closed draft's editor) has been
        deleted, the job is cancelled and nobody is called back.
        """
        if self.orphaned:
            return False
        if self._parent is not None and not shiboken6.isValid(self._parent):
            self.orphaned = True
            self._parent = None
            self._on_done = self._on_error = self._on_progress = None
            self.cancel()
            return False
        return True


class _Job:
    """A queued job as the worker sees it: the call, and the task it reports to."""

    __slots__ = ("call", "task")

    def __init__(self, call: Callable[[], Any], task: BackgroundTask) -> None:
        self.call = call
        self.task = task


class _Outcome:
    """What a job left behind, handed whole to the GUI thread."""

    __slots__ = ("error", "formatted", "job", "result")

    def __init__(self, job: _Job, result: Any, error: BaseException | None, formatted: str) -> None:
        self.job = job
        self.result = result
        self.error = error
        self.formatted = formatted


class TaskManager(QObject):
    """Runs jobs on one worker thread and delivers what they report on the GUI thread.

    Make it (and call its methods) on the GUI thread; :func:`task_manager`
    gives the application's one instance.

    The worker never holds the last reference to anything a job or its
    callbacks refer to: the job, its result or its exception are handed
    whole to the GUI thread, inside the lock, before the worker lets go of
    them.  So a dialog that only a callback still refers to is freed on the
    GUI thread, never on the worker (Qt objects must be deleted in their own
    thread).
    """

    _pending_signal = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        # What the worker hands over, taken by the GUI thread (under the lock).
        self._pending: list[BackgroundTask | _Outcome] = []
        self._running = 0  # submitted and not yet finished on the worker (under the lock)
        #: Jobs submitted and not yet delivered: only read and changed on the GUI thread.
        self.live: set[BackgroundTask] = set()
        # Emitted from the worker, received here (GUI thread): a queued connection.
        self._pending_signal.connect(self._deliver_pending, Qt.ConnectionType.QueuedConnection)
        # A daemon: closing the window waits for it (wait_for_idle) before the draft closes.
        self._worker = threading.Thread(target=self._work, name="pactdesk-worker", daemon=True)
        self._worker.start()

    # -- from the GUI thread ------------------------------------------------------------

    def run_in_background(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        parent: QObject | None = None,
    ) -> BackgroundTask:
        """Queue ``fn`` on the worker; its callbacks run later on the GUI thread."""
        task = BackgroundTask(on_done=on_done, on_error=on_error, on_progress=on_progress)
        self.live.add(task)
        task._parent = parent
        if on_progress is not None:
            manager = self

            def report(fraction: float, message: str) -> None:  # worker thread
                manager._report_progress(task, float(fraction), str(message))

            def call() -> Any:
                return fn(progress=report, cancelled=task.is_cancelled)

        else:
            call = fn
        with self._lock:
            self._running += 1
        self._queue.put(_Job(call, task))
        return task

    def wait_for_idle(self, timeout_ms: int = -1) -> bool:
        """Block until the worker has run everything submitted (closing a draft or the window).

        The results are delivered afterwards, when the GUI thread next
        processes its events.
        """
        timeout = None if timeout_ms < 0 else timeout_ms / 1000
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout)

    # -- on the worker -----------------------------------------------------------------

    def _work(self) -> None:
        while True:
            outcome = self._run(self._queue.get())
            with self._lock:
                self._pending.append(outcome)
                # Once it is in the list, the GUI thread owns the outcome alone.
                del outcome
                # Posted before the job counts as done: whoever waited for idle
                # finds its result among the GUI thread's events at once.
                self._pending_signal.emit()
                self._running -= 1
                self._idle.notify_all()

    @staticmethod
    def _run(job: _Job) -> _Outcome:
        try:
            return _Outcome(job, job.call(), None, "")
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            return _Outcome(job, None, exc, "".join(traceback.format_exception(exc)))

    def _report_progress(self, task: BackgroundTask, fraction: float, message: str) -> None:
        with self._lock:
            already = task._pending_progress is not None
            task._pending_progress = (fraction, message)
            if not already:
                self._pending.append(task)
        if not already:
            self._pending_signal.emit()

    # -- on the GUI thread -------------------------------------------------------------

    def _deliver_pending(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        for item in pending:
            if isinstance(item, _Outcome):
                self._deliver_end(item)
            else:
                self._deliver_progress(item)

    def _deliver_progress(self, task: BackgroundTask) -> None:
        with self._lock:
            progress, task._pending_progress = task._pending_progress, None
        if progress is None or task.finished or not task._waited_for():
            return
        if task._on_progress is not None:
            task._on_progress(*progress)

    def _deliver_end(self, outcome: _Outcome) -> None:
        task = outcome.job.task
        self._deliver_progress(task)  # the last report comes before the result
        task.finished = True
        task.formatted = outcome.formatted
        self.live.discard(task)
        on_done, on_error = task._on_done, task._on_error
        waited_for = task._waited_for()
        # The task may outlive this delivery (a dialog keeps it): it keeps no callbacks.
        task._on_done = task._on_error = task._on_progress = None
        task._parent = None
        if not waited_for:
            return
        try:
            if outcome.error is not None:
                if on_error is not None:
                    on_error(outcome.error)
            elif on_done is not None:
                on_done(outcome.result)
        finally:
            if outcome.error is not None:
                # The traceback holds the job's frames: let them go here, on this thread.
                outcome.error.__traceback__ = None


_manager: TaskManager | None = None


def task_manager() -> TaskManager:
    """The application's task manager (made on first use, on the GUI thread)."""
    global _manager
    if _manager is None:
        _manager = TaskManager()
        _manager.setObjectName("pactdesk-tasks")
    return _manager


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
    return task_manager().run_in_background(
        fn, on_done=on_done, on_error=on_error, on_progress=on_progress, parent=parent
    )


def wait_for_idle(timeout_ms: int = -1) -> bool:
    """Block until the worker has finished everything submitted (used on close)."""
    return task_manager().wait_for_idle(timeout_ms)
