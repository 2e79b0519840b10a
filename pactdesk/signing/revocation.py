"""Certificate revocation lists (CRLs) of the ministry's sign-off CA: make, read, look up.

Pure functions on :mod:`cryptography` objects, nothing on disk
(:mod:`pactdesk.signing.authority` keeps the CA's records).

A CRL is checked here directly rather than through pyhanko-certvalidator's
revocation checking: the validator judges revocation at one moment and
wants a list issued around that moment, while PactDesk asks a plainer
question of a list issued at any time — was this certificate revoked, and
was that before or after the signature was made?  A list counts only when
its issuer is the certificate's issuer and its signature verifies with that
issuer's key (:func:`issued_by`).

What a CRL proves: that the CA had revoked the certificate on the date the
list gives, as of the moment the list was issued (``thisUpdate``).  It
says nothing of what the CA did after that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

#: How long a list is announced as current (its nextUpdate).
CRL_DAYS = 30

#: The reasons ``pactdesk ca revoke --reason`` takes (RFC 5280's names).
REASONS: tuple[str, ...] = tuple(
    flag.value for flag in x509.ReasonFlags if flag is not x509.ReasonFlags.remove_from_crl
)


class RevocationListError(ValueError):
    """Bytes that are not a CRL; ``str()`` says so."""


@dataclass(frozen=True, slots=True)
class Revoked:
    """One certificate a CA revoked: its serial, since when, why (RFC 5280 name)."""

    serial: int
    revoked_at: dt.datetime
    reason: str


def build_crl(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_certificate: x509.Certificate,
    revoked: Sequence[Revoked],
    *,
    number: int,
    now: dt.datetime | None = None,
) -> x509.CertificateRevocationList:
    """A CRL signed by the CA: every revoked certificate, ``number`` as its CRL number."""
    this_update = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_certificate.subject)
        .last_update(this_update)
        .next_update(this_update + dt.timedelta(days=CRL_DAYS))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    for entry in revoked:
        item = (
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revoked_at)
        )
        if entry.reason != x509.ReasonFlags.unspecified.value:
            item = item.add_extension(
                x509.CRLReason(x509.ReasonFlags(entry.reason)), critical=False
            )
        builder = builder.add_revoked_certificate(item.build())
    return builder.sign(ca_key, hashes.SHA256())


def der(crl: x509.CertificateRevocationList) -> bytes:
    return crl.public_bytes(serialization.Encoding.DER)


def load_crl(raw: bytes) -> x509.CertificateRevocationList:
    """A CRL from DER or PEM bytes; :class:`RevocationListError` otherwise."""
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_crl(raw)
        return x509.load_der_x509_crl(raw)
    except ValueError as exc:
        raise RevocationListError("The file is not a certificate revocation list.") from exc


def issued_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    """Whether ``issuer`` (a CA certificate) signed this list."""
    if crl.issuer != issuer.subject:
        return False
    public = issuer.public_key()
    try:
        return bool(crl.is_signature_valid(public))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def crl_number(crl: x509.CertificateRevocationList) -> int | None:
    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return None


def issued_at(crl: x509.CertificateRevocationList) -> dt.datetime:
    return crl.last_update_utc


def revocation_of(
    certificate: x509.Certificate, crl: x509.CertificateRevocationList
) -> Revoked | None:
    """The list's entry for ``certificate`` (same issuer, same serial), or None."""
    if crl.issuer != certificate.issuer:
        return None
    entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
    if entry is None:
        return None
    reason = x509.ReasonFlags.unspecified.value
    with contextlib.suppress(x509.ExtensionNotFound):
        reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.value
    return Revoked(certificate.serial_number, entry.revocation_date_utc, reason)


def reason_words(reason: str) -> str:
    """``keyCompromise`` -> ``key compromise`` (for a sentence)."""
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in reason).strip()
    return words.replace("c a ", "CA ").replace("a a ", "AA ")
