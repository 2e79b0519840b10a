"""Run PactDesk's window and type a known text into it at a steady pace, logging each key.

Used by ``test_kill_while_typing.py`` (run as a separate process, offscreen):

    python tests/ui/typing_driver.py DRAFT LOG INTERVAL_MS

It opens DRAFT in the real main window (the cursor starts in the first
political assessment), then every INTERVAL_MS sends the next character of
:data:`TEXT` to whatever has the keyboard focus, and appends
``<unix time> <characters typed so far>`` to LOG after each one.  It never
stops by itself: the test kills it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

TEXT = (
    "Zażółć gęślą jaźń — Η κυβέρνηση ενέκρινε νέο νόμο; Правителството прие закон. "
    "Die Regierung hat ein neues Gesetz verabschiedet, 2009-H1: 1 234 Anträge. "
) * 40


def main(draft: str, log: str, interval_ms: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    if not window.open_draft(Path(draft)):
        return 2
    window.show()
    window.activateWindow()
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    typed = 0

    def tick() -> None:
        nonlocal typed
        target = QApplication.focusWidget()
        if target is None:
            return
        ch = TEXT[typed]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        typed += 1
        os.write(fd, f"{time.time():.6f} {typed}\n".encode())

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(interval_ms)
    os.write(fd, b"ready\n")
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
