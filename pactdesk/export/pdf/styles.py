"""The paragraph styles of the contribution PDF (also used by the desk's overview)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from pactdesk.export.pdf.layout import EU_BLUE, MUTED, PROMPT_FILL


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_commitment: ParagraphStyle
    cell_muted: ParagraphStyle
    head_cell: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    small_bold: ParagraphStyle
    instruction: ParagraphStyle
    prompt: ParagraphStyle
    answer: ParagraphStyle
    missing: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    area_title: ParagraphStyle
    area_main: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_status: ParagraphStyle


def styles() -> Styles:
    """A fresh set of the paragraph styles (for other documents in the same look, too)."""
    body = ParagraphStyle(
        "body",
        fontName="PD-Serif",
        fontSize=9.5,
        leading=13,
        spaceAfter=5,
        alignment=TA_LEFT,
        bulletFontName="PD-Serif",
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11.2, spaceAfter=4)
    small = ParagraphStyle(
        "small", parent=body, fontName="PD-Sans", fontSize=7.8, leading=10, spaceAfter=0
    )
    h1 = ParagraphStyle(
        "h1",
        fontName="PD-Sans-Bold",
        fontSize=15,
        leading=19,
        spaceBefore=4,
        spaceAfter=8,
        textColor=EU_BLUE,
    )
    return Styles(
        body=body,
        cell=cell,
        cell_commitment=ParagraphStyle("cellc", parent=cell),
        cell_muted=ParagraphStyle(
            "cellm", parent=cell, fontName="PD-Serif-Italic", textColor=MUTED
        ),
        head_cell=ParagraphStyle(
            "headc", parent=cell, fontName="PD-Sans-Bold", fontSize=8, leading=10, spaceAfter=0
        ),
        label=ParagraphStyle("label", parent=cell, fontName="PD-Serif-Bold", alignment=TA_LEFT),
        small=small,
        small_bold=ParagraphStyle("smallb", parent=small, fontName="PD-Sans-Bold"),
        instruction=ParagraphStyle(
            "instr", parent=body, fontName="PD-Serif-Italic", textColor=MUTED, spaceAfter=10
        ),
        prompt=ParagraphStyle(
            "prompt",
            parent=cell,
            fontName="PD-Serif-Italic",
            leftIndent=0.6 * cm,
            backColor=PROMPT_FILL,
            borderPadding=(4, 4, 4, 4),
            spaceBefore=8,
            spaceAfter=8,
        ),
        answer=ParagraphStyle("answer", parent=cell, leftIndent=0.6 * cm),
        missing=ParagraphStyle(
            "missing", parent=cell, fontName="PD-Serif-Italic", textColor=MUTED, leftIndent=0.6 * cm
        ),
        h1=h1,
        h2=ParagraphStyle("h2", parent=h1, fontSize=12, leading=15, spaceBefore=10, spaceAfter=3),
        h3=ParagraphStyle(
            "h3",
            parent=h1,
            fontSize=9.5,
            leading=12,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.black,
        ),
        area_title=ParagraphStyle(
            "areat", parent=cell, fontName="PD-Sans-Bold", fontSize=10, leading=13, spaceAfter=2
        ),
        area_main=ParagraphStyle("aream", parent=cell, fontName="PD-Serif-Italic", spaceAfter=0),
        cover_kicker=ParagraphStyle(
            "ck", fontName="PD-Sans", fontSize=11, leading=15, textColor=MUTED, alignment=TA_LEFT
        ),
        cover_title=ParagraphStyle(
            "ct",
            fontName="PD-Sans-Bold",
            fontSize=30,
            leading=36,
            textColor=EU_BLUE,
            spaceBefore=6,
            spaceAfter=6,
        ),
        cover_sub=ParagraphStyle("cs", fontName="PD-Serif", fontSize=13, leading=18, spaceAfter=4),
        cover_status=ParagraphStyle(
            "cst",
            fontName="PD-Sans-Bold",
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            spaceBefore=12,
        ),
    )
