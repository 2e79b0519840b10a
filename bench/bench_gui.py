"""Benchmark of the window (offscreen): start-up with a full draft, and switching commitments.

    .venv/bin/python bench/bench_gui.py [--runs 9] [--switches 40]

1. ``pactdesk --smoke DRAFT`` on a full draft (every field ~400 words in
   several EU languages, data points and references), run as a fresh process
   each time; the figure is the one the program prints, counted from the
   operating system's start of the process to the window's first paint.
   Bar: median <= 500 ms.  In the same run, interleaved, a bare Qt main
   window (``bench/bare_window.py``) is measured the same way; the ratio of
   the two medians is printed (bar: no worse than 5.0x, aim 2.5x).
2. In one window with the same draft, switching between two commitments
   (I.b, four prompt cards, and II.b, four continuation paragraphs, data
   and references), each time until the new page is laid out and painted
   (the event queue is empty).  Bar: <= 50 ms.
3. Typing into a 10x answer (~35,000 characters) at 50 keys a second while
   autosave runs: the time the GUI thread spends on each key (press,
   release, the events it causes).  No bar in the issue; "no stutter" is
   read as p99 below one 60 Hz frame (16 ms).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_full_draft(folder: Path, *, scale: int = 1, name: str = "full.pactdesk") -> Path:
    from pactdesk.domain.contribution import (
        DataPoint,
        Reference,
        data_key,
        encode_rows,
        references_key,
    )
    from pactdesk.frameworks import shipped_framework
    from pactdesk.testing.drafts import create_draft
    from pactdesk.testing.samples import full_items

    path = folder / name
    items = full_items(shipped_framework("pact-2010"), scale=scale)
    items[data_key("II.b")] = encode_rows(
        tuple(
            DataPoint(f"Readmissions {i}", "2009-H1", i * 10, "persons", "Border Guard", False)
            for i in range(8)
        )
    )
    items[references_key("II.b")] = encode_rows(
        tuple(Reference("EMN annual policy report", f"Section {i}") for i in range(5))
    )
    create_draft(path, items=items, author="bench").close()
    return path


def bench_smoke(
    draft: Path, runs: int, env: dict[str, str], *, command: list[str] | None = None
) -> list[int]:
    figures = []
    for _ in range(runs):
        result = subprocess.run(
            command or [sys.executable, "-m", "pactdesk", "--smoke", str(draft)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        found = re.search(r"shown in (\d+) ms", result.stdout)
        if result.returncode != 0 or not found:
            raise SystemExit(f"--smoke failed ({result.returncode}): {result.stderr}")
        figures.append(int(found.group(1)))
    return figures


def bench_switch(draft: Path, switches: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(smoke=True)
    window.open_draft(draft)
    window.resize(1360, 860)
    window.show()
    for _ in range(10):
        app.processEvents()
    editor = window.editor
    pages = ("commitment/I.b", "commitment/II.b")
    for page in pages:  # the first visit creates the documents; measure the steady state too
        editor.show_page(page)
        app.processEvents()
    timings = []
    for i in range(switches):
        start = time.perf_counter()
        editor.show_page(pages[i % 2])
        QApplication.processEvents()
        window.repaint()  # force the paint now, as the screen would
        timings.append((time.perf_counter() - start) * 1000)
    window.close()
    return timings


def bench_typing(draft: Path, keys: int) -> list[float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(smoke=True)
    window.open_draft(draft)
    window.resize(1360, 860)
    window.show()
    window.activateWindow()
    for _ in range(20):
        app.processEvents()
    window.editor.show_page("commitment/I.b")
    app.processEvents()
    target = QApplication.focusWidget()
    timings = []
    for _ in range(keys):
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ż")
            QApplication.sendEvent(target, event)
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
        # 50 keys a second; the worker saves meanwhile.
        deadline = time.perf_counter() + 0.02
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.002)
    window.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--switches", type=int, default=40)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["PACTDESK_HOME"] = str(home / "home")
        draft = make_full_draft(home)
        size = draft.stat().st_size // 1024
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        # As installed (pip and PyInstaller compile the modules): let the warm-up run write
        # the bytecode, so that the figures do not include compiling PactDesk's sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare_command = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        bench_smoke(draft, 1, env)  # warm the file cache and the bytecode once
        bench_smoke(draft, 1, env, command=bare_command)
        # Interleaved, so that a busy moment of the machine hits both alike.
        smoke, bare = [], []
        for _ in range(args.runs):
            smoke += bench_smoke(draft, 1, env)
            bare += bench_smoke(draft, 1, env, command=bare_command)
        switch = bench_switch(draft, args.switches)
        big = make_full_draft(home, scale=10, name="full-10x.pactdesk")
        typing = sorted(bench_typing(big, 300))
    cores = os.cpu_count()
    print(f"machine: {cores} cores, {sys.platform}, Python {sys.version.split()[0]}, offscreen")
    print(f"full draft: {size} KiB")
    print(
        f"window with a full draft shown (--smoke, from process start), {len(smoke)} runs: "
        f"median {statistics.median(smoke):.0f} ms, min {min(smoke)} ms, max {max(smoke)} ms "
        f"(bar 500 ms)"
    )
    ratio = statistics.median(smoke) / statistics.median(bare)
    print(
        f"bare Qt main window shown (same run, from process start), {len(bare)} runs: "
        f"median {statistics.median(bare):.0f} ms, min {min(bare)} ms, max {max(bare)} ms"
    )
    print(
        f"window with a full draft / bare Qt main window: {ratio:.2f}x "
        "(bar: no worse than 5.0x; aim 2.5x)"
    )
    ordered = sorted(switch)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"switching between two commitments of a full draft, {len(switch)} switches: "
        f"median {statistics.median(switch):.1f} ms, p95 {p95:.1f} ms, max {max(switch):.1f} ms "
        "(bar 50 ms)"
    )
    p99 = typing[int(len(typing) * 0.99) - 1]
    print(
        f"typing into a 10x answer while autosave runs, {len(typing)} keys: "
        f"median {statistics.median(typing):.1f} ms, p99 {p99:.1f} ms, max {typing[-1]:.1f} ms "
        f"per key on the GUI thread"
    )
    # Medians decide (a busy machine's scheduler makes single outliers); the rest is shown.
    ok = statistics.median(smoke) <= 500 and statistics.median(switch) <= 50 and ratio <= 5.0
    print("bars met" if ok else "BARS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
