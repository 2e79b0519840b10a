"""The change report of an update: a summary table, then every changed field, old and new.

After Part II (and in the contents).  The summary table says what changed,
where (a commitment, or an area's political assessment) and on which page
of this PDF that part is.  Then each changed field with its text marked
word by word (:func:`pactdesk.domain.merge.word_diff`): deleted words struck
through in the old text, inserted words underlined in the new one — in
colour too, but never only in colour.  Data points and references, which are rows, say how many were
added and removed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle

from pactdesk.export.pdf.contents import TocEntry
from pactdesk.export.pdf.layout import BODY_WIDTH, EU_BLUE, GRID, HEADER_FILL
from pactdesk.export.pdf.report import ChangedField, ChangeReportPages
from pactdesk.export.pdf.text import Para, markup

if TYPE_CHECKING:
    from pactdesk.export.pdf.story import Story

DELETED = "#a4000f"
_OWN = {"before": "delete", "after": "insert"}
INSERTED = "#1b5e20"


class PageRef(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The page a contents entry landed on, drawn when this cell is drawn (after it)."""

    def __init__(self, entry: TocEntry | None, style: ParagraphStyle) -> None:
        super().__init__()
        self.entry = entry
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, float(self.style.leading)

    def draw(self) -> None:
        page = self.entry.page if self.entry is not None else 0
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.drawString(0, 2, str(page) if page else "—")


def marked(runs: tuple[tuple[str, str], ...], side: str) -> str:
    """Paragraph markup of one side of a word diff.

    ``side`` "before": the old text, its deleted words struck through;
    "after": the new text, its inserted words underlined.
    """
    out: list[str] = []
    for kind, text in runs:
        # The space before a changed word stays unmarked: only words are struck or underlined.
        word = text.lstrip()
        space, piece = markup(text[: len(text) - len(word)]), markup(word)
        if kind == "delete" and side == "before":
            out.append(f'{space}<strike><font color="{DELETED}">{piece}</font></strike>')
        elif kind == "insert" and side == "after":
            out.append(f'{space}<u><font color="{INSERTED}">{piece}</font></u>')
        elif kind == "equal":
            out.append(space + piece)
    return "".join(out)


def _heading(field: ChangedField) -> str:
    return f"{field.where} · {field.field} — {field.change}"


def _summary(story: Story, report: ChangeReportPages) -> Table:
    s = story.s
    rows: list[list[object]] = [
        [Paragraph(h, s.head_cell) for h in ("What changed", "Where", "Page")]
    ]
    for field in report.fields:
        what = f"{escape(field.field)} — {escape(field.change)}"
        if field.summary:
            what += f"<br/>{escape(field.summary)}"
        rows.append(
            [
                Paragraph(what, s.cell),
                Paragraph(escape(field.where), s.cell),
                PageRef(story.sections.get(field.section_key), s.cell),
            ]
        )
    widths = [BODY_WIDTH * 0.62, BODY_WIDTH * 0.28, BODY_WIDTH * 0.10]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                # Empty cells too are set in an embedded font (reportlab's default is Helvetica).
                ("FONTNAME", (0, 0), (-1, -1), "PD-Sans"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, EU_BLUE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    table.spaceAfter = 10
    return table


def change_pages(story: Story, report: ChangeReportPages) -> Iterator[Flowable]:
    s = story.s
    yield PageBreak()
    yield story.anchor(0, report.title)
    yield Paragraph(escape(report.title), s.h1)
    for text in report.introduction:
        yield Para(markup(text), s.body)
    if not report.fields:
        yield story.progress(report.title)
        return
    yield _summary(story, report)
    yield Paragraph(
        "Below, each changed text twice: before, with the words the update deleted "
        "<strike>struck through</strike>; after, with the words it inserted <u>underlined</u>.",
        s.instruction,
    )
    label = ParagraphStyle("chg", parent=s.h3, textColor=colors.black)
    side_style = ParagraphStyle("side", parent=s.cell, leftIndent=0.5 * cm)
    for field in report.fields:
        yield CondPageBreak(2.5 * cm)
        yield Paragraph(escape(_heading(field)), label)
        if field.summary and not field.runs:
            yield Para(escape(field.summary), s.cell)
            continue
        for side, title in (("before", "Before"), ("after", "After")):
            kept = tuple(r for r in field.runs if r[0] == "equal" or r[0] == _OWN[side])
            if not any(text.strip() for _kind, text in kept):
                yield Para(f"<b>{title}:</b> <i>(empty)</i>", side_style)
                continue
            for index, part in enumerate(_paragraphs(kept)):
                lead = f"<b>{title}:</b> " if index == 0 else ""
                yield Para(lead + marked(part, side), side_style)
    yield story.progress(report.title)


def _paragraphs(
    runs: tuple[tuple[str, str], ...],
) -> Iterator[tuple[tuple[str, str], ...]]:
    """The runs cut at blank lines (a paragraph each), so that long texts break across pages."""
    current: list[tuple[str, str]] = []
    for kind, text in runs:
        pieces = text.replace("\r\n", "\n").split("\n\n")
        for index, piece in enumerate(pieces):
            if index > 0 and current:
                yield tuple(current)
                current = []
            if piece:
                current.append((kind, piece))
    if current:
        yield tuple(current)
