#!/usr/bin/env python3
"""Screenshots of the exchange for docs/collaboration.md, taken under Xvfb.

    .venv/bin/python scripts/screenshots_collaboration.py [--out docs/screenshots]

Runs inside the same private Xvfb and throw-away home as
``scripts/screenshots.py``: a coordinator's full draft (Malta, fictional)
assigns commitments, sends Maria Borg of the employment ministry her package;
she opens it, writes, and sends back a signed return; the coordinator, who
edited two of the same fields meanwhile, merges it.  Each dialog and window
is saved with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from screenshot_tools import SIZE, save_png, under_xvfb  # noqa: E402

MARIA_PW = "maria-screenshots-passphrase"  # a throw-away key in a throw-away home


def capture(out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    import os

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLocale, Qt, QThread
    from PySide6.QtWidgets import QApplication, QWidget

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

    from pactdesk import settings
    from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key, data_key
    from pactdesk.services import exchange
    from pactdesk.services import identities as identity_service
    from pactdesk.services.drafts import Draft
    from pactdesk.signing import authority, identities
    from pactdesk.testing.drafts import create_full_draft
    from pactdesk.ui.dialogs.exchange_dialogs import (
        AssignDialog,
        OwedDialog,
        ReturnDialog,
        SendPackageDialog,
    )
    from pactdesk.ui.dialogs.merge_dialog import MergeDialog
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
        )
    )

    def settle(ms: int = 300, until: Callable[[], bool] | None = None) -> None:
        deadline = QDeadlineTimer(10_000 if until else ms)
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            if until is not None and until():
                break
            QThread.msleep(10)
        for _ in range(20):
            QCoreApplication.processEvents()
            QThread.msleep(10)

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        save_png(widget, out / f"{name}.png")

    home = Path(os.environ["PACTDESK_HOME"])
    coordinator = home / "Malta 2010.pactdesk"
    draft = create_full_draft(coordinator, member_state="MT", language="en", author="Joseph")
    exchange.assign(
        draft, ["II.a", "II.b"], to="Maria Borg", ministry="Ministry for Employment", author="J"
    )
    exchange.assign(draft, ["IV"], to="Paul Vella", ministry="Foreign Affairs", author="J")
    before = draft.items()
    draft.close()

    # -- the coordinator's morning: assign, see who owes what, send ---------------------------
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    window.open_draft(coordinator)
    settle(until=lambda: window.editor is not None and window.editor.state is not None)
    assign = AssignDialog(window.draft, "Joseph Camilleri", window)
    assign.resize(560, 520)
    assign.items.setCurrentRow(assign.items.count() - 3)
    assign.items.currentItem().setCheckState(Qt.CheckState.Checked)
    assign.person.setText("Paul Vella")
    assign.ministry.setText("Foreign Affairs")
    assign.show()
    shoot(assign, "exchange-assign")
    assign.reject()
    owed = OwedDialog(window.draft, window)
    owed.show()
    shoot(owed, "exchange-owed")
    owed.reject()
    send = SendPackageDialog(window.draft, "Joseph Camilleri", window)
    send.resize(640, 200)
    send.target.setText(str(home / "to-employment.pdx"))
    send.show()
    shoot(send, "exchange-send")
    send.reject()
    exchange.export_package(
        window.draft, home / "to-employment.pdx", assignee="Maria Borg", author="Joseph"
    )
    window.close_draft()

    # -- the contributor's day: open the package, write, send back signed ---------------------
    contributor = home / "Employment — Maria Borg.pactdesk"
    exchange.open_package(
        exchange.read_package((home / "to-employment.pdx").read_bytes(), label="to-employment.pdx"),
        contributor,
    )
    authority.create_ca(name="Ministry for Home Affairs sign-off CA", passphrase="ca-screens")
    maria, _request = identities.create_identity(
        name="Maria Borg",
        organisation="Ministry for Employment",
        email="maria.borg@employment.example.mt",
        passphrase=MARIA_PW,
    )
    identity_service.issue_for_identity(maria.id, ca_passphrase="ca-screens")
    actions = before[answer_key("II.a", ACTIONS)]
    with Draft.open(contributor) as mine:
        mine.save_many(
            {
                answer_key("II.a", ACTIONS): actions.replace(
                    actions.split(".")[0], "In 2009 the employment ministry opened two new offices"
                ),
                answer_key("II.a", DEVELOPMENTS): "A single permit for seasonal workers "
                "is planned for 2010; the draft law is with Parliament.",
                answer_key("II.b", ACTIONS): "Bilateral labour agreements were signed with "
                "Ukraine and Moldova.",
            },
            author="Maria Borg",
        )
    window.open_draft(contributor)
    settle(until=lambda: window.editor is not None and window.editor.state is not None)
    window.editor.show_page("commitment/II.a", focus=False)
    shoot(window, "exchange-contributor")
    window.editor.show_page("commitment/I.a", focus=False)  # not sent to her: read-only
    shoot(window, "exchange-contributor-locked")
    back_dialog = ReturnDialog(window.draft, "Maria Borg", window)
    back_dialog.resize(640, 200)
    back_dialog.target.setText(str(home / "from-employment.pdx"))
    back_dialog.identity.setCurrentIndex(1)
    back_dialog.show()
    shoot(back_dialog, "exchange-return")
    back_dialog.reject()
    signer = identities.load_signer(maria.id, MARIA_PW)
    exchange.export_return(
        window.draft, home / "from-employment.pdx", signer=signer, author="Maria Borg"
    )
    window.close_draft()

    # -- the coordinator's afternoon: merge the return ----------------------------------------
    with Draft.open(coordinator) as mine:
        mine.save_many(
            {
                answer_key("II.b", ACTIONS): "Bilateral labour agreements were signed with "
                "Ukraine; talks with Georgia continue.",
                data_key("II.a"): before[data_key("II.a")],
            },
            author="Joseph Camilleri",
        )
    window.open_draft(coordinator)
    settle(until=lambda: window.editor is not None and window.editor.state is not None)
    merge = MergeDialog(window.draft, "Joseph Camilleri", window)
    merge.resize(*SIZE)
    merge.show()
    merge.load(home / "from-employment.pdx")
    settle(until=lambda: merge.plan is not None)
    shoot(merge, "exchange-merge")
    merge.tabs.setCurrentIndex(1)
    merge.merged_text.setPlainText(
        "Bilateral labour agreements were signed with Ukraine and Moldova; talks with "
        "Georgia continue."
    )
    shoot(merge, "exchange-conflict")
    merge.reject()
    window.close_draft()
    window.close()
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
