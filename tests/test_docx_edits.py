"""A document edited outside PactDesk: exactly its changes come in; tracked changes are asked about.

python-docx stands in for the colleague's word processor: one answer
changed, one new paragraph in another, and nothing else may change.  A
tracked insertion is refused (exit 2) naming its author, and comes in with
``--accept-changes``; ``--reject-changes`` leaves it out.
"""

from __future__ import annotations

import copy
from pathlib import Path

import docx
import pytest
from docx_support import W, answer_box, document_xml, save_document_xml, xpath
from lxml import etree
from xlsx_support import run

from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key, prompt_key
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items

ACTIONS_IA = answer_key("I.a", ACTIONS)
PLANNED_IIB = answer_key("II.b", DEVELOPMENTS)


@pytest.fixture
def exported(new_draft, tmp_path: Path, capsys) -> tuple[Path, Path]:
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="Jan Kowalski")
    draft.close()
    document = tmp_path / "contribution.docx"
    assert run(capsys, "export-docx", draft.path, document)[0] == 0
    return draft.path, document


def _items(path: Path) -> dict[str, str]:
    with Draft.open(path) as draft:
        return draft.items()


def _state(path: Path):
    with Draft.open(path) as draft:
        return draft.head(), draft.items()


def test_python_docx_edits_import_as_exactly_two_changes(exported, capsys) -> None:
    draft_path, document = exported
    before = _items(draft_path)
    edited = docx.Document(str(document))
    body = edited.element.body
    box = xpath(body, f".//w:sdt[w:sdtPr/w:tag/@w:val='{ACTIONS_IA}']/w:sdtContent")[0]
    xpath(box, ".//w:t")[0].text = "Nowa ustawa o cudzoziemcach — wchodzi w życie 1 maja"
    other = xpath(body, f".//w:sdt[w:sdtPr/w:tag/@w:val='{PLANNED_IIB}']/w:sdtContent")[0]
    last = xpath(other, "./w:p")[-1]
    added = copy.deepcopy(last)
    for run_ in xpath(added, "./w:r")[1:]:
        added.remove(run_)
    xpath(added, ".//w:t")[0].text = "Nowy akapit: umowa z Ukrainą (2010)."
    last.addnext(added)
    # Word records who saved the document last: the changes are that person's.
    edited.core_properties.last_modified_by = "Anna Nowak"
    edited.save(str(document))

    code, out, err = run(capsys, "import-docx", draft_path, document, "--author", "Koordynator")
    assert code == 0, err
    assert "(filled in by Anna Nowak): 2 fields changed" in out
    after = _items(draft_path)
    changed = {k for k in after if after[k] != before.get(k, "")}
    assert changed == {ACTIONS_IA, PLANNED_IIB}
    # The answer's first paragraph is one run: its text replaced, every other line kept.
    rest = before[ACTIONS_IA].split("\n")[1:]
    expected = "\n".join(["Nowa ustawa o cudzoziemcach — wchodzi w życie 1 maja", *rest])
    assert after[ACTIONS_IA] == expected
    assert after[PLANNED_IIB] == before[PLANNED_IIB] + "\nNowy akapit: umowa z Ukrainą (2010)."
    with Draft.open(draft_path) as draft:
        events = draft.events(PLANNED_IIB)
    assert (
        events[-1].author == "Anna Nowak" and events[-1].source == "import-docx:contribution.docx"
    )


def test_changed_in_both_is_a_conflict_and_the_draft_keeps_its_text(exported, capsys) -> None:
    draft_path, document = exported
    root = document_xml(document)
    xpath(answer_box(root, ACTIONS_IA), ".//w:t")[0].text = "Z dokumentu"
    save_document_xml(document, root)
    with Draft.open(draft_path) as draft:
        draft.save(ACTIONS_IA, "Z projektu", author="Koordynator")
    code, out, err = run(capsys, "import-docx", draft_path, document)
    assert code == 0
    assert "1 conflict" in out and "changed both in the Word document and in the draft" in out
    assert _items(draft_path)[ACTIONS_IA] == "Z projektu"
    # Kept beside the draft's text, for `pactdesk conflicts` / `resolve`, as a workbook's is.
    code, out, err = run(capsys, "conflicts", draft_path, "--json")
    assert code == 0, err
    assert "Z dokumentu" in out and "Word document contribution.docx" in out, out


def _with_tracked_insertion(document: Path, text: str, author: str) -> None:
    root = document_xml(document)
    paragraph = xpath(answer_box(root, ACTIONS_IA), "./w:p")[0]
    ins = etree.SubElement(paragraph, f"{W}ins")
    ins.set(f"{W}id", "901")
    ins.set(f"{W}author", author)
    ins.set(f"{W}date", "2026-11-30T10:00:00Z")
    r = etree.SubElement(ins, f"{W}r")
    t = etree.SubElement(r, f"{W}t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    save_document_xml(document, root)


def test_a_tracked_insertion_is_refused_naming_its_author(exported, capsys) -> None:
    draft_path, document = exported
    _with_tracked_insertion(document, " Dopisek ministerstwa pracy.", "Ewa Wiśniewska")
    before = _state(draft_path)
    code, out, err = run(capsys, "import-docx", draft_path, document)
    assert code == 2
    first, *details = err.splitlines()
    assert first.startswith("pactdesk import-docx: ") and "Ewa Wiśniewska" in first
    assert "--accept-changes" in first and "Nothing was imported" in first
    assert any("insertion by Ewa Wiśniewska" in d and "I.a" in d for d in details)
    assert _state(draft_path) == before


def test_accepted_the_insertion_comes_in_rejected_it_does_not(exported, tmp_path, capsys):
    draft_path, document = exported
    original = _items(draft_path)[ACTIONS_IA]
    _with_tracked_insertion(document, " Dopisek ministerstwa pracy.", "Ewa Wiśniewska")
    code, out, err = run(capsys, "import-docx", draft_path, document, "--reject-changes")
    assert code == 0 and "nothing changed" in out, out
    assert _items(draft_path)[ACTIONS_IA] == original
    code, out, err = run(capsys, "import-docx", draft_path, document, "--accept-changes")
    assert code == 0, err
    assert "1 tracked change(s) accepted" in out and "Ewa Wiśniewska" in out
    lines = original.split("\n")
    lines[0] += " Dopisek ministerstwa pracy."
    assert _items(draft_path)[ACTIONS_IA] == "\n".join(lines)


def test_a_tracked_deletion_is_read_as_accepted_or_rejected(exported, capsys) -> None:
    draft_path, document = exported
    original = _items(draft_path)[ACTIONS_IA]
    root = document_xml(document)
    paragraph = xpath(answer_box(root, ACTIONS_IA), "./w:p")[0]
    run_ = xpath(paragraph, "./w:r")[0]
    deleted = etree.Element(f"{W}del")
    deleted.set(f"{W}author", "Piotr Zieliński")
    run_.addprevious(deleted)
    deleted.append(run_)
    for t in xpath(run_, "./w:t"):
        t.tag = f"{W}delText"
    save_document_xml(document, root)
    code, out, err = run(capsys, "import-docx", draft_path, document, "--dry-run")
    assert code == 2 and "Piotr Zieliński" in err.splitlines()[0]
    code, out, err = run(capsys, "import-docx", draft_path, document, "--reject-changes")
    assert code == 0 and _items(draft_path)[ACTIONS_IA] == original
    code, out, err = run(capsys, "import-docx", draft_path, document, "--accept-changes")
    assert code == 0, err
    first, *rest = original.split("\n")
    assert _items(draft_path)[ACTIONS_IA] == "\n".join(["", *rest])


def test_word_comments_on_an_answer_are_listed(exported, capsys) -> None:
    draft_path, document = exported
    key = prompt_key("I.a", "I.a.crisis")
    edited = docx.Document(str(document))
    box = xpath(edited.element.body, f".//w:sdt[w:sdtPr/w:tag/@w:val='{key}']/w:sdtContent")[0]
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(xpath(box, "./w:p")[0], edited._body)
    edited.add_comment(paragraph.runs, text="Proszę dodać dane za 2009", author="Maria Lewandowska")
    edited.save(str(document))
    code, out, err = run(capsys, "import-docx", draft_path, document, "--dry-run")
    assert code == 0, err
    assert "Word comment by Maria Lewandowska on I.a — prompt I.a.crisis" in out
    assert "Proszę dodać dane za 2009" in out
