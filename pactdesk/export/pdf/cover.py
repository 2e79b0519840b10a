"""The cover: Member State, cycle, revision, date, status; the DRAFT warning on drafts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from pactdesk.export.pdf.layout import BODY_WIDTH, DRAFT_RED, EU_BLUE, GRID

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story


def cover(story: Story) -> Iterator[Flowable]:
    report, s = story.report, story.s
    fw = story.framework
    yield Spacer(1, 2.2 * cm)
    yield Paragraph("European Pact on Immigration and Asylum", s.cover_kicker)
    yield Paragraph(escape(report.member_state_name), s.cover_title)
    yield Paragraph(
        f"Contribution to the Commission's report, {report.contribution.cycle} cycle",
        s.cover_sub,
    )
    yield Paragraph(escape(f"{fw.title} — {fw.source}"), s.cover_kicker)
    yield Spacer(1, 1.4 * cm)
    status = (
        "Final — every required sign-off holds"
        if report.final
        else "DRAFT — not signed off; the content may still change"
    )
    head = report.history_head
    rows = [
        ("Member State", f"{report.member_state_name} ({report.contribution.member_state})"),
        ("Reporting cycle", str(report.contribution.cycle)),
        (
            "Revision",
            f"{report.revision} (history {head[:16]}…)" if head else str(report.revision),
        ),
        ("Date", report.date.isoformat()),
        ("Status", status),
        ("Language", f"{report.language_name} ({report.contribution.language})"),
        ("Prepared by", report.author),
        ("Framework", f"{fw.id} (sha256 {fw.sha256[:16]}…)"),
        ("Draft identity", report.draft_id),
    ]
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
        style.append(("TEXTCOLOR", (0, 4), (-1, 4), DRAFT_RED))
    table.setStyle(TableStyle(style))
    yield table
    if not report.final:
        yield Paragraph(
            "DRAFT — for review only. This is not the Member State's submitted contribution.",
            ParagraphStyle("cd", parent=s.cover_status, textColor=DRAFT_RED),
        )
    yield PageBreak()
