"""The one ZIP container reader and writer: bundles, sign-off requests, workbooks, exchanges.

Every ZIP file PactDesk reads comes from outside — a bundle from a Member
State, a sign-off request by e-mail, a workbook a colleague filled in, an
exchange package — so it is read here, with explicit :class:`Limits`, into
memory (nothing is ever unpacked to disk)::

    container = open_container(path, BUNDLE_LIMITS, mimetype=b"application/vnd.etsi.asic-e+zip")
    container["contribution.json"]          # the member's bytes

and written here, ``mimetype`` first and stored (ASiC, ODF and EPUB's rule:
the media type sits at a fixed offset where tools look for it)::

    raw = write_container([("request.json", data), …], mimetype=b"application/vnd.…")

What is refused, with one :class:`ContainerError` whose ``summary`` says
why and whose ``kind`` tells the caller which rule (so each format can word
it for its readers); the limits are documented in ``docs/limits.md``:

* **names** that could unpack outside their folder or mean something else
  on another system: absolute paths, ``..`` or ``.`` parts, empty parts,
  backslashes, colons (drive letters, alternate streams), control
  characters, names not in Unicode NFC, names longer than the limit, names
  not flagged UTF-8 that are not ASCII;
* **duplicates**, also names that differ only in case (they collide on
  Windows and macOS);
* **symbolic links** and anything else that is not a regular file;
  directory entries unless the limits allow them (workbooks carry them);
* **encrypted** entries, compression methods other than stored and deflate;
* **too many** entries, a file, a member or a total that is too large, and
  members that inflate more than ``max_ratio`` times (zip bombs) — the
  declared sizes are checked before anything is inflated, and the actual
  bytes while inflating, chunk by chunk;
* **inconsistent** archives: overlapping entries, local headers that
  contradict the central directory, members shorter or longer than they say.

Pure functions; no threads of their own; safe from any thread.
"""

from __future__ import annotations

import io
import stat
import struct
import unicodedata
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

__all__ = [
    "BUNDLE_LIMITS",
    "DEFAULT_LIMITS",
    "Container",
    "ContainerError",
    "Limits",
    "MIMETYPE_NAME",
    "name_problem",
    "open_container",
    "write_container",
]

MIMETYPE_NAME = "mimetype"
MIB = 1024 * 1024

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How big and how many: past these a container is refused before it is inflated.

    ``member_bytes`` caps named members below ``max_member_bytes`` (a
    sign-off request's ``request.json`` is small, its PDF is not).
    """

    max_archive_bytes: int = 256 * MIB
    max_entries: int = 500
    max_member_bytes: int = 256 * MIB
    max_total_bytes: int = 512 * MIB
    #: uncompressed/compressed, checked for members larger than ``ratio_floor_bytes``
    max_ratio: float = 150.0
    ratio_floor_bytes: int = 1 * MIB
    max_name_length: int = 240
    #: directory entries (``xl/``) are skipped instead of refused
    allow_directories: bool = False
    member_bytes: Mapping[str, int] = field(default_factory=dict)
    #: what the container is, in the refusals ("more than a bundle can hold")
    what: str = "a container"

    def member_limit(self, name: str) -> int:
        return min(self.member_bytes.get(name, self.max_member_bytes), self.max_member_bytes)


#: The limits of a submission bundle (and, until they set their own, of anything else).
BUNDLE_LIMITS = Limits(what="a bundle")
DEFAULT_LIMITS = BUNDLE_LIMITS


class ContainerError(Exception):
    """The file is not a container PactDesk will read; ``summary`` is one line.

    ``kind`` names the rule: ``not-zip``, ``damaged``, ``name``, ``duplicate``,
    ``not-a-file``, ``encrypted``, ``method``, ``too-large``, ``too-many``,
    ``ratio``, ``mimetype``.
    """

    def __init__(self, summary: str, details: Sequence[str] = (), *, kind: str = "damaged") -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Container:
    """The members of a container, in the order they are stored (directories left out)."""

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


# ---------------------------------------------------------------- names


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
        if not limits.allow_directories:
            return "it is a directory entry"
        name = name[:-1]
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "the name has an empty, '.' or '..' part"
    if unicodedata.normalize("NFC", name) != name:
        return "the name is not in Unicode normal form C"
    return None


# ---------------------------------------------------------------- writing


def write_container(
    members: Iterable[tuple[str, bytes]],
    *,
    mimetype: bytes | None = None,
    compression: int = zipfile.ZIP_STORED,
    compresslevel: int | None = None,
    date_time: datetime | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> bytes:
    """The bytes of a container: ``mimetype`` first (stored, no extra field), then ``members``.

    Names are checked as :func:`open_container` checks them, so whatever
    this writes reads back.  ``compression`` (and zlib's ``compresslevel``,
    default 6) applies to the other members.
    """
    when = (date_time or datetime.now(UTC)).timetuple()[:6]
    stamp = (max(when[0], 1980), *when[1:])
    buffer = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype is not None:
            info = zipfile.ZipInfo(MIMETYPE_NAME, date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            info.extra = b""
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, mimetype)
            seen.add(MIMETYPE_NAME)
        for name, data in members:
            problem = name_problem(name, limits)
            if problem or name.endswith("/"):
                raise ValueError(f"cannot store {name!r}: {problem or 'it is a directory'}")
            if name.casefold() in seen:
                raise ValueError(f"cannot store {name!r} twice")
            seen.add(name.casefold())
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = compression
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data, compresslevel=compresslevel)
    return buffer.getvalue()


# ---------------------------------------------------------------- reading


def open_container(
    source: bytes | Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    mimetype: bytes | None = None,
    name: str | None = None,
) -> Container:
    """Read every member of a container into memory, refusing anything unsafe.

    ``source`` is the container's bytes or its path; ``mimetype``, when
    given, must be the first member's exact content (stored, no extra
    field).  Raises :class:`ContainerError` with a one-line summary;
    :class:`FileNotFoundError` when the path does not exist.
    """
    if isinstance(source, Path):
        label = name or source.name
        size = source.stat().st_size
        if size > limits.max_archive_bytes:
            raise ContainerError(
                f"{label} is {size // MIB} MiB, more than {limits.what} can be "
                f"({limits.max_archive_bytes // MIB} MiB)",
                kind="too-large",
            )
        raw = source.read_bytes()
    else:
        label = name or "the container"
        raw = source
        if len(raw) > limits.max_archive_bytes:
            raise ContainerError(f"{label} is larger than {limits.what} can be", kind="too-large")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ContainerError(f"{label} is not a ZIP container ({exc})", kind="not-zip") from exc
    except NotImplementedError as exc:
        raise ContainerError(
            f"{label} uses a ZIP feature PactDesk does not read ({exc})", kind="method"
        ) from exc
    with archive:
        infos = archive.infolist()
        _check_entries(infos, raw, label, limits)
        if mimetype is not None:
            _check_mimetype(infos, raw, label, mimetype)
        members = []
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            data = _read_member(archive, info, label, limits, total)
            total += len(data)
            members.append((info.filename, data))
    return Container(tuple(members))


def _check_entries(infos: list[zipfile.ZipInfo], raw: bytes, label: str, limits: Limits) -> None:
    if not infos:
        raise ContainerError(f"{label} is an empty ZIP file, not {limits.what}", kind="too-many")
    if len(infos) > limits.max_entries:
        raise ContainerError(
            f"{label} has {len(infos)} entries, more than {limits.what} can have "
            f"({limits.max_entries})",
            kind="too-many",
        )
    seen: dict[str, str] = {}
    declared_total = 0
    for info in infos:
        name = info.filename
        problem = name_problem(name, limits)
        if problem:
            raise ContainerError(
                f"{label} has an entry PactDesk will not read: {name!r}: {problem}", kind="name"
            )
        if not (info.flag_bits & 0x800) and not name.isascii():
            raise ContainerError(
                f"{label} has an entry whose name is not UTF-8: {name!r}", kind="name"
            )
        key = name.casefold().rstrip("/")
        if key in seen:
            raise ContainerError(
                f"{label} has two entries named {name!r}"
                + ("" if seen[key] == name else f" and {seen[key]!r}"),
                kind="duplicate",
            )
        seen[key] = name
        if info.flag_bits & 0x1:
            raise ContainerError(f"{label} has an encrypted entry: {name!r}", kind="encrypted")
        mode = info.external_attr >> 16
        allowed = (0, stat.S_IFREG, stat.S_IFDIR) if info.is_dir() else (0, stat.S_IFREG)
        if info.create_system == 3 and stat.S_IFMT(mode) not in allowed:
            kind = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
            raise ContainerError(
                f"{label} has an entry that is {kind}: {name!r}", kind="not-a-file"
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ContainerError(
                f"{label} has an entry compressed in a way PactDesk does not read: {name!r}",
                kind="method",
            )
        if info.file_size > limits.member_limit(name):
            raise ContainerError(
                f"{label}: {name!r} would unpack to more than {limits.what} can hold",
                kind="too-large",
            )
        declared_total += info.file_size
        if declared_total > limits.max_total_bytes:
            raise ContainerError(
                f"{label} would unpack to more than {limits.what} can hold", kind="too-large"
            )
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise ContainerError(
                f"{label}: {name!r} is compressed {info.file_size // max(info.compress_size, 1)} "
                "to 1, more than a real document is (a zip bomb?)",
                kind="ratio",
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


def _check_mimetype(infos: list[zipfile.ZipInfo], raw: bytes, label: str, mimetype: bytes) -> None:
    first = infos[0]
    if first.filename != MIMETYPE_NAME or first.header_offset != 0:
        raise ContainerError(f"{label}: its first entry is not 'mimetype'", kind="mimetype")
    if first.compress_type != zipfile.ZIP_STORED:
        raise ContainerError(f"{label}: 'mimetype' is compressed", kind="mimetype")
    name_length, extra_length, start = _local_header(raw, 0, label)
    if extra_length or first.extra:
        raise ContainerError(f"{label}: 'mimetype' has an extra field", kind="mimetype")
    if raw[30 : 30 + name_length] != MIMETYPE_NAME.encode("ascii"):
        raise ContainerError(f"{label}: its first entry is not 'mimetype'", kind="mimetype")
    if raw[start : start + len(mimetype)] != mimetype or first.file_size != len(mimetype):
        raise ContainerError(
            f"{label}: its media type is not {mimetype.decode('ascii', 'replace')}",
            kind="mimetype",
        )


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str, limits: Limits, total: int
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    cap = min(info.file_size, limits.member_limit(info.filename))
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap or total + size > limits.max_total_bytes:
                    raise ContainerError(
                        f"{label}: {info.filename!r} unpacks to more than it declares",
                        kind="too-large",
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
