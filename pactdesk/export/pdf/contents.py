"""The table of contents: anchors recorded while the layout runs, pages drawn at the end.

The contents pages are reserved up front (their number depends only on the
framework: :func:`paginate_contents`) and drawn when the document is saved,
once every heading's page is known (:func:`draw_contents`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph

from pactdesk.export.pdf.layout import (
    BODY_HEIGHT,
    EU_BLUE,
    GRID,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOC_LEADING,
    TOC_LEVEL0_SPACE,
    TOC_TOP_FIRST,
)
from pactdesk.export.pdf.styles import Styles
from pactdesk.export.pdf.text import fit


@dataclass(slots=True)
class TocEntry:
    level: int
    title: str
    key: str
    page: int = 0


class Anchor(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size mark: records the page it lands on, a bookmark and an outline entry."""

    def __init__(self, entry: TocEntry) -> None:
        super().__init__()
        self.entry = entry
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        self.entry.page = canvas.getPageNumber()
        canvas.bookmarkPage(self.entry.key, fit="XYZ", top=self._frame_top())
        canvas.addOutlineEntry(
            self.entry.title, self.entry.key, level=self.entry.level, closed=self.entry.level >= 1
        )

    def _frame_top(self) -> float:
        # Where the anchor stands on the page, in page coordinates.
        _x, y = self.canv.absolutePosition(0, 0)
        return float(y) + 14


class ProgressMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size mark that tells the checkpoint how far the layout has come."""

    def __init__(self, fraction: float, label: str) -> None:
        super().__init__()
        self.fraction = fraction
        self.label = label
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def paginate_contents(toc: Sequence[TocEntry]) -> list[list[TocEntry]]:
    """Split the contents entries into pages (known before the layout: no page numbers needed)."""
    pages: list[list[TocEntry]] = [[]]
    room = BODY_HEIGHT - 0.6 * cm - TOC_TOP_FIRST
    for entry in toc:
        need = TOC_LEADING + (TOC_LEVEL0_SPACE if entry.level == 0 else 0)
        if need > room and pages[-1]:
            pages.append([])
            room = BODY_HEIGHT - 0.6 * cm - 0.4 * cm
        pages[-1].append(entry)
        room -= need
    return pages


def contents_pages(styles: Styles, pages: int) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Contents", styles.h1)]
    for _ in range(pages):
        out.append(PageBreak())
    return out


def draw_contents(canvas: Canvas, entries: Sequence[TocEntry], index: int) -> None:
    """Draw the ``index``-th contents page (0: the first, under its title)."""
    y = PAGE_HEIGHT - MARGIN_TOP - (TOC_TOP_FIRST if index == 0 else 0.4 * cm)
    right = PAGE_WIDTH - MARGIN_X
    canvas.saveState()
    for entry in entries:
        indent = (0, 0.6 * cm, 1.2 * cm)[min(entry.level, 2)]
        font, size = ("PD-Sans-Bold", 10) if entry.level == 0 else ("PD-Serif", 9.2)
        if entry.level == 0:
            y -= TOC_LEVEL0_SPACE
        number = str(entry.page) if entry.page else "—"
        canvas.setFont(font, size)
        canvas.setFillColor(EU_BLUE if entry.level == 0 else colors.black)
        room = right - MARGIN_X - indent - stringWidth(number, font, size) - 1.2 * cm
        title = fit(entry.title, font, size, room)
        x = MARGIN_X + indent
        canvas.drawString(x, y, title)
        canvas.drawRightString(right, y, number)
        # Dots in the entry's own font, close to the title and the number, so that
        # text extraction reads "title . . . 12" as one line.
        start_dots = x + stringWidth(title, font, size) + 3
        end_dots = right - stringWidth(number, font, size) - 2
        dot = stringWidth(" .", font, size)
        count = int((end_dots - start_dots) / dot)
        if count > 0:
            canvas.setFillColor(GRID)
            canvas.drawString(start_dots, y, " ." * count)
        if entry.page:
            canvas.linkRect(
                "",
                entry.key,
                (x, y - 3, right, y + size),
                relative=0,
                name=f"toc-{entry.key}",
                thickness=0,
            )
        y -= TOC_LEADING
    canvas.restoreState()
