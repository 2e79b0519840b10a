#!/usr/bin/env python3
"""Screenshots of the Compare contributions window for docs/recipient.md, under Xvfb.

    .venv/bin/python scripts/recipient-screenshots.py [--bundles DIR] [--out docs/screenshots]

Starts its own Xvfb (1366×768), then re-runs itself inside it with Qt on
the X11 platform plugin: the window loads the 2010 cycle's bundles (made by
``pactdesk.testing.bundles`` into DIR if it holds none; with the tampered,
untrusted and wrong-country ones), and the grid, a side-by-side view and
the data chart are saved as PNG with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_tools import under_xvfb  # noqa: E402


def capture(bundles_dir: Path, out: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtWidgets import QApplication

    from pactdesk.testing.bundles import make_bundles

    if not (bundles_dir / "trust").is_dir():
        make_bundles(bundles_dir, hostile=True)
    app = QApplication.instance() or QApplication([])
    from pactdesk.ui.compare.window import CompareWindow

    window = CompareWindow(trust_dir=bundles_dir / "trust")
    window.resize(1366, 740)
    window.show()

    def settle(until=None, ms: int = 300) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < (180_000 if until else ms):
            app.processEvents()
            if until is not None and until():
                break
        for _ in range(20):
            app.processEvents()

    window.add_bundles([bundles_dir / "bundles"])
    settle(lambda: window.compilation is not None and not window.busy())
    settle()
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "compare-grid.png"))

    model = window.grid.model()
    codes = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    window.grid.setCurrentIndex(model.index(0, codes.index("PL\npl")))
    window.open_selection()
    view = window.side_by_side
    view.resize(1366, 740)
    settle()
    view.grab().save(str(out / "compare-side-by-side.png"))
    view.close()

    window.tabs.setCurrentIndex(2)
    index = window.indicator.findText("I.a · Αιτήσεις ασύλου")
    if index >= 0:
        window.indicator.setCurrentIndex(index)
    settle()
    window.grab().save(str(out / "compare-data.png"))
    window.close()
    print(f"screenshots in {out}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundles", type=Path, default=Path(tempfile.gettempdir()) / "pactdesk-desk-bundles"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inside:
        return under_xvfb(sys.argv[1:], script=__file__, home_folder="PactDesk", today=None)
    return capture(args.bundles, args.out)


if __name__ == "__main__":
    sys.exit(main())
