"""Keys, certificate requests and certificates for the ministry's sign-off CA.

Pure functions, nothing on disk (:mod:`pactdesk.signing.keys` keeps them).

Keys are **EC P-256** (secp256r1, ECDSA with SHA-256): 128-bit security
like RSA-3072, but a key is made in about a millisecond instead of a second
or more, signatures and certificates are small, and OpenSSL, NSS (pdfsig),
Windows and Adobe Reader all verify it.

* The CA certificate: self-signed, basicConstraints CA:TRUE (critical,
  pathLen 0), keyUsage keyCertSign + cRLSign (critical), ten years.
* An official's certificate: issued by the CA, basicConstraints CA:FALSE,
  keyUsage digitalSignature + nonRepudiation (critical), extendedKeyUsage
  emailProtection, subject CN = the person's name, O = the organisation,
  emailAddress = the e-mail (also as an rfc822Name subjectAltName), three
  years; CRL Distribution Points naming where the CA publishes its
  revocation list (the CA's ``crl_url``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_YEARS = 10
PERSON_YEARS = 3


class CertificateRequestError(ValueError):
    """A certificate request that the CA will not issue; ``str()`` says why."""


def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _name(common_name: str, organisation: str = "", email: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attributes)


def _check_person(name: str, organisation: str, email: str) -> None:
    if not name.strip():
        raise CertificateRequestError("The person's name is empty.")
    if not organisation.strip():
        raise CertificateRequestError("The organisation is empty.")
    local, at, domain = email.partition("@")
    if not (local and at and "." in domain) or any(c.isspace() for c in email):
        raise CertificateRequestError(f"{email!r} is not an e-mail address.")
    if len(name) > 64 or len(organisation) > 64:
        raise CertificateRequestError("Name and organisation must be at most 64 characters.")


def build_ca_certificate(
    key: ec.EllipticCurvePrivateKey, *, name: str, organisation: str = ""
) -> x509.Certificate:
    """A self-signed CA certificate for the ministry's sign-off CA."""
    if not name.strip():
        raise CertificateRequestError("The CA's name is empty.")
    subject = _name(name.strip(), organisation.strip())
    now = _now()
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def build_request(
    key: ec.EllipticCurvePrivateKey, *, name: str, organisation: str, email: str
) -> x509.CertificateSigningRequest:
    """A PKCS#10 request naming the person, signed with their new key."""
    _check_person(name, organisation, email)
    return (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(name.strip(), organisation.strip(), email.strip()))
        .add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email.strip())]), critical=False
        )
        .sign(key, hashes.SHA256())
    )


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    organisation: str
    email: str


def person_of(name: x509.Name) -> Person:
    def first(oid: x509.ObjectIdentifier) -> str:
        values = name.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return Person(
        first(NameOID.COMMON_NAME), first(NameOID.ORGANIZATION_NAME), first(NameOID.EMAIL_ADDRESS)
    )


def issue_certificate(
    ca_key: ec.EllipticCurvePrivateKey,
    ca_certificate: x509.Certificate,
    request: x509.CertificateSigningRequest,
    *,
    crl_url: str = "",
) -> x509.Certificate:
    """The CA signs an official's request: a signing certificate for that person.

    ``crl_url``, when given, is named in the certificate's CRL Distribution
    Points extension: where the CA's revocation list is published.

    Only the request's public key and the person's name, organisation and
    e-mail are taken from it; everything else (key usage, validity) is the
    CA's decision.  A request whose own signature does not verify is refused.
    """
    if not request.is_signature_valid:
        raise CertificateRequestError("The request's signature does not verify; it was altered.")
    person = person_of(request.subject)
    _check_person(person.name, person.organisation, person.email)
    public = request.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        from cryptography.hazmat.primitives.asymmetric import rsa

        if not (isinstance(public, rsa.RSAPublicKey) and public.key_size >= 3072):
            raise CertificateRequestError(
                "The request's key must be EC P-256, or RSA of 3072 bits or more."
            )
    now = _now()
    not_after = min(now + dt.timedelta(days=365 * PERSON_YEARS), ca_certificate.not_valid_after_utc)
    ca_public = ca_key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(person.name, person.organisation, person.email))
        .issuer_name(ca_certificate.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(person.email)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_public), critical=False
        )
    )
    if crl_url:
        point = x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(crl_url)],
            relative_name=None,
            reasons=None,
            crl_issuer=None,
        )
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    return builder.sign(ca_key, hashes.SHA256())
