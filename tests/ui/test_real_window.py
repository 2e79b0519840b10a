"""The real PactDesk process on a real X screen (Xvfb, 1366x768) with a window manager (openbox).

Driven from outside with ``xdotool``, as a user drives it: keys typed into
the focused window through the X server's test extension.  From the welcome
screen: New contribution (Ctrl+N), Next (Alt+N), Finish (Alt+F) -- the editor
opens on exactly one new draft and no dialog is left; Cancel (Esc) makes
nothing.  The window manager's frame and the window lie on the screen.

Xvfb picks a free display itself (``-displayfd``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool", "xprop")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs Xvfb, openbox, xdotool and xprop (scripts/setup.sh test installs them)",
)


def start_xvfb(size: str) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, ":" + number.decode().strip()


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Screen:
    def __init__(self, display: str, home: Path) -> None:
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "PACTDESK_HOME": str(home),
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(home / "xdg-config"),
            "XDG_RUNTIME_DIR": str(home / "xdg-runtime"),
        }
        (home / "xdg-runtime").mkdir(mode=0o700, exist_ok=True)

    def xdotool(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            ["xdotool", *args], capture_output=True, text=True, env=self.env, timeout=30
        )
        if check and result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def windows(self, name: str) -> list[str]:
        out = self.xdotool("search", "--onlyvisible", "--name", name, check=False)
        return out.split()

    def wait_window(self, name: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(name)
            if found:
                return found[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window called {name!r} appeared")

    def wait_gone(self, name: str, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self.windows(name):
            if time.monotonic() > deadline:
                raise AssertionError(f"the window {name!r} is still open")
            time.sleep(0.1)

    def name_of(self, window: str) -> str:
        return self.xdotool("getwindowname", window)

    def key(self, window: str, keys: str) -> None:
        self.xdotool("windowactivate", "--sync", window, check=False)
        self.xdotool("windowfocus", "--sync", window, check=False)
        time.sleep(0.2)
        self.xdotool("key", "--clearmodifiers", keys)

    def frame_of(self, window: str) -> tuple[int, int, int, int]:
        """The window with the window manager's decoration (_NET_FRAME_EXTENTS)."""
        shell = dict(
            line.split("=", 1)
            for line in self.xdotool("getwindowgeometry", "--shell", window).splitlines()
        )
        x, y, w, h = (int(shell[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        extents = subprocess.run(
            ["xprop", "-id", window, "_NET_FRAME_EXTENTS"],
            capture_output=True,
            text=True,
            env=self.env,
            check=False,
        ).stdout
        left = right = top = bottom = 0
        if "=" in extents:
            left, right, top, bottom = (int(v) for v in extents.split("=", 1)[1].split(","))
        return x - left, y - top, w + left + right, h + top + bottom


@pytest.fixture(params=["1366x768"])
def screen(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Screen]:
    xvfb, display = start_xvfb(request.param)
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps(
            {
                "profile": {"name": "Zofia Wiśniewska", "ministry": "MSWiA", "member_state": "PL"},
                "first_run_done": True,
            }
        ),
        encoding="utf-8",
    )
    screen = Screen(display, home)
    wm = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env=screen.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    try:
        yield screen
    finally:
        stop(wm)
        stop(xvfb)


def start_pactdesk(screen: Screen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pactdesk"],
        env=screen.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def drafts(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*.pactdesk") if p.is_file())


def test_a_new_official_creates_a_contribution_in_the_real_window(screen: Screen) -> None:
    home = Path(screen.env["PACTDESK_HOME"])
    app = start_pactdesk(screen)
    try:
        main = screen.wait_window("^PactDesk$")
        x, y, w, h = screen.frame_of(main)
        assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, (x, y, w, h)
        screen.key(main, "ctrl+n")  # File › New contribution…
        wizard = screen.wait_window("^New contribution$")
        screen.key(wizard, "alt+n")  # Next >
        time.sleep(0.5)
        screen.key(wizard, "alt+f")  # Finish
        screen.wait_gone("^New contribution$")
        deadline = time.monotonic() + 15
        while "Poland" not in screen.name_of(main):
            assert time.monotonic() < deadline, screen.name_of(main)
            time.sleep(0.1)
        title = screen.name_of(main)
        assert "PL-2010-contribution.pactdesk" in title
        made = drafts(home)
        assert made == [home / "Documents" / "PactDesk" / "PL-2010-contribution.pactdesk"]
        x, y, w, h = screen.frame_of(main)
        assert x >= 0 and y >= 0 and x + w <= 1366 and y + h <= 768, (x, y, w, h)
        screen.key(main, "ctrl+q")
        assert app.wait(20) == 0
    finally:
        stop(app)
    assert drafts(home) == made


def test_cancel_in_the_real_window_makes_nothing(screen: Screen) -> None:
    home = Path(screen.env["PACTDESK_HOME"])
    app = start_pactdesk(screen)
    try:
        main = screen.wait_window("^PactDesk$")
        screen.key(main, "ctrl+n")
        wizard = screen.wait_window("^New contribution$")
        screen.key(wizard, "alt+n")
        time.sleep(0.5)
        screen.key(wizard, "Escape")
        screen.wait_gone("^New contribution$")
        time.sleep(0.5)
        assert screen.name_of(main) == "PactDesk"  # still the welcome screen
        assert drafts(home) == []
        screen.key(main, "ctrl+q")
        assert app.wait(20) == 0
    finally:
        stop(app)


@pytest.mark.parametrize("screen", ["1280x720"], indirect=True)
def test_the_real_window_and_its_frame_fit_a_1280x720_screen(screen: Screen) -> None:
    app = start_pactdesk(screen)
    try:
        main = screen.wait_window("^PactDesk$")
        time.sleep(0.8)  # the window's second fit, once the frame is known
        x, y, w, h = screen.frame_of(main)
        assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 720, (x, y, w, h)
        assert w >= 1000 and h >= 600, (w, h)  # and it uses the screen
        screen.key(main, "ctrl+q")
        assert app.wait(20) == 0
    finally:
        stop(app)
