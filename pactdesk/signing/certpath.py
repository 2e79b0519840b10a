"""Certificate path validation for signers: does a signer's certificate chain to a trusted CA?

The path is built and validated by pyhanko-certvalidator (RFC 5280's
algorithm, maintained with pyHanko), offline — no fetching of
certificates, revocation lists or OCSP — at the moment the signature claims
to have been made.  On top of what RFC 5280 asks, PactDesk's policy:

* every issuer on the path is a CA (basicConstraints CA:TRUE) allowed to
  sign certificates (keyUsage keyCertSign) — a person's certificate used to
  issue another is refused;
* no path is longer than a CA's pathLenConstraint allows, counting from
  the trusted CA's own constraint;
* a certificate with a critical extension the validator does not know is
  refused;
* every certificate, the trusted CA's included, is valid at the claimed
  signing time;
* the signer's own certificate allows signing documents (keyUsage
  digitalSignature or nonRepudiation, when it has a keyUsage at all);
* a trusted certificate (``--trust``) vouches for others only when it is a
  CA certificate with keyCertSign.

:func:`validate_signer` answers with a :class:`PathCheck`: ``ok``, and when
not, a :class:`PathReason` (for a plain sentence in the caller's language)
and the validator's own words in ``detail`` (English, for the log).

pyhanko-certvalidator is imported on the first call only.  Pure and
stateless; any thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding


class PathReason(enum.Enum):
    """Why a signer's certificate does not chain to a trusted CA (one per policy rule)."""

    NOT_ISSUED_BY_TRUSTED_CA = "not-issued-by-trusted-ca"
    ISSUER_NOT_A_CA = "issuer-not-a-ca"
    ISSUER_MAY_NOT_SIGN_CERTIFICATES = "issuer-may-not-sign-certificates"
    PATH_TOO_LONG = "path-too-long"
    UNKNOWN_CRITICAL_EXTENSION = "unknown-critical-extension"
    EXPIRED_AT_SIGNING_TIME = "expired-at-signing-time"
    NOT_YET_VALID_AT_SIGNING_TIME = "not-yet-valid-at-signing-time"
    SIGNER_MAY_NOT_SIGN = "signer-may-not-sign"
    TRUSTED_CERTIFICATE_NOT_A_CA = "trusted-certificate-not-a-ca"
    WEAK_ALGORITHM = "weak-algorithm"
    DAMAGED = "damaged"


@dataclass(frozen=True, slots=True)
class PathCheck:
    """The outcome of :func:`validate_signer`."""

    ok: bool
    reason: PathReason | None = None
    #: whose certificate broke the rule: "signer", "issuer" (an intermediate CA) or "trusted"
    where: str = ""
    #: the validator's own message (English), for details and logs
    detail: str = ""
    #: the validated path, the signer's certificate first, the trusted CA's last
    path: tuple[x509.Certificate, ...] = ()


def may_issue_certificates(certificate: x509.Certificate) -> bool:
    """A CA certificate (basicConstraints CA:TRUE) whose keyUsage, if any, has keyCertSign."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    if not constraints.ca:
        return False
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.key_cert_sign)


def may_sign_documents(certificate: x509.Certificate) -> bool:
    """keyUsage digitalSignature or nonRepudiation (or no keyUsage: RFC 5280's "any")."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.digital_signature or usage.content_commitment)


def _asn1(certificate: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def _classify(exc: Exception) -> tuple[PathReason, str]:
    from pyhanko_certvalidator import errors

    message = str(exc)
    is_ee = bool(getattr(exc, "is_ee_cert", False))
    if isinstance(exc, errors.PathBuildingError):
        return PathReason.NOT_ISSUED_BY_TRUSTED_CA, "signer"
    if isinstance(exc, errors.ExpiredError | errors.NotYetValidError):
        where = "signer" if is_ee else "trusted" if "trust anchor" in message else "issuer"
        if isinstance(exc, errors.ExpiredError):
            return PathReason.EXPIRED_AT_SIGNING_TIME, where
        return PathReason.NOT_YET_VALID_AT_SIGNING_TIME, where
    if isinstance(exc, errors.DisallowedAlgorithmError):
        return PathReason.WEAK_ALGORITHM, "signer" if is_ee else "issuer"
    where = "signer" if is_ee else "issuer"
    # The validator tells the rules apart only in its messages; these are its words.
    if "is not a CA" in message:
        return PathReason.ISSUER_NOT_A_CA, "issuer"
    if "not allowed to sign certificates" in message:
        return PathReason.ISSUER_MAY_NOT_SIGN_CERTIFICATES, "issuer"
    if "maximum path length" in message:
        return PathReason.PATH_TOO_LONG, "issuer"
    if "critical extension" in message:
        return PathReason.UNKNOWN_CRITICAL_EXTENSION, where
    return PathReason.DAMAGED, where


def validate_signer(
    certificate: x509.Certificate,
    *,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    at: dt.datetime,
) -> PathCheck:
    """Whether ``certificate`` chains through ``intermediates`` to one of ``anchors`` at ``at``.

    ``at`` is the signing time the signature claims (the signer's clock).
    Never raises for a bad certificate: every fault is a :class:`PathCheck`.
    """
    usable = [anchor for anchor in anchors if may_issue_certificates(anchor)]
    refused = [anchor for anchor in anchors if anchor not in usable]
    if not usable:
        return PathCheck(False, PathReason.TRUSTED_CERTIFICATE_NOT_A_CA, "trusted")
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.authority import CertTrustAnchor

    try:
        context = ValidationContext(
            # The trusted CA's own pathLenConstraint and name constraints count.
            trust_roots=[
                CertTrustAnchor(_asn1(anchor), derive_default_quals_from_cert=True)
                for anchor in usable
            ],
            moment=at,
            allow_fetching=False,
            revocation_mode="soft-fail",  # offline: nothing to fetch, said in the report
        )
        validator = CertificateValidator(
            _asn1(certificate),
            # A self-signed certificate a signature carries (its CA's, say) is no
            # intermediate: only a trusted one can end a path.  Left in, a look-alike
            # CA of the same name would make the path "damaged" instead of untrusted.
            intermediate_certs=[
                _asn1(c) for c in intermediates if c != certificate and c.issuer != c.subject
            ],
            validation_context=context,
        )
        path = asyncio.run(
            validator.async_validate_usage(key_usage=set())  # type: ignore[no-untyped-call]
        )
    except Exception as exc:  # the validator's errors, and damaged certificates
        reason, where = _classify(exc)
        if reason is PathReason.NOT_ISSUED_BY_TRUSTED_CA and any(
            anchor.subject in {c.issuer for c in (certificate, *intermediates)}
            for anchor in refused
        ):
            reason, where = PathReason.TRUSTED_CERTIFICATE_NOT_A_CA, "trusted"
        return PathCheck(False, reason, where, str(exc))
    if not may_sign_documents(certificate):
        return PathCheck(False, PathReason.SIGNER_MAY_NOT_SIGN, "signer")
    certs = list(path.iter_certs(include_root=True))  # the trusted CA first
    chain = tuple(x509.load_der_x509_certificate(c.dump()) for c in reversed(certs))
    return PathCheck(True, path=chain)
