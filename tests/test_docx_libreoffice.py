"""LibreOffice makes a PDF of the exported document without complaint; headings are its outline.

Checked with tools PactDesk did not write: LibreOffice (headless) converts,
qpdf checks the PDF and reads its outline, pdftotext reads the text back.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx_support import SOFFICE, soffice
from xlsx_support import run

from pactdesk.export import word as layout
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items

pytestmark = pytest.mark.skipif(
    (SOFFICE is None or shutil.which("qpdf") is None) and not os.environ.get("CI"),
    reason="LibreOffice or qpdf is not installed here (both are in CI, where this always runs)",
)


def _outline(pdf: Path) -> list[tuple[int, str]]:
    completed = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(pdf)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found: list[tuple[int, str]] = []

    def walk(entries: list[dict], depth: int) -> None:
        for entry in entries:
            found.append((depth, entry["title"]))
            walk(entry["kids"], depth + 1)

    walk(json.loads(completed.stdout)["outlines"], 0)
    return found


def test_libreoffice_makes_a_pdf_whose_outline_is_the_annex(new_draft, tmp_path, capsys) -> None:
    draft = new_draft(member_state="EL", language="el")
    draft.save_many(full_items(draft.framework), author="Test")
    draft.close()
    document = tmp_path / "contribution.docx"
    assert run(capsys, "export-docx", draft.path, document)[0] == 0
    pdf = soffice(tmp_path, "pdf", document, tmp_path / "pdf")
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with Draft.open(draft.path) as opened:
        framework = opened.framework
    outline = _outline(pdf)
    assert [title for depth, title in outline if depth == 0] == list(
        layout.part_headings(framework)
    )
    areas = [layout.area_heading(a.id, a.title) for a in framework.areas]
    assert [title for depth, title in outline if depth == 1] == areas + areas
    commitments = [layout.commitment_heading(c) for c in framework.commitments()]
    assert [title for depth, title in outline if depth == 2] == commitments
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # The commitment's words are all there (its narrow column interleaves with the answers').
    words = set(text.replace("-\n", "").split())
    assert set(framework.commitment("II.b").paragraphs[0].split()) <= words
    for word in ("μετανάστευση", "cudzoziemców", "миграция"):
        assert word in text, word
