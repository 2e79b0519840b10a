"""A corpus of broken and hostile files, made by code, for every door of PactDesk.

Each door (a command that reads a file someone sent) has one builder in
:mod:`tests.corpus.doors`: a table of named faults, each a function that
turns one good file of that door into a bad one, with the words the first
line of the refusal must hold.  The generic faults (wrong format behind the
right extension, truncation, oversize, expansion bombs, path escapes and
links in archives, duplicates) are made here, once, for every door.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: A fault: (a good file of the door, where to write the bad one) -> None.
Make = Callable[[bytes, Path], None]


@dataclass(frozen=True)
class Fault:
    make: Make
    #: Words (lower case) the first line of stderr must hold, any one of them.
    says: tuple[str, ...]


def fault(*says: str) -> Callable[[Make], Fault]:
    def wrap(make: Make) -> Fault:
        return Fault(make, tuple(s.lower() for s in says))

    return wrap


# ------------------------------------------------------------------ any file
def write(data: bytes) -> Make:
    def make(_good: bytes, path: Path) -> None:
        path.write_bytes(data)

    return make


def truncated(good: bytes, path: Path) -> None:
    path.write_bytes(good[: len(good) // 2])


def empty(_good: bytes, path: Path) -> None:
    path.write_bytes(b"")


def sparse(size: int) -> Make:
    """A file of ``size`` bytes that takes no disk: a door must refuse it by its size."""

    def make(_good: bytes, path: Path) -> None:
        with open(path, "wb") as handle:
            handle.truncate(size)

    return make


def a_folder(_good: bytes, path: Path) -> None:
    path.mkdir()


PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
OLE = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504  # an old binary Office file / encrypted
TEXT = "Это не файл PactDesk — zwykły tekst.\n".encode()


# ------------------------------------------------------------------ archives
def members(good: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    """A ZIP of ``entries`` in that order; a ``mimetype`` member stored, as ODF/ASiC want."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            if isinstance(name, zipfile.ZipInfo):
                info = name
            else:
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = (
                    zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
                )
            archive.writestr(info, data)
    return buffer.getvalue()


def _plain(good: bytes) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    return [(info.filename, data) for info, data in members(good)]


def with_member(name: str, data: bytes, *, first: bool = False) -> Make:
    """The good archive with one more member (after the mimetype member if ``first``)."""

    def make(good: bytes, path: Path) -> None:
        entries = _plain(good)
        at = 1 if first else len(entries)
        entries.insert(at, (name, data))
        path.write_bytes(rezip(entries))

    return make


def renamed(old: str, new: str | Callable[[str], zipfile.ZipInfo]) -> Make:
    """The good archive with member ``old`` under another name (or as another kind of entry)."""

    def make(good: bytes, path: Path) -> None:
        entries = [
            ((new if isinstance(new, str) else new(n)) if n == old else n, d)
            for n, d in _plain(good)
        ]
        path.write_bytes(rezip(entries))

    return make


def as_symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3  # Unix: the mode in external_attr counts
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def path_escape(good: bytes, path: Path) -> None:
    with_member("../../evil.txt", b"written outside", first=True)(good, path)


def absolute_path(good: bytes, path: Path) -> None:
    with_member("/tmp/evil.txt", b"written outside", first=True)(good, path)


def symlink_member(good: bytes, path: Path) -> None:
    entries = _plain(good)
    entries.insert(1, (as_symlink("link-to-passwd"), b"/etc/passwd"))
    path.write_bytes(rezip(entries))


def duplicate_member(good: bytes, path: Path) -> None:
    import warnings

    entries = _plain(good)
    name, data = next((n, d) for n, d in entries if n != "mimetype")
    entries.append((name, data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate, as it should
        path.write_bytes(rezip(entries))


def expansion_bomb(good: bytes, path: Path) -> None:
    """A 64 MB member of zeros (about 64 KB packed): a ratio no real file has."""
    info = zipfile.ZipInfo("padding.bin", date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in _plain(good):
            archive.writestr(name if isinstance(name, str) else name, data)
        with archive.open(info, "w", force_zip64=True) as out:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(64):
                out.write(chunk)
    path.write_bytes(buffer.getvalue())


def many_members(count: int) -> Make:
    def make(good: bytes, path: Path) -> None:
        entries = _plain(good)
        entries += [(f"x/{i}", b"") for i in range(count)]
        path.write_bytes(rezip(entries))

    return make


def replace(name: str, change: Callable[[bytes], bytes]) -> Make:
    """The good archive with member ``name`` changed (order and other members kept)."""

    def make(good: bytes, path: Path) -> None:
        entries = [(n, change(d) if n == name else d) for n, d in _plain(good)]
        path.write_bytes(rezip(entries))

    return make


def without(name: str) -> Make:
    def make(good: bytes, path: Path) -> None:
        path.write_bytes(rezip([(n, d) for n, d in _plain(good) if n != name]))

    return make


def plain_zip(_good: bytes, path: Path) -> None:
    """A ZIP of something else altogether (a holiday photo folder)."""
    path.write_bytes(rezip([("photos/IMG_0001.jpg", b"\xff\xd8\xff\xe0 not really")]))


# ------------------------------------------------------------------ XML and JSON inside
NESTED_JSON = b"[" * 200_000 + b"]" * 200_000
ENTITY_BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
        for i in range(8)
    )
    + b"]><l>&i;</l>"
)
DEEP_XML = b'<?xml version="1.0"?>' + b"<a>" * 100_000 + b"</a>" * 100_000
