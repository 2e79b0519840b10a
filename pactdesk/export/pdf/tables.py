"""The tables of Part II: the Annex's commitment table style and the data points' tables."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from pactdesk.domain.contribution import DataPoint
from pactdesk.domain.framework import Commitment
from pactdesk.export.pdf.charts import charts
from pactdesk.export.pdf.layout import (
    BODY_WIDTH,
    EU_BLUE,
    GRID,
    HEADER_FILL,
    MUTED,
    NOT_COMPARABLE_FILL,
)
from pactdesk.export.pdf.text import Para, format_value, markup

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story

ANNEX_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, EU_BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]
)

DATA_TABLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), "PD-Serif"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11.2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
)


def data_cell(text: str, width: float, style: ParagraphStyle) -> Any:
    """A data table cell: plain text when it fits on one line, else a wrapping Paragraph.

    Plain strings cost reportlab no markup parsing; a full draft has ~250 data rows.
    """
    one_line = " ".join(text.split())
    if stringWidth(one_line, style.fontName, style.fontSize) <= width - 7:
        return one_line
    return Para(markup(text), style)


def data_points(
    story: Story, commitment: Commitment, data: Sequence[DataPoint]
) -> Iterator[Flowable]:
    s = story.s
    yield CondPageBreak(3 * cm)
    yield Paragraph(f"Data points — {escape(commitment.id)}", s.h3)
    head = ["Indicator", "Period", "Value", "Unit", "Source", "Comparability"]
    widths = [w * BODY_WIDTH for w in (0.25, 0.09, 0.11, 0.1, 0.27, 0.18)]
    rows: list[list[Any]] = [[Paragraph(h, s.head_cell) for h in head]]
    shaded: list[int] = []
    for index, point in enumerate(data, start=1):
        texts = (
            point.indicator,
            point.period,
            format_value(point.value),
            point.unit,
            point.source,
        )
        row: list[Any] = [data_cell(t, w, s.cell) for t, w in zip(texts, widths, strict=False)]
        row.append("Harmonised" if point.harmonised else "Not comparable")
        rows.append(row)
        if not point.harmonised:
            shaded.append(index)
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = list(DATA_TABLE.getCommands())
    for r in shaded:
        style += [
            ("BACKGROUND", (0, r), (-1, r), NOT_COMPARABLE_FILL),
            ("FONTNAME", (5, r), (5, r), "PD-Serif-Italic"),
            ("TEXTCOLOR", (5, r), (5, r), MUTED),
        ]
    table.setStyle(TableStyle(style))
    table.spaceAfter = 6
    if shaded:
        yield Paragraph(
            "Shaded rows were not collected according to harmonised standards: they are not "
            "comparable between Member States and may only indicate trends.",
            s.small,
        )
        yield Spacer(1, 3)
    yield table
    yield from charts(data)
