"""Signing identities kept on this computer: a person's key, request and certificate.

Layout (under :func:`pactdesk.paths.data_dir`)::

    identities/<id>/identity.json     name, organisation, e-mail, state (no secret)
    identities/<id>/key.pem           the private key, encrypted PKCS#8 (passphrase)
    identities/<id>/request.csr       the certificate request, until a certificate is installed
    identities/<id>/certificate.pem   the person's certificate
    identities/<id>/chain.pem         the issuing CA's certificate(s)

An identity's id is its key's :func:`~pactdesk.signing.keys.key_id`:
:func:`install_certificate` finds the identity a certificate belongs to by it.

Threading: plain file operations, callable from any one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from pactdesk import paths
from pactdesk.fileio import write_atomic
from pactdesk.signing import certificates
from pactdesk.signing.cades import PrivateKey, certificate_issued_by
from pactdesk.signing.keys import (
    MAX_FILE_BYTES,
    IdentityNotReadyError,
    KeyStoreError,
    Signer,
    UnknownIdentityError,
    WrongPassphraseError,
    check_signing_certificate,
    decrypt_key,
    encrypt_key,
    key_id,
    load_certificates,
    now_iso,
    pem,
    private_dir,
    write_private,
)

IDENTITY_FORMAT = "pactdesk.identity/1"


def identities_dir() -> Path:
    return paths.data_dir() / "identities"


@dataclass(frozen=True, slots=True)
class Identity:
    """A person who can sign: who they are and, once issued, their certificate."""

    id: str
    name: str
    organisation: str
    email: str
    certificate: x509.Certificate | None
    chain: tuple[x509.Certificate, ...]
    source: str  # "issued here", "request", "pkcs12"
    created_at: str

    @property
    def ready(self) -> bool:
        return self.certificate is not None

    @property
    def issuer_name(self) -> str:
        if self.certificate is None:
            return ""
        return certificates.person_of(self.certificate.issuer).name

    @property
    def not_after(self) -> dt.datetime | None:
        return None if self.certificate is None else self.certificate.not_valid_after_utc

    def label(self) -> str:
        state = "" if self.ready else " — waiting for its certificate"
        return f"{self.name} ({self.organisation}, {self.email}){state}"


def _identity_dir(identity_id: str) -> Path:
    if not identity_id or not all(c in "0123456789abcdef" for c in identity_id):
        raise UnknownIdentityError(f"There is no identity {identity_id!r} on this computer.")
    return identities_dir() / identity_id


def _write_identity(
    identity_id: str,
    *,
    key: PrivateKey,
    passphrase: str,
    person: certificates.Person,
    source: str,
    certificate: x509.Certificate | None,
    chain: Sequence[x509.Certificate] = (),
    request: x509.CertificateSigningRequest | None = None,
) -> None:
    folder = identities_dir() / identity_id
    if folder.exists():
        raise KeyStoreError(f"The identity {identity_id} is already on this computer.")
    private_dir(identities_dir())
    staging = identities_dir() / f".{identity_id}.new"
    shutil.rmtree(staging, ignore_errors=True)
    private_dir(staging)
    try:
        write_private(staging / "key.pem", encrypt_key(key, passphrase))
        if request is not None:
            write_atomic(staging / "request.csr", request.public_bytes(serialization.Encoding.PEM))
        if certificate is not None:
            write_atomic(staging / "certificate.pem", pem(certificate))
        if chain:
            write_atomic(staging / "chain.pem", b"".join(pem(c) for c in chain))
        document = {
            "format": IDENTITY_FORMAT,
            "id": identity_id,
            "name": person.name,
            "organisation": person.organisation,
            "email": person.email,
            "source": source,
            "created_at": now_iso(),
        }
        write_atomic(
            staging / "identity.json",
            json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"),
        )
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def create_identity(
    *, name: str, organisation: str, email: str, passphrase: str
) -> tuple[Identity, bytes]:
    """A new key for a person, kept encrypted, and its certificate request (PEM).

    The identity waits for its certificate: :func:`install_certificate`, or
    :func:`pactdesk.services.identities.issue_for_identity` when this computer
    holds the CA.
    """
    key = certificates.new_key()
    try:
        request = certificates.build_request(key, name=name, organisation=organisation, email=email)
    except certificates.CertificateRequestError as exc:
        raise KeyStoreError(str(exc)) from exc
    identity_id = key_id(key.public_key())
    _write_identity(
        identity_id,
        key=key,
        passphrase=passphrase,
        person=certificates.Person(name.strip(), organisation.strip(), email.strip()),
        source="request",
        certificate=None,
        request=request,
    )
    return get_identity(identity_id), request.public_bytes(serialization.Encoding.PEM)


def install_certificate(raw: bytes, *, known_issuers: Sequence[x509.Certificate] = ()) -> Identity:
    """Complete a waiting identity with the certificate the CA issued for its request.

    The file may hold the person's certificate followed by the CA's
    certificate(s); the identity it belongs to is found by its public key.
    When the file holds the certificate alone, its issuer is looked for in
    ``known_issuers`` (the CA this computer holds, if any).
    """
    certs = load_certificates(raw)
    for position, cert in enumerate(certs):
        identity_id = key_id(cert.public_key())
        folder = identities_dir() / identity_id
        if not (folder / "identity.json").is_file():
            continue
        check_signing_certificate(cert)
        chain = [c for i, c in enumerate(certs) if i != position]
        if chain and not any(certificate_issued_by(cert, c) for c in chain):
            raise KeyStoreError("The certificates in the file do not form a chain.")
        if not chain:
            chain = [c for c in known_issuers if certificate_issued_by(cert, c)][:1]
        write_atomic(folder / "certificate.pem", pem(cert))
        if chain:
            write_atomic(folder / "chain.pem", b"".join(pem(c) for c in chain))
        (folder / "request.csr").unlink(missing_ok=True)
        return get_identity(identity_id)
    raise KeyStoreError(
        "The certificate does not belong to any identity on this computer "
        "(no identity here has its key)."
    )


def import_pkcs12(raw: bytes, password: str) -> Identity:
    """Take an identity from the ministry's own PKI (a ``.p12``/``.pfx`` file).

    The key is stored again as encrypted PKCS#8 under the same password,
    which becomes the identity's passphrase.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise KeyStoreError("The file is too large to be a PKCS#12 file.")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(raw, password.encode("utf-8"))
    except ValueError as exc:
        raise WrongPassphraseError(
            "The file is not a PKCS#12 file, or the password does not open it."
        ) from exc
    if key is None or cert is None:
        raise KeyStoreError("The PKCS#12 file holds no key with its certificate.")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise KeyStoreError("The key in the PKCS#12 file is neither EC nor RSA.")
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size < 2048:
        raise KeyStoreError("The RSA key in the PKCS#12 file is too short (under 2048 bits).")
    if key_id(key.public_key()) != key_id(cert.public_key()):
        raise KeyStoreError("The key in the PKCS#12 file does not match its certificate.")
    check_signing_certificate(cert)
    person = certificates.person_of(cert.subject)
    if not person.email:
        try:
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
            emails = san.get_values_for_type(x509.RFC822Name)
            person = certificates.Person(
                person.name, person.organisation, emails[0] if emails else ""
            )
        except x509.ExtensionNotFound:
            pass
    identity_id = key_id(key.public_key())
    _write_identity(
        identity_id,
        key=key,
        passphrase=password,
        person=person,
        source="pkcs12",
        certificate=cert,
        chain=list(extra or []),
    )
    return get_identity(identity_id)


def get_identity(identity_id: str) -> Identity:
    """The identity with this id (or a unique prefix of at least 4 digits)."""
    folder = _identity_dir(identity_id.lower())
    if not (folder / "identity.json").is_file():
        matches = [i for i in _identity_ids() if i.startswith(identity_id.lower())]
        if len(identity_id) >= 4 and len(matches) == 1:
            folder = identities_dir() / matches[0]
        else:
            raise UnknownIdentityError(f"There is no identity {identity_id!r} on this computer.")
    try:
        document = json.loads((folder / "identity.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyStoreError(f"The identity in {folder} is damaged.") from exc
    certificate = None
    chain: list[x509.Certificate] = []
    if (folder / "certificate.pem").is_file():
        certificate = load_certificates((folder / "certificate.pem").read_bytes())[0]
    if (folder / "chain.pem").is_file():
        chain = load_certificates((folder / "chain.pem").read_bytes())
    return Identity(
        id=str(document["id"]),
        name=str(document["name"]),
        organisation=str(document.get("organisation", "")),
        email=str(document.get("email", "")),
        certificate=certificate,
        chain=tuple(chain),
        source=str(document.get("source", "")),
        created_at=str(document.get("created_at", "")),
    )


def _identity_ids() -> list[str]:
    if not identities_dir().is_dir():
        return []
    return sorted(
        p.name
        for p in identities_dir().iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / "identity.json").is_file()
    )


def list_identities() -> list[Identity]:
    out = []
    for identity_id in _identity_ids():
        try:
            out.append(get_identity(identity_id))
        except KeyStoreError:
            continue
    return sorted(out, key=lambda i: (i.name.casefold(), i.id))


def request_pem(identity_id: str) -> bytes:
    """The certificate request of a waiting identity."""
    folder = identities_dir() / get_identity(identity_id).id
    try:
        return (folder / "request.csr").read_bytes()
    except OSError as exc:
        raise KeyStoreError("This identity has no pending certificate request.") from exc


def check_passphrase(identity_id: str, passphrase: str) -> bool:
    identity = get_identity(identity_id)
    try:
        decrypt_key((identities_dir() / identity.id / "key.pem").read_bytes(), passphrase)
    except WrongPassphraseError:
        return False
    return True


def check_certificate(identity: Identity) -> x509.Certificate:
    """The identity's certificate if it can sign now, else :class:`IdentityNotReadyError`.

    Refused: it has no certificate yet, the certificate is not for signatures, or it
    is not valid now.  Checked before any passphrase is asked, and again
    when the key is opened.
    """
    certificate = identity.certificate
    if certificate is None:
        raise IdentityNotReadyError(
            f"{identity.name}'s identity has no certificate yet; install the one the "
            "coordinator issued."
        )
    try:
        check_signing_certificate(certificate)
    except KeyStoreError as exc:
        raise IdentityNotReadyError(str(exc)) from exc
    now = dt.datetime.now(dt.UTC)
    if now > certificate.not_valid_after_utc:
        raise IdentityNotReadyError(
            f"{identity.name}'s certificate expired on "
            f"{certificate.not_valid_after_utc:%Y-%m-%d}; ask the coordinator for a new "
            "one."
        )
    if now < certificate.not_valid_before_utc:
        raise IdentityNotReadyError(
            f"{identity.name}'s certificate is valid only from "
            f"{certificate.not_valid_before_utc:%Y-%m-%d %H:%M} UTC; check this "
            "computer's clock."
        )
    return certificate


def load_signer(identity_id: str, passphrase: str) -> Signer:
    """Open an identity's key with its passphrase, for one signing action."""
    identity = get_identity(identity_id)
    certificate = check_certificate(identity)
    key = decrypt_key((identities_dir() / identity.id / "key.pem").read_bytes(), passphrase)
    return Signer(identity.id, key, certificate, identity.chain)
