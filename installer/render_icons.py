"""Renders the application icon (resources/icons/pactdesk.svg) to the PNG sizes
desktops want and to a Windows .ico, at build time (the PNGs are not committed).

    python installer/render_icons.py OUT-DIR

writes OUT-DIR/hicolor/NxN/apps/eu.pactdesk.PactDesk.png for each size and
OUT-DIR/pactdesk.ico. Qt renders the SVG (the same engine the window uses for
its icon), offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "eu.pactdesk.PactDesk"
SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "pactdesk.svg"


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    written: list[Path] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    largest = Image.open(written[SIZES.index(256)])
    ico = out / "pactdesk.ico"
    largest.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    written.append(ico)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python installer/render_icons.py OUT-DIR")
    for path in render(Path(sys.argv[1])):
        print(path)
