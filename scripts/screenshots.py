#!/usr/bin/env python3
"""Screenshots of PactDesk's main pages for the documentation, taken under Xvfb.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Starts its own Xvfb (a 1366×768 screen, an official's laptop, so nothing depends on the machine's
display), then re-runs itself inside it with Qt on the X11 platform plugin,
on a throw-away PactDesk home (the developer's own profile and drafts are
never touched).  It opens the window on the shipped fictional example and on
a "full" draft (``pactdesk.testing.samples.full_items``), shows each page the
way a user would reach it (menu actions, the find bar), and saves each as a
PNG with ``QWidget.grab()``: the window alone, at 1366×768, no desktop
around it.  Dates are fixed (``PACTDESK_TODAY``) so the deadline banner says
the same thing on every run.

Needs Debian's ``xvfb`` (``scripts/setup.sh test`` installs it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_tools import SIZE, save_png, under_xvfb  # noqa: E402


def capture(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLocale, QThread
    from PySide6.QtWidgets import QApplication, QWidget

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    from pactdesk import settings
    from pactdesk.testing.drafts import create_full_draft
    from pactdesk.ui import example
    from pactdesk.ui.launch import create_application
    from pactdesk.ui.main_window import MainWindow

    app = create_application()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    settings.save(
        settings.Settings(
            profile=settings.Profile(
                name="Joseph Camilleri",
                ministry="Ministry for Home Affairs (fictional)",
                member_state="MT",
            ),
            first_run_done=True,
            # As on an official's computer: drafts in Documents/PactDesk of the home folder.
            drafts_folder=str(Path(os.environ["HOME"]) / "Documents" / "PactDesk"),
        )
    )

    def settle(ms: int = 250, until: Callable[[], bool] | None = None) -> None:
        deadline = QDeadlineTimer(max(ms, 5000) if until else ms)
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            if until is not None and until() and deadline.remainingTime() < 4750:
                break
            QThread.msleep(10)
        for _ in range(5):
            QCoreApplication.processEvents()

    saved: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        saved.append(save_png(widget, out / f"{name}.png"))

    window = MainWindow()
    window.show()
    window.show_welcome()
    settle(400)  # the window fits itself to the screen; then it takes the whole screen
    window.move(0, 0)
    window.resize(*SIZE)
    settle(200)
    shoot(window, "welcome")

    # The fictional example: a political page, a commitment page, its data.
    window.open_example()
    editor = window.editor
    assert editor is not None
    settle(until=lambda: editor.state is not None)
    editor.show_page("political/I", focus=False)
    shoot(window, "political-report")
    editor.show_page("commitment/I.a", focus=False)
    shoot(window, "commitment-prompts")
    page = editor.page_widget()
    top = page.data.mapTo(page.widget(), page.data.rect().topLeft()).y()
    page.verticalScrollBar().setValue(top - 16)
    shoot(window, "commitment-data")

    # A page of the example with findings (empty answers) in the checks panel.
    def errors_on(page_key: str) -> int:
        return sum(f.severity.value == "error" for f in editor.findings_for_page(page_key))

    findings_page = next(
        (
            k
            for k in editor.model.page_keys
            if k.startswith("commitment/") and errors_on(k) and editor.findings_for_page(k)
        ),
        None,
    )
    if findings_page is not None:
        editor.show_page(findings_page, focus=False)
        shoot(window, "checks")

    # A full draft: find across the whole contribution.
    full_path = Path(os.environ["PACTDESK_HOME"]) / "Malta 2010 (full).pactdesk"

    create_full_draft(full_path, member_state="MT", language="en", author="screenshots").close()
    window.open_draft(full_path)
    editor = window.editor
    assert editor is not None
    settle(until=lambda: editor.state is not None)
    editor.show_page("commitment/II.c", focus=False)
    editor.open_find()
    editor.find_bar.edit.setText("réadmission")
    editor.find_bar.find_next()
    editor.find_bar.find_next()
    shoot(window, "find")

    # The new-contribution wizard, over the window.
    from pactdesk.ui.dialogs.new_contribution import NewContributionWizard

    wizard = NewContributionWizard(
        author="Joseph Camilleri",
        default_state="MT",
        folder=window.settings.drafts_dir,
        parent=window,
    )
    wizard.show()
    shoot(wizard, "wizard-template")
    wizard.next()
    shoot(wizard, "wizard-details")
    wizard.reject()

    window.close_draft()
    window.close()
    del example
    too_big = [p for p in saved if p.stat().st_size > 200 * 1024]
    if too_big:
        sys.stderr.write(f"screenshots larger than 200 KB: {', '.join(map(str, too_big))}\n")
        return 1
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
