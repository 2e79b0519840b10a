"""Counted strings go through Qt's plural forms; English has its forms too, so no "(s)" shows."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
EN = ROOT / "resources" / "translations" / "pactdesk_en.ts"
TEMPLATE = ROOT / "resources" / "translations" / "pactdesk.ts"


def counted_strings() -> set[str]:
    """The counted messages, as lupdate found them (test_translations keeps the template true)."""
    return {
        m.findtext("source") or ""
        for m in ElementTree.parse(TEMPLATE).iter("message")
        if m.get("numerus") == "yes"
    }


def test_every_counted_string_has_its_english_forms():
    forms = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")]
        for m in ElementTree.parse(EN).iter("message")
    }
    strings = counted_strings()
    assert len(strings) >= 8
    for text in strings:
        assert text in forms, f"pactdesk_en.ts lacks {text!r}"
        one, many = forms[text]
        assert "(s)" not in one and "(s)" not in many, text


def test_the_checks_panel_counts_in_words(qtbot, make_window, draft_path):
    from pactdesk.ui.i18n import tr

    assert tr("%n problem(s) to fix before submission.", "", 1) == (
        "1 problem to fix before submission."
    )
    assert tr("%n point(s) to look at.", "", 3) == "3 points to look at."
    window = make_window(draft_path)
    window.editor.show_page("commitment/I.b")
    qtbot.waitUntil(
        lambda: "to fix before submission" in window.checks.summary.text(), timeout=3000
    )
    text = window.checks.summary.text()
    assert "(s)" not in text
    assert re.match(r"^\d+ problems? to fix before submission\. ", text), text
