"""Private keys on this computer: encrypted on disk, opened into a :class:`Signer`.

What every signing key of PactDesk shares, whether a person's
(:mod:`pactdesk.signing.identities`) or the ministry's sign-off CA's
(:mod:`pactdesk.signing.authority`): the errors, how a key is named
(:func:`key_id`), how it is kept (:func:`encrypt_key`), how certificates and
certificate requests are read, and which certificate may sign.

A private key is never written unencrypted (encrypted PKCS#8, PBES2:
AES-256-CBC with a key from the passphrase by PBKDF2-HMAC-SHA256, 600,000
iterations — see :data:`KDF_ITERATIONS`) and the passphrase itself never
reaches a file: it lives in the person's head and, at most, in a secure
keyring (:mod:`pactdesk.signing.secrets`).

A key's id is the first 16 hex digits of the SHA-256 of its public key
(SubjectPublicKeyInfo, DER): the same key always has the same id.

Threading: plain functions, callable from any thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from pactdesk.fileio import write_atomic
from pactdesk.signing import certificates
from pactdesk.signing.cades import PrivateKey

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
class Signer:
    """An opened identity: the key in memory, its certificate and the chain to carry."""

    identity_id: str
    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def name(self) -> str:
        return certificates.person_of(self.certificate.subject).name


def key_id(public_key: Any) -> str:
    spki = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(spki).hexdigest()[:16]


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER, hex: how a sign-off names its signer's certificate."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)


def write_private(path: Path, data: bytes) -> None:
    write_atomic(path, data)
    if os.name == "posix":
        os.chmod(path, 0o600)


#: PBKDF2-HMAC-SHA256 iterations that turn a passphrase into the key's AES key.
#: ``cryptography``'s own PKCS#8 encryption uses 2,048 (and its PKCS#12 a
#: 2,048-iteration MAC beside any count): far too cheap to guess against.
#: 600,000 follows OWASP's 2023 advice; one opening costs ~0.07 s here.
KDF_ITERATIONS = 600_000


def encrypt_key(key: PrivateKey, passphrase: str) -> bytes:
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


def decrypt_key(raw: bytes, passphrase: str) -> PrivateKey:
    try:
        key = serialization.load_pem_private_key(raw, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise WrongPassphraseError("The passphrase does not open the key.") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise KeyStoreError("The stored key is neither EC nor RSA.")
    return key


def pem(certificate: x509.Certificate) -> bytes:
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


def check_signing_certificate(certificate: x509.Certificate) -> None:
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
