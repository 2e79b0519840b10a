#!/usr/bin/env python3
"""Screenshots of a commitment page in a French and a German window, for docs/editor.md.

    .venv/bin/python scripts/screenshots_framework_language.py [--out docs/screenshots]

The shipped framework carries French and German translations of its texts;
a window in those languages shows them, marked as PactDesk's translation.
Each language is its own start (the window's language is chosen at start,
as ``View › Language of the window`` does), under the Xvfb of
``scripts/screenshots.py``, on a throw-away home with a full draft, page
I.b (two paragraphs and four requests of the Commission).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

LANGUAGES = {"fr": "commitment-french", "de": "commitment-german"}


def capture(out: Path, language: str) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from pactdesk import settings
    from pactdesk.testing.drafts import create_full_draft

    home = Path(os.environ["PACTDESK_HOME"])
    settings.save(
        settings.Settings(
            profile=settings.Profile(
                name="Joseph Camilleri",
                ministry="Ministry for Home Affairs (fictional)",
                member_state="MT",
            ),
            first_run_done=True,
            ui_language=language,
        )
    )
    from screenshots import SIZE

    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    path = home / "MT-2010.pactdesk"
    create_full_draft(path, member_state="MT", language="en").close()

    def settle(ms: int = 400) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(10)

    window = MainWindow()
    window.show()
    settle()
    if not window.open_draft(path):
        raise RuntimeError(f"could not open {path}")
    window.move(0, 0)
    window.resize(*SIZE)
    editor = window.editor
    assert editor is not None
    editor.show_page("commitment/I.b", focus=False)
    settle(800)
    target = out / f"{LANGUAGES[language]}.png"
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8)
    if not image.save(str(target), "PNG", 9):
        raise RuntimeError(f"could not write {target}")
    print(f"{target}  {image.width()}×{image.height()}  {target.stat().st_size // 1024} KB")
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--inside", choices=sorted(LANGUAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        return capture(args.out, args.inside)
    from screenshots import under_xvfb

    for language in LANGUAGES:
        code = under_xvfb([language, "--out", str(args.out.resolve())], script=__file__)
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
