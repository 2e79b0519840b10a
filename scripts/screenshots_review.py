#!/usr/bin/env python3
"""Screenshots of comments, review and compare for docs/collaboration.md, taken under Xvfb.

    .venv/bin/python scripts/screenshots_review.py [--out docs/screenshots]

Same private Xvfb and throw-away home as ``scripts/screenshots.py``: a full
draft (Malta, fictional) with a comment thread, review states and a changed
answer; the Comments and review window's three tabs, saved with ``QWidget.grab()``.
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
    draft.close()
    return 0


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
