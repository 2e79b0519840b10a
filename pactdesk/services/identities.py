"""Signing identities and the sign-off CA: the one command layer both faces use.

As Electrum's ``commands.py`` is shared by its command line and its GUIs,
every action on signing keys — make or import an identity, install its
certificate, run the ministry's CA, and above all **open a signer** — is
one function here, called by ``pactdesk/cli`` and by the window alike.
They differ only in the :class:`~pactdesk.services.passphrases.Asker` they
pass (the terminal, or the dialog's typed fields); the passphrase and
remember policy is :mod:`pactdesk.services.passphrases`'s.

Threading: keyring calls may block (a desktop keyring can show an unlock
prompt) and opening a key costs ~0.1 s (PBKDF2): the window calls these
from its worker thread, never the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography import x509

from pactdesk.services.passphrases import Asker, keep_if_asked, kept_sentence, obtain, obtain_new
from pactdesk.signing import authority, certificates, identities, keys, secrets
from pactdesk.signing.authority import CertificateAuthority
from pactdesk.signing.identities import Identity
from pactdesk.signing.keys import (
    IdentityNotReadyError,
    KeyStoreError,
    NoCAError,
    Signer,
    WrongPassphraseError,
)
from pactdesk.signing.secrets import PassphraseUnavailable

__all__ = [
    "CertificateAuthority",
    "CreatedIdentity",
    "Identity",
    "IdentityNotReadyError",
    "IssuedCertificate",
    "KeyStoreError",
    "KeyringState",
    "NoCAError",
    "PassphraseUnavailable",
    "Signer",
    "WrongPassphraseError",
    "create_ca",
    "create_identity",
    "import_pkcs12",
    "install_certificate",
    "issue_certificate",
    "keyring_state",
    "list_identities",
    "load_ca",
    "open_signer",
    "read_certificates",
    "ready_identities",
    "request_pem",
]


@dataclass(frozen=True, slots=True)
class KeyringState:
    """Whether a secure keyring is usable, and which identities have a passphrase in it."""

    secure: bool
    description: str
    stored: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreatedIdentity:
    """A new identity; ``request`` (PEM) is what to send when no CA here issued it."""

    identity: Identity
    request: bytes
    issued_by: str  # the CA's name when this computer's CA issued it now, else ""
    kept: bool  # its passphrase is in the keyring

    @property
    def kept_sentence(self) -> str:
        return kept_sentence(self.kept)


@dataclass(frozen=True, slots=True)
class IssuedCertificate:
    """A certificate the CA issued for a colleague's request, as the file to send back."""

    person: certificates.Person
    file: bytes  # the person's certificate then the CA's, PEM
    not_after: dt.datetime


# -- reading ------------------------------------------------------------------------------


def list_identities() -> list[Identity]:
    return identities.list_identities()


def ready_identities() -> list[Identity]:
    """The identities on this computer that have a certificate, sorted by name."""
    return [identity for identity in identities.list_identities() if identity.ready]


def get_identity(identity_id: str) -> Identity:
    return identities.get_identity(identity_id)


def request_pem(identity_id: str) -> bytes:
    return identities.request_pem(identity_id)


def load_ca() -> CertificateAuthority | None:
    return authority.load_ca()


def require_ca() -> CertificateAuthority:
    return authority.require_ca()


def keyring_state(identity_ids: Iterable[str]) -> KeyringState:
    secure = secrets.secure_keyring_available()
    stored = {
        identity_id: secure
        and secrets.stored_passphrase(secrets.identity_account(identity_id)) is not None
        for identity_id in identity_ids
    }
    return KeyringState(secure, secrets.keyring_description(), stored)


def read_certificates(raw: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM or DER file (refused with :class:`KeyStoreError`)."""
    return keys.load_certificates(raw)


def read_certificate_request(raw: bytes) -> certificates.Person:
    """Who a certificate request is from (refused with :class:`KeyStoreError` if it is none)."""
    return certificates.person_of(keys.load_request(raw).subject)


# -- opening keys: the one path ---------------------------------------------------------------


def open_signer(identity_id: str, *, asker: Asker, env_var: str | None = None) -> Signer:
    """Open an identity's key for one signing action: THE way, for the CLI and the window.

    Checks the identity's certificate first (installed, for signatures, valid
    now), then finds the passphrase by the one policy
    (:func:`pactdesk.services.passphrases.obtain`: variable, keyring, the
    person; kept in the keyring only when the person asks).  Raises
    :class:`KeyStoreError` or :class:`PassphraseUnavailable` with a sentence
    for the person.
    """
    identity = identities.get_identity(identity_id)
    identities.check_certificate(identity)
    opened: dict[str, Signer] = {}

    def opens(passphrase: str) -> bool:
        # Opening the key is the check (PBKDF2 costs ~0.07 s): keep what it opened.
        try:
            opened[passphrase] = identities.load_signer(identity.id, passphrase)
        except WrongPassphraseError:
            return False
        return True

    found = obtain(
        secrets.identity_account(identity.id),
        asker=asker,
        prompt=f"Passphrase of {identity.name}'s identity: ",
        what=f"the passphrase of {identity.name}'s identity",
        env_var=env_var,
        check=opens,
        wrong=f"That passphrase does not open {identity.name}'s key.",
    )
    return opened[found.value]


def ca_passphrase(*, asker: Asker, env_var: str | None = None) -> str:
    """The CA's passphrase, checked against its key (same policy as :func:`open_signer`)."""
    ca = authority.require_ca()
    return obtain(
        secrets.ca_account(ca.id),
        asker=asker,
        prompt=f"Passphrase of the CA '{ca.name}': ",
        what="the CA's passphrase",
        env_var=env_var,
        check=authority.check_ca_passphrase,
        wrong="That passphrase does not open the CA's key.",
    ).value


# -- identities ---------------------------------------------------------------------------------


def create_identity(
    *,
    name: str,
    organisation: str,
    email: str,
    asker: Asker,
    env_var: str | None = None,
    ca_env_var: str | None = None,
) -> CreatedIdentity:
    """A new key for an official; issued at once when this computer holds the CA.

    Without a CA here the identity waits for its certificate: ``request``
    is the certificate request to send to the coordinator, and
    :func:`install_certificate` completes it.  Everything is asked before
    anything is written.
    """
    ca = authority.load_ca()
    passphrase = obtain_new(
        asker=asker, prompt=f"New passphrase for {name.strip()}'s identity: ", env_var=env_var
    )
    ca_secret = ca_passphrase(asker=asker, env_var=ca_env_var) if ca is not None else None
    identity, request = identities.create_identity(
        name=name, organisation=organisation, email=email, passphrase=passphrase
    )
    kept = keep_if_asked(
        secrets.identity_account(identity.id),
        passphrase,
        asker=asker,
        what=f"the passphrase of {identity.name}'s identity",
    )
    issued_by = ""
    if ca is not None and ca_secret is not None:
        identity = issue_for_identity(identity.id, ca_passphrase=ca_secret)
        issued_by = ca.name
    return CreatedIdentity(identity, request, issued_by, kept)


def issue_for_identity(identity_id: str, *, ca_passphrase: str) -> Identity:
    """Issue a waiting identity's certificate with this computer's CA and install it."""
    ca = authority.require_ca()
    certificate = authority.issue(identities.request_pem(identity_id), ca_passphrase=ca_passphrase)
    return identities.install_certificate(authority.certificate_file(certificate, [ca.certificate]))


def install_certificate(raw: bytes) -> Identity:
    """Install the certificate the coordinator sent back (the CA's is added when it is here)."""
    ca = authority.load_ca()
    return identities.install_certificate(
        raw, known_issuers=[ca.certificate] if ca is not None else []
    )


def import_pkcs12(
    raw: bytes, *, file_name: str, asker: Asker, env_var: str | None = None
) -> tuple[Identity, bool]:
    """An identity from the ministry's own PKI; its password becomes the passphrase.

    Returns the identity and whether its passphrase is now kept in the keyring.
    """
    password = obtain(
        None,
        asker=asker,
        prompt=f"Password of {file_name}: ",
        what="",
        env_var=env_var,
        attempts=1,
    ).value
    identity = identities.import_pkcs12(raw, password)
    kept = keep_if_asked(
        secrets.identity_account(identity.id),
        password,
        asker=asker,
        what=f"the passphrase of {identity.name}'s identity",
    )
    return identity, kept


# -- the CA ------------------------------------------------------------------------------------


def create_ca(
    *,
    name: str,
    organisation: str = "",
    crl_url: str = "",
    asker: Asker,
    env_var: str | None = None,
) -> tuple[CertificateAuthority, bool]:
    """Make the ministry's sign-off CA here; returns it and whether its passphrase is kept."""
    if authority.load_ca() is not None:
        raise KeyStoreError("This computer already holds a sign-off CA; PactDesk keeps one.")
    passphrase = obtain_new(asker=asker, prompt="New passphrase for the CA: ", env_var=env_var)
    ca = authority.create_ca(
        name=name, organisation=organisation, passphrase=passphrase, crl_url=crl_url
    )
    kept = keep_if_asked(
        secrets.ca_account(ca.id), passphrase, asker=asker, what="the CA's passphrase"
    )
    return ca, kept


def issue_certificate(
    request_raw: bytes, *, asker: Asker, env_var: str | None = None
) -> IssuedCertificate:
    """The CA issues a colleague's certificate from their request (nothing written but its copy)."""
    person = read_certificate_request(request_raw)
    ca = authority.require_ca()
    secret = ca_passphrase(asker=asker, env_var=env_var)
    certificate = authority.issue(request_raw, ca_passphrase=secret)
    return IssuedCertificate(
        person,
        authority.certificate_file(certificate, [ca.certificate]),
        certificate.not_valid_after_utc,
    )


@dataclass(frozen=True, slots=True)
class RevokedCertificate:
    """What ``ca revoke`` did: whose certificate, since when, why, and the new list's number."""

    person: certificates.Person
    serial: int
    revoked_at: dt.datetime
    reason: str
    crl_number: int | None


def revoke_certificate(
    raw: bytes, *, reason: str, asker: Asker, env_var: str | None = None
) -> RevokedCertificate:
    """The CA revokes a certificate it issued (the first in ``raw``) and issues a new list."""
    from pactdesk.signing import revocation

    if reason not in revocation.REASONS:
        raise KeyStoreError(
            f"{reason!r} is not a revocation reason; use one of {', '.join(revocation.REASONS)}."
        )
    certificate = read_certificates(raw)[0]
    if not authority.issued_here(certificate):
        raise KeyStoreError(
            "This computer's CA did not issue that certificate; nothing was revoked."
        )
    if any(r.serial == certificate.serial_number for r in authority.revocations()):
        raise KeyStoreError("That certificate is revoked already; nothing was changed.")
    secret = ca_passphrase(asker=asker, env_var=env_var)
    entry, crl = authority.revoke(certificate, reason=reason, ca_passphrase=secret)
    return RevokedCertificate(
        certificates.person_of(certificate.subject),
        entry.serial,
        entry.revoked_at,
        entry.reason,
        revocation.crl_number(crl),
    )


@dataclass(frozen=True, slots=True)
class IssuedList:
    """A revocation list the CA issued: its DER bytes, number, size and nextUpdate."""

    der: bytes
    number: int | None
    revoked: int
    next_update: dt.datetime | None


def issue_crl(*, asker: Asker, env_var: str | None = None) -> IssuedList:
    """A new revocation list of this computer's CA, also kept as its current one."""
    from pactdesk.signing import revocation

    secret = ca_passphrase(asker=asker, env_var=env_var)
    crl = authority.issue_crl(ca_passphrase=secret)
    return IssuedList(
        revocation.der(crl), revocation.crl_number(crl), len(list(crl)), crl.next_update_utc
    )


def set_crl_url(url: str) -> CertificateAuthority:
    return authority.set_crl_url(url)
