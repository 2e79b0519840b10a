"""ASiC manifests (ETSI EN 319 162-1, ``ASiCManifest``): build and read them.

A CAdES signature in an ASiC-E container does not sign the data files
directly: it signs an ``ASiCManifest`` XML file that names each file with its
SHA-256 digest.  PactDesk writes one for every sign-off and one for the
bundle's final signature.  Example (the bytes :func:`build_manifest` makes)::

    <?xml version="1.0" encoding="UTF-8"?>
    <asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
      <asic:SigReference URI="META-INF/signature001.p7s" MimeType="application/pkcs7-signature"/>
      <asic:DataObjectReference URI="contribution.json" MimeType="application/json">
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>…base64…</ds:DigestValue>
      </asic:DataObjectReference>
      <asic:ASiCManifestExtensions>
        <asic:Extension Critical="false">
          <pd:Properties xmlns:pd="urn:pactdesk:sign-off:1">
            <pd:Property Name="role">approver</pd:Property>
          </pd:Properties>
        </asic:Extension>
      </asic:ASiCManifestExtensions>
    </asic:ASiCManifest>

PactDesk's own facts (role, revision, the previous sign-off's signature
digest …) travel as ``pd:Property`` elements in a non-critical
``asic:Extension``, so any ASiC reader can ignore them, while they are still
covered by the signature over the manifest's bytes.

Deterministic: the same arguments give the same bytes (entries in the
order given, properties sorted by name, fixed indentation, UTF-8, ``\\n``).

:func:`parse_manifest` is strict: parsed with defusedxml, no DTD (so no
entities), only the ETSI
elements in their order, SHA-256 digests of 32 bytes, relative URIs that
stay inside the container, no duplicate URIs, no unknown attributes.  A
critical extension it does not know is refused; non-critical ones are
skipped.  Anything else raises :class:`ManifestError` with one sentence.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
PD_NS = "urn:pactdesk:sign-off:1"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
SIGNATURE_MIME = "application/pkcs7-signature"

#: The largest manifest :func:`parse_manifest` reads.
MAX_MANIFEST_BYTES = 1 << 20

_PROPERTY_NAME = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
# Control characters XML 1.0 cannot carry.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class ManifestError(ValueError):
    """A manifest that cannot be built or read; ``str()`` is one clear sentence."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One file a manifest names: its path in the container, MIME type and SHA-256."""

    uri: str
    mime_type: str
    digest_sha256: bytes


@dataclass(frozen=True, slots=True)
class Manifest:
    sig_name: str
    entries: tuple[ManifestEntry, ...]
    properties: Mapping[str, str] = field(default_factory=dict)

    def entry(self, uri: str) -> ManifestEntry | None:
        for entry in self.entries:
            if entry.uri == uri:
                return entry
        return None

    def check_entries(self, get: Callable[[str], bytes | None]) -> list[tuple[str, str]]:
        """Every entry whose file is not as signed: ``(uri, "missing" | "changed")``.

        ``get`` gives a file's bytes by its path in the container (None: absent).
        """
        found = []
        for entry in self.entries:
            data = get(entry.uri)
            if data is None:
                found.append((entry.uri, "missing"))
            elif hashlib.sha256(data).digest() != entry.digest_sha256:
                found.append((entry.uri, "changed"))
        return found


def check_uri(uri: str) -> None:
    """A container path: relative, forward slashes, no ``..``, nothing odd."""
    if not uri or len(uri) > 255:
        raise ManifestError(f"The file name {uri!r} is empty or too long.")
    if uri.startswith("/") or "\\" in uri or ":" in uri.split("/")[0]:
        raise ManifestError(f"The file name {uri!r} is not a relative path inside the container.")
    parts = uri.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ManifestError(f"The file name {uri!r} leaves its folder or has an empty part.")
    if _XML_INVALID.search(uri) or any(ord(c) < 32 for c in uri):
        raise ManifestError(f"The file name {uri!r} has control characters.")


def _check_text(value: str, what: str) -> None:
    if _XML_INVALID.search(value):
        raise ManifestError(f"The {what} contains characters XML cannot carry.")


def build_manifest(
    sig_name: str,
    entries: Sequence[ManifestEntry],
    *,
    properties: Mapping[str, str] | None = None,
) -> bytes:
    """The ASiCManifest naming ``entries``, for the signature stored as ``sig_name``."""
    check_uri(sig_name)
    if not entries:
        raise ManifestError("A manifest names at least one file.")
    seen: set[str] = set()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<asic:ASiCManifest xmlns:asic="{ASIC_NS}" xmlns:ds="{DS_NS}">',
        f'  <asic:SigReference URI={quoteattr(sig_name)} MimeType="{SIGNATURE_MIME}"/>',
    ]
    for entry in entries:
        check_uri(entry.uri)
        if entry.uri in seen:
            raise ManifestError(f"The manifest names {entry.uri} twice.")
        if entry.uri == sig_name:
            raise ManifestError("A manifest cannot name its own signature.")
        seen.add(entry.uri)
        if len(entry.digest_sha256) != 32:
            raise ManifestError(f"The digest of {entry.uri} is not a SHA-256 digest.")
        _check_text(entry.mime_type, "MIME type")
        if not entry.mime_type or any(c.isspace() for c in entry.mime_type):
            raise ManifestError(f"The MIME type of {entry.uri} is empty or has spaces.")
        digest = base64.b64encode(entry.digest_sha256).decode("ascii")
        lines += [
            f"  <asic:DataObjectReference URI={quoteattr(entry.uri)} "
            f"MimeType={quoteattr(entry.mime_type)}>",
            f'    <ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"    <ds:DigestValue>{digest}</ds:DigestValue>",
            "  </asic:DataObjectReference>",
        ]
    if properties:
        lines += [
            "  <asic:ASiCManifestExtensions>",
            '    <asic:Extension Critical="false">',
            f'      <pd:Properties xmlns:pd="{PD_NS}">',
        ]
        for name in sorted(properties):
            value = properties[name]
            if not _PROPERTY_NAME.match(name):
                raise ManifestError(f"{name!r} is not a property name (a-z, 0-9, -).")
            _check_text(value, f"property {name}")
            if value != value.strip() or "\r" in value:
                # XML parsers normalise line ends; keep values that survive a round trip.
                raise ManifestError(f"The property {name} has surrounding spaces or a CR.")
            lines.append(
                f"        <pd:Property Name={quoteattr(name)}>{escape(value)}</pd:Property>"
            )
        lines += [
            "      </pd:Properties>",
            "    </asic:Extension>",
            "  </asic:ASiCManifestExtensions>",
        ]
    lines.append("</asic:ASiCManifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def _no_text(element: ET.Element, where: str) -> None:
    if (element.text or "").strip():
        raise ManifestError(f"Unexpected text inside {where}.")
    for child in element:
        if (child.tail or "").strip():
            raise ManifestError(f"Unexpected text inside {where}.")


def _attributes(element: ET.Element, allowed: set[str], required: set[str], where: str) -> None:
    names = set(element.attrib)
    extra = names - allowed
    if extra:
        raise ManifestError(f"{where} has an unknown attribute {sorted(extra)[0]}.")
    missing = required - names
    if missing:
        raise ManifestError(f"{where} lacks its {sorted(missing)[0]} attribute.")


def parse_manifest(raw: bytes) -> Manifest:
    """Read a manifest strictly (see the module's docstring) or raise :class:`ManifestError`."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ManifestError("The manifest is larger than any PactDesk writes.")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ManifestError("The manifest is not UTF-8.") from exc
    try:
        # defusedxml: no DTD at all (so no entities, no external references).
        root = safe_xml.fromstring(raw, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise ManifestError("The manifest declares a DTD or entities; refused.") from exc
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: unknown encoding
        raise ManifestError(f"The manifest is not well-formed XML ({exc}).") from exc
    if root.tag != _tag(ASIC_NS, "ASiCManifest"):
        raise ManifestError("The file is not an ASiCManifest.")
    _attributes(root, set(), set(), "ASiCManifest")
    _no_text(root, "ASiCManifest")
    children = list(root)
    if not children or children[0].tag != _tag(ASIC_NS, "SigReference"):
        raise ManifestError("The manifest does not start with its SigReference.")
    sig_ref = children[0]
    _attributes(sig_ref, {"URI", "MimeType"}, {"URI"}, "SigReference")
    if len(sig_ref) or (sig_ref.text or "").strip():
        raise ManifestError("SigReference has content.")
    sig_name = sig_ref.attrib["URI"]
    check_uri(sig_name)
    sig_mime = sig_ref.attrib.get("MimeType", SIGNATURE_MIME)
    if sig_mime != SIGNATURE_MIME:
        raise ManifestError(f"SigReference names a {sig_mime}, not a CAdES signature.")

    entries: list[ManifestEntry] = []
    properties: dict[str, str] = {}
    rest = children[1:]
    index = 0
    while index < len(rest) and rest[index].tag == _tag(ASIC_NS, "DataObjectReference"):
        entries.append(_parse_reference(rest[index]))
        index += 1
    if not entries:
        raise ManifestError("The manifest names no file.")
    if index < len(rest) and rest[index].tag == _tag(ASIC_NS, "ASiCManifestExtensions"):
        properties = _parse_extensions(rest[index])
        index += 1
    if index < len(rest):
        raise ManifestError(f"Unexpected element {rest[index].tag} in the manifest.")
    uris = [entry.uri for entry in entries]
    duplicates = {uri for uri in uris if uris.count(uri) > 1}
    if duplicates:
        raise ManifestError(f"The manifest names {sorted(duplicates)[0]} twice.")
    if sig_name in uris:
        raise ManifestError("The manifest names its own signature as data.")
    return Manifest(sig_name=sig_name, entries=tuple(entries), properties=properties)


def _parse_reference(element: ET.Element) -> ManifestEntry:
    _attributes(
        element, {"URI", "MimeType", "Rootfile"}, {"URI", "MimeType"}, "DataObjectReference"
    )
    _no_text(element, "DataObjectReference")
    uri = element.attrib["URI"]
    check_uri(uri)
    parts = list(element)
    if (
        len(parts) != 2
        or parts[0].tag != _tag(DS_NS, "DigestMethod")
        or parts[1].tag != _tag(DS_NS, "DigestValue")
    ):
        raise ManifestError(f"The reference to {uri} is not a DigestMethod and a DigestValue.")
    method, value = parts
    _attributes(method, {"Algorithm"}, {"Algorithm"}, "DigestMethod")
    if len(method) or (method.text or "").strip():
        raise ManifestError("DigestMethod has content.")
    if method.attrib["Algorithm"] != SHA256_URI:
        raise ManifestError(f"The digest of {uri} is not SHA-256.")
    _attributes(value, set(), set(), "DigestValue")
    if len(value):
        raise ManifestError("DigestValue has elements inside.")
    text = "".join((value.text or "").split())
    try:
        digest = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ManifestError(f"The digest of {uri} is not base64.") from exc
    if len(digest) != 32:
        raise ManifestError(f"The digest of {uri} is not 32 bytes long.")
    return ManifestEntry(uri=uri, mime_type=element.attrib["MimeType"], digest_sha256=digest)


def _parse_extensions(element: ET.Element) -> dict[str, str]:
    _attributes(element, set(), set(), "ASiCManifestExtensions")
    _no_text(element, "ASiCManifestExtensions")
    if not len(element):
        raise ManifestError("ASiCManifestExtensions is empty.")
    properties: dict[str, str] = {}
    for extension in element:
        if extension.tag != _tag(ASIC_NS, "Extension"):
            raise ManifestError(f"Unexpected element {extension.tag} among the extensions.")
        _attributes(extension, {"Critical"}, set(), "Extension")
        critical = extension.attrib.get("Critical", "false")
        if critical not in ("true", "false", "1", "0"):
            raise ManifestError("An extension's Critical attribute is not a boolean.")
        _no_text(extension, "Extension")
        inner = list(extension)
        ours = len(inner) == 1 and inner[0].tag == _tag(PD_NS, "Properties")
        if not ours:
            if critical in ("true", "1"):
                raise ManifestError("The manifest has a critical extension PactDesk does not know.")
            continue
        block = inner[0]
        _attributes(block, set(), set(), "Properties")
        _no_text(block, "Properties")
        for prop in block:
            if prop.tag != _tag(PD_NS, "Property"):
                raise ManifestError(f"Unexpected element {prop.tag} among the properties.")
            _attributes(prop, {"Name"}, {"Name"}, "Property")
            if len(prop):
                raise ManifestError("A property has elements inside.")
            name = prop.attrib["Name"]
            if not _PROPERTY_NAME.match(name):
                raise ManifestError(f"{name!r} is not a property name.")
            if name in properties:
                raise ManifestError(f"The property {name} appears twice.")
            properties[name] = prop.text or ""
    return properties
