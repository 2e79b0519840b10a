"""What every screenshot script shares: its own Xvfb screen and a small PNG of a widget.

* :func:`under_xvfb` runs the calling script again, with ``--inside``, on a
  private 1366×768 Xvfb screen (``-displayfd``, never a fixed display) and a
  throw-away PactDesk home, so the developer's profile and drafts are never
  touched and nothing depends on the machine's display.
* :func:`save_png` grabs a widget as the user sees it and writes a 256-colour
  PNG (a text-heavy window stays under 200 KB and looks the same).

Needs Debian's ``xvfb`` (``scripts/setup.sh test`` installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = (1366, 768)  # an official's laptop screen
#: 20 days before the Member States' contribution is due (15 November 2009).
TODAY = "2009-10-26"


def _display_number(read: int) -> str:
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    return number.decode().strip()


def under_xvfb(
    argv: list[str],
    *,
    script: str,
    home_folder: str = "Documents/PactDesk",
    today: str | None = TODAY,
) -> int:
    """Run ``script`` again with ``--inside`` and ``argv`` on a private Xvfb screen.

    The PactDesk home is ``home_folder`` in a temporary home folder;
    ``today`` fixes the date (``PACTDESK_TODAY``) so that deadlines read the
    same on every run (``None``: the real date).
    """
    name = Path(script).stem
    if shutil.which("Xvfb") is None:
        sys.stderr.write(f"{name}: Xvfb is missing (Debian xvfb; scripts/setup.sh test)\n")
        return 2
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24"]
        + ["-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    display = _display_number(read)
    try:
        if not display:
            sys.stderr.write(f"{name}: Xvfb did not start\n")
            return 1
        with tempfile.TemporaryDirectory(prefix="pactdesk-shots-") as home:
            env = {
                k: v
                for k, v in os.environ.items()
                if k not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "SESSION_MANAGER")
            }
            env.update(
                DISPLAY=":" + display,
                QT_QPA_PLATFORM="xcb",
                PACTDESK_HOME=str(Path(home) / home_folder),
                HOME=home,
                XDG_CONFIG_HOME=str(Path(home) / ".config"),
                XDG_DATA_HOME=str(Path(home) / ".local" / "share"),
                XDG_CACHE_HOME=str(Path(home) / ".cache"),
                XDG_RUNTIME_DIR=home,
                LANG="en_GB.UTF-8",
                LC_ALL="C.UTF-8",
            )
            if today is not None:
                env["PACTDESK_TODAY"] = today
            return subprocess.run(
                [sys.executable, script, "--inside", *argv], env=env, check=False
            ).returncode
    finally:
        xvfb.terminate()
        xvfb.wait(5)


def save_png(widget: Any, target: Path) -> Path:
    """``widget`` as it is on screen, as a 256-colour PNG at ``target``; says its size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = (
        widget.grab()
        .toImage()
        .convertToFormat(
            QImage.Format.Format_Indexed8,
            Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither,
        )
    )
    if not image.save(str(target), "PNG", 9):
        raise RuntimeError(f"could not write {target}")
    print(f"{target}  {image.width()}×{image.height()}  {target.stat().st_size // 1024} KB")
    return target
