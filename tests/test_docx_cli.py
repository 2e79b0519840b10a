"""export-docx and import-docx at the command line: choices, refusals, nothing written on exit 2."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from docx_support import NS, SOFFICE, document_xml, part, soffice
from helpers import as_an_older_pactdesk_saved
from xlsx_support import run

from pactdesk.domain.contribution import ACTIONS, answer_key, political_key, prompt_key
from pactdesk.services.drafts import Draft

needs_soffice = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice is not installed here (it is in CI, where this test always runs)",
)


@pytest.fixture
def some(new_draft) -> Path:
    """A draft with a few answers; most fields empty."""
    draft = new_draft()
    draft.save_many(
        {
            answer_key("II.b", ACTIONS): "Umowa z Ukrainą.\n\n\tWiersz z tabulatorem; ‑ ­ koniec.",
            prompt_key("II.b", "II.b.bilateral-agreements"): "Umowy dwustronne: 3.",
            political_key("III"): "Ocena: granice.",
        },
        author="Jan",
    )
    draft.close()
    return draft.path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_assignees_items_make_the_document(some, tmp_path, capsys) -> None:
    code, _, err = run(capsys, "assign", some, "II.b", "P1.III", "--to", "Ewa Nowak")
    assert code == 0, err
    out = tmp_path / "ewa.docx"
    assert run(capsys, "export-docx", some, out, "--assignee", "Ewa Nowak")[0] == 0
    tags = document_xml(out).xpath("//w:sdt/w:sdtPr/w:tag/@w:val", namespaces=NS)
    assert {t.split("/")[1] for t in tags if t.startswith(("commitment/", "political/"))} == {
        "II.b",
        "III",
    }


def test_items_limit_what_the_document_holds(some, tmp_path, capsys) -> None:
    out = tmp_path / "II.docx"
    code, _, err = run(capsys, "export-docx", some, out, "--items", "II.b,P1.III,IV")
    assert code == 0, err
    tags = document_xml(out).xpath("//w:sdt/w:sdtPr/w:tag/@w:val", namespaces=NS)
    commitments = {t.split("/")[1] for t in tags if t.startswith("commitment/")}
    assert commitments == {"II.b", "IV.a", "IV.b", "IV.c", "IV.d", "IV.e"}
    assert [t for t in tags if t.startswith("political/")] == ["political/III"]
    code, stdout, _ = run(capsys, "import-docx", some, out, "--dry-run")
    assert code == 0 and "nothing to change" in stdout


def test_refusals_write_nothing(some, tmp_path, capsys) -> None:
    before = _digest(some)
    code, _, err = run(capsys, "export-docx", some, some)
    assert code == 2 and "the draft" in err.splitlines()[0] and "itself" in err.splitlines()[0]
    code, _, err = run(capsys, "export-docx", some, tmp_path / "x.docx", "--items", "II.b,I.z")
    assert code == 2 and "'I.z' is not an item of pact-2010" in err.splitlines()[0]
    code, _, err = run(capsys, "export-docx", some, tmp_path / "x.docx", "--assignee", "Nikt")
    assert code == 2 and "Nothing is assigned to Nikt" in err.splitlines()[0]
    assert not (tmp_path / "x.docx").exists()
    code, _, err = run(capsys, "import-docx", some, tmp_path / "missing.docx")
    assert code == 2 and "There is no file" in err
    assert _digest(some) == before


def test_a_document_of_another_member_state_is_refused(some, new_draft, tmp_path, capsys):
    greek = new_draft("el.pactdesk", member_state="EL", language="el")
    greek.close()
    out = tmp_path / "el.docx"
    assert run(capsys, "export-docx", greek.path, out)[0] == 0
    before = _digest(some)
    code, _, err = run(capsys, "import-docx", some, out)
    assert code == 2 and "EL's contribution; this draft is PL's" in err.splitlines()[0]
    assert _digest(some) == before


def test_tabs_hyphens_empty_lines_and_old_line_breaks_come_back(
    some, new_draft, tmp_path, capsys
) -> None:
    # A lone CR (an old Mac's line break, saved by an older PactDesk) goes out as a symbol
    # of its code and comes back as the line break it is (docs/limits.md).
    key = answer_key("II.b", ACTIONS)
    with Draft.open(some) as draft, as_an_older_pactdesk_saved():
        draft.save(key, draft.value(key) + " z Worda\rstary Mac", author="Jan")
    out = tmp_path / "all.docx"
    assert run(capsys, "export-docx", some, out)[0] == 0
    fresh = new_draft("fresh.pactdesk")
    fresh.close()
    assert run(capsys, "import-docx", fresh.path, out)[0] == 0
    with Draft.open(some) as a, Draft.open(fresh.path) as b:
        assert {k: v.replace("\r", "\n") for k, v in a.items().items() if v} == {
            k: v for k, v in b.items().items() if v
        }
        assert b.value(key).endswith("koniec. z Worda\nstary Mac")


def test_a_control_character_of_an_older_draft_goes_out_and_is_refused_back(
    some, new_draft, tmp_path, capsys
) -> None:
    # Characters XML cannot hold (pasted before PactDesk refused them) travel as symbols
    # of their code, so the export works; the import refuses them, naming one.
    with Draft.open(some) as draft, as_an_older_pactdesk_saved():
        key = answer_key("II.b", ACTIONS)
        draft.save(key, "Umowa\x0bz Worda\x01", author="Jan")
    out = tmp_path / "old.docx"
    assert run(capsys, "export-docx", some, out)[0] == 0
    assert b'w:char="000B"' in part(out, "word/document.xml")
    fresh = new_draft("fresh.pactdesk")
    fresh.close()
    before = _digest(fresh.path)
    code, _, err = run(capsys, "import-docx", fresh.path, out)
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith("pactdesk import-docx: old.docx cannot be imported: II.b — "), first
    assert (
        "it holds a control character (U+000B, vertical tab) at character 6; a workbook or a "
        "Word document cannot carry it: remove it from the text" in first
    ), first
    assert _digest(fresh.path) == before


@needs_soffice
def test_empty_answers_stay_empty_after_libreoffice(some, tmp_path, capsys) -> None:
    out = tmp_path / "all.docx"
    assert run(capsys, "export-docx", some, out)[0] == 0
    saved = soffice(tmp_path, "docx:MS Word 2007 XML", out, tmp_path / "saved")
    code, stdout, err = run(capsys, "import-docx", some, saved, "--dry-run")
    assert code == 0, err
    assert "nothing to change" in stdout and "lost their names" in stdout, stdout
