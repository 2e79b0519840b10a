"""Every sentence the bundle check can say, by id, in English, marked for translation.

A finding of :mod:`pactdesk.services.verify` is a :class:`Message`: the id
of one of the :class:`Template` s below and the values that fill it in (file
names, numbers, a person's name).  ``str(message)`` is the English sentence
(the command line, the JSON report); the window shows
``message.render(tr)``, which looks the English template up in the
translation (``resources/translations``: ``pyside6-lupdate`` reads this
module too, through the ``QT_TR_NOOP`` markers) and fills the values in
after translating.

Values are put in as given; where a value is itself a sentence from a
lower layer (a container's or a manifest's refusal), it stays English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pactdesk.domain.translatable import QT_TR_NOOP


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """One sentence of a report: a template's id and English text, and its values."""

    id: str
    template: str
    values: tuple[tuple[str, str], ...] = ()

    def render(self, translate: Callable[[str], str] = _same) -> str:
        """The sentence, with the template passed through ``translate`` first (e.g. Qt's tr)."""
        text = translate(self.template)
        try:
            return text.format(**dict(self.values))
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return self.template.format(**dict(self.values))

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.render(), "values": dict(self.values)}


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    text: str

    def __call__(self, **values: object) -> Message:
        return Message(self.id, self.text, tuple((k, str(v)) for k, v in values.items()))


def _t(id: str, text: str) -> Template:
    return Template(id, text)


# -- the container and its files
CONTAINER_REFUSED = _t("container.refused", QT_TR_NOOP("{summary}"))
CONTAINER_DETAIL = _t("container.detail", QT_TR_NOOP("{detail}"))
NOT_CHECKABLE = _t("bundle.not-checkable", QT_TR_NOOP("{label} could not be checked ({why})"))
PREVIEW = _t(
    "bundle.preview",
    QT_TR_NOOP("this is a PREVIEW bundle: nothing in it is signed for submission"),
)
WRONG_MIMETYPE = _t(
    "bundle.wrong-mimetype",
    QT_TR_NOOP("the file is not an ASiC-E container (its mimetype is wrong)"),
)
FOREIGN_FILE = _t(
    "bundle.foreign-file", QT_TR_NOOP("the bundle holds a file a bundle does not have: {name}")
)
LACKS_FILE = _t("bundle.lacks-file", QT_TR_NOOP("the bundle lacks {name}"))
NO_MANIFEST = _t("bundle.no-manifest", QT_TR_NOOP("the bundle holds no signed manifest"))
MIXED_FORMS = _t(
    "bundle.mixed-forms",
    QT_TR_NOOP("the bundle mixes CAdES and XAdES signatures; a bundle is all of one form"),
)
ODF_MANIFEST_CHANGED = _t(
    "bundle.odf-manifest-changed",
    QT_TR_NOOP("META-INF/manifest.xml does not list the bundle's files as PactDesk writes it"),
)
JSON_REFUSED = _t("bundle.json-refused", QT_TR_NOOP("{summary}"))
JSON_UNREADABLE = _t("bundle.json-unreadable", QT_TR_NOOP("contribution.json cannot be read"))

# -- manifests and what they name
MANIFEST_UNREADABLE = _t("manifest.unreadable", QT_TR_NOOP("{manifest} cannot be read: {why}"))
MANIFEST_NOT_SOUND = _t(
    "manifest.not-sound",
    QT_TR_NOOP("{manifest} cannot be read: it is not a sound manifest"),
)
MANIFEST_WRONG_SIGNATURE = _t(
    "manifest.wrong-signature",
    QT_TR_NOOP("{manifest} names the signature {named}, not {expected}"),
)
MANIFEST_NAMES_MISSING = _t(
    "manifest.names-missing", QT_TR_NOOP("{manifest} names {name}, which is missing")
)
FILE_CHANGED = _t(
    "manifest.file-changed",
    QT_TR_NOOP("{name} does not match its digest in {manifest} (it was changed after signing)"),
)
SIGNATURE_MISSING = _t("signature.missing", QT_TR_NOOP("the signature {signature} is missing"))
SIGNATURE_WITHOUT_MANIFEST = _t(
    "signature.without-manifest", QT_TR_NOOP("{signature} has no manifest")
)

# -- one CMS signature
SIGNATURE_REFUSED = _t("signature.refused", QT_TR_NOOP("{signature}: {why}"))
SIGNATURE_UNREADABLE = _t(
    "signature.unreadable", QT_TR_NOOP("{signature}: the signature cannot be read")
)
SIGNER_CERTIFICATE_DAMAGED = _t(
    "signature.certificate-damaged",
    QT_TR_NOOP("{signature}: the signer's certificate is damaged"),
)
DIGEST_MISMATCH = _t(
    "signature.digest-mismatch",
    QT_TR_NOOP("{signature}: the signed content does not match the signature (digest mismatch)"),
)
VALUE_DOES_NOT_VERIFY = _t(
    "signature.value",
    QT_TR_NOOP("{signature}: the signature value does not verify with the signer's certificate"),
)
NO_SIGNING_CERTIFICATE_V2 = _t(
    "signature.signing-certificate-v2",
    QT_TR_NOOP(
        "{signature}: the signing-certificate-v2 attribute is missing or names another certificate"
    ),
)
#: :func:`pactdesk.signing.cades.cms_structure_problems` ids -> sentences
STRUCTURE = {
    "not-der": _t("cms.not-der", QT_TR_NOOP("{signature}: the signature is not in DER encoding")),
    "unreadable": _t(
        "cms.unreadable", QT_TR_NOOP("{signature}: the signature is not a readable CMS object")
    ),
    "unexpected-version": _t(
        "cms.unexpected-version",
        QT_TR_NOOP("{signature}: the signature has an unexpected SignedData version"),
    ),
    "several-signers": _t(
        "cms.several-signers", QT_TR_NOOP("{signature}: the signature has more than one signer")
    ),
    "digest-algorithms-mismatch": _t(
        "cms.digest-algorithms",
        QT_TR_NOOP("{signature}: the signature's digest algorithms do not match its signer's"),
    ),
    "not-over-data": _t(
        "cms.not-over-data", QT_TR_NOOP("{signature}: the signature is not over plain data")
    ),
    "carries-crls": _t(
        "cms.crls",
        QT_TR_NOOP("{signature}: the signature carries revocation lists PactDesk does not read"),
    ),
    "unexpected-signer-version": _t(
        "cms.signer-version",
        QT_TR_NOOP("{signature}: the signer's SignerInfo has an unexpected version"),
    ),
    "unsigned-attributes": _t(
        "cms.unsigned-attributes",
        QT_TR_NOOP("{signature}: the signature carries unsigned attributes"),
    ),
    "no-signer-certificate": _t(
        "cms.no-signer-certificate",
        QT_TR_NOOP("{signature}: the signature does not carry its signer's certificate"),
    ),
    "damaged-ca-certificate": _t(
        "cms.damaged-ca-certificate",
        QT_TR_NOOP("{signature}: a CA certificate in the signature is damaged"),
    ),
    "unrelated-certificate": _t(
        "cms.unrelated-certificate",
        QT_TR_NOOP("{signature}: the signature carries a certificate unrelated to its signer"),
    ),
}

# -- the order of signatures
LAST_NOT_SUBMITTER = _t(
    "chain.last-not-submitter", QT_TR_NOOP("the last manifest is not the submitter's")
)
NOT_SIGNED_BY_SUBMITTER = _t(
    "chain.not-signed-by-submitter",
    QT_TR_NOOP("{name} is not signed by the submitter's final manifest"),
)
NO_SIGN_OFF = _t("chain.no-sign-off", QT_TR_NOOP("the bundle carries no sign-off"))
OUT_OF_SEQUENCE = _t("chain.out-of-sequence", QT_TR_NOOP("sign-off {number} is out of sequence"))
SUBMISSION_NOT_SIGN_OFF = _t(
    "chain.submission-not-sign-off", QT_TR_NOOP("{manifest} is a submission, not a sign-off")
)
NOT_A_SIGN_OFF = _t("chain.not-a-sign-off", QT_TR_NOOP("{manifest} is not a PactDesk sign-off"))
WRONG_SEQUENCE = _t("chain.wrong-sequence", QT_TR_NOOP("{manifest} says it is sign-off {sequence}"))
OTHER_CONTRIBUTION = _t(
    "chain.other-contribution",
    QT_TR_NOOP("{manifest} signs another Member State's or cycle's contribution"),
)
JSON_NOT_SIGNED = _t(
    "chain.json-not-signed", QT_TR_NOOP("{manifest} does not sign contribution.json")
)
FIRST_NAMES_EARLIER = _t(
    "chain.first-names-earlier",
    QT_TR_NOOP("the first sign-off {manifest} names an earlier signature"),
)
ORDER_CHANGED = _t(
    "chain.order-changed",
    QT_TR_NOOP(
        "{manifest} does not name the sign-off before it ({previous}): the order was changed"
    ),
)
OTHER_HISTORY = _t(
    "chain.other-history",
    QT_TR_NOOP("sign-off {number} names another history than the contribution's"),
)
OTHER_REVISION = _t(
    "chain.other-revision",
    QT_TR_NOOP(
        "sign-off {number} is for revision {signed}, the contribution is revision {revision}"
    ),
)
SUBMITTER_OTHER_REVISION = _t(
    "chain.submitter-other-revision",
    QT_TR_NOOP("the submitter's manifest names another revision than the contribution"),
)

# -- the PDF's own signature (pactdesk.signing.pades.PdfProblem values)
PDF = {
    "unreadable": _t("pdf.unreadable", QT_TR_NOOP("contribution.pdf cannot be read as a PDF")),
    "not-signed": _t(
        "pdf.not-signed", QT_TR_NOOP("contribution.pdf carries no signature over the whole file")
    ),
    "not-whole-file": _t(
        "pdf.not-whole-file",
        QT_TR_NOOP("contribution.pdf carries no signature over the whole file"),
    ),
    "damaged": _t("pdf.damaged", QT_TR_NOOP("contribution.pdf's signature cannot be read")),
    "does-not-verify": _t(
        "pdf.does-not-verify", QT_TR_NOOP("contribution.pdf's signature does not verify")
    ),
}
PDF_OTHER_SIGNER = _t(
    "pdf.other-signer",
    QT_TR_NOOP("contribution.pdf was signed by someone other than the submitter"),
)

# -- trust (pactdesk.signing.certpath.PathReason values)
TRUST = {
    "not-issued-by-trusted-ca": _t(
        "trust.not-issued-by-trusted-ca",
        QT_TR_NOOP("{who}'s certificate was not issued by a trusted CA"),
    ),
    "issuer-not-a-ca": _t(
        "trust.issuer-not-a-ca",
        QT_TR_NOOP(
            "{who}'s certificate was issued with a certificate that is not a CA's "
            "(a person's own certificate cannot issue others)"
        ),
    ),
    "issuer-may-not-sign-certificates": _t(
        "trust.issuer-may-not-sign-certificates",
        QT_TR_NOOP(
            "{who}'s certificate was issued by a CA certificate that is not allowed to sign "
            "certificates (no keyCertSign)"
        ),
    ),
    "path-too-long": _t(
        "trust.path-too-long",
        QT_TR_NOOP(
            "{who}'s certificate is more CA steps away from the trusted CA than that CA allows "
            "(its path length limit)"
        ),
    ),
    "unknown-critical-extension": _t(
        "trust.unknown-critical-extension",
        QT_TR_NOOP(
            "{who}'s certificate path holds a certificate with a critical extension "
            "PactDesk does not know, so it cannot be relied on"
        ),
    ),
    "expired-at-signing-time": _t(
        "trust.expired-at-signing-time",
        QT_TR_NOOP(
            "{who}'s certificate path holds a certificate that had expired when the "
            "signature says it was made ({at})"
        ),
    ),
    "not-yet-valid-at-signing-time": _t(
        "trust.not-yet-valid-at-signing-time",
        QT_TR_NOOP(
            "{who}'s certificate path holds a certificate that was not yet valid when the "
            "signature says it was made ({at})"
        ),
    ),
    "signer-may-not-sign": _t(
        "trust.signer-may-not-sign",
        QT_TR_NOOP(
            "{who}'s certificate is not allowed to sign documents "
            "(no digitalSignature or nonRepudiation key usage)"
        ),
    ),
    "trusted-certificate-not-a-ca": _t(
        "trust.trusted-certificate-not-a-ca",
        QT_TR_NOOP(
            "{who}'s certificate chains to a trusted certificate that is not a CA certificate "
            "allowed to sign certificates"
        ),
    ),
    "weak-algorithm": _t(
        "trust.weak-algorithm",
        QT_TR_NOOP("{who}'s certificate path uses an algorithm too weak to rely on"),
    ),
    "damaged": _t(
        "trust.damaged",
        QT_TR_NOOP("{who}'s certificate chain cannot be read or does not verify"),
    ),
}

# -- revocation (a revocation list of a trusted CA, in the bundle or given)
REVOKED_BEFORE = _t(
    "revocation.revoked-before-signing",
    QT_TR_NOOP(
        "{who}'s certificate was revoked on {revoked} ({reason}), before the signature says "
        "it was made ({at}): the signature does not count"
    ),
)
REVOKED_AFTER = _t(
    "revocation.revoked-after-signing",
    QT_TR_NOOP(
        "{who}'s certificate was revoked on {revoked} ({reason}), after the signature says it "
        "was made ({at}); the signature still counts."
    ),
)
CRL_USED = _t(
    "revocation.list-used",
    QT_TR_NOOP(
        "Revocation was checked with {name}, the revocation list '{issuer}' issued on {date}: "
        "it shows what that CA had revoked by then, nothing later."
    ),
)
CRL_NOT_TRUSTED = _t(
    "revocation.list-not-trusted",
    QT_TR_NOOP("{name} is not a revocation list signed by a trusted CA; it was ignored."),
)
CRL_UNREADABLE = _t(
    "revocation.list-unreadable",
    QT_TR_NOOP("{name} is not a revocation list; it was ignored."),
)

# -- an update's change report
CHANGES_UNREADABLE = _t("changes.unreadable", QT_TR_NOOP("changes.json cannot be read"))
CHANGES_WITHOUT_SUPERSEDES = _t(
    "changes.without-supersedes",
    QT_TR_NOOP("the bundle carries changes.json but names no bundle it replaces"),
)
CHANGES_OTHER_BUNDLE = _t(
    "changes.other-bundle",
    QT_TR_NOOP("changes.json and the submitter's manifest name different bundles replaced"),
)
SUPERSEDES_WITHOUT_CHANGES = _t(
    "changes.missing",
    QT_TR_NOOP("the bundle names a bundle it replaces but carries no changes.json"),
)

# -- notes that are not problems
NOT_CHECKED = _t(
    "note.not-checked",
    QT_TR_NOOP(
        "The signers' identities were not checked: no trusted CA certificate was given "
        "(use --trust CA.pem). Anyone can make a certificate with any name."
    ),
)
LIMIT_TIMES = _t(
    "limit.times",
    QT_TR_NOOP(
        "The signing times are what each signer's computer said; no trusted time-stamp proves them."
    ),
)
LIMIT_REVOCATION = _t(
    "limit.revocation",
    QT_TR_NOOP(
        "Revocation is known only from a revocation list: nothing a CA revoked after the "
        "list's date shows, and a bundle's own list is as current as the submitter made it."
    ),
)
