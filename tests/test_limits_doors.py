"""The same limits at the workbook and Word doors, in the same words as the JSON door.

Every door hands its items to :func:`pactdesk.domain.limits.item_problems`
before the draft sees them: a lone surrogate, a field longer than
:data:`~pactdesk.domain.limits.MAX_FIELD_CHARS`, a number no workbook can
hold.  Each refusal: exit 2, one first line naming the problem, the draft
byte for byte unchanged.
"""

from __future__ import annotations

import hashlib
import re
import time
import zipfile
from pathlib import Path

import pytest
from docx_support import part, replace_part
from xlsx_support import edit, run, set_cell, sheet

from pactdesk.domain import limits
from pactdesk.domain.contribution import data_key
from pactdesk.export import xlsx as layout
from pactdesk.testing.samples import full_items


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def draft_path(new_draft) -> Path:
    draft = new_draft()
    draft.save_many(full_items(draft.framework, words=40), author="test")
    draft.close()
    return draft.path


def _refused(capsys, command: str, draft: Path, source: Path) -> str:
    before = _digest(draft)
    code, out, err = run(capsys, command, draft, source)
    assert code == 2, (out, err[:3000])
    assert _digest(draft) == before, "a refused file changed the draft"
    lines = err.splitlines()
    assert lines[0].startswith(f"pactdesk {command}: ") and "Traceback" not in err
    assert len(lines) <= 1 + limits.MAX_LISTED_PROBLEMS
    return lines[0]


def test_a_400_digit_number_in_a_workbook(draft_path, tmp_path, capsys) -> None:
    book = tmp_path / "c.xlsx"
    assert run(capsys, "export-xlsx", draft_path, book)[0] == 0
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_DATA), f"{data_key('IV.a')}/2", layout.D_VALUE, "9" * 400
        ),
    )
    first = _refused(capsys, "import-xlsx", draft_path, book)
    assert "is not a number" in first  # 400 digits are past float's range: not a number at all


def test_a_16_digit_number_in_a_workbook(draft_path, tmp_path, capsys) -> None:
    book = tmp_path / "c.xlsx"
    assert run(capsys, "export-xlsx", draft_path, book)[0] == 0
    edit(
        book,
        lambda wb: set_cell(
            sheet(wb, layout.MARK_DATA), f"{data_key('IV.a')}/2", layout.D_VALUE, "9" * 16
        ),
    )
    first = _refused(capsys, "import-xlsx", draft_path, book)
    assert "IV.a — data points, row " in first
    assert "value: the number has 16 digits before the decimal point" in first


def test_an_answer_longer_than_a_field_in_a_word_document(draft_path, tmp_path, capsys) -> None:
    document = tmp_path / "c.docx"
    assert run(capsys, "export-docx", draft_path, document)[0] == 0
    xml = part(document, "word/document.xml")
    marker = b'<w:t xml:space="preserve">'
    at = xml.index(marker, xml.index(b'w:val="commitment/I.a/actions_undertaken"'))
    long = b"slowo " * 200_001  # 1,200,006 characters
    huge = xml[: at + len(marker)] + long + xml[at + len(marker) :]
    target = replace_part(document, "word/document.xml", huge, tmp_path / "long.docx")
    first = _refused(capsys, "import-docx", draft_path, target)
    assert "I.a — Main actions undertaken at Member State level: it is 1,2" in first
    assert "characters long, more than a field can hold (1,000,000)" in first


def test_the_same_words_for_a_lone_surrogate_or_a_control_in_every_door() -> None:
    # The sentence comes from one place; each door adds only where it is.
    assert limits.text_problem("a\ud800") == (
        "it holds a lone surrogate (U+D800, not a character) at character 2; "
        "the text is damaged: save it again as Unicode (UTF-8) text"
    )
    # A control character but tab and line feed: which one, where, and what to do.
    assert limits.text_problem("tab\tand\nline") is None
    assert limits.text_problem("tab\tand\nline\x0b\x07") == (
        "it holds a control character (U+000B, vertical tab) at character 13; "
        "a workbook or a Word document cannot carry it: remove it from the text"
    )
    assert "(U+000D, carriage return) at character 2" in str(limits.text_problem("a\r"))
    assert "(U+0001) at character 1" in str(limits.text_problem("\x01"))


def test_thousands_of_bad_rows_print_at_most_51_lines(draft_path, tmp_path, capsys) -> None:
    book = tmp_path / "c.xlsx"
    assert run(capsys, "export-xlsx", draft_path, book)[0] == 0

    def flood(wb) -> None:
        ws = sheet(wb, layout.MARK_DATA)
        start = ws.max_row + 1
        for row in range(start, start + 3000):
            ws.cell(row, layout.D_COMMITMENT).value = "IX.z"
            ws.cell(row, layout.D_INDICATOR).value = "Wizy"

    edit(book, flood)
    before = _digest(draft_path)
    code, _, err = run(capsys, "import-xlsx", draft_path, book)
    assert code == 2 and _digest(draft_path) == before
    lines = err.splitlines()
    assert "there is no commitment 'IX.z'" in lines[0]
    assert lines[0].endswith("(and 2,999 more) (nothing was changed).")
    assert len(lines) == 1 + limits.MAX_LISTED_PROBLEMS == 51
    assert lines[-1] == "  … and 2,951 more problems"


def test_a_sheet_of_a_million_rows_is_refused_before_it_is_parsed(
    draft_path, tmp_path, capsys
) -> None:
    book = tmp_path / "c.xlsx"
    assert run(capsys, "export-xlsx", draft_path, book)[0] == 0
    flooded = tmp_path / "million.xlsx"
    with (
        zipfile.ZipFile(book) as source,
        zipfile.ZipFile(flooded, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet8.xml":
                rows = b"".join(
                    b'<row r="%d"><c r="B%d" t="inlineStr"><is><t>IX.z</t></is></c></row>' % (r, r)
                    for r in range(10_000, 1_010_000)
                )
                data = re.sub(rb'<dimension ref="[^"]+"/>', b"", data)
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            out.writestr(info, data)
    began = time.perf_counter()
    first = _refused(capsys, "import-xlsx", draft_path, flooded)
    assert time.perf_counter() - began < 30
    assert first == (
        "pactdesk import-xlsx: million.xlsx is refused without reading it: sheet8.xml: it has "
        f"{1_000_000 + _rows_of(book):,} rows, more than a sheet of a PactDesk workbook can "
        "have (100,000). Nothing was imported."
    )


def _rows_of(book: Path) -> int:
    with zipfile.ZipFile(book) as source:
        return source.read("xl/worksheets/sheet8.xml").count(b"<row ")
