"""The one task manager: one worker, results on the GUI thread, jobs owned until delivered."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QObject  # noqa: E402

from pactdesk.services import jobs  # noqa: E402
from pactdesk.ui import tasks  # noqa: E402

UI = Path(tasks.__file__).parent


class _Watched(set):  # type: ignore[type-arg]
    """The manager's live set, noting the thread of every change."""

    threads: set[int]

    def add(self, item: object) -> None:
        self.threads.add(threading.get_ident())
        super().add(item)

    def discard(self, item: object) -> None:
        self.threads.add(threading.get_ident())
        super().discard(item)


def test_jobs_run_in_order_on_one_worker_and_report_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    manager = tasks.task_manager()
    watched = _Watched(manager.live)
    watched.threads = set()
    original, manager.live = manager.live, watched
    try:
        _run_four_jobs(qtbot, manager, watched)
    finally:
        manager.live = original


def _run_four_jobs(qtbot, manager, watched) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    ran: list[tuple[int, int]] = []
    delivered: list[tuple[str, int, object]] = []

    def job(n: int):  # type: ignore[no-untyped-def]
        def run(progress, cancelled):  # type: ignore[no-untyped-def]
            for step in range(5):
                progress(step / 5, f"step {step}")
            ran.append((n, threading.get_ident()))
            return n * 10

        return run

    for n in range(4):
        tasks.run_in_background(
            job(n),
            on_done=lambda r: delivered.append(("done", threading.get_ident(), r)),
            on_progress=lambda f, m: delivered.append(("progress", threading.get_ident(), m)),
        )
    qtbot.waitUntil(lambda: sum(1 for d in delivered if d[0] == "done") == 4, timeout=10_000)
    assert [n for n, _ in ran] == [0, 1, 2, 3], "submitted order"
    assert len({thread for _, thread in ran}) == 1 and ran[0][1] != gui, "one worker, not the GUI"
    assert {thread for _, thread, _ in delivered} == {gui}, "every callback on the GUI thread"
    assert [r for kind, _, r in delivered if kind == "done"] == [0, 10, 20, 30]
    assert watched.threads == {gui}, "the live set is only changed on the GUI thread"
    assert not manager.live


def test_a_failure_comes_back_with_its_traceback(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("broken on purpose")

    task = tasks.run_in_background(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert "broken on purpose" in task.formatted and "Traceback" in task.formatted


def test_a_job_whose_parent_is_deleted_is_cancelled_and_calls_nobody(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    started = threading.Event()
    release = threading.Event()
    called: list[object] = []

    def long(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(5)
        for _ in range(100):
            progress(0.5, "working")
            jobs.check(cancelled)
            release.wait(0.01)
        return "finished"

    task = tasks.run_in_background(
        long,
        on_done=called.append,
        on_error=called.append,
        on_progress=called.append,
        parent=parent,
    )
    assert started.wait(5)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent), timeout=5000)
    release.set()
    assert tasks.wait_for_idle(10_000)
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert task.orphaned and task.is_cancelled()
    assert called == [], "nobody is called back once the parent is gone"
    assert task not in tasks.task_manager().live


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_nothing_else_in_the_window_starts_threads() -> None:
    """Threads, pools and runnables appear only in pactdesk/ui/tasks.py."""
    forbidden = {
        "QThread",
        "QThreadPool",
        "QRunnable",
        "Thread",
        "ThreadPoolExecutor",
        "QtConcurrent",
    }
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "tasks.py" and path.parent == UI:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.alias):
                name = node.name.rsplit(".", 1)[-1]
            if name in forbidden:
                offenders.append(f"{path.relative_to(UI)}:{getattr(node, 'lineno', '?')} {name}")
    assert offenders == []


def test_after_waiting_for_idle_one_round_of_events_delivers_every_result(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing a draft waits for the worker, then processes events once: the saves are in."""
    from PySide6.QtCore import QCoreApplication

    delivered: list[int] = []
    for n in range(20):
        tasks.run_in_background(lambda n=n: n, on_done=delivered.append)
    assert tasks.wait_for_idle(10_000)
    QCoreApplication.processEvents()
    assert delivered == list(range(20))
