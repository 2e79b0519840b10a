"""The ASiC-E container: what is written, and every unsafe container refused on reading."""

from __future__ import annotations

import io
import stat
import struct
import subprocess
import warnings
import zipfile
from pathlib import Path

import pytest

from pactdesk.signing.asic import (
    MIMETYPE,
    ContainerError,
    Limits,
    read_container,
    write_container,
)

MEMBERS = [
    ("contribution.json", b'{"a":"za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87"}' * 50),
    ("META-INF/ASiCManifest001.xml", b"<xml/>"),
    ("META-INF/signature001.p7s", bytes(range(256))),
]


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]], *, mimetype: bool = True) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names on purpose
        with zipfile.ZipFile(buffer, "w") as archive:
            if mimetype:
                archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE)
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def test_written_container_reads_back_with_mimetype_first_stored_at_its_offset(
    tmp_path: Path,
) -> None:
    raw = write_container(MEMBERS)
    # The media type sits where ETSI EN 319 162-1 puts it: name at 30, content at 38.
    assert raw[:4] == b"PK\x03\x04"
    assert raw[30:38] == b"mimetype"
    assert raw[38 : 38 + len(MIMETYPE)] == MIMETYPE
    (extra_length,) = struct.unpack("<H", raw[28:30])
    assert extra_length == 0
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert first.extra == b""
    container = read_container(raw)
    assert container.names() == ["mimetype"] + [name for name, _ in MEMBERS]
    for name, data in MEMBERS:
        assert container[name] == data
    # And standard tools agree.
    path = tmp_path / "c.asice"
    path.write_bytes(raw)
    listing = subprocess.run(
        ["unzip", "-Z1", str(path)], capture_output=True, text=True, check=True
    )
    assert listing.stdout.split() == container.names()
    assert read_container(path).names() == container.names()


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("/etc/passwd", "absolute"),
        ("../evil.txt", "'..'"),
        ("META-INF/../../evil.txt", "'..'"),
        ("META-INF\\evil.txt", "backslash"),
        ("C:/evil.txt", "colon"),
        ("META-INF/", "directory"),
        ("a//b", "empty"),
    ],
)
def test_names_that_could_escape_are_refused(name: str, why: str) -> None:
    raw = _zip([(zipfile.ZipInfo(name), b"x")])
    with pytest.raises(ContainerError, match=why):
        read_container(raw)
    with pytest.raises(ValueError):
        write_container([(name, b"x")])


def test_duplicates_are_refused_also_when_they_differ_in_case() -> None:
    with pytest.raises(ContainerError, match="two entries"):
        read_container(_zip([("a.json", b"1"), ("a.json", b"2")]))
    with pytest.raises(ContainerError, match="two entries"):
        read_container(_zip([("a.json", b"1"), ("A.JSON", b"2")]))


def test_symbolic_links_are_refused() -> None:
    info = zipfile.ZipInfo("contribution.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(ContainerError, match="symbolic link"):
        read_container(_zip([(info, b"/etc/passwd")]))


def test_encrypted_entries_are_refused() -> None:
    raw = bytearray(_zip([("secret.json", b"12345")]))
    # Set the "encrypted" flag in the central directory entry of secret.json.
    central = raw.rfind(b"PK\x01\x02")
    flags = struct.unpack_from("<H", raw, central + 8)[0]
    struct.pack_into("<H", raw, central + 8, flags | 1)
    with pytest.raises(ContainerError, match="encrypted"):
        read_container(bytes(raw))


def test_zip_bombs_are_refused_by_ratio_and_by_total() -> None:
    zeros = b"\0" * (8 * 1024 * 1024)
    info = zipfile.ZipInfo("contribution.pdf")
    info.compress_type = zipfile.ZIP_DEFLATED
    with pytest.raises(ContainerError, match="zip bomb"):
        read_container(_zip([(info, zeros)]))
    small = Limits(max_total_bytes=1000, max_ratio=1e9)
    with pytest.raises(ContainerError, match="more than a bundle can hold"):
        read_container(_zip([("a", b"x" * 600), ("b", b"y" * 600)]), limits=small)


def test_a_member_that_unpacks_to_more_than_it_declares_is_refused() -> None:
    raw = bytearray(_zip([("a.json", b"x" * 5000)]))
    # Lie about the uncompressed size in the central directory only.
    central = raw.rfind(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 24, 100)
    with pytest.raises(ContainerError):
        read_container(bytes(raw))


def test_too_many_entries_are_refused() -> None:
    entries = [(f"f{i}.txt", b"x") for i in range(30)]
    with pytest.raises(ContainerError, match="entries"):
        read_container(_zip(entries), limits=Limits(max_entries=20))


def test_the_mimetype_must_come_first_stored_and_without_extra_field() -> None:
    with pytest.raises(ContainerError, match="first entry"):
        read_container(_zip([("contribution.json", b"{}")], mimetype=False))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("contribution.json", b"{}")
        archive.writestr("mimetype", MIMETYPE)
    with pytest.raises(ContainerError, match="first entry"):
        read_container(buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", MIMETYPE, compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(ContainerError, match="compressed"):
        read_container(buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("mimetype")
        info.extra = struct.pack("<HH4s", 0xCAFE, 4, b"abcd")
        archive.writestr(info, MIMETYPE)
    with pytest.raises(ContainerError, match="extra field"):
        read_container(buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", b"application/zip")
    with pytest.raises(ContainerError, match="media type"):
        read_container(buffer.getvalue())


def test_overlapping_entries_are_refused() -> None:
    raw = bytearray(_zip([("a.json", b"x" * 100), ("b.json", b"y" * 100)]))
    # Point b.json's central directory entry at a.json's local header.
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        a_offset = archive.getinfo("a.json").header_offset
    central = raw.rfind(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 42, a_offset)
    with pytest.raises(ContainerError):
        read_container(bytes(raw))


@pytest.mark.parametrize("raw", [b"", b"not a zip at all", b"PK\x05\x06" + b"\0" * 18])
def test_what_is_not_a_zip_gets_one_clear_error(raw: bytes) -> None:
    with pytest.raises(ContainerError):
        read_container(raw)


def test_a_damaged_member_is_reported_as_damaged() -> None:
    raw = bytearray(write_container(MEMBERS))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as archive:
        info = archive.getinfo("contribution.json")
    start = info.header_offset + 30 + len("contribution.json") + 5
    raw[start] ^= 0xFF
    with pytest.raises(ContainerError, match="damaged"):
        read_container(bytes(raw))


def test_local_headers_that_contradict_the_central_directory_are_refused() -> None:
    raw = write_container(MEMBERS)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        info = archive.getinfo("contribution.json")
    # compression method, CRC, compressed size, uncompressed size in the local header
    for field_offset in (8, 14, 18, 22):
        damaged = bytearray(raw)
        damaged[info.header_offset + field_offset] ^= 0x01
        with pytest.raises(ContainerError, match="contradict|damaged"):
            read_container(bytes(damaged))
    # The mimetype's local header says "deflated" while the directory says "stored".
    damaged = bytearray(raw)
    damaged[8] = 8
    with pytest.raises(ContainerError):
        read_container(bytes(damaged))
