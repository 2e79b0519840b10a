"""The ministry's sign-off certificate authority, held by the coordinator's computer.

Layout (under :func:`pactdesk.paths.data_dir`)::

    ca/ca.json                        the CA's id and name
    ca/ca-key.pem                     the CA's private key, encrypted PKCS#8 (passphrase)
    ca/ca.pem                         the CA certificate (what recipients trust)
    ca/issued/<serial>.pem            every certificate the CA issued

Threading: plain file operations, callable from any one thread at a time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from pactdesk import paths
from pactdesk.fileio import write_atomic
from pactdesk.signing import certificates
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

CA_FORMAT = "pactdesk.ca/1"


def ca_dir() -> Path:
    return paths.data_dir() / "ca"


@dataclass(frozen=True, slots=True)
class CertificateAuthority:
    id: str
    name: str
    certificate: x509.Certificate

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
    return CertificateAuthority(str(document["id"]), str(document["name"]), certificate)


def require_ca() -> CertificateAuthority:
    ca = load_ca()
    if ca is None:
        raise NoCAError("This computer holds no sign-off CA (pactdesk ca create makes one).")
    return ca


def create_ca(*, name: str, passphrase: str, organisation: str = "") -> CertificateAuthority:
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
    write_atomic(
        ca_dir() / "ca.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    )
    return CertificateAuthority(ca_id, name.strip(), certificate)


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
        certificate = certificates.issue_certificate(key, ca.certificate, request)
    except certificates.CertificateRequestError as exc:
        raise KeyStoreError(str(exc)) from exc
    write_atomic(ca_dir() / "issued" / f"{certificate.serial_number:x}.pem", pem(certificate))
    return certificate


def certificate_file(certificate: x509.Certificate, chain: Sequence[x509.Certificate]) -> bytes:
    """What ``ca issue`` hands back: the person's certificate, then the CA's, PEM."""
    return pem(certificate) + b"".join(pem(c) for c in chain)
