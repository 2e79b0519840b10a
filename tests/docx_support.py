"""Helpers for the Word tests: LibreOffice headless, the parts of a .docx, answers in it."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from pactdesk.export.word import W_NS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
W = f"{{{W_NS}}}"
NS = {"w": W_NS}


def soffice(tmp_path: Path, convert_to: str, source: Path, outdir: Path) -> Path:
    """``soffice --headless --convert-to`` with a private profile; the converted file."""
    assert SOFFICE is not None, "LibreOffice (soffice) is missing: CI must install it"
    outdir.mkdir(exist_ok=True)
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert completed.returncode == 0, completed.stderr
    # "Without complaint": nothing on stderr but the note that Java is not installed.
    complaints = [
        line for line in completed.stderr.splitlines() if line.strip() and "javaldx" not in line
    ]
    assert complaints == [], complaints
    produced = outdir / (source.stem + "." + convert_to.split(":")[0])
    assert produced.exists(), (completed.stdout, completed.stderr)
    return produced


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def replace_part(path: Path, name: str, data: bytes, out: Path | None = None) -> Path:
    """A copy of the .docx with one part replaced (everything else byte for byte)."""
    target = out or path
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            z.writestr(info.filename, data if info.filename == name else source.read(info))
    target.write_bytes(buffer.getvalue())
    return target


def document_xml(path: Path) -> Any:
    return etree.fromstring(part(path, "word/document.xml"))


def answer_box(root: Any, key: str) -> Any:
    """The w:sdtContent of the answer whose tag is ``key``."""
    found = root.xpath(f"//w:sdt[w:sdtPr/w:tag/@w:val='{key}']/w:sdtContent", namespaces=NS)
    assert len(found) == 1, f"{key}: {len(found)} answer boxes"
    return found[0]


def save_document_xml(path: Path, root: Any, out: Path | None = None) -> Path:
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return replace_part(path, "word/document.xml", data, out)


def xpath(element: Any, path: str) -> list[Any]:
    """XPath with the w: prefix on any element (python-docx's own override takes no namespaces)."""
    return etree._Element.xpath(element, path, namespaces=NS)  # noqa: SLF001
