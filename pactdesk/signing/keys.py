"""Signing identities and the ministry's sign-off CA, kept on this computer.

Layout (under :func:`pactdesk.paths.data_dir`)::

    identities/<id>/identity.json     name, organisation, e-mail, state (no secret)
    identities/<id>/key.pem           the private key, encrypted PKCS#8 (passphrase)
    identities/<id>/request.csr       the certificate request, until a certificate is installed
    identities/<id>/certificate.pem   the person's certificate
    identities/<id>/chain.pem         the issuing CA's certificate(s)
    ca/ca.json                        the CA's id and name
    ca/ca-key.pem                     the CA's private key, encrypted PKCS#8 (passphrase)
    ca/ca.pem                         the CA certificate (what recipients trust)
    ca/issued/<serial>.pem            every certificate the CA issued

A private key is never written unencrypted (encrypted PKCS#8, PBES2:
AES-256-CBC with a key from the passphrase by PBKDF2-HMAC-SHA256, 600,000
iterations — see :data:`KDF_ITERATIONS`) and the
passphrase itself never reaches a file: it lives in the person's head and,
at most, in a secure keyring (:mod:`pactdesk.signing.secrets`).

An identity's id is the first 16 hex digits of the SHA-256 of its public
key (SubjectPublicKeyInfo, DER): the same key always has the same id, and
``identity install`` finds the identity a certificate belongs to by it.

Threading: plain file operations, callable from any one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from pactdesk import paths
from pactdesk.fileio import write_atomic
from pactdesk.signing import certificates
from pactdesk.signing.cades import PrivateKey, certificate_issued_by

IDENTITY_FORMAT = "pactdesk.identity/1"
CA_FORMAT = "pactdesk.ca/1"
MAX_FILE_BYTES = 1 << 20


class KeyStoreError(Exception):
    """A key, certificate or identity problem; ``str()`` is one sentence for the person."""


class UnknownIdentityError(KeyStoreError):
    pass


class IdentityNotReadyError(KeyStoreError):
    pass


class WrongPassphraseError(KeyStoreError):
    pass


class NoCAError(KeyStoreError):
    pass


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


@dataclass(frozen=True, slots=True)
class Signer:
    """An opened identity: the key in memory, its certificate and the chain to carry."""

    identity_id: str
    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def name(self) -> str:
        return certificates.person_of(self.certificate.subject).name


@dataclass(frozen=True, slots=True)
class CertificateAuthority:
    id: str
    name: str
    certificate: x509.Certificate

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


# -- helpers -------------------------------------------------------------------


def identities_dir() -> Path:
    return paths.data_dir() / "identities"


def ca_dir() -> Path:
    return paths.data_dir() / "ca"


def key_id(public_key: Any) -> str:
    spki = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()[:16]


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, hex: how a sign-off names its signer's certificate."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)


def _write_private(path: Path, data: bytes) -> None:
    write_atomic(path, data)
    if os.name == "posix":
        os.chmod(path, 0o600)


#: PBKDF2-HMAC-SHA256 iterations that turn a passphrase into the key's AES key.
#: ``cryptography``'s own PKCS#8 encryption uses 2,048 (and its PKCS#12 a
#: 2,048-iteration MAC beside any count): far too cheap to guess against.
#: 600,000 follows OWASP's 2023 advice; one opening costs ~0.07 s here.
KDF_ITERATIONS = 600_000


def _encrypt_key(key: PrivateKey, passphrase: str) -> bytes:
    """Encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC), PEM.

    Standard enough that ``openssl pkey`` and ``cryptography`` read it back.
    """
    from asn1crypto import algos as asn1_algos
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem as asn1_pem
    from cryptography.hazmat.primitives import hashes, padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    if not passphrase:
        raise KeyStoreError("A private key is never stored without a passphrase.")
    salt, iv = os.urandom(16), os.urandom(16)
    aes_key = PBKDF2HMAC(hashes.SHA256(), 32, salt, KDF_ITERATIONS).derive(
        passphrase.encode("utf-8")
    )
    padder = padding.PKCS7(128).padder()
    plain = (
        padder.update(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        + padder.finalize()
    )
    encryptor = Cipher(algorithms.AES(aes_key), modes.CBC(iv)).encryptor()
    encrypted = encryptor.update(plain) + encryptor.finalize()
    info = asn1_keys.EncryptedPrivateKeyInfo(
        {
            "encryption_algorithm": {
                "algorithm": "pbes2",
                "parameters": {
                    "key_derivation_func": {
                        "algorithm": "pbkdf2",
                        "parameters": {
                            "salt": asn1_algos.Pbkdf2Salt(name="specified", value=salt),
                            "iteration_count": KDF_ITERATIONS,
                            "prf": {"algorithm": "sha256"},
                        },
                    },
                    "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv},
                },
            },
            "encrypted_data": encrypted,
        }
    )
    return bytes(asn1_pem.armor("ENCRYPTED PRIVATE KEY", info.dump()))


def _decrypt_key(raw: bytes, passphrase: str) -> PrivateKey:
    try:
        key = serialization.load_pem_private_key(raw, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise WrongPassphraseError("The passphrase does not open the key.") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise KeyStoreError("The stored key is neither EC nor RSA.")
    return key


def _pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def load_certificates(raw: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM file (one or more) or a single DER certificate."""
    if len(raw) > MAX_FILE_BYTES:
        raise KeyStoreError("The file is too large to be a certificate.")
    try:
        if b"-----BEGIN CERTIFICATE-----" in raw:
            return list(x509.load_pem_x509_certificates(raw))
        return [x509.load_der_x509_certificate(raw)]
    except ValueError as exc:
        raise KeyStoreError("The file is not a certificate (PEM or DER).") from exc


def load_request(raw: bytes) -> x509.CertificateSigningRequest:
    if len(raw) > MAX_FILE_BYTES:
        raise KeyStoreError("The file is too large to be a certificate request.")
    try:
        if b"-----BEGIN CERTIFICATE REQUEST-----" in raw:
            return x509.load_pem_x509_csr(raw)
        return x509.load_der_x509_csr(raw)
    except ValueError as exc:
        raise KeyStoreError("The file is not a certificate request (PEM or DER).") from exc


def _check_signing_certificate(certificate: x509.Certificate) -> None:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise KeyStoreError("The certificate is not for signatures (its key usage forbids it).")
    try:
        basic = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return
    if basic.ca:
        raise KeyStoreError("That is a CA certificate, not a person's signing certificate.")


# -- identities ------------------------------------------------------------------


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
    _private_dir(identities_dir())
    staging = identities_dir() / f".{identity_id}.new"
    shutil.rmtree(staging, ignore_errors=True)
    _private_dir(staging)
    try:
        _write_private(staging / "key.pem", _encrypt_key(key, passphrase))
        if request is not None:
            write_atomic(staging / "request.csr", request.public_bytes(serialization.Encoding.PEM))
        if certificate is not None:
            write_atomic(staging / "certificate.pem", _pem(certificate))
        if chain:
            write_atomic(staging / "chain.pem", b"".join(_pem(c) for c in chain))
        document = {
            "format": IDENTITY_FORMAT,
            "id": identity_id,
            "name": person.name,
            "organisation": person.organisation,
            "email": person.email,
            "source": source,
            "created_at": _now(),
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
    :func:`issue_for_identity` when this computer holds the CA.
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


def install_certificate(raw: bytes) -> Identity:
    """Complete a waiting identity with the certificate the CA issued for its request.

    The file may hold the person's certificate followed by the CA's
    certificate(s); the identity it belongs to is found by its public key.
    """
    certs = load_certificates(raw)
    for position, cert in enumerate(certs):
        identity_id = key_id(cert.public_key())
        folder = identities_dir() / identity_id
        if not (folder / "identity.json").is_file():
            continue
        _check_signing_certificate(cert)
        chain = [c for i, c in enumerate(certs) if i != position]
        if chain and not any(certificate_issued_by(cert, c) for c in chain):
            raise KeyStoreError("The certificates in the file do not form a chain.")
        if not chain:
            ca = load_ca()
            if ca is not None and certificate_issued_by(cert, ca.certificate):
                chain = [ca.certificate]
        write_atomic(folder / "certificate.pem", _pem(cert))
        if chain:
            write_atomic(folder / "chain.pem", b"".join(_pem(c) for c in chain))
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
    _check_signing_certificate(cert)
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
        _decrypt_key((identities_dir() / identity.id / "key.pem").read_bytes(), passphrase)
    except WrongPassphraseError:
        return False
    return True


def load_signer(identity_id: str, passphrase: str) -> Signer:
    """Open an identity's key with its passphrase, for one signing action."""
    identity = get_identity(identity_id)
    if identity.certificate is None:
        raise IdentityNotReadyError(
            f"{identity.name}'s identity has no certificate yet; install the one the "
            "coordinator issued (identity install CERT)."
        )
    now = dt.datetime.now(dt.UTC)
    if now > identity.certificate.not_valid_after_utc:
        raise IdentityNotReadyError(
            f"{identity.name}'s certificate expired on "
            f"{identity.certificate.not_valid_after_utc:%Y-%m-%d}; ask the coordinator for a new "
            "one (identity create, then ca issue)."
        )
    if now < identity.certificate.not_valid_before_utc:
        raise IdentityNotReadyError(
            f"{identity.name}'s certificate is valid only from "
            f"{identity.certificate.not_valid_before_utc:%Y-%m-%d %H:%M} UTC; check this "
            "computer's clock."
        )
    key = _decrypt_key((identities_dir() / identity.id / "key.pem").read_bytes(), passphrase)
    return Signer(identity.id, key, identity.certificate, identity.chain)


# -- the CA ------------------------------------------------------------------------


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
    _private_dir(ca_dir())
    _write_private(ca_dir() / "ca-key.pem", _encrypt_key(key, passphrase))
    write_atomic(ca_dir() / "ca.pem", _pem(certificate))
    document = {"format": CA_FORMAT, "id": ca_id, "name": name.strip(), "created_at": _now()}
    write_atomic(
        ca_dir() / "ca.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    )
    return CertificateAuthority(ca_id, name.strip(), certificate)


def check_ca_passphrase(passphrase: str) -> bool:
    require_ca()
    try:
        _decrypt_key((ca_dir() / "ca-key.pem").read_bytes(), passphrase)
    except WrongPassphraseError:
        return False
    return True


def issue(request_raw: bytes, *, ca_passphrase: str) -> x509.Certificate:
    """The CA issues a signing certificate for a request (and keeps a copy)."""
    ca = require_ca()
    request = load_request(request_raw)
    key = _decrypt_key((ca_dir() / "ca-key.pem").read_bytes(), ca_passphrase)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise KeyStoreError("The CA key is not an EC key.")
    try:
        certificate = certificates.issue_certificate(key, ca.certificate, request)
    except certificates.CertificateRequestError as exc:
        raise KeyStoreError(str(exc)) from exc
    write_atomic(ca_dir() / "issued" / f"{certificate.serial_number:x}.pem", _pem(certificate))
    return certificate


def certificate_file(certificate: x509.Certificate, chain: Sequence[x509.Certificate]) -> bytes:
    """What ``ca issue`` hands back: the person's certificate, then the CA's, PEM."""
    return _pem(certificate) + b"".join(_pem(c) for c in chain)


def issue_for_identity(identity_id: str, *, ca_passphrase: str) -> Identity:
    """Issue a waiting identity's certificate with this computer's CA and install it."""
    ca = require_ca()
    certificate = issue(request_pem(identity_id), ca_passphrase=ca_passphrase)
    return install_certificate(certificate_file(certificate, [ca.certificate]))
