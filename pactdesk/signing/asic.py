"""The ASiC-E container (ETSI EN 319 162-1): PactDesk's submission bundle as a ZIP file.

A submission bundle is a ZIP file whose first entry is ``mimetype``, stored
(not compressed), with no extra field, holding
``application/vnd.etsi.asic-e+zip``; that puts the media type at a fixed
offset where tools look for it.  Everything else (the contribution, the
manifests under ``META-INF/`` and their signatures) follows.

Reading and writing are :mod:`pactdesk.container`'s (the one ZIP reader,
with its limits on names, sizes, ratios, duplicates and links; see
``docs/limits.md``); this module adds what makes the ZIP a bundle: the
media type, and every member stored.

Pure functions, no threads of their own; safe to call from any thread.
"""

from __future__ import annotations

import dataclasses
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pactdesk.container import (
    BUNDLE_LIMITS,
    MIMETYPE_NAME,
    Container,
    ContainerError,
    Limits,
    name_problem,
    open_container,
)
from pactdesk.container import write_container as _write

__all__ = [
    "DEFAULT_LIMITS",
    "ODF_MANIFEST_NAME",
    "odf_manifest",
    "MIMETYPE",
    "MIMETYPE_NAME",
    "Container",
    "ContainerError",
    "Limits",
    "name_problem",
    "read_container",
    "write_container",
]

MIMETYPE = b"application/vnd.etsi.asic-e+zip"
DEFAULT_LIMITS = BUNDLE_LIMITS
ODF_MANIFEST_NAME = "META-INF/manifest.xml"
_ODF_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def odf_manifest(files: Iterable[tuple[str, str]]) -> bytes:
    """``META-INF/manifest.xml`` (OpenDocument manifest) listing the data files and MIME types.

    ASiC-E with XAdES may carry it (EN 319 162-1, A.1); DigiDoc4/libdigidocpp
    requires it and takes the data files and their MIME types from it.  No
    signature covers it, so it is deterministic: a verifier rebuilds it from
    the data files and compares the bytes.
    """
    from xml.sax.saxutils import quoteattr

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest:manifest xmlns:manifest="{_ODF_NS}" manifest:version="1.2">',
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE.decode()}"/>',
    ]
    for name, mime in files:
        lines.append(
            f"<manifest:file-entry manifest:full-path={quoteattr(name)} "
            f"manifest:media-type={quoteattr(mime)}/>"
        )
    lines.append("</manifest:manifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_container(
    members: Iterable[tuple[str, bytes]], *, date_time: datetime | None = None
) -> bytes:
    """The bytes of an ASiC-E container: ``mimetype`` first, then ``members`` in order.

    Every member is stored, not deflated: then every byte of a member in the
    file *is* a byte of the member, so damage anywhere in a member's data is
    caught by its CRC and its signed digest (padding bits at the end of a
    deflate stream, by contrast, can change without changing the member).
    The PDF and the workbook are compressed already; only the JSON grows.
    """
    return _write(members, mimetype=MIMETYPE, compression=zipfile.ZIP_STORED, date_time=date_time)


def read_container(
    source: bytes | Path, *, limits: Limits = DEFAULT_LIMITS, name: str | None = None
) -> Container:
    """Read a bundle's every member into memory, refusing anything unsafe.

    Raises :class:`ContainerError` with a one-line summary;
    :class:`FileNotFoundError` when the path does not exist.
    """
    label = name or (source.name if isinstance(source, Path) else "the bundle")
    try:
        # Whatever the limits, the refusals speak of a bundle.
        limits = dataclasses.replace(limits, what="a bundle")
        return open_container(source, limits, mimetype=MIMETYPE, name=label)
    except ContainerError as exc:
        if exc.kind != "mimetype":
            raise
        reason = exc.summary.removeprefix(f"{label}: ")
        raise ContainerError(
            f"{label} is not an ASiC-E container ({reason})", exc.details, kind=exc.kind
        ) from exc
