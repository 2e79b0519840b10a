"""The sign-off panel shows who signed what, for which revision, and marks outdated ones."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from pactdesk.services import sign_off_roles, sign_offs  # noqa: E402
from pactdesk.signing import identities  # noqa: E402
from tests.signing_support import make_ca, make_official  # noqa: E402

ACTIONS = "commitment/I.a/actions_undertaken"


def _texts(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_panel_lists_sign_offs_and_marks_outdated_ones(
    qtbot, qtmodeltester, new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.views.signoff_panel import SignOffPanel

    make_ca()
    zofia = make_official("Zofia Żółkiewska")
    jan = make_official("Jan Kowalski")
    draft = new_draft()
    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie.", author="t")
    sign_off_roles.set_role(draft, "reviewer", required=True)

    panel = SignOffPanel(draft)
    qtbot.addWidget(panel)
    panel.resize(760, 260)
    panel.show()
    qtbot.waitUntil(lambda: panel.summary is not None)
    assert panel.model.rowCount() == 0
    assert "still needs a sign-off as: approver, reviewer" in panel.state_label.text()

    sign_offs.sign(draft, identities.load_signer(jan.id, jan.passphrase), "reviewer")
    sign_offs.sign(draft, identities.load_signer(zofia.id, zofia.passphrase), "approver")
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    qtmodeltester.check(panel.model)
    assert _texts(panel, 0)[1:3] == ["reviewer", "Jan Kowalski"]
    assert _texts(panel, 1)[1:4] == ["approver", "Zofia Żółkiewska", str(draft.head().revision)]
    assert _texts(panel, 1)[5] == "Ministerstwo Spraw Wewnętrznych"
    assert [_texts(panel, r)[0] for r in range(2)] == ["Holds", "Holds"]
    assert panel.state_label.text().startswith("Every required sign-off holds")
    qtbot.wait(30)
    panel.grab().save(str(tmp_path / "panel-holds.png"))

    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie. Poprawka.", author="t")
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert [_texts(panel, r)[0] for r in range(2)] == ["Outdated", "Outdated"]
    tip = panel.model.data(panel.model.index(1, 0), 3)  # ToolTipRole
    assert "changed" in tip
    assert "approver (outdated), reviewer (outdated)" in panel.state_label.text()
    assert "2 earlier sign-offs no longer hold" in panel.state_label.text()
    qtbot.wait(30)
    panel.grab().save(str(tmp_path / "panel-outdated.png"))
