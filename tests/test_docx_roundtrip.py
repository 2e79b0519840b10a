"""Word out and back in: a full draft in Polish, Greek or Bulgarian comes back the same.

The same contribution in DESIGN.md's sense (answers, prompt answers, data
points with numbers as numbers, references), into a fresh draft: straight
from PactDesk's export, and after LibreOffice re-saved the document (which
empties content-control properties, so the layout itself is read).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx_support import NS, SOFFICE, W, document_xml, part, soffice
from helpers import same_contribution
from lxml import etree
from xlsx_support import run

from pactdesk.export import word as layout
from pactdesk.services import interchange
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items

LANGUAGES = [("PL", "pl"), ("EL", "el"), ("BG", "bg")]
needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (it is in CI, where this test always runs)",
)


def _full(new_draft, member_state: str, language: str) -> Path:
    draft = new_draft(f"full-{member_state}.pactdesk", member_state=member_state, language=language)
    draft.save_many(full_items(draft.framework), author="Jan Kowalski")
    draft.close()
    return draft.path


def _document(path: Path) -> dict:
    with Draft.open(path) as draft:
        return interchange.contribution_document(draft)


def _into_fresh(new_draft, capsys, document: Path, member_state: str, language: str) -> Path:
    fresh = new_draft(
        f"fresh-{member_state}.pactdesk", member_state=member_state, language=language
    )
    fresh.close()
    code, out, err = run(capsys, "import-docx", fresh.path, document, "--author", "Test")
    assert code == 0, (out, err)
    return fresh.path


@pytest.mark.parametrize(("member_state", "language"), LANGUAGES)
def test_a_full_draft_comes_back_the_same(new_draft, tmp_path, capsys, member_state, language):
    source = _full(new_draft, member_state, language)
    document = tmp_path / f"{member_state}.docx"
    code, out, err = run(capsys, "export-docx", source, document)
    assert code == 0, err
    fresh = _into_fresh(new_draft, capsys, document, member_state, language)
    assert same_contribution(_document(source), _document(fresh)) == []
    # Into the draft it came from, unchanged: nothing to do.
    code, out, err = run(capsys, "import-docx", source, document, "--dry-run")
    assert code == 0 and "nothing to change" in out, out


@pytest.mark.parametrize(("member_state", "language"), LANGUAGES)
def test_the_document_is_the_annex_with_named_answer_boxes(new_draft, tmp_path, capsys,
                                                           member_state, language):  # fmt: skip
    source = _full(new_draft, member_state, language)
    document = tmp_path / "out.docx"
    assert run(capsys, "export-docx", source, document)[0] == 0
    root = document_xml(document)
    with Draft.open(source) as draft:
        keys = list(layout.answer_keys(draft.framework))
        draft_id, revision = draft.info.draft_id, draft.head().revision
    tags = root.xpath("//w:sdt/w:sdtPr/w:tag/@w:val", namespaces=NS)
    assert [t for t in tags if t != layout.TEMPLATE_TAG] == keys
    # Answers: the control cannot be deleted, its content can be edited; template: locked.
    for sdt in root.iter(f"{W}sdt"):
        tag = sdt.find(f"{W}sdtPr/{W}tag").get(f"{W}val")
        lock = sdt.find(f"{W}sdtPr/{W}lock").get(f"{W}val")
        assert lock == ("sdtContentLocked" if tag == layout.TEMPLATE_TAG else "sdtLocked")
    # Every run of an answer is in the draft's language, the template in English.
    tag = layout.LANGUAGE_TAGS[language]
    box = root.xpath(
        "//w:sdt[w:sdtPr/w:tag/@w:val='commitment/I.a/actions_undertaken']//w:r", namespaces=NS
    )
    assert box and {r.find(f"{W}rPr/{W}lang").get(f"{W}val") for r in box} == {tag}
    template = root.xpath(f"//w:sdt[w:sdtPr/w:tag/@w:val='{layout.TEMPLATE_TAG}']//w:r",
                          namespaces=NS)  # fmt: skip
    assert {r.find(f"{W}rPr/{W}lang").get(f"{W}val") for r in template} == {"en-GB"}
    # Real headings; the commitment tables' header rows repeat on every page.
    styles = root.xpath("//w:p/w:pPr/w:pStyle/@w:val", namespaces=NS)
    assert styles.count("Heading1") == 2 and styles.count("Heading2") == 10
    assert styles.count("Heading3") == sum(1 for k in keys if k.endswith("/actions_undertaken"))
    header_rows = root.xpath("//w:tr[w:trPr/w:tblHeader]", namespaces=NS)
    assert len(header_rows) >= 3 * styles.count("Heading3")
    # The draft's id and base revision in the custom document properties.
    custom = etree.fromstring(part(document, "docProps/custom.xml"))
    props = {p.get("name"): "".join(p.itertext()) for p in custom}
    assert props[layout.PROP_DRAFT] == draft_id
    assert props[layout.PROP_REVISION] == str(revision)
    assert props[layout.PROP_FORMAT] == layout.FORMAT


@needs_soffice
@pytest.mark.parametrize(("member_state", "language"), LANGUAGES)
def test_the_same_after_libreoffice_saved_it(new_draft, tmp_path, capsys, member_state, language):
    source = _full(new_draft, member_state, language)
    document = tmp_path / "contribution.docx"
    assert run(capsys, "export-docx", source, document)[0] == 0
    saved = soffice(tmp_path, "docx:MS Word 2007 XML", document, tmp_path / "saved")
    # LibreOffice did empty the controls' tags: the layout is what is read.
    assert b'w:tag w:val="commitment/' not in part(saved, "word/document.xml")
    fresh = _into_fresh(new_draft, capsys, saved, member_state, language)
    assert same_contribution(_document(source), _document(fresh)) == []
