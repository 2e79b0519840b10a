"""The bundle, checked with standard tools only: unzip, openssl, sha256sum, pdfsig.

A full draft signed off by three officials of one CA (one of them through a
sign-off request), bundled by a fourth (the submitter) with ``pactdesk
bundle``.  Then every ``.p7s`` is verified with ``openssl cms -verify`` against
the CA certificate, every manifest digest is recomputed (the XML read with
ElementTree, the digests with hashlib and ``sha256sum``), and ``pdfsig``
must call the PDF's signature valid — none of it through PactDesk code.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.bundle_support import SignedDraft, make_signed_draft, pactdesk_home, run_bundle
from tests.helpers import openssl_cms_verify

ASIC = "{http://uri.etsi.org/02918/v1.2.1#}"
DS = "{http://www.w3.org/2000/09/xmldsig#}"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[SignedDraft, Path]:
    home = tmp_path_factory.mktemp("bundle-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work")
        out = home / "PL-2010.asice"
        assert run_bundle(signed, out) == 0
    return signed, out


def _unzip(bundle: Path, target: Path) -> list[str]:
    names = subprocess.run(
        ["unzip", "-Z1", str(bundle)], capture_output=True, text=True, check=True
    ).stdout.split()
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(target)], check=True)
    return names


def _references(manifest: Path) -> tuple[str, dict[str, bytes], dict[str, str]]:
    root = ET.parse(manifest).getroot()
    assert root.tag == f"{ASIC}ASiCManifest"
    sig = root.find(f"{ASIC}SigReference")
    assert sig is not None
    refs = {}
    for ref in root.findall(f"{ASIC}DataObjectReference"):
        method = ref.find(f"{DS}DigestMethod")
        assert method is not None
        assert method.get("Algorithm") == "http://www.w3.org/2001/04/xmlenc#sha256"
        value = ref.find(f"{DS}DigestValue")
        assert value is not None and value.text
        refs[ref.get("URI", "")] = base64.b64decode(value.text)
    props = {
        p.get("Name", ""): p.text or "" for p in root.iter("{urn:pactdesk:sign-off:1}Property")
    }
    return sig.get("URI", ""), refs, props


def test_every_signature_and_digest_verifies_with_openssl_and_sha256sum(
    built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:
    signed, bundle = built
    names = _unzip(bundle, tmp_path)
    assert names[0] == "mimetype"
    assert (tmp_path / "mimetype").read_bytes() == b"application/vnd.etsi.asic-e+zip"
    assert {"contribution.json", "contribution.xlsx", "contribution.pdf"} <= set(names)
    manifests = sorted(n for n in names if re.fullmatch(r"META-INF/ASiCManifest\d{3}\.xml", n))
    signatures = sorted(n for n in names if re.fullmatch(r"META-INF/signature\d{3}\.p7s", n))
    # Three sign-offs and the submitter's signature.
    assert len(manifests) == len(signatures) == 4

    signers = []
    previous = None
    for manifest in manifests:
        number = manifest[-7:-4]
        signature = f"META-INF/signature{number}.p7s"
        sig_uri, refs, props = _references(tmp_path / manifest)
        assert sig_uri == signature
        signer_pem = tmp_path / f"signer{number}.pem"
        result = openssl_cms_verify(
            signature, manifest, signed.ca_pem, cwd=tmp_path, signer_out=signer_pem
        )
        assert result.returncode == 0, result.stderr
        assert "Verification successful" in result.stderr
        subject = subprocess.run(
            ["openssl", "x509", "-in", str(signer_pem), "-noout", "-subject", "-nameopt", "utf8"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        signers.append(subject)
        for uri, digest in refs.items():
            data = (tmp_path / uri).read_bytes()
            assert hashlib.sha256(data).digest() == digest, f"{uri} in {manifest}"
            sha256sum = subprocess.run(
                ["sha256sum", uri], cwd=tmp_path, capture_output=True, text=True, check=True
            ).stdout.split()[0]
            assert sha256sum == digest.hex()
        if manifest != manifests[-1]:
            # A sign-off: the JSON, and from the second on the previous signature.
            assert "contribution.json" in refs
            named = [u for u in refs if u.endswith(".p7s")]
            assert named == ([previous] if previous else [])
            assert props["role"] in ("author", "head-of-unit", "approver")
        previous = signature

    # The final manifest covers every other file in the container.
    final_manifest = manifests[-1]
    _, final_refs, final_props = _references(tmp_path / final_manifest)
    others = set(names) - {"mimetype", final_manifest, signatures[-1]}
    assert set(final_refs) == others
    assert final_props["kind"] == "submission"
    # Four different people: three officials and the submitter.
    assert len(set(signers)) == 4
    assert "Zofia Krajowa" in signers[-1]
    for official in signed.officials:
        assert any(official.identity.name in s for s in signers[:3])

    # pdfsig: read its output, its exit status is 0 even on a digest mismatch.
    pdfsig = subprocess.run(
        ["pdfsig", str(tmp_path / "contribution.pdf")], capture_output=True, text=True
    )
    out = pdfsig.stdout
    assert "Signature #1" in out and "Signature #2" not in out
    assert "Signature is Valid" in out, out
    assert "Total document signed" in out, out
    assert "Zofia Krajowa" in out
    # The final PDF has no DRAFT mark.
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "contribution.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "DRAFT" not in text


def test_the_json_is_exactly_what_the_sign_offs_signed(
    built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:
    signed, bundle = built
    _unzip(bundle, tmp_path)
    json_bytes = (tmp_path / "contribution.json").read_bytes()
    with pactdesk_home(signed.path.parent.parent):
        from pactdesk.services.drafts import Draft
        from pactdesk.services.interchange import canonical_json

        draft = Draft.open(signed.path, read_only=True)
        try:
            assert json_bytes == canonical_json(draft)
        finally:
            draft.close()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_the_recipients_script_verifies_the_bundle_and_catches_a_change(
    built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:
    signed, bundle = built
    script = REPO / "scripts" / "verify-bundle-with-openssl.sh"
    ok = subprocess.run(
        ["sh", str(script), str(bundle), str(signed.ca_pem)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "VALID" in ok.stdout and "FAIL" not in ok.stdout

    from tests.bundle_support import members, replace_member

    raw = bundle.read_bytes()
    json_bytes = dict((i.filename, d) for i, d in members(raw))["contribution.json"]
    changed = json_bytes.replace(b'"cycle":2010', b'"cycle":2011')
    assert changed != json_bytes
    tampered = tmp_path / "tampered.asice"
    tampered.write_bytes(replace_member(raw, "contribution.json", changed))
    bad = subprocess.run(
        ["sh", str(script), str(tampered), str(signed.ca_pem)], capture_output=True, text=True
    )
    assert bad.returncode == 1, bad.stdout
    assert "FAIL: contribution.json does not match" in bad.stdout


@pytest.mark.skipif(shutil.which("certutil") is None, reason="needs NSS's certutil")
def test_pdfsig_trusts_the_submitters_pdf_signature_given_the_ca(
    built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:
    """As a recipient's PDF reader would: the CA imported into its store, the signer trusted."""
    signed, bundle = built
    _unzip(bundle, tmp_path)
    store = tmp_path / "nssdb"
    store.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{store}", "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{store}",
            "-n",
            "Sign-off CA",
            "-t",
            "CT,C,C",
            "-i",
            str(signed.ca_pem),
        ],
        check=True,
    )
    out = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{store}", str(tmp_path / "contribution.pdf")],
        capture_output=True,
        text=True,
    ).stdout
    assert "Signature is Valid" in out, out
    assert "Certificate is Trusted" in out, out


def test_every_signature_carries_the_ca_certificate(
    built: tuple[SignedDraft, Path], tmp_path: Path
) -> None:
    """The submitter's signature as much as every sign-off's: the signer's and the CA's."""
    signed, bundle = built
    names = _unzip(bundle, tmp_path)
    ca_subject = subprocess.run(
        ["openssl", "x509", "-in", str(signed.ca_pem), "-noout", "-subject"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    signatures = [n for n in names if n.endswith(".p7s")]
    assert len(signatures) == 4
    for name in signatures:
        printed = subprocess.run(
            [
                "openssl",
                "pkcs7",
                "-inform",
                "DER",
                "-in",
                str(tmp_path / name),
                "-print_certs",
                "-noout",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        subjects = [line for line in printed.splitlines() if line.startswith("subject=")]
        assert len(subjects) == 2, (name, printed)
        assert ca_subject in subjects, (name, printed)
