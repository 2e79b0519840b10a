"""ASiC manifests: deterministic bytes, round trip, and a strict reader."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET

import pytest

from pactdesk.signing.manifest import (
    ASIC_NS,
    DS_NS,
    ManifestEntry,
    ManifestError,
    build_manifest,
    parse_manifest,
)

JSON = ManifestEntry("contribution.json", "application/json", hashlib.sha256(b"{}").digest())
PREVIOUS = ManifestEntry(
    "META-INF/signature001.p7s", "application/pkcs7-signature", hashlib.sha256(b"sig").digest()
)
PROPS = {"role": "approver", "revision": "12", "note": 'zażółć <&> "ελληνικά"'}


def test_bytes_are_deterministic_and_round_trip() -> None:
    one = build_manifest("META-INF/signature002.p7s", [JSON, PREVIOUS], properties=PROPS)
    two = build_manifest(
        "META-INF/signature002.p7s", [JSON, PREVIOUS], properties=dict(reversed(PROPS.items()))
    )
    assert one == two
    parsed = parse_manifest(one)
    assert parsed.sig_name == "META-INF/signature002.p7s"
    assert parsed.entries == (JSON, PREVIOUS)
    assert dict(parsed.properties) == PROPS
    assert parsed.entry("contribution.json") == JSON
    # The ETSI structure as a generic XML reader sees it.
    root = ET.fromstring(one)
    assert root.tag == f"{{{ASIC_NS}}}ASiCManifest"
    ref = root.find(f"{{{ASIC_NS}}}DataObjectReference")
    assert ref is not None and ref.get("URI") == "contribution.json"
    assert ref.find(f"{{{DS_NS}}}DigestMethod").get("Algorithm").endswith("#sha256")  # type: ignore[union-attr]
    assert one.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<asic:ASiCManifest ')


def test_without_properties_there_is_no_extension() -> None:
    raw = build_manifest("META-INF/signature001.p7s", [JSON])
    assert b"ASiCManifestExtensions" not in raw
    assert parse_manifest(raw).properties == {}


@pytest.mark.parametrize(
    "uri", ["", "/etc/passwd", "../x", "a/../../x", "a//b", "C:/x", "a\\b", "a/./b", "x\x01"]
)
def test_bad_uris_are_refused_when_building(uri: str) -> None:
    with pytest.raises(ManifestError):
        build_manifest("META-INF/signature001.p7s", [ManifestEntry(uri, "text/plain", bytes(32))])


def test_builder_refuses_duplicates_short_digests_and_bad_names() -> None:
    with pytest.raises(ManifestError):
        build_manifest("META-INF/s.p7s", [JSON, JSON])
    with pytest.raises(ManifestError):
        build_manifest("META-INF/s.p7s", [ManifestEntry("a", "text/plain", b"short")])
    with pytest.raises(ManifestError):
        build_manifest("META-INF/s.p7s", [JSON], properties={"Bad Name": "x"})
    with pytest.raises(ManifestError):
        build_manifest("META-INF/s.p7s", [])


GOOD = build_manifest("META-INF/signature001.p7s", [JSON], properties={"role": "approver"})


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"xmlenc#sha256", b"xmldsig#sha1"),  # another digest algorithm
        (b'URI="contribution.json"', b'URI="../contribution.json"'),
        (b'URI="contribution.json"', b'URI="META-INF/signature001.p7s"'),  # its own signature
        (b"<ds:DigestValue>", b"<ds:DigestValue>AAAA"),  # digest of the wrong length
        (b"<ds:DigestValue>", b"<ds:DigestValue>!"),  # not base64
        (b'Critical="false"', b'Critical="maybe"'),
        (b'Name="role"', b'Name="role" Extra="1"'),
        (b"<asic:SigReference", b"<asic:Surprise/><asic:SigReference"),
        (b"</asic:ASiCManifest>", b"<asic:Extra/></asic:ASiCManifest>"),
        (b"</asic:ASiCManifest>", b"text</asic:ASiCManifest>"),
        (b'MimeType="application/pkcs7-signature"', b'MimeType="application/xml"'),
        (b"</asic:ASiCManifest>", b""),  # not well-formed
        (
            b'<?xml version="1.0" encoding="UTF-8"?>',
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>',
        ),
    ],
)
def test_parser_is_strict(old: bytes, new: bytes) -> None:
    assert old in GOOD
    with pytest.raises(ManifestError):
        parse_manifest(GOOD.replace(old, new, 1))


def test_duplicate_reference_and_unknown_critical_extension_are_refused() -> None:
    raw = build_manifest("META-INF/s.p7s", [JSON, PREVIOUS])
    twice = raw.replace(b"META-INF/signature001.p7s", b"contribution.json")
    with pytest.raises(ManifestError):
        parse_manifest(twice)
    foreign = GOOD.replace(
        b'<pd:Properties xmlns:pd="urn:pactdesk:sign-off:1">',
        b'<x:Other xmlns:x="urn:other"/><pd:Properties xmlns:pd="urn:pactdesk:sign-off:1">',
    )
    with pytest.raises(ManifestError):
        parse_manifest(foreign.replace(b'Critical="false"', b'Critical="true"'))


def test_a_non_critical_foreign_extension_is_skipped() -> None:
    raw = GOOD.replace(
        b"</asic:ASiCManifestExtensions>",
        b'<asic:Extension Critical="false"><x:Other xmlns:x="urn:other">1</x:Other>'
        b"</asic:Extension></asic:ASiCManifestExtensions>",
    )
    assert parse_manifest(raw).properties == {"role": "approver"}
