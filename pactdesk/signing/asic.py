"""The ASiC-E container (ETSI EN 319 162-1): writing it, and reading it safely.

A submission bundle is a ZIP file whose first entry is ``mimetype``, stored
(not compressed), with no extra field, holding
``application/vnd.etsi.asic-e+zip``; that puts the media type at a fixed
offset where tools look for it.  Everything else (the contribution, the
manifests under ``META-INF/`` and their signatures) follows.

Reading is strict, because a bundle comes from outside: an entry whose name
could unpack outside its folder (absolute, ``..``, backslashes, drive
letters), two entries with the same name (also when they differ only in case,
as they would collide on Windows), symbolic links, encrypted entries,
directory entries, overlapping entries, too many entries, and anything that
would inflate beyond the limits (the declared sizes and the actual bytes are
both checked while reading, chunk by chunk) are refused with one
:class:`ContainerError` that says why.  Nothing is ever written to disk: the
members are returned as bytes.

Pure functions, no threads of their own; safe to call from any thread.
"""

from __future__ import annotations

import io
import stat
import struct
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

MIMETYPE_NAME = "mimetype"
MIMETYPE = b"application/vnd.etsi.asic-e+zip"

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 64 * 1024
_MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a container may be before it is refused as a possible zip bomb.

    A full contribution in all three formats is a few megabytes; the limits
    leave room for a hundredfold larger one and stop far short of what would
    hurt a laptop.
    """

    max_archive_bytes: int = 256 * _MIB
    max_entries: int = 500
    max_member_bytes: int = 256 * _MIB
    max_total_bytes: int = 512 * _MIB
    #: uncompressed/compressed, checked for members larger than ``ratio_floor_bytes``
    max_ratio: float = 150.0
    ratio_floor_bytes: int = 1 * _MIB
    max_name_length: int = 240


DEFAULT_LIMITS = Limits()


class ContainerError(Exception):
    """The file is not a container PactDesk will read; ``summary`` is one line."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)


@dataclass(frozen=True, slots=True)
class Container:
    """The members of a container, in the order they are stored."""

    members: tuple[tuple[str, bytes], ...]

    def names(self) -> list[str]:
        return [name for name, _ in self.members]

    def get(self, name: str) -> bytes | None:
        for member, data in self.members:
            if member == name:
                return data
        return None

    def __getitem__(self, name: str) -> bytes:
        data = self.get(name)
        if data is None:
            raise KeyError(name)
        return data

    def __contains__(self, name: object) -> bool:
        return any(member == name for member, _ in self.members)


# ---------------------------------------------------------------- writing


def _compress_type(name: str) -> int:
    # Every member is stored, not deflated: then every byte of a member in the
    # file *is* a byte of the member, so damage anywhere in a member's data is
    # caught by its CRC and its signed digest (padding bits at the end of a
    # deflate stream, by contrast, can change without changing the member).
    # The PDF and the workbook are compressed already; only the JSON grows.
    return zipfile.ZIP_STORED


def write_container(
    members: Iterable[tuple[str, bytes]], *, date_time: datetime | None = None
) -> bytes:
    """The bytes of an ASiC-E container: ``mimetype`` first, then ``members`` in order.

    Names are checked as the reader would check them, so a container this
    function writes always reads back.
    """
    when = (date_time or datetime.now(UTC)).timetuple()[:6]
    stamp = (max(when[0], 1980), *when[1:])
    buffer = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo(MIMETYPE_NAME, date_time=stamp)
        info.compress_type = zipfile.ZIP_STORED
        info.extra = b""
        info.create_system = 0
        info.external_attr = 0
        archive.writestr(info, MIMETYPE)
        seen.add(MIMETYPE_NAME)
        for name, data in members:
            problem = name_problem(name, DEFAULT_LIMITS)
            if problem:
                raise ValueError(f"cannot store {name!r}: {problem}")
            if name.casefold() in seen:
                raise ValueError(f"cannot store {name!r} twice")
            seen.add(name.casefold())
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = _compress_type(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


# ---------------------------------------------------------------- reading


def name_problem(name: str, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Why ``name`` may not be a member of a container, or None when it may."""
    if not name:
        return "the name is empty"
    if len(name) > limits.max_name_length:
        return "the name is too long"
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        return "the name has control characters"
    if "\\" in name:
        return "the name has a backslash"
    if name.startswith("/"):
        return "the name is an absolute path"
    if ":" in name:
        return "the name has a colon (a drive letter or an alternate stream)"
    if name.endswith("/"):
        return "it is a directory entry"
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "the name has an empty, '.' or '..' part"
    if unicodedata.normalize("NFC", name) != name:
        return "the name is not in Unicode normal form C"
    return None


def read_container(
    source: bytes | Path, *, limits: Limits = DEFAULT_LIMITS, name: str | None = None
) -> Container:
    """Read every member of a container into memory, refusing anything unsafe.

    ``source`` is the container's bytes or its path.  Raises
    :class:`ContainerError` with a one-line summary; :class:`FileNotFoundError`
    when the path does not exist.
    """
    if isinstance(source, Path):
        label = name or source.name
        size = source.stat().st_size
        if size > limits.max_archive_bytes:
            raise ContainerError(
                f"{label} is {size // _MIB} MiB, more than a bundle can be "
                f"({limits.max_archive_bytes // _MIB} MiB)"
            )
        raw = source.read_bytes()
    else:
        label = name or "the container"
        raw = source
        if len(raw) > limits.max_archive_bytes:
            raise ContainerError(f"{label} is larger than a bundle can be")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ContainerError(f"{label} is not a ZIP container ({exc})") from exc
    except NotImplementedError as exc:
        raise ContainerError(f"{label} uses a ZIP feature PactDesk does not read ({exc})") from exc
    with archive:
        infos = archive.infolist()
        _check_entries(infos, raw, label, limits)
        _check_mimetype(infos, raw, label)
        members = []
        total = 0
        for info in infos:
            data = _read_member(archive, info, label, limits, total)
            total += len(data)
            members.append((info.filename, data))
    if members[0][1] != MIMETYPE:
        raise ContainerError(f"{label} is not an ASiC-E container (wrong mimetype content)")
    return Container(tuple(members))


def _check_entries(infos: list[zipfile.ZipInfo], raw: bytes, label: str, limits: Limits) -> None:
    if not infos:
        raise ContainerError(f"{label} is an empty ZIP file, not a bundle")
    if len(infos) > limits.max_entries:
        raise ContainerError(
            f"{label} has {len(infos)} entries, more than a bundle can have ({limits.max_entries})"
        )
    seen: dict[str, str] = {}
    declared_total = 0
    for info in infos:
        name = info.filename
        problem = name_problem(name, limits)
        if problem:
            raise ContainerError(
                f"{label} has an entry PactDesk will not read: {name!r}: {problem}"
            )
        if not (info.flag_bits & 0x800) and not name.isascii():
            raise ContainerError(f"{label} has an entry whose name is not UTF-8: {name!r}")
        key = name.casefold()
        if key in seen:
            raise ContainerError(
                f"{label} has two entries named {name!r}"
                + ("" if seen[key] == name else f" and {seen[key]!r}")
            )
        seen[key] = name
        if info.flag_bits & 0x1:
            raise ContainerError(f"{label} has an encrypted entry: {name!r}")
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            kind = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
            raise ContainerError(f"{label} has an entry that is {kind}: {name!r}")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ContainerError(
                f"{label} has an entry compressed in a way PactDesk does not read: {name!r}"
            )
        if info.file_size > limits.max_member_bytes:
            raise ContainerError(f"{label}: {name!r} would unpack to more than a bundle can hold")
        declared_total += info.file_size
        if declared_total > limits.max_total_bytes:
            raise ContainerError(f"{label} would unpack to more than a bundle can hold")
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise ContainerError(
                f"{label}: {name!r} is compressed {info.file_size // max(info.compress_size, 1)} "
                "to 1, more than a real document is (a zip bomb?)"
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise ContainerError(f"{label}: {name!r} has inconsistent sizes")
    _check_no_overlap(infos, raw, label)


def _local_header(raw: bytes, offset: int, label: str) -> tuple[int, int, int]:
    """(name length, extra length, data start) of the local header at ``offset``."""
    header = raw[offset : offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        raise ContainerError(f"{label} is cut short")
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise ContainerError(f"{label} is damaged (an entry's header is missing)")
    name_length, extra_length = fields[9], fields[10]
    return name_length, extra_length, offset + _LOCAL_HEADER.size + name_length + extra_length


def _check_local_matches_central(info: zipfile.ZipInfo, raw: bytes, label: str) -> None:
    """The entry's local header says what the central directory says.

    A reader that streams the file (reading local headers only) must see the
    same entry as one that reads the central directory; otherwise the two
    could be shown different contents.
    """
    fields = _LOCAL_HEADER.unpack(raw[info.header_offset : info.header_offset + _LOCAL_HEADER.size])
    flags, method, crc, compressed, size = fields[2], fields[3], fields[6], fields[7], fields[8]
    name = raw[
        info.header_offset + _LOCAL_HEADER.size : info.header_offset
        + _LOCAL_HEADER.size
        + fields[9]
    ]
    expected_name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    same = flags == info.flag_bits and method == info.compress_type and name == expected_name
    if same and not flags & 0x08 and compressed != 0xFFFFFFFF:
        same = (crc, compressed, size) == (info.CRC, info.compress_size, info.file_size)
    if not same:
        raise ContainerError(
            f"{label} is damaged: the headers of {info.filename!r} contradict each other"
        )


def _check_no_overlap(infos: list[zipfile.ZipInfo], raw: bytes, label: str) -> None:
    # Overlapping entries let a small file unpack to a huge one (the
    # "non-recursive zip bomb"), and an entry could be read two ways.
    spans = []
    for info in infos:
        _, _, start = _local_header(raw, info.header_offset, label)
        _check_local_matches_central(info, raw, label)
        spans.append((info.header_offset, start + info.compress_size, info.filename))
    spans.sort()
    for (_, end, name), (next_start, _, next_name) in zip(spans, spans[1:], strict=False):
        if next_start < end:
            raise ContainerError(f"{label} has overlapping entries: {name!r} and {next_name!r}")
    if spans and spans[-1][1] > len(raw):
        raise ContainerError(f"{label} is cut short")


def _check_mimetype(infos: list[zipfile.ZipInfo], raw: bytes, label: str) -> None:
    first = infos[0]
    if first.filename != MIMETYPE_NAME or first.header_offset != 0:
        raise ContainerError(
            f"{label} is not an ASiC-E container (its first entry is not 'mimetype')"
        )
    if first.compress_type != zipfile.ZIP_STORED:
        raise ContainerError(f"{label} is not an ASiC-E container ('mimetype' is compressed)")
    name_length, extra_length, start = _local_header(raw, 0, label)
    if extra_length or first.extra:
        raise ContainerError(f"{label} is not an ASiC-E container ('mimetype' has an extra field)")
    if raw[30 : 30 + name_length] != MIMETYPE_NAME.encode("ascii"):
        raise ContainerError(f"{label} is not an ASiC-E container")
    if raw[start : start + len(MIMETYPE)] != MIMETYPE or first.file_size != len(MIMETYPE):
        raise ContainerError(
            f"{label} is not an ASiC-E container (its media type is not {MIMETYPE.decode('ascii')})"
        )


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, limits: Limits, total: int
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    cap = min(info.file_size, limits.max_member_bytes)
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap or total + size > limits.max_total_bytes:
                    raise ContainerError(
                        f"{label}: {info.filename!r} unpacks to more than it declares"
                    )
                chunks.append(chunk)
    except ContainerError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError…: a damaged member
        raise ContainerError(
            f"{label} is damaged: {info.filename!r} cannot be read ({exc})"
        ) from exc
    if size != info.file_size:
        raise ContainerError(f"{label} is damaged: {info.filename!r} is shorter than it declares")
    return b"".join(chunks)
