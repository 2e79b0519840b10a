"""Hostile Word documents: exit 2, one line saying what is wrong, the draft byte for byte unchanged.

Not a zip; a zip bomb; an XML entity bomb or external entity (XXE) in
document.xml; a .docm with a macro (by name, and disguised as .docx); 50 MB
of text in one answer cell.  Each is refused before the XML is parsed where
possible (sizes from the zip's directory), otherwise by defusedxml.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest
from docx_support import part, replace_part
from xlsx_support import run

from pactdesk.testing.samples import full_items


@pytest.fixture
def exported(new_draft, tmp_path: Path, capsys) -> tuple[Path, Path]:
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="bench")
    draft.close()
    document = tmp_path / "contribution.docx"
    assert run(capsys, "export-docx", draft.path, document)[0] == 0
    return draft.path, document


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(capsys, draft: Path, document: Path, *flags: str) -> str:
    before = _digest(draft)
    code, out, err = run(capsys, "import-docx", draft, document, *flags)
    assert code == 2, (out, err)
    assert _digest(draft) == before, "a refused document changed the draft"
    first = err.splitlines()[0]
    assert first.startswith("pactdesk import-docx: ") and "Nothing was imported" in first
    return first


def test_not_a_zip(exported, tmp_path, capsys) -> None:
    draft, _ = exported
    fake = tmp_path / "report.docx"
    fake.write_bytes(os.urandom(4096))
    assert "is not a Word document" in _refused(capsys, draft, fake)
    fake.write_bytes(b"PK\x03\x04" + os.urandom(4096))
    assert "damaged or cut short" in _refused(capsys, draft, fake)


def test_an_old_binary_or_encrypted_word_file(exported, tmp_path, capsys) -> None:
    draft, _ = exported
    fake = tmp_path / "old.docx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    assert "password-protected" in _refused(capsys, draft, fake)


def test_a_zip_bomb_is_refused_without_unpacking_it(exported, tmp_path, capsys) -> None:
    draft, document = exported
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(document) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for info in source.infolist():
            z.writestr(info.filename, source.read(info))
        z.writestr("word/media/padding.bin", b"\0" * (30 * 1024 * 1024))
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < 1024 * 1024
    assert "zip bomb" in _refused(capsys, draft, bomb)


def test_an_entity_bomb_and_an_external_entity_are_refused(exported, tmp_path, capsys) -> None:
    draft, document = exported
    xml = part(document, "word/document.xml")
    head, rest = xml.split(b"?>", 1)
    secret = tmp_path / "secret.txt"
    secret.write_text("ministry password list")
    xxe = (
        head + b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "' + secret.as_uri().encode() + b'">]>'
    )
    xxe += rest.replace(b'<w:t xml:space="preserve">', b'<w:t xml:space="preserve">&xxe;', 1)
    target = replace_part(document, "word/document.xml", xxe, tmp_path / "xxe.docx")
    first = _refused(capsys, draft, target)
    assert "declares a DTD or entities" in first and "ministry password" not in first
    lol = head + b'?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    lol += rest
    target = replace_part(document, "word/document.xml", lol, tmp_path / "lol.docx")
    assert "declares a DTD or entities" in _refused(capsys, draft, target)


def _with_macro(document: Path, out: Path) -> Path:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(document) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            z.writestr(info.filename, data)
        z.writestr("word/vbaProject.bin", b'\xd0\xcf\x11\xe0Attribute VB_Name = "Module1"')
    out.write_bytes(buffer.getvalue())
    return out


def test_a_document_with_macros_is_refused(exported, tmp_path, capsys) -> None:
    draft, document = exported
    docm = _with_macro(document, tmp_path / "contribution.docm")
    assert "macros" in _refused(capsys, draft, docm)
    disguised = _with_macro(document, tmp_path / "disguised.docx")
    assert "macros" in _refused(capsys, draft, disguised)


def test_fifty_megabytes_of_text_in_one_cell(exported, tmp_path, capsys) -> None:
    draft, document = exported
    xml = part(document, "word/document.xml")
    text = os.urandom(38 * 1024 * 1024).hex()[: 50 * 1024 * 1024].encode()
    marker = b'<w:t xml:space="preserve">'
    at = xml.index(marker, xml.index(b'w:val="commitment/I.a/actions_undertaken"'))
    huge = xml[: at + len(marker)] + text + xml[at + len(marker) :]
    target = replace_part(document, "word/document.xml", huge, tmp_path / "huge.docx")
    assert "far more than any contribution" in _refused(capsys, draft, target)


def test_a_zip_that_is_not_a_word_document(exported, tmp_path, capsys) -> None:
    draft, _ = exported
    other = tmp_path / "photos.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("holiday.jpg", b"\xff\xd8\xff")
    assert "not a Word document" in _refused(capsys, draft, other)


def test_xml_nested_thousands_of_levels_deep(exported, tmp_path, capsys) -> None:
    draft, document = exported
    xml = part(document, "word/document.xml")
    marker = b'<w:t xml:space="preserve">'
    at = xml.index(marker, xml.index(b'w:val="commitment/I.a/actions_undertaken"'))
    deep = b"<w:smartTag>" * 100_000 + b"<w:r><w:t>x</w:t></w:r>" + b"</w:smartTag>" * 100_000
    run_start = xml.rindex(b"<w:r>", 0, at)
    nested = xml[:run_start] + deep + xml[run_start:]
    target = replace_part(document, "word/document.xml", nested, tmp_path / "deep.docx")
    assert "nested thousands of levels deep" in _refused(capsys, draft, target)
