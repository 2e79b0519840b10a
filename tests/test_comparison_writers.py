"""The desk's fast writers: the streaming SpreadsheetML writer and the overview's answer tables."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import UTC, datetime

from openpyxl import load_workbook

from pactdesk.export.cell_text import escape_cell, unescape_cell
from pactdesk.export.sheet_xml import Cell, CellStyle, SheetWorkbook

TEXTS = [
    "plain",
    "a & b < c > d \"quoted\" 'single'",
    "Zażółć gęślą jaźń — αβγ жщ 🙂",
    "line one\nline two\n\nafter a blank line",
    "  leading and trailing spaces  ",
    "a carriage return\r\nand a tab\there",
    "looks like an escape: _x0041_ and _x005F_x0042_",
    "control \x01\x02\x1f characters",
    "]]> and <![CDATA[ and &amp; as typed",
]


def _book() -> bytes:
    wb = SheetWorkbook(
        (
            CellStyle(bold=True, size=13, color="1F3864"),
            CellStyle(wrap=True, fill="F8CBAD"),
            CellStyle(italic=True, color="808080"),
        )
    )
    ws = wb.sheet("Texts & more", widths=(12, 40), freeze=(1, 1))
    ws.append([Cell("Title", 1)])
    for text in TEXTS:
        ws.append(["text", Cell(text, 2)])
    ws.append([1, 2.5, None, Cell("", 2), -3, 1e20, True])
    ws.append([Cell("(not answered)", 3)])
    other = wb.sheet("Second")
    other.append(["only"])
    return wb.to_bytes(
        title="A <test> & more", creator="PactDesk", made_at=datetime(2026, 12, 1, tzinfo=UTC)
    )


def test_every_text_reads_back_as_written_with_its_style() -> None:
    raw = _book()
    book = load_workbook(io.BytesIO(raw))
    assert book.sheetnames == ["Texts & more", "Second"]
    ws = book["Texts & more"]
    assert ws.freeze_panes == "B2"
    assert ws.column_dimensions["B"].width == 40
    title = ws["A1"]
    assert title.value == "Title" and title.font.b and title.font.sz == 13
    assert title.font.color.rgb.endswith("1F3864")
    for row, text in enumerate(TEXTS, start=2):
        cell = ws.cell(row, 2)
        # Stored in Excel's escape (what Excel and LibreOffice read as the text itself)
        assert cell.value == escape_cell(text) and unescape_cell(cell.value) == text, row
        assert cell.fill.fgColor.rgb.endswith("F8CBAD") and cell.alignment.wrap_text
    numbers = [c.value for c in ws[len(TEXTS) + 2]]
    assert numbers[:7] == [1, 2.5, None, None, -3, 1e20, True]
    assert ws.cell(len(TEXTS) + 2, 4).fill.fgColor.rgb.endswith("F8CBAD")  # empty, styled
    assert ws.cell(len(TEXTS) + 3, 1).font.i
    assert book["Second"]["A1"].value == "only"


def test_the_sheets_are_utf8_text_through_the_one_zip_writer() -> None:
    raw = _book()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml"
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
    assert "Zażółć gęślą jaźń — αβγ жщ 🙂" in sheet  # not as &#…; references
    assert "a &amp; b &lt; c &gt; d" in sheet


def test_a_row_too_wide_or_a_sheet_named_twice_is_refused() -> None:
    wb = SheetWorkbook(())
    ws = wb.sheet("One")
    try:
        ws.append([""] * 703)
    except ValueError:
        pass
    else:
        raise AssertionError("a row of 703 cells was written")
    try:
        wb.sheet("ONE")
    except ValueError:
        pass
    else:
        raise AssertionError("two sheets named alike")


def test_the_answer_tables_break_lines_as_reportlab_paragraphs_do() -> None:
    from reportlab.platypus import Paragraph

    from pactdesk import paths
    from pactdesk.export.comparison_pdf import ANSWER_WIDTHS, excerpt, wrap_words
    from pactdesk.export.pdf import markup, register_fonts, styles

    register_fonts(paths.fonts_dir())
    style = styles().small
    width = ANSWER_WIDTHS[1] - 12
    samples = [
        "Сътрудничество с наредба сътрудничество в законодателството щжюя интеграционните",
        "Les membre retour réadmission immigration et loi données des du et de la",
        "Ministerul criză integrare tendințe criză și economică în criză. Lege",
        "Beschäftigungsverordnung Bundesministerium Asyl. Údaje Grenzschutz Daten Gesetz",
        "Αντιμετώπιση πολιτικής των οικονομική αντιμετώπιση των των κανονισμός επιστροφή μέλος",
        "a",
        "x " * 60,
    ]
    for text in samples:
        opening = excerpt(text)
        paragraph = Paragraph(markup(opening), style)
        _w, height = paragraph.wrap(width, 1e6)
        assert len(wrap_words(opening, width, style.fontName, style.fontSize)) * 10 == height, text


def test_a_word_wider_than_the_column_is_cut_not_lost() -> None:
    from pactdesk import paths
    from pactdesk.export.comparison_pdf import wrap_words
    from pactdesk.export.pdf import register_fonts

    register_fonts(paths.fonts_dir())
    word = "Übergangs" * 40
    lines = wrap_words(f"before {word} after", 100, "PD-Sans", 7.8)
    assert "".join(lines).replace(" ", "") == f"before{word}after"
    assert len(lines) > 3


def test_the_comparison_writers_do_not_load_openpyxl() -> None:
    code = (
        "import sys\n"
        "import pactdesk.export.comparison_xlsx, pactdesk.services.compile_outputs\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('openpyxl'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
