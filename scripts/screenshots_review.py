#!/usr/bin/env python3
"""Screenshots of comments, review and compare for docs/collaboration.md, taken under Xvfb.

    .venv/bin/python scripts/screenshots_review.py [--out docs/screenshots]

Same private Xvfb and throw-away home as ``scripts/screenshots.py``: a full
draft (Malta, fictional) with a comment thread, review states and a changed
answer; the Comments and review window's three tabs, saved with ``QWidget.grab()``;
then the main window at the screen's size (with openbox as the window manager
where it is installed) with the comments panel: a comment on words of an
answer, highlighted, its answer, and the navigator's comment marks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_tools import SIZE, under_xvfb  # noqa: E402


def capture(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    import os

    from PySide6.QtCore import QCoreApplication, QLocale, QThread
    from PySide6.QtWidgets import QApplication

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    from pactdesk.domain.contribution import ACTIONS, answer_key
    from pactdesk.services import review
    from pactdesk.testing.drafts import create_full_draft
    from pactdesk.ui.dialogs.review_dialog import ReviewDialog
    from pactdesk.ui.launch import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(os.environ["PACTDESK_HOME"])
    draft = create_full_draft(home / "Malta 2010.pactdesk", member_state="MT", language="en")
    key = answer_key("I.a", ACTIONS)
    draft.save(key, "The Immigration Act was adopted in May 2009 after a public consultation.",
               author="Maria Borg")  # fmt: skip
    draft.save(key, "The Immigration Act was passed in June 2009 after a public consultation.",
               author="Maria Borg")  # fmt: skip
    first = review.add_comment(
        draft, "P1.I", "Check the figure with the police.", author="Joseph Camilleri"
    )
    review.add_comment(draft, "P1.I", "Checked: 1,200 is right.", author="Maria Borg",
                       reply_to=first.id)  # fmt: skip
    review.add_comment(draft, "P1.I", "Shorten the second paragraph?", author="Joseph Camilleri")
    review.set_review_state(draft, "I.a", "ready", author="Maria Borg")
    review.set_review_state(draft, "I.b", "ready", author="Maria Borg")
    review.set_review_state(draft, "I.b", "approved", author="Joseph Camilleri")

    dialog = ReviewDialog(draft, "Joseph Camilleri")
    dialog.resize(SIZE[0] * 2 // 3, SIZE[1] * 3 // 4)
    dialog.show()

    def shoot(name: str) -> None:
        for _ in range(30):
            QCoreApplication.processEvents()
            QThread.msleep(10)
        target = out / f"{name}.png"
        if not dialog.grab().save(str(target), "PNG"):
            raise RuntimeError(f"could not write {target}")
        print(target)

    dialog.comment_list.setCurrentRow(0)
    shoot("review-comments")
    dialog.tabs.setCurrentIndex(1)
    dialog.state_tree.setCurrentItem(dialog.state_tree.topLevelItem(5))
    shoot("review-states")
    dialog.tabs.setCurrentIndex(2)
    dialog.compare_button.click()
    shoot("review-compare")
    dialog.close()
    # Words of an answer commented on, with an answer; another item with an open thread.
    text = draft.value(key)
    start = text.index("passed in June 2009")
    on_words = review.add_comment(
        draft, "I.a", "Was it June? The Gazette says 30 May.", author="Joseph Camilleri",
        field="I.a/actions_undertaken", span=(start, start + len("passed in June 2009")),
    )  # fmt: skip
    review.add_comment(draft, "I.a", "Passed in May, in force in June: I will say both.",
                       author="Maria Borg", reply_to=on_words.id)  # fmt: skip
    review.add_comment(draft, "II.b", "Name the agreements signed in 2009.",
                       author="Joseph Camilleri")  # fmt: skip
    path = draft.path
    draft.close()
    shoot_panel(out, path)
    return 0


def shoot_panel(out: Path, path: Path) -> None:
    """The main window with the comments panel on show, as an official sees it."""
    import shutil
    import subprocess

    from PySide6.QtCore import QCoreApplication, Qt, QThread
    from PySide6.QtGui import QImage

    from pactdesk import settings
    from pactdesk.ui.main_window import MainWindow

    settings.save(
        settings.Settings(
            profile=settings.Profile(
                name="Joseph Camilleri",
                ministry="Ministry for Home Affairs (fictional)",
                member_state="MT",
            ),
            first_run_done=True,
        )
    )
    manager = subprocess.Popen(["openbox"]) if shutil.which("openbox") else None
    try:

        def settle(ms: int = 600) -> None:
            for _ in range(ms // 10):
                QCoreApplication.processEvents()
                QThread.msleep(10)

        settle(300)  # the window manager is up
        window = MainWindow()
        window.show()
        assert window.open_draft(path)
        settle()
        window.showMaximized()
        settle()
        editor = window.editor
        assert editor is not None
        field = "commitment/I.a/actions_undertaken"
        window.go_to_item(field)
        settle()
        page = editor.page_widget()
        page.ensureWidgetVisible(page.field_for(field), 0, 200)
        window.focus_comments()
        window.comments.list.setCurrentRow(0)
        settle()
        target = out / "review-panel.png"
        # 256 colours, as scripts/screenshots.py: a text-heavy 1366×768 window stays small.
        image = (
            window.grab()
            .toImage()
            .convertToFormat(
                QImage.Format.Format_Indexed8,
                Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither,
            )
        )
        if not image.save(str(target), "PNG", 9):
            raise RuntimeError(f"could not write {target}")
        print(target, window.width(), "x", window.height())
        window.close()
        settle(200)
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inside:
        return under_xvfb(["--out", str(args.out.resolve())], script=__file__)
    return capture(args.out)


if __name__ == "__main__":
    sys.exit(main())
