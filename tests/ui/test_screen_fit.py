"""The window on a laptop screen: all of it, its status bar and its side panel lie on the screen.

Each case runs the window in its own process on Qt's offscreen platform with a
screen of the given size (``tests/ui/fit_driver.py``); ``test_real_window.py``
does the same under Xvfb with a window manager.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pactdesk.ui.window_state import fit_rect

DRIVER = Path(__file__).with_name("fit_driver.py")
ROOT = Path(__file__).resolve().parents[2]


def run_window(draft: Path, width: int, height: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(draft), str(width), str(height)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(rect: list[int], screen: list[int]) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return w > 0 and h > 0 and x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh


def assert_on_screen(report: dict) -> None:
    screen = report["screen"]
    assert report["status bar visible"] and report["side panel visible"]
    assert report["find bar visible"], "Ctrl+F did not show the find bar"
    for part in ("frame", "menu bar", "status bar", "side panel", "find bar", "page", "navigator"):
        assert inside(report[part], screen), f"the {part} {report[part]} is off the screen {screen}"
    assert report["side panel tabs"], "the side panel's tabs are not shown"
    for tabs in report["side panel tabs"]:
        assert inside(tabs, screen), f"the side panel's tabs {tabs} are off the screen {screen}"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_window_fits_a_laptop_screen(profile, draft_path, size):
    report = run_window(draft_path, *size)
    assert report["screen"] == [0, 0, *size]
    assert_on_screen(report)


def test_a_layout_from_a_larger_screen_is_clamped(profile, draft_path):
    big = run_window(draft_path, 1920, 1080)  # saves its layout on closing
    assert_on_screen(big)
    assert big["frame"][2] >= 1300  # the preferred size where there is room
    # The editor's column stops at a reading width; the navigator gets room.
    assert big["page column"] <= 980
    assert big["navigator"][2] > 360
    small = run_window(draft_path, 1280, 720)
    assert_on_screen(small)


def test_fit_rect_moves_first_and_shrinks_only_what_does_not_fit():
    screen = (0, 0, 1366, 768)
    assert fit_rect((100, 50, 800, 600), screen) == (100, 50, 800, 600)
    assert fit_rect((900, 400, 800, 600), screen) == (550, 152, 800, 600)
    assert fit_rect((0, 0, 1360, 860), screen) == (16, 16, 1334, 736)
    assert fit_rect((-2000, 0, 1920, 1080), (1920, 0, 1280, 720)) == (1936, 16, 1248, 688)
