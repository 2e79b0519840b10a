"""Sign-off CAs and officials for tests, benchmarks and scripts: one way to make them.

Everything goes through the product's own key store (:mod:`pactdesk.signing.identities`,
:mod:`pactdesk.signing.authority`; issuing as :mod:`pactdesk.services.identities` does),
in whatever ``PACTDESK_HOME`` is current.  The passphrases are made up here and
only ever protect keys generated for a test run.
"""

from __future__ import annotations

from dataclasses import dataclass

from pactdesk.services import identities as identity_service
from pactdesk.signing import authority, identities, keys

CA_PASSPHRASE = "ca-Pässphrase-Ω-2010"


@dataclass
class Official:
    identity: identities.Identity
    passphrase: str

    @property
    def id(self) -> str:
        return self.identity.id


def make_ca(
    name: str = "Ministerstwo Sign-off CA", *, organisation: str = ""
) -> authority.CertificateAuthority:
    return authority.create_ca(name=name, passphrase=CA_PASSPHRASE, organisation=organisation)


def make_official(
    name: str,
    *,
    organisation: str = "Ministerstwo Spraw Wewnętrznych",
    email: str | None = None,
    passphrase: str | None = None,
) -> Official:
    """A person with a certificate from this computer's CA (which must exist)."""
    passphrase = passphrase or f"secret of {name} ζ"
    email = email or name.split()[0].lower().encode("ascii", "ignore").decode() + "@msw.example.pl"
    identity, _request = identities.create_identity(
        name=name, organisation=organisation, email=email, passphrase=passphrase
    )
    identity = identity_service.issue_for_identity(identity.id, ca_passphrase=CA_PASSPHRASE)
    return Official(identity, passphrase)


def signer_of(official: Official) -> keys.Signer:
    return identities.load_signer(official.id, official.passphrase)
