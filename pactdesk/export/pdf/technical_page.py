"""The last page, "Technical details": the digests and identifiers a verifier compares.

The draft's identity, the revision and the head of its history, the
framework and the SHA-256 of its file, the SHA-256 of the canonical JSON
the sign-offs signed, every signer's certificate fingerprint in full, and
for an update the SHA-256 of the bundle it replaces.  The cover carries
none of these (a reader of page 1 wants names and dates, not hashes).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from pactdesk.export.pdf.dates import format_moment
from pactdesk.export.pdf.layout import BODY_WIDTH, EU_BLUE, GRID

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story

TITLE = "Technical details"


def technical_rows(story: Story) -> list[tuple[str, str]]:
    report = story.report
    fw = story.framework
    language = story.contribution.language
    rows = [
        ("Draft identity", report.draft_id),
        ("Revision", str(report.revision)),
        ("History head (SHA-256)", report.history_head or "—"),
        ("Framework", f"{fw.id} — {fw.title}"),
        ("Framework file (SHA-256)", fw.sha256),
    ]
    if report.content_sha256:
        rows.append(("Signed content (SHA-256 of contribution.json)", report.content_sha256))
    for number, person in enumerate(report.sign_offs, start=1):
        rows.append(
            (
                f"Sign-off {number}: {person.name}, {person.role_words} — certificate (SHA-256)",
                person.certificate_sha256,
            )
        )
    if report.submitter is not None:
        rows.append(
            (
                f"Submitter: {report.submitter.name} — certificate (SHA-256)",
                report.submitter.certificate_sha256,
            )
        )
    old = report.supersedes
    if old is not None:
        rows.append(("Replaces the bundle (SHA-256)", old.sha256))
        if old.revision is not None:
            rows.append(("Replaced bundle: revision", str(old.revision)))
        if old.submitted_at is not None:
            rows.append(("Replaced bundle: submitted", format_moment(old.submitted_at, language)))
    return rows


def technical_page(story: Story) -> Iterator[Flowable]:
    s = story.s
    yield PageBreak()
    yield story.anchor(0, TITLE)
    yield Paragraph(TITLE, s.h1)
    yield Paragraph(
        "What a verifier compares: the identifiers and SHA-256 digests (hexadecimal) of this "
        "contribution. docs/verifying-a-bundle.md says how to check a submission bundle with "
        "pactdesk verify or with openssl alone.",
        s.instruction,
    )
    data = [
        [Paragraph(escape(key), s.small_bold), Paragraph(escape(value), s.small)]
        for key, value in technical_rows(story)
    ]
    table = Table(data, colWidths=[5.4 * cm, BODY_WIDTH - 5.4 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                # Empty cells too are set in an embedded font (reportlab's default is Helvetica).
                ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, EU_BLUE),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, EU_BLUE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    yield table
    yield story.progress(TITLE)
