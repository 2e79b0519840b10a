"""``pactdesk`` without a command: no screen, --smoke, bad calls (each in a real process)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], *, env_drop=(), env_add=None, timeout=60) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in env_drop}
    env.update(env_add or {})
    return subprocess.run(
        [sys.executable, "-m", "pactdesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the no-screen case is Linux's")
@pytest.mark.parametrize("args", [[], ["--smoke"]])
def test_no_screen_says_so_in_one_sentence_and_exits_2(args):
    result = run(args, env_drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "needs a desktop screen" in lines[0] and "xvfb-run" in lines[0]
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr


def test_smoke_opens_a_full_draft_and_reports_the_time_from_process_start(new_draft):
    from pactdesk.testing.samples import full_items

    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    path = draft.path
    draft.close()
    result = run(["--smoke", str(path)], env_add={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    found = re.fullmatch(r"shown in (\d+) ms\n", result.stdout)
    assert found, result.stdout
    # Counted from the OS's process start, so it includes the interpreter's own start-up.
    assert 30 < int(found.group(1)) < 20000


def test_smoke_without_a_draft_shows_the_welcome_screen():
    result = run(["--smoke"], env_add={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown in ")


def test_a_missing_draft_is_a_bad_call():
    result = run(["--smoke", "/nonexistent/x.pactdesk"], env_add={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "no draft" in result.stderr


def test_process_start_time_is_read_from_the_operating_system():
    from pactdesk.ui.launch import seconds_since_process_start

    elapsed = seconds_since_process_start()
    if sys.platform.startswith("linux") or sys.platform == "win32":
        assert elapsed is not None and 0 <= elapsed < 24 * 3600
