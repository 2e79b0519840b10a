"""The ministry's sign-off certificate authority, held by the coordinator's computer.

Layout (under :func:`pactdesk.paths.data_dir`)::

    ca/ca.json                        the CA's id and name
    ca/ca-key.pem                     the CA's private key, encrypted PKCS#8 (passphrase)
    ca/ca.pem                         the CA certificate (what recipients trust)
    ca/issued/<serial>.pem            every certificate the CA issued
    ca/revoked.json                   every certificate it revoked (serial, since, reason)
                                      and the number of the last revocation list
    ca/ca.crl                         the last revocation list it issued (DER)

``ca.json`` may name ``crl_url``: where the coordinator publishes the
revocation list (an http: URL, or a file: URL on a shared drive).  Every
certificate the CA issues names it (CRL Distribution Points) so that any
verifier knows where to fetch the current list; without one it is the
file: URL of ``ca/ca.crl`` on this computer.

Threading: plain file operations, callable from any one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from pactdesk import paths
from pactdesk.fileio import write_atomic
from pactdesk.signing import certificates, revocation
from pactdesk.signing.keys import (
    KeyStoreError,
    NoCAError,
    WrongPassphraseError,
    decrypt_key,
    encrypt_key,
    key_id,
    load_certificates,
    load_request,
    now_iso,
    pem,
    private_dir,
    write_private,
)
from pactdesk.signing.revocation import Revoked

CA_FORMAT = "pactdesk.ca/1"


def ca_dir() -> Path:
    return paths.data_dir() / "ca"


@dataclass(frozen=True, slots=True)
class CertificateAuthority:
    id: str
    name: str
    certificate: x509.Certificate
    #: where its revocation list is published (named in every certificate it issues)
    crl_url: str = ""

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def load_ca() -> CertificateAuthority | None:
    """The CA this computer holds, or None."""
    folder = ca_dir()
    try:
        document = json.loads((folder / "ca.json").read_text("utf-8"))
        certificate = load_certificates((folder / "ca.pem").read_bytes())[0]
    except (OSError, ValueError, KeyStoreError):
        return None
    crl_url = str(document.get("crl_url") or (folder / "ca.crl").resolve().as_uri())
    return CertificateAuthority(str(document["id"]), str(document["name"]), certificate, crl_url)


def require_ca() -> CertificateAuthority:
    ca = load_ca()
    if ca is None:
        raise NoCAError("This computer holds no sign-off CA (pactdesk ca create makes one).")
    return ca


def create_ca(
    *, name: str, passphrase: str, organisation: str = "", crl_url: str = ""
) -> CertificateAuthority:
    """The ministry's sign-off CA: a new key (kept encrypted) and its self-signed certificate."""
    if load_ca() is not None or (ca_dir() / "ca-key.pem").exists():
        raise KeyStoreError("This computer already holds a sign-off CA; PactDesk keeps one.")
    key = certificates.new_key()
    try:
        certificate = certificates.build_ca_certificate(key, name=name, organisation=organisation)
    except certificates.CertificateRequestError as exc:
        raise KeyStoreError(str(exc)) from exc
    ca_id = key_id(key.public_key())
    private_dir(ca_dir())
    write_private(ca_dir() / "ca-key.pem", encrypt_key(key, passphrase))
    write_atomic(ca_dir() / "ca.pem", pem(certificate))
    document = {"format": CA_FORMAT, "id": ca_id, "name": name.strip(), "created_at": now_iso()}
    if crl_url.strip():
        document["crl_url"] = crl_url.strip()
    write_atomic(
        ca_dir() / "ca.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    )
    return require_ca()


def set_crl_url(url: str) -> CertificateAuthority:
    """Where the revocation list is published, named in certificates issued from now on."""
    require_ca()
    url = url.strip()
    if ":" not in url or any(c.isspace() for c in url):
        raise KeyStoreError(f"{url!r} is not a URL (for example http://… or file:///…).")
    path = ca_dir() / "ca.json"
    document = json.loads(path.read_text("utf-8"))
    document["crl_url"] = url
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return require_ca()


def check_ca_passphrase(passphrase: str) -> bool:
    require_ca()
    try:
        decrypt_key((ca_dir() / "ca-key.pem").read_bytes(), passphrase)
    except WrongPassphraseError:
        return False
    return True


def issue(request_raw: bytes, *, ca_passphrase: str) -> x509.Certificate:
    """The CA issues a signing certificate for a request (and keeps a copy)."""
    ca = require_ca()
    request = load_request(request_raw)
    key = decrypt_key((ca_dir() / "ca-key.pem").read_bytes(), ca_passphrase)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise KeyStoreError("The CA key is not an EC key.")
    try:
        certificate = certificates.issue_certificate(
            key, ca.certificate, request, crl_url=ca.crl_url
        )
    except certificates.CertificateRequestError as exc:
        raise KeyStoreError(str(exc)) from exc
    write_atomic(ca_dir() / "issued" / f"{certificate.serial_number:x}.pem", pem(certificate))
    return certificate


def _ca_key(passphrase: str) -> ec.EllipticCurvePrivateKey:
    key = decrypt_key((ca_dir() / "ca-key.pem").read_bytes(), passphrase)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise KeyStoreError("The CA key is not an EC key.")
    return key


def _revocations() -> tuple[int, list[Revoked]]:
    """(number of the last list issued, every revocation recorded), oldest first."""
    try:
        document = json.loads((ca_dir() / "revoked.json").read_text("utf-8"))
    except FileNotFoundError:
        return 0, []
    except (OSError, ValueError) as exc:
        raise KeyStoreError(f"The CA's revocation records cannot be read: {exc}") from exc
    return int(document.get("crl_number", 0)), [
        Revoked(
            int(item["serial"], 16), dt.datetime.fromisoformat(item["revoked_at"]), item["reason"]
        )
        for item in document.get("revoked", [])
    ]


def revocations() -> list[Revoked]:
    """Every certificate this computer's CA revoked, oldest first."""
    require_ca()
    return _revocations()[1]


def _save_revocations(number: int, revoked: Sequence[Revoked]) -> None:
    document = {
        "format": "pactdesk.ca-revoked/1",
        "crl_number": number,
        "revoked": [
            {
                "serial": f"{r.serial:x}",
                "revoked_at": r.revoked_at.isoformat(),
                "reason": r.reason,
            }
            for r in revoked
        ],
    }
    write_atomic(ca_dir() / "revoked.json", json.dumps(document, indent=2).encode("utf-8"))


def issued_here(certificate: x509.Certificate) -> bool:
    """Whether this computer's CA issued (signed) the certificate."""
    ca = require_ca()
    if certificate.issuer != ca.certificate.subject or certificate == ca.certificate:
        return False
    try:
        certificate.verify_directly_issued_by(ca.certificate)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def revoke(
    certificate: x509.Certificate,
    *,
    reason: str,
    ca_passphrase: str,
    now: dt.datetime | None = None,
) -> tuple[Revoked, x509.CertificateRevocationList]:
    """Record the certificate as revoked and issue a new list at once (kept as ``ca.crl``).

    :class:`KeyStoreError` when this CA did not issue it or it is revoked already.
    """
    if reason not in revocation.REASONS:
        raise KeyStoreError(f"{reason!r} is not a revocation reason.")
    if not issued_here(certificate):
        raise KeyStoreError("This computer's CA did not issue that certificate.")
    key = _ca_key(ca_passphrase)
    _number, revoked = _revocations()
    for earlier in revoked:
        if earlier.serial == certificate.serial_number:
            raise KeyStoreError(
                "That certificate is revoked already, since "
                f"{earlier.revoked_at:%Y-%m-%d %H:%M} UTC."
            )
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    entry = Revoked(certificate.serial_number, when, reason)
    revoked.append(entry)
    _save_revocations(_number, revoked)
    return entry, issue_crl(ca_passphrase=ca_passphrase, key=key, now=when)


def issue_crl(
    *,
    ca_passphrase: str,
    key: ec.EllipticCurvePrivateKey | None = None,
    now: dt.datetime | None = None,
) -> x509.CertificateRevocationList:
    """A new revocation list, its number one more than the last; kept as ``ca/ca.crl``."""
    ca = require_ca()
    key = key or _ca_key(ca_passphrase)
    number, revoked = _revocations()
    crl = revocation.build_crl(key, ca.certificate, revoked, number=number + 1, now=now)
    _save_revocations(number + 1, revoked)
    write_atomic(ca_dir() / "ca.crl", revocation.der(crl))
    return crl


def current_crl() -> bytes | None:
    """The last revocation list this computer's CA issued (DER), or None."""
    if load_ca() is None:
        return None
    try:
        return (ca_dir() / "ca.crl").read_bytes()
    except FileNotFoundError:
        return None


def certificate_file(certificate: x509.Certificate, chain: Sequence[x509.Certificate]) -> bytes:
    """What ``ca issue`` hands back: the person's certificate, then the CA's, PEM."""
    return pem(certificate) + b"".join(pem(c) for c in chain)
