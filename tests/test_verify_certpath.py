"""Certificate paths that must not be trusted: ``pactdesk verify --trust`` exits 1 and says why.

A real signed draft (three sign-offs by officials of the ministry's CA),
then a bundle made through the bundle service by a submitter whose
certificate comes from a second PKI made here with ``cryptography`` — once
sound (the control: exit 0), and once per broken rule: a person's
certificate used as an issuer, a CA certificate without keyCertSign, a path
longer than the trusted CA's pathLenConstraint, an unknown critical
extension, a certificate expired when the signature says it was made.  No
key is written anywhere but the test's own folders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pactdesk.cli import main as cli_main
from pactdesk.services.bundle import write_bundle
from pactdesk.services.drafts import Draft
from pactdesk.signing.keys import Signer
from tests.bundle_support import SignedDraft, make_signed_draft, pactdesk_home

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
Issued = tuple[ec.EllipticCurvePrivateKey, x509.Certificate]


def _usage(*, sign: bool = False, cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _issue(
    name: str,
    issuer: Issued | None,
    *,
    ca: bool,
    path_length: int | None = None,
    usage: x509.KeyUsage,
    not_after: dt.datetime | None = None,
    unknown_critical: bool = False,
) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Krajowy Punkt Kontaktowy"),
        ]
    )
    issuer_key, issuer_name = (key, subject) if issuer is None else (issuer[0], issuer[1].subject)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(not_after or NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
    if unknown_critical:
        builder = builder.add_extension(
            x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.4.1.55555.1.1"), b"\x05\x00"),
            critical=True,
        )
    return key, builder.sign(issuer_key, hashes.SHA256())


def _root(path_length: int | None = None) -> Issued:
    return _issue(
        "Second Sign-off CA",
        None,
        ca=True,
        path_length=path_length,
        usage=_usage(cert_sign=True),
    )


def _person(issuer: Issued, **kwargs: object) -> Issued:
    return _issue("Zofia Krajowa", issuer, ca=False, usage=_usage(sign=True), **kwargs)  # type: ignore[arg-type]


def sound() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root()
    return root, _person(root), []


def leaf_used_as_issuer() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root()
    person = _issue("Jan Kowalski", root, ca=False, usage=_usage(sign=True, cert_sign=True))
    return root, _person(person), [person[1]]


def ca_without_key_cert_sign() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root()
    intermediate = _issue("Department CA", root, ca=True, usage=_usage(sign=True))
    return root, _person(intermediate), [intermediate[1]]


def path_longer_than_path_length() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root(path_length=0)  # the trusted CA may issue people's certificates only
    intermediate = _issue("Department CA", root, ca=True, usage=_usage(cert_sign=True))
    return root, _person(intermediate), [intermediate[1]]


def unknown_critical_extension() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root()
    return root, _person(root, unknown_critical=True), []


def expired_at_signing_time() -> tuple[Issued, Issued, list[x509.Certificate]]:
    root = _root()
    return root, _person(root, not_after=NOW - dt.timedelta(days=1)), []


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> SignedDraft:
    home = tmp_path_factory.mktemp("certpath-home")
    with pactdesk_home(home):
        return make_signed_draft(home / "work", sign_via_request=False)


def _verify_with(
    signed: SignedDraft,
    make: Callable[[], tuple[Issued, Issued, list[x509.Certificate]]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    root, (key, certificate), intermediates = make()
    signer = Signer("test-submitter", key, certificate, (*intermediates, root[1]))
    bundle = tmp_path / "PL-2010.asice"
    with pactdesk_home(tmp_path), Draft.open(signed.path, read_only=True) as draft:
        write_bundle(draft, bundle, signer=signer)
    root_pem = tmp_path / "second-ca.pem"
    root_pem.write_bytes(root[1].public_bytes(serialization.Encoding.PEM))
    capsys.readouterr()
    code = cli_main(
        ["verify", str(bundle), "--trust", str(signed.ca_pem), "--trust", str(root_pem)]
    )
    return code, capsys.readouterr().err


def test_a_sound_path_from_a_second_trusted_ca_is_trusted(
    signed: SignedDraft, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _verify_with(signed, sound, tmp_path, capsys)
    assert code == 0, err


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (leaf_used_as_issuer, "issued with a certificate that is not a CA's"),
        (ca_without_key_cert_sign, "not allowed to sign certificates (no keyCertSign)"),
        (path_longer_than_path_length, "than that CA allows (its path length limit)"),
        (unknown_critical_extension, "a critical extension PactDesk does not know"),
        (expired_at_signing_time, "had expired when the signature says it was made"),
    ],
)
def test_a_broken_path_exits_1_with_a_plain_reason(
    signed: SignedDraft,
    make: Callable[[], tuple[Issued, Issued, list[x509.Certificate]]],
    reason: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, err = _verify_with(signed, make, tmp_path, capsys)
    assert code == 1, err
    first = err.splitlines()[0]
    assert first.startswith("pactdesk verify: Not a valid bundle: Zofia Krajowa's certificate")
    assert reason in first, err
    # The three sign-offs by the ministry's own officials still hold.
    assert err.count("Zofia Krajowa") == 1


def test_the_json_report_names_the_rule_by_id_and_the_window_can_translate_it(
    signed: SignedDraft, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from pactdesk.services.verify import load_trust_anchors, verify_bundle

    code, _err = _verify_with(signed, leaf_used_as_issuer, tmp_path, capsys)
    assert code == 1
    bundle = tmp_path / "PL-2010.asice"
    trust = [signed.ca_pem, tmp_path / "second-ca.pem"]
    assert (
        cli_main(["verify", str(bundle), "--json", *sum((["--trust", str(p)] for p in trust), [])])
        == 1
    )
    report = json.loads(capsys.readouterr().out)
    submitter = report["signers"][-1]
    assert submitter["trusted"] is False
    assert [f["id"] for f in submitter["findings"]] == ["trust.issuer-not-a-ca"]
    assert submitter["findings"][0]["values"]["who"] == "Zofia Krajowa"
    assert report["problems"][0] == submitter["findings"][0]["text"]
    assert all(s["trusted"] is True for s in report["signers"][:-1])
    # The window renders the same finding through its translation.
    found = verify_bundle(bundle, trust=load_trust_anchors(trust)).findings[0]
    czech = {found.template: "Certifikát {who} vydal certifikát, který není certifikační autoritou"}
    assert found.render(lambda text: czech.get(text, text)).startswith("Certifikát Zofia Krajowa")
