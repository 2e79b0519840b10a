"""Counted strings go through Qt's plural forms; English has its forms too, so no "(s)" shows."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
EN = ROOT / "resources" / "translations" / "pactdesk_en.ts"
TRN = re.compile(r'trn\(\s*"((?:[^"\\]|\\.)*)"', re.S)


def counted_strings() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "pactdesk" / "ui").rglob("*.py"):
        found.update(TRN.findall(path.read_text(encoding="utf-8")))
    found.discard('%n field(s) changed", 3)``.')  # the docstring's example
    return {s for s in found if "%n" in s}


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


def test_the_compiled_english_forms_are_up_to_date(tmp_path):
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed")
    copy = tmp_path / "pactdesk_en.ts"
    copy.write_bytes(EN.read_bytes())
    subprocess.run([tool, str(copy)], check=True, capture_output=True)
    assert (tmp_path / "pactdesk_en.qm").read_bytes() == EN.with_suffix(".qm").read_bytes(), (
        "run: .venv/bin/pyside6-lrelease resources/translations/pactdesk_en.ts"
    )


def test_the_checks_panel_counts_in_words(qtbot, make_window, draft_path):
    from pactdesk.ui.i18n import trn

    assert trn("%n problem(s) to fix before submission.", 1) == (
        "1 problem to fix before submission."
    )
    assert trn("%n point(s) to look at.", 3) == "3 points to look at."
    window = make_window(draft_path)
    window.editor.show_page("commitment/I.b")
    qtbot.waitUntil(
        lambda: "to fix before submission" in window.checks.summary.text(), timeout=3000
    )
    text = window.checks.summary.text()
    assert "(s)" not in text
    assert re.match(r"^\d+ problems? to fix before submission\. ", text), text
