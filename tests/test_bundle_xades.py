"""A draft set to the XAdES form: an ASiC-E with XAdES that xmlsec1 and ``pactdesk verify`` accept.

The draft is set to XAdES before its first sign-off; three officials sign
off (one through a sign-off request, as on another computer) and the
submitter makes the bundle.  Checked here: the bundle holds only
``signatures*.xml`` (no ASiC manifest, no ``.p7s``); ``xmlsec1 --verify
--trusted-pem ca.pem`` accepts every one of them with the container's files
as the external references; ``pactdesk verify`` accepts it and refuses a
flipped byte anywhere; ``--signature-format cades`` on that draft is
refused (exit 2, nothing written); the form cannot change while sign-offs
hold.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from pactdesk.cli import main as cli_main
from pactdesk.signing import xades
from tests.bundle_support import (
    SignedDraft,
    make_signed_draft,
    members,
    pactdesk_home,
    rezip,
    run_bundle,
)

XMLSEC1 = shutil.which("xmlsec1")
NS = {"ds": xades.DS_NS, "xades": xades.XADES_NS, "pd": "urn:pactdesk:sign-off:1"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[SignedDraft, bytes, Path]:
    home = tmp_path_factory.mktemp("xades-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", signature_form="xades")
        out = home / "bundle.asice"
        assert run_bundle(signed, out) == 0
    return signed, out.read_bytes(), home


def _verify(
    raw: bytes, tmp_path: Path, ca: Path | None, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    path = tmp_path / "candidate.asice"
    path.write_bytes(raw)
    code = cli_main(["verify", str(path)] + (["--trust", str(ca)] if ca else []))
    return code, capsys.readouterr().err


def test_the_bundle_holds_only_xades_signatures(built: tuple[SignedDraft, bytes, Path]) -> None:
    _signed, raw, _home = built
    names = [info.filename for info, _ in members(raw)]
    assert names == [
        "mimetype",
        "contribution.json",
        "contribution.xlsx",
        "contribution.pdf",
        "META-INF/manifest.xml",
        "META-INF/signatures001.xml",
        "META-INF/signatures002.xml",
        "META-INF/signatures003.xml",
        "META-INF/signatures004.xml",
    ]
    assert not [n for n in names if n.endswith(".p7s") or "ASiCManifest" in n]


def test_every_signature_is_xades_b_b_with_role_and_chain(
    built: tuple[SignedDraft, bytes, Path],
) -> None:
    signed, raw, _home = built
    files = {info.filename: data for info, data in members(raw)}
    roles = []
    for number in range(1, 5):
        root = etree.fromstring(files[f"META-INF/signatures{number:03d}.xml"])
        assert root.tag == "{http://uri.etsi.org/02918/v1.2.1#}XAdESSignatures"
        props = root.find(".//xades:SignedProperties", NS)
        assert props.find(".//xades:SigningTime", NS) is not None
        assert (
            props.find(".//xades:SigningCertificateV2/xades:Cert/xades:CertDigest", NS) is not None
        )
        roles.append(
            props.findtext(
                ".//xades:SignerRoleV2/xades:ClaimedRoles/xades:ClaimedRole", namespaces=NS
            )
        )
        # The signer's certificate and the CA's: every signature carries its chain.
        assert len(root.findall(".//ds:KeyInfo/ds:X509Data/ds:X509Certificate", NS)) == 2
        uris = [r.get("URI") for r in root.findall(".//ds:SignedInfo/ds:Reference", NS)]
        assert all(not u.startswith("META-INF/") for u in uris)  # data files only
        if number < 4:
            assert uris == ["contribution.json", f"#S{number:03d}-signed-properties"]
    assert roles == ["author", "head-of-unit", "approver", "submitter"]
    # The chain, signed inside each signature: every sign-off names the previous one.
    for number in (2, 3):
        root = etree.fromstring(files[f"META-INF/signatures{number:03d}.xml"])
        named = root.findtext(".//pd:Property[@Name='previous-signature-sha256']", namespaces=NS)
        assert (
            named == hashlib.sha256(files[f"META-INF/signatures{number - 1:03d}.xml"]).hexdigest()
        )
    final = etree.fromstring(files["META-INF/signatures004.xml"])
    final_uris = [r.get("URI") for r in final.findall(".//ds:SignedInfo/ds:Reference", NS)][:-1]
    assert final_uris == ["contribution.json", "contribution.xlsx", "contribution.pdf"]
    for number in (1, 2, 3):
        named = final.findtext(
            f".//pd:Property[@Name='signature-{number:03d}-sha256']", namespaces=NS
        )
        assert named == hashlib.sha256(files[f"META-INF/signatures{number:03d}.xml"]).hexdigest()


@pytest.mark.skipif(XMLSEC1 is None, reason="xmlsec1 (Debian xmlsec1) is not installed")
def test_xmlsec1_verifies_every_signature_with_the_files_as_external_references(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path
) -> None:
    signed, raw, _home = built
    folder = tmp_path / "unpacked"
    for info, data in members(raw):
        (folder / info.filename).parent.mkdir(parents=True, exist_ok=True)
        (folder / info.filename).write_bytes(data)
    data_files = ["contribution.json", "contribution.xlsx", "contribution.pdf"]
    for number in range(1, 5):
        name = f"META-INF/signatures{number:03d}.xml"
        command = [
            str(XMLSEC1),
            "--verify",
            "--trusted-pem",
            str(signed.ca_pem),
            "--id-attr:Id",
            "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
            *[arg for f in data_files for arg in (f"--url-map:{f}", str(folder / f))],
            str(folder / name),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{name}: {done.stderr}"
        assert done.stderr.startswith("OK"), done.stderr
        # And xmlsec1 does check the file: a changed contribution.json is refused.
    (folder / "contribution.json").write_bytes(b"{}")
    done = subprocess.run(
        [
            str(XMLSEC1),
            "--verify",
            "--trusted-pem",
            str(signed.ca_pem),
            "--id-attr:Id",
            "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
            "--url-map:contribution.json",
            str(folder / "contribution.json"),
            str(folder / "META-INF/signatures001.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0


@pytest.mark.skipif(XMLSEC1 is None or shutil.which("xmllint") is None, reason="xmlsec1, xmllint")
def test_the_recipients_xmlsec1_script_verifies_it_and_catches_a_reordered_chain(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path
) -> None:
    signed, raw, _home = built
    script = Path(__file__).resolve().parents[1] / "scripts/verify-xades-bundle-with-xmlsec1.sh"
    good = tmp_path / "good.asice"
    good.write_bytes(raw)
    done = subprocess.run(
        ["sh", str(script), str(good), str(signed.ca_pem)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "VALID: every signature verifies" in done.stdout
    entries = dict((i.filename, d) for i, d in members(raw))
    a, b = "META-INF/signatures002.xml", "META-INF/signatures003.xml"
    entries[a], entries[b] = entries[b], entries[a]
    bad = tmp_path / "swapped.asice"
    bad.write_bytes(rezip(list(entries.items())))
    done = subprocess.run(
        ["sh", str(script), str(bad), str(signed.ca_pem)], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stdout
    assert "the order was changed" in done.stdout
    # The openssl script says which script this form needs.
    openssl = script.with_name("verify-bundle-with-openssl.sh")
    done = subprocess.run(
        ["sh", str(openssl), str(good), str(signed.ca_pem)], capture_output=True, text=True
    )
    assert done.returncode == 1 and "XAdES form" in done.stdout


def test_pactdesk_verify_accepts_it(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw, _home = built
    assert _verify(raw, tmp_path, signed.ca_pem, capsys) == (0, "")
    assert _verify(raw, tmp_path, None, capsys) == (0, "")
    from pactdesk.services.verify import verify_bundle

    report = verify_bundle(raw, trust=[])
    assert report.signature_form == "xades" and report.to_json()["signature_form"] == "xades"
    assert [(s.kind, s.role) for s in report.signers] == [
        ("sign-off", "author"),
        ("sign-off", "head-of-unit"),
        ("sign-off", "approver"),
        ("submission", "submitter"),
    ]


def test_every_byte_of_every_signature_file_matters(built: tuple[SignedDraft, bytes, Path]) -> None:
    """Each single-bit flip of a signature file: unreadable, or its cryptography fails."""
    _signed, raw, _home = built
    files = {info.filename: data for info, data in members(raw)}
    tried = 0
    for number in range(1, 5):
        data = files[f"META-INF/signatures{number:03d}.xml"]
        original = xades.read_signature(data)
        assert original.ok
        for offset in range(len(data)):
            damaged = bytearray(data)
            damaged[offset] ^= 0x01
            try:
                found = xades.read_signature(bytes(damaged))
            except xades.XadesError:
                tried += 1
                continue
            # What still reads must fail its cryptography, or sign other files (which
            # the verifier then finds changed).
            assert not found.ok or found.references != original.references, (number, offset)
            tried += 1
    assert tried > 4 * 3000


def test_a_flipped_byte_in_any_member_fails_verify(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw, _home = built
    entries = [(info.filename, data) for info, data in members(raw)]
    for index, (name, data) in enumerate(entries):
        offsets = sorted({0, 1, len(data) // 3, len(data) // 2, len(data) - 2, len(data) - 1})
        for offset in offsets:
            damaged = bytearray(data)
            damaged[offset] ^= 0x01
            candidate = list(entries)
            candidate[index] = (name, bytes(damaged))
            code, err = _verify(rezip(candidate), tmp_path, signed.ca_pem, capsys)
            assert code == 1, f"{name} byte {offset}: {err}"
            assert err.startswith("pactdesk verify: ")


def test_removed_reordered_or_added_signatures_fail_verify(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw, _home = built
    entries = dict((i.filename, d) for i, d in members(raw))
    for gone in (
        "META-INF/signatures002.xml",
        "META-INF/signatures004.xml",
        "META-INF/manifest.xml",
    ):
        code, _ = _verify(
            rezip([e for e in entries.items() if e[0] != gone]), tmp_path, signed.ca_pem, capsys
        )
        assert code == 1, gone
    swapped = dict(entries)
    a, b = "META-INF/signatures001.xml", "META-INF/signatures002.xml"
    swapped[a], swapped[b] = entries[b], entries[a]
    assert _verify(rezip(list(swapped.items())), tmp_path, signed.ca_pem, capsys)[0] == 1
    mixed = [*entries.items(), ("META-INF/signature005.p7s", b"0")]
    code, err = _verify(rezip(mixed), tmp_path, signed.ca_pem, capsys)
    assert code == 1


def test_cades_format_on_a_xades_draft_is_refused(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, _raw, home = built
    out = tmp_path / "cades.asice"
    with pactdesk_home(home):
        code = run_bundle(signed, out, "--signature-format", "cades")
        err = capsys.readouterr().err
        assert code == 2
        assert err.splitlines()[0] == (
            "pactdesk bundle: this contribution is signed in the XAdES form, so its bundle "
            "cannot be CAdES"
        )
        assert not out.exists()
        assert run_bundle(signed, tmp_path / "x.asice", "--signature-format", "xades") == 0


def test_the_form_cannot_change_while_sign_offs_hold(
    built: tuple[SignedDraft, bytes, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    signed, _raw, home = built
    with pactdesk_home(home):
        before = signed.path.read_bytes()
        assert cli_main(["signature-form", str(signed.path), "cades"]) == 2
        err = capsys.readouterr().err
        assert err.startswith(
            "pactdesk signature-form: The signature form cannot change while 3 sign-offs hold"
        )
        assert cli_main(["signature-form", str(signed.path)]) == 0
        assert "XAdES" in capsys.readouterr().out
        assert cli_main(["signature-form", str(signed.path), "xades"]) == 0  # the same: fine
        capsys.readouterr()
    assert signed.path.exists() and before[:16] == signed.path.read_bytes()[:16]


def test_a_hostile_signature_file_is_a_finding_not_a_crash(
    built: tuple[SignedDraft, bytes, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw, _home = built
    entries = dict((i.filename, d) for i, d in members(raw))
    for hostile in (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
        b"not xml at all",
        b"<a>" * 5000 + b"</a>" * 5000,
        b"",
    ):
        candidate = dict(entries)
        candidate["META-INF/signatures002.xml"] = hostile
        code, err = _verify(rezip(list(candidate.items())), tmp_path, signed.ca_pem, capsys)
        assert code == 1, hostile[:40]
        assert err.startswith("pactdesk verify: "), err
