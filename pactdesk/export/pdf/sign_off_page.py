"""The sign-off page: who signed off the contribution, in which role, when; and the submitter.

After the contents (and listed in them): a table of every sign-off that
holds, in signed order — name, organisation, role, date and time in the
contribution's language (:mod:`pactdesk.export.pdf.dates`), revision, and
the signer's certificate fingerprint in short form (the full one is on the
Technical details page) — then the submitter, and a framed box where the
submitter's PAdES signature is shown.  :class:`SignatureBox` records where
it was drawn; the bundle puts the signature field's rectangle there
(:class:`SignaturePlacement`), so a PDF reader shows the signature on this
page.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pactdesk.export.pdf.cover import in_words
from pactdesk.export.pdf.dates import format_moment
from pactdesk.export.pdf.layout import (
    BODY_WIDTH,
    EU_BLUE,
    GRID,
    HEADER_FILL,
    MUTED,
    SignaturePlacement,
)
from pactdesk.export.pdf.report import Signatory
from pactdesk.export.pdf.text import fit

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story

TITLE = "Sign-offs"
BOX_HEIGHT = 2.3 * cm


def short_fingerprint(sha256: str) -> str:
    """The first 16 hex digits of a certificate's SHA-256, in groups of four: "3F2A 91C0 …"."""
    head = sha256[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4)) + " …"


class SignatureBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A framed box saying who signed for submission; records where it landed."""

    def __init__(self, lines: list[str], placement: SignaturePlacement) -> None:
        super().__init__()
        self.lines = lines
        self.placement = placement
        self.width = BODY_WIDTH
        self.height = BOX_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(EU_BLUE)
        canvas.setLineWidth(1)
        canvas.setFillColor(colors.HexColor("#f5f7fb"))
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        y = self.height - 0.6 * cm
        for index, line in enumerate(self.lines):
            font, size = ("PD-Sans-Bold", 9) if index == 0 else ("PD-Sans", 8)
            canvas.setFont(font, size)
            canvas.drawString(0.35 * cm, y, fit(line, font, size, self.width - 0.7 * cm))
            y -= 0.45 * cm
        canvas.restoreState()
        x0, y0 = canvas.absolutePosition(0, 0)
        self.placement.page_index = canvas.getPageNumber() - 1
        self.placement.box = (float(x0), float(y0), float(x0) + self.width, float(y0) + self.height)


def _row(story: Story, number: str, person: Signatory) -> list[Flowable]:
    s = story.s
    language = story.contribution.language
    who = f"<b>{escape(person.name)}</b>"
    if person.organisation:
        who += f"<br/>{escape(person.organisation)}"
    revision = "—" if person.revision is None else str(person.revision)
    return [
        Paragraph(number, s.cell),
        Paragraph(who, s.cell),
        Paragraph(escape(person.role_words), s.cell),
        Paragraph(escape(format_moment(person.signed_at, language)), s.cell),
        Paragraph(revision, s.cell),
        Paragraph(escape(short_fingerprint(person.certificate_sha256)), s.small),
    ]


def _table(story: Story, rows: list[list[Flowable]]) -> Table:
    s = story.s
    head = ["#", "Name and organisation", "Role", "Signed (UTC)", "Revision", "Certificate"]
    widths = [w * BODY_WIDTH for w in (0.04, 0.30, 0.14, 0.21, 0.11, 0.20)]
    table = Table(
        [[Paragraph(h, s.head_cell) for h in head], *rows], colWidths=widths, repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, EU_BLUE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def sign_off_page(story: Story) -> Iterator[Flowable]:
    report, s = story.report, story.s
    language = story.contribution.language
    yield story.anchor(0, TITLE)
    yield Paragraph(TITLE, s.h1)
    if report.sign_offs:
        revisions = sorted({p.revision for p in report.sign_offs if p.revision is not None})
        at = f" at revision {revisions[-1]}" if len(revisions) == 1 else ""
        names = escape(in_words([p.name for p in report.sign_offs]))
        yield Paragraph(
            f"The contribution was signed off by {names}, in this order, each signing the same "
            f"content{at}. Each sign-off is an electronic signature (CAdES) in the submission "
            "bundle; the certificates' full fingerprints are on the last page, Technical details.",
            s.body,
        )
        rows = [_row(story, str(i), p) for i, p in enumerate(report.sign_offs, start=1)]
        yield _table(story, rows)
    else:
        yield Paragraph("No sign-off holds for this revision.", s.cell_muted)
    submitter = report.submitter
    if submitter is not None:
        yield Spacer(1, 10)
        yield CondPageBreak(BOX_HEIGHT + 4 * cm)
        yield Paragraph("Submitted by", s.h2)
        yield _table(story, [_row(story, "", submitter)])
        yield Spacer(1, 10)
        organisation = f" ({submitter.organisation})" if submitter.organisation else ""
        lines = [
            f"Signed electronically for submission by {submitter.name}{organisation}",
            f"{submitter.role_words.capitalize()} · {format_moment(submitter.signed_at, language)}",
            "This PDF carries the submitter's PAdES signature, shown in this box:",
            "a PDF reader's signature panel says whether it is valid and by whom.",
        ]
        box = SignatureBox(lines, story.signature_placement)
        yield KeepTogether([box])
        yield Spacer(1, 6)
        yield Paragraph(
            "The whole submission bundle (this PDF, the workbook and the contribution's JSON) "
            "is sealed by the submitter's signature over its manifest; pactdesk verify and "
            "openssl check it.",
            ParagraphStyle("muted", parent=s.small, textColor=MUTED),
        )
    yield story.progress(TITLE)
    yield PageBreak()
