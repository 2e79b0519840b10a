"""The content pages: Part I (the political report), Part II (the Annex's table), extra sections.

Part I: the instruction, then each policy area's main commitment and the
Member State's assessment.  Part II: the Annex's own table (Commitment |
Main actions undertaken | Most significant developments planned, titles
taken from the framework) with each commitment's full text, the Annex's
requests ("prompts") and their answers under the commitment they belong
to, the data points (:mod:`pactdesk.export.pdf.tables`) and the references.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pactdesk.domain.contribution import CommitmentAnswer, Reference
from pactdesk.domain.framework import Commitment, PolicyArea
from pactdesk.export.pdf.layout import AREA_FILL, BODY_WIDTH, EU_BLUE, SPLIT_IN_ROW_MIN
from pactdesk.export.pdf.report import PdfSection
from pactdesk.export.pdf.tables import ANNEX_TABLE, data_points
from pactdesk.export.pdf.text import Para, markup

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story


def body(story: Story) -> Iterator[Flowable]:
    """Everything after the contents pages."""
    from pactdesk.export.pdf.change_pages import change_pages
    from pactdesk.export.pdf.sign_off_page import sign_off_page
    from pactdesk.export.pdf.technical_page import technical_page

    if story.report.has_sign_off_page:
        yield from sign_off_page(story)
    yield from part_one(story)
    yield from part_two(story)
    if story.report.changes is not None:
        yield from change_pages(story, story.report.changes)
    for section in story.report.extra_sections:
        yield from extra_section(story, section)
    yield from technical_page(story)


def part_one(story: Story) -> Iterator[Flowable]:
    fw, s = story.framework, story.s
    title = f"I. {fw.part_one_title}"
    yield story.anchor(0, title)
    yield Paragraph(escape(title), s.h1)
    yield Paragraph(markup(fw.part_one_instruction), s.instruction)
    for area in fw.areas:
        yield CondPageBreak(3.5 * cm)
        area_title = f"{area.id}. {area.title}"
        yield story.anchor(1, area_title, section=f"political/{area.id}")
        yield Paragraph(escape(area_title), s.h2)
        yield Paragraph(f"<b>Main commitment:</b> {markup(area.main_commitment)}", s.instruction)
        yield from story.text(
            story.contribution.assessment(area.id),
            s.body,
            missing="No assessment yet.",
            missing_style=s.cell_muted,
        )
        yield story.progress(f"Part I — {area.id}")


def part_two(story: Story) -> Iterator[Flowable]:
    fw, s = story.framework, story.s
    yield PageBreak()
    title = f"II. {fw.part_two_title}"
    yield story.anchor(0, title)
    yield Paragraph(escape(title), s.h1)
    yield Paragraph(markup(fw.part_two_instruction), s.instruction)
    for area in fw.areas:
        yield from _area(story, area)


def _area(story: Story, area: PolicyArea) -> Iterator[Flowable]:
    s = story.s
    yield CondPageBreak(6.5 * cm)  # the banner and the start of its first commitment
    title = f"{area.id}. {area.title}"
    yield story.anchor(1, title)
    banner = Table(
        [
            [
                [
                    Paragraph(escape(title), s.area_title),
                    Paragraph(f"Main commitment: {markup(area.main_commitment)}", s.area_main),
                ]
            ]
        ],
        colWidths=[BODY_WIDTH],
    )
    banner.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
                ("BACKGROUND", (0, 0), (-1, -1), AREA_FILL),
                ("LINEABOVE", (0, 0), (-1, 0), 1.5, EU_BLUE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    banner.spaceAfter = 6
    yield banner
    for commitment in area.commitments:
        yield from _commitment(story, commitment, story.contribution.commitment(commitment.id))


def _commitment(
    story: Story, commitment: Commitment, answer: CommitmentAnswer
) -> Iterator[Flowable]:
    fw, s = story.framework, story.s
    first = commitment.paragraphs[0] if commitment.paragraphs else ""
    yield CondPageBreak(4 * cm)
    yield story.anchor(2, f"{commitment.id}  {first}", section=f"commitment/{commitment.id}")
    label = [Paragraph(escape(commitment.label), s.label)]
    text_cell = [Para(markup(p), s.cell_commitment) for p in commitment.paragraphs]
    actions = story.text(answer.actions_undertaken, s.cell, missing="Not answered yet.")
    planned = story.text(answer.developments_planned, s.cell, missing="Not answered yet.")
    # The header row repeats on every page the commitment runs over; its first
    # cell names the commitment, so a continuation page says whose answers it holds.
    header = [
        Paragraph(escape(commitment.id), s.head_cell),
        Paragraph(escape(fw.column_commitment), s.head_cell),
        Paragraph(escape(fw.column_actions), s.head_cell),
        Paragraph(escape(fw.column_developments), s.head_cell),
    ]
    rest = BODY_WIDTH - 1.1 * cm
    widths = [1.1 * cm, rest * 0.28, rest * 0.36, rest * 0.36]
    table = Table(
        [header, [label, text_cell, actions, planned]],
        colWidths=widths,
        repeatRows=1,
        splitInRow=SPLIT_IN_ROW_MIN,
    )
    table.setStyle(ANNEX_TABLE)
    table.spaceAfter = 4
    yield table
    for prompt in commitment.prompts:
        yield CondPageBreak(2.5 * cm)
        where = ""
        if 0 < prompt.paragraph < len(commitment.paragraphs):
            # The Annex sets this request beside a continuation paragraph: say which.
            words = commitment.paragraphs[prompt.paragraph].split()
            start = " ".join(words[:7]) + (" …" if len(words) > 7 else "")
            where = f" (beside “{escape(start)}”)"
        yield Para(
            f"<b>{escape(commitment.id)} · Request of the Annex{where}:</b> {markup(prompt.text)}",
            s.prompt,
        )
        yield from story.text(
            answer.prompt_answer(prompt.id),
            s.answer,
            missing="Not answered yet.",
            missing_style=s.missing,
        )
    if answer.data:
        yield from data_points(story, commitment, answer.data)
    if answer.references:
        yield from _references(story, commitment, answer.references)
    yield Spacer(1, 8)
    yield story.progress(f"Part II — {commitment.id}")


def _references(
    story: Story, commitment: Commitment, references: Sequence[Reference]
) -> Iterator[Flowable]:
    s = story.s
    yield CondPageBreak(2 * cm)
    yield Paragraph(f"References — {escape(commitment.id)}", s.h3)
    for ref in references:
        yield Para(
            f"<b>{markup(ref.source)}</b> — {markup(ref.citation)}",
            ParagraphStyle("ref", parent=s.cell, leftIndent=0.6 * cm, bulletIndent=0.1 * cm),
            bulletText="•",
        )


def extra_section(story: Story, section: PdfSection) -> Iterator[Flowable]:
    s = story.s
    yield PageBreak()
    yield story.anchor(0, section.title)
    yield Paragraph(escape(section.title), s.h1)
    for text in section.paragraphs:
        yield from story.text(text, s.body)
    yield story.progress(section.title)
