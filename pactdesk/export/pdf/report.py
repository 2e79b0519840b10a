"""What the contribution PDF shows: the report the service gathers from one draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pactdesk.domain.contribution import Contribution
from pactdesk.domain.framework import Framework


@dataclass(frozen=True, slots=True)
class PdfSection:
    """An extra chapter printed after Part II (e.g. the bundle's change report)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Signatory:
    """Someone who signed: an official's sign-off, or the submitter's signature."""

    name: str
    organisation: str
    #: The role as stored (``head-of-unit``); :attr:`role_words` for people.
    role: str
    signed_at: dt.datetime
    revision: int | None
    #: SHA-256 of the signer's certificate (DER), hex.
    certificate_sha256: str

    @property
    def role_words(self) -> str:
        return self.role.replace("-", " ").replace("_", " ")


@dataclass(frozen=True, slots=True)
class Superseded:
    """The earlier submission an update replaces."""

    sha256: str
    submitted_at: dt.datetime | None
    revision: int | None


@dataclass(frozen=True, slots=True)
class ChangedField:
    """One changed field of an update, as the change report prints it.

    ``runs`` is the word-level difference, ``("equal" | "delete" | "insert",
    text)`` (:func:`pactdesk.domain.merge.word_diff`); for data points and
    references, which are rows, ``runs`` is empty and ``summary`` says what
    changed.
    """

    #: Where the field is: ``"I.a"``, or ``"Political report, I"``.
    where: str
    #: The field's own name: "Main actions undertaken", "Request I.a.crisis" …
    field: str
    change: str  # "added", "removed" or "changed"
    summary: str
    runs: tuple[tuple[str, str], ...] = ()
    #: The section of the PDF it is printed in: ``political/I`` or ``commitment/I.a``.
    section_key: str = ""


@dataclass(frozen=True, slots=True)
class ChangeReportPages:
    """The change report of an update: an introduction, then every changed field."""

    title: str
    introduction: tuple[str, ...]
    fields: tuple[ChangedField, ...]


@dataclass(frozen=True, slots=True)
class AnnexReport:
    """Everything the PDF shows, gathered by the service from one draft."""

    framework: Framework
    contribution: Contribution
    member_state_name: str
    language_name: str
    draft_id: str
    revision: int
    history_head: str
    date: dt.date
    author: str
    final: bool = False
    extra_sections: tuple[PdfSection, ...] = field(default_factory=tuple)
    #: The sign-offs that hold, in signed order (a bundle's PDF; a sign-off page shows them).
    sign_offs: tuple[Signatory, ...] = ()
    #: The submitter, whose PAdES signature is shown on the sign-off page.
    submitter: Signatory | None = None
    #: SHA-256 of the canonical JSON the sign-offs signed (hex), when known.
    content_sha256: str = ""
    #: For an update: the submission it replaces, and what changed since.
    supersedes: Superseded | None = None
    changes: ChangeReportPages | None = None
    #: The PDF's producer (Info and XMP); empty: PactDesk and ReportLab.
    producer: str = ""

    @property
    def has_sign_off_page(self) -> bool:
        return bool(self.sign_offs) or self.submitter is not None
