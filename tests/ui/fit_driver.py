"""Open the window on a screen of a given size and report where its parts lie (JSON on stdout).

    python fit_driver.py DRAFT WIDTH HEIGHT [--maximise-first]

Runs on Qt's offscreen platform with a screen of WIDTH x HEIGHT (the
platform's ``configfile``), as ``PactDesk`` opens: the preferred size, fitted
to the screen, or a layout remembered from an earlier run (``window.ini``
under ``PACTDESK_HOME``).  It opens the find bar with Ctrl+F, as a user
would, and prints the screen's available area and the global rectangles of
the window's frame, menu bar, status bar, side panel (and its tabs), find bar
and editor page.  Closing saves the layout, as quitting does.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    draft, width, height = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "dpr": 1,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabBar

    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    assert window.open_draft(draft)
    window.show()
    QTest.qWait(600)  # the first fit, and the one after the window manager's frame
    window.activateWindow()
    QTest.qWait(100)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QTest.qWait(100)

    def where(widget) -> list[int]:
        top_left = widget.mapToGlobal(QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        return [rect.x(), rect.y(), rect.width(), rect.height()]

    frame = window.frameGeometry()
    tabs = [b for b in window.findChildren(QTabBar) if b.isVisible()]
    screen = window.screen().availableGeometry()
    report = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "menu bar": where(window.menuBar()),
        "status bar": where(window.statusBar()),
        "side panel": where(window.checks_dock),
        "side panel tabs": [where(b) for b in tabs],
        "find bar": where(window.editor.find_bar),
        "find bar visible": window.editor.find_bar.isVisible(),
        "page": where(window.editor.page_widget()),
        "page column": window.editor.page_widget().column.width(),
        "navigator": where(window.editor.navigator),
        "status bar visible": window.statusBar().isVisible(),
        "side panel visible": window.checks_dock.isVisible(),
    }
    window.close()
    app.processEvents()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
