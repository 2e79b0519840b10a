"""All window text goes through Qt's translations, and the template lists every string."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "translations" / "pactdesk.ts"
CORE_MESSAGE_MODULES = ("verify_messages.py", "verify_report.py", "formats.py")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ElementTree.parse(ts).iter("message")}


def test_the_template_lists_every_string_of_the_window(tmp_path):
    fresh = tmp_path / "fresh.ts"
    # The modules that translate through pactdesk.ui.i18n (dialogs written elsewhere may
    # use their own class contexts; the template is refreshed from every module anyway).
    files = sorted(
        str(p)
        for p in (ROOT / "pactdesk" / "ui").rglob("*.py")
        if "pactdesk.ui.i18n import" in p.read_text(encoding="utf-8")
    )
    # The core's report sentences the window translates (marked with QT_TR_NOOP there).
    files += [str(ROOT / "pactdesk" / "services" / n) for n in CORE_MESSAGE_MODULES]
    subprocess.run(
        [tool("pyside6-lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = sources(fresh) - sources(TEMPLATE)
    assert not missing, f"refresh resources/translations/pactdesk.ts: {sorted(missing)[:5]}"
    assert len(sources(fresh)) > 150


def test_a_translation_changes_the_window_without_touching_the_code(
    tmp_path, qtbot, make_window, draft_path
):
    ts = tmp_path / "pactdesk_cs.ts"
    text = TEMPLATE.read_text(encoding="utf-8")
    for english, czech in (("Your answers", "Vaše odpovědi"), ("&amp;Go", "&amp;Přejít")):
        marker = (
            f'<source>{english}</source>\n        <translation type="unfinished"></translation>'
        )
        assert marker in text, english
        text = text.replace(
            marker, f"<source>{english}</source>\n        <translation>{czech}</translation>"
        )
    ts.write_text(text, encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(ts)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pactdesk_cs.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = make_window(draft_path)
        window.editor.show_page("commitment/I.a")
        assert window.editor.commitment.answers_heading.text() == "Vaše odpovědi"
        assert "&Přejít" in [a.text() for a in window.menuBar().actions()]
    finally:
        QCoreApplication.removeTranslator(translator)
