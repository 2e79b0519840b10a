"""The cover: who sends the contribution, for which cycle, and its status in words.

Member State, cycle, the ministry and its contact point (the contribution's
details), revision, date, status ("Final — signed off by … and …"), language
and framework.  For an update, the cover says which submission it replaces.
No digest and no identifier on this page: they are on the last page,
"Technical details" (:mod:`pactdesk.export.pdf.technical_page`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from pactdesk.export.pdf.dates import format_day, format_moment
from pactdesk.export.pdf.layout import BODY_WIDTH, DRAFT_RED, EU_BLUE, GRID
from pactdesk.export.pdf.report import AnnexReport, Signatory, Superseded

if TYPE_CHECKING:
    from pactdesk.domain.contribution import ContributionDetails
    from pactdesk.export.pdf.story import Story


def in_words(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def signed_by(sign_offs: Sequence[Signatory]) -> str:
    return in_words([f"{s.name} ({s.role_words})" for s in sign_offs])


def status_in_words(report: AnnexReport) -> str:
    """The status as the cover says it: final and by whom, or a draft."""
    return status_text(final=report.final, sign_offs=report.sign_offs, submitter=report.submitter)


def status_text(*, final: bool, sign_offs: Sequence[Signatory], submitter: Signatory | None) -> str:
    """The status in words (the cover's, and the submission workbook's)."""
    if not final:
        return "DRAFT — not signed off; the content may still change"
    if not sign_offs:
        return "Final — every required sign-off holds"
    text = f"Final — signed off by {signed_by(sign_offs)}"
    if submitter is not None:
        text += f"; submitted by {submitter.name}"
    return text


def contact_point(report: AnnexReport) -> str:
    return contact_text(report.contribution.details)


def contact_text(details: ContributionDetails) -> str:
    """The contact point on one line: name · e-mail · telephone, or "not given"."""
    parts = [p for p in (details.contact_name, details.contact_email, details.contact_phone) if p]
    return " · ".join(parts) if parts else "not given"


def replaces(report: AnnexReport) -> str:
    """ "Update of the submission of 31 March 2026", for an update; else ""."""
    return update_text(report.supersedes, _language(report))


def update_text(old: Superseded | None, language: str) -> str:
    """What an update replaces, in words (the cover's, and the submission workbook's)."""
    if old is None:
        return ""
    if old.submitted_at is None:
        return "Update of an earlier submission"
    return f"Update of the submission of {format_day(old.submitted_at.date(), language)}"


def replaced(report: AnnexReport) -> str:
    """The cover's "Replaces" row: the earlier submission, by date and revision."""
    old = report.supersedes
    assert old is not None
    what = "The submission"
    if old.submitted_at is not None:
        what += f" of {format_moment(old.submitted_at, _language(report))}"
    if old.revision is not None:
        what += f", revision {old.revision}"
    return f"{what} (its SHA-256 is on the last page, Technical details)"


def _language(report: AnnexReport) -> str:
    return report.contribution.language


def cover(story: Story) -> Iterator[Flowable]:
    report, s = story.report, story.s
    fw = story.framework
    details = report.contribution.details
    yield Spacer(1, 2.2 * cm)
    yield Paragraph("European Pact on Immigration and Asylum", s.cover_kicker)
    yield Paragraph(escape(report.member_state_name), s.cover_title)
    yield Paragraph(
        f"Contribution to the Commission's report, {report.contribution.cycle} cycle",
        s.cover_sub,
    )
    yield Paragraph(escape(f"{fw.title} — {fw.source}"), s.cover_kicker)
    update = replaces(report)
    if update:
        yield Spacer(1, 0.5 * cm)
        yield Paragraph(escape(update), ParagraphStyle("cu", parent=s.cover_sub, textColor=EU_BLUE))
        yield Spacer(1, 0.6 * cm)
    else:
        yield Spacer(1, 1.4 * cm)
    status = status_in_words(report)
    rows = [
        ("Member State", f"{report.member_state_name} ({report.contribution.member_state})"),
        ("Reporting cycle", str(report.contribution.cycle)),
        ("Ministry", details.ministry or report.author),
        ("Contact point", contact_point(report)),
        ("Revision", str(report.revision)),
        ("Date", format_day(report.date, _language(report))),
        ("Status", status),
    ]
    if report.supersedes is not None:
        rows.append(("Replaces", replaced(report)))
    rows += [
        ("Language", f"{report.language_name} ({report.contribution.language})"),
        ("Framework", fw.id),
    ]
    status_row = next(i for i, (key, _value) in enumerate(rows) if key == "Status")
    data = [[Paragraph(escape(k), s.small_bold), Paragraph(escape(v), s.body)] for k, v in rows]
    table = Table(data, colWidths=[4.2 * cm, BODY_WIDTH - 4.2 * cm], hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, EU_BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, EU_BLUE),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not report.final:
        style.append(("TEXTCOLOR", (0, status_row), (-1, status_row), DRAFT_RED))
    table.setStyle(TableStyle(style))
    yield table
    if not report.final:
        yield Paragraph(
            "DRAFT — for review only. This is not the Member State's submitted contribution.",
            ParagraphStyle("cd", parent=s.cover_status, textColor=DRAFT_RED),
        )
    yield PageBreak()
