"""Bar: SIGKILL the window while someone types; everything typed >1 s before the kill is saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pactdesk.services.drafts import Draft
from tests.ui.typing_driver import TEXT

DRIVER = Path(__file__).with_name("typing_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def read_log(log: Path) -> list[tuple[float, int]]:
    entries = []
    for line in log.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2:
            entries.append((float(parts[0]), int(parts[1])))
    return entries


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("interval_ms", [40, 15])
def test_everything_typed_a_second_before_a_kill_is_saved(
    tmp_path, draft_path, profile, interval_ms
):
    log = tmp_path / "typed.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(draft_path), str(log), str(interval_ms)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log.exists() and len(read_log(log)) >= 20:
                break
            assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
            time.sleep(0.05)
        else:
            pytest.fail("the window never started typing")
        time.sleep(2.5)  # keep typing for a while, saves happening all along
        killed_at = time.time()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    entries = read_log(log)
    typed_by_kill = max(n for _, n in entries)
    safe = max((n for t, n in entries if t <= killed_at - 1.0), default=0)
    assert safe >= 20 and typed_by_kill > safe  # it was still typing when it was killed

    with Draft.open(draft_path, read_only=True) as draft:
        saved = draft.value("political/I")
    assert TEXT.startswith(saved), "what was saved is not what was typed"
    assert len(saved) >= safe, (
        f"typed {typed_by_kill} characters, {safe} of them more than a second before the kill, "
        f"but only {len(saved)} were saved"
    )
