"""``scripts/screenshots.py`` still runs and makes small, full-size PNGs of every main page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = {
    "welcome": (1366, 768),
    "political-report": (1366, 768),
    "commitment-prompts": (1366, 768),
    "commitment-data": (1366, 768),
    "checks": (1366, 768),
    "find": (1366, 768),
    "wizard-template": None,
    "wizard-details": None,
}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_the_screenshot_script_makes_every_page(tmp_path: Path) -> None:
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing (scripts/setup.sh test)")
        pytest.skip("Xvfb is missing (scripts/setup.sh test)")
    out = tmp_path / "shots"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    made = {p.stem: p for p in out.glob("*.png")}
    assert set(made) == set(PAGES)
    for name, size in PAGES.items():
        path = made[name]
        assert path.stat().st_size <= 200 * 1024, name
        width, height = png_size(path)
        if size is not None:
            assert (width, height) == size, name
        else:
            assert width >= 400 and height >= 300, name
