"""The one container reader and writer (pactdesk.container), as each format uses it.

The hostile cases a bundle meets are in test_bundle_asic.py (through the
ASiC reader, which is this reader with a media type); here: the same rules
for containers without a media type (workbooks), per-member limits (sign-off
requests), directory entries, the ``kind`` each refusal carries, and that
every reader of a ZIP file in PactDesk goes through this one.
"""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from pactdesk.container import (
    MIMETYPE_NAME,
    ContainerError,
    Limits,
    open_container,
    write_container,
)

ROOT = Path(__file__).resolve().parents[1]


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def test_the_writer_puts_the_mimetype_first_stored_and_the_reader_checks_it() -> None:
    raw = write_container(
        [("request.json", b"{}" * 100), ("a/b.txt", "zażółć".encode())],
        mimetype=b"application/vnd.example+zip",
        compression=zipfile.ZIP_DEFLATED,
    )
    # The media type at a fixed offset, as ASiC and ODF readers look for it.
    assert raw[30:38] == b"mimetype" and raw[38:65] == b"application/vnd.example+zip"
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        first, *rest = archive.infolist()
        assert first.filename == MIMETYPE_NAME and first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in rest)
    container = open_container(raw, mimetype=b"application/vnd.example+zip")
    assert container.names() == [MIMETYPE_NAME, "request.json", "a/b.txt"]
    with pytest.raises(ContainerError) as caught:
        open_container(raw, mimetype=b"application/vnd.other+zip")
    assert caught.value.kind == "mimetype"
    # The writer refuses what the reader would refuse.
    for bad in ("../x", "C:/x", "a\\b", "/etc/passwd", "dir/"):
        with pytest.raises(ValueError):
            write_container([(bad, b"x")])


@pytest.mark.parametrize(
    ("name", "kind"),
    [("../escape.txt", "name"), ("/abs.txt", "name"), ("C:evil", "name"), ("a\\b", "name")],
)
def test_names_are_refused_without_a_media_type_too(name: str, kind: str) -> None:
    with pytest.raises(ContainerError) as caught:
        open_container(_zip([(name, b"x")]))
    assert caught.value.kind == kind


def test_duplicates_and_links_carry_their_kind() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        twice = _zip([("a.xml", b"1"), ("A.xml", b"2")])
    with pytest.raises(ContainerError) as caught:
        open_container(twice)
    assert caught.value.kind == "duplicate"
    link = zipfile.ZipInfo("link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(ContainerError) as caught:
        open_container(_zip([(link, b"/etc/passwd")]))
    assert caught.value.kind == "not-a-file"


def test_directory_entries_only_where_the_limits_allow_them() -> None:
    raw = _zip([(zipfile.ZipInfo("xl/"), b""), ("xl/workbook.xml", b"<x/>")])
    with pytest.raises(ContainerError, match="directory"):
        open_container(raw)
    container = open_container(raw, Limits(allow_directories=True))
    assert container.names() == ["xl/workbook.xml"]


def test_a_member_limit_caps_one_member_before_it_is_inflated() -> None:
    raw = _zip([("request.json", b"{" * 5000), ("contribution.pdf", b"%PDF" * 5000)])
    limits = Limits(member_bytes={"request.json": 1000}, what="a sign-off request")
    with pytest.raises(ContainerError, match="more than a sign-off request can hold") as caught:
        open_container(raw, limits)
    assert caught.value.kind == "too-large"
    assert open_container(raw, Limits(member_bytes={"request.json": 5000}))


def test_a_zip_bomb_is_refused_by_its_ratio_whatever_the_format() -> None:
    raw = _zip([("xl/sharedStrings.xml", b"\0" * (4 * 1024 * 1024))])
    with pytest.raises(ContainerError) as caught:
        open_container(raw, Limits(what="a workbook"))
    assert caught.value.kind == "ratio"


def test_every_zip_reader_in_pactdesk_is_this_one() -> None:
    """No module but pactdesk/container.py opens a ZIP file for reading."""
    readers = []
    for path in (ROOT / "pactdesk").rglob("*.py"):
        if path.name == "container.py" or "testing" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # Writers (mode "w") may use zipfile directly: openpyxl's workbooks are written so.
            if "zipfile.ZipFile(" in line and '"w"' not in line:
                readers.append(f"{path.relative_to(ROOT)}:{number}")
    # openpyxl reads a workbook itself, after pactdesk.container has checked it.
    assert readers == [], readers
