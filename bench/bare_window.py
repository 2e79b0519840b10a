"""A bare Qt main window, shown: the yardstick for ``pactdesk --smoke`` (bench/bench_gui.py).

Prints ``shown in N ms`` counted from the start of the process, as
``pactdesk --smoke`` does, so that the two figures measure the same thing:
Python, PySide6, one QMainWindow with a menu bar and a status bar, its first
paint.
"""

from __future__ import annotations

import sys
import time

started = time.perf_counter()


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from pactdesk.ui.launch import seconds_since_process_start

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.menuBar().addMenu("&File")
    window.setCentralWidget(QLabel("Hello"))
    window.statusBar().showMessage("Ready")
    window.resize(1334, 736)
    shown: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not shown:
                elapsed = seconds_since_process_start()
                shown.append(elapsed if elapsed is not None else time.perf_counter() - started)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(20000, app.quit)
    window.show()
    app.exec()
    print(f"shown in {round(shown[0] * 1000)} ms", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
