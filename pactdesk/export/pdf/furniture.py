"""Page furniture: the cover's band, running header, "Page X of Y" footer, the DRAFT mark.

What needs the page count is drawn when the document is saved: the canvas
(:func:`canvas_class`) keeps every page until the end.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pactdesk.export.pdf.contents import TocEntry, draw_contents
from pactdesk.export.pdf.fonts import FONT_FILES, font_lock
from pactdesk.export.pdf.layout import (
    DRAFT_RED,
    EU_BLUE,
    GRID,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
)
from pactdesk.export.pdf.report import AnnexReport


class Furniture:
    """Header, footer, DRAFT mark and the contents pages, for one document."""

    def __init__(
        self,
        report: AnnexReport,
        toc: list[TocEntry],
        toc_layout: list[list[TocEntry]],
        fonts_dir: Path,
    ) -> None:
        self.report = report
        self.fonts_dir = fonts_dir
        self._mark_defined = False
        self.toc = toc
        self.toc_layout = toc_layout
        self.toc_pages = len(toc_layout)
        state = report.member_state_name
        self.header_left = f"{state} · contribution to the {report.contribution.cycle} cycle"
        self.header_right = report.framework.source

    def on_page(self, canvas: Canvas, page: int) -> None:
        """Drawn under the content as each page starts: the cover's band, the DRAFT mark."""
        if page == 1:
            canvas.saveState()
            canvas.setFillColor(EU_BLUE)
            canvas.rect(0, PAGE_HEIGHT - 2.6 * cm, PAGE_WIDTH, 2.6 * cm, stroke=0, fill=1)
            canvas.setFillColor(colors.HexColor("#ffcc00"))
            canvas.rect(0, PAGE_HEIGHT - 2.75 * cm, PAGE_WIDTH, 0.15 * cm, stroke=0, fill=1)
            canvas.restoreState()
        if not self.report.final:
            if not self._mark_defined:
                # One form XObject holds the picture; every page refers to it.
                canvas.beginForm("draftmark")
                canvas.drawImage(
                    draft_mark(self.fonts_dir),
                    0,
                    (PAGE_HEIGHT - PAGE_WIDTH) / 2,
                    PAGE_WIDTH,
                    PAGE_WIDTH,
                    mask="auto",
                )
                canvas.endForm()
                self._mark_defined = True
            canvas.doForm("draftmark")

    def on_save(self, canvas: Canvas, page: int, total: int) -> None:
        """Drawn over each page when the document is complete."""
        canvas.saveState()
        top = PAGE_HEIGHT - 1.35 * cm
        bottom = 1.15 * cm
        if page > 1:
            canvas.setFont("PD-Sans", 7.8)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN_X, top, self.header_left)
            if self.report.final:
                canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.header_right)
            else:
                canvas.setFillColor(DRAFT_RED)
                canvas.setFont("PD-Sans-Bold", 8)
                canvas.drawRightString(
                    PAGE_WIDTH - MARGIN_X, top, f"DRAFT · revision {self.report.revision}"
                )
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
        canvas.setFont("PD-Sans", 7.8)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_X, bottom, f"{self.report.framework.source} · {self.report.framework.id}"
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, f"Page {page} of {total}")
        canvas.restoreState()
        if 2 <= page < 2 + self.toc_pages:
            draw_contents(canvas, self.toc_layout[page - 2], page - 2)


_draft_marks: dict[Path, ImageReader] = {}


def draft_mark(fonts_dir: Path) -> ImageReader:
    """The diagonal DRAFT mark, as a picture.

    A picture, not text: text drawn across the page would be read by text
    extraction (pdftotext, screen readers, copy and paste) in the middle of
    the answers.  Made once per process; the PDF embeds it once.
    """
    with font_lock:
        cached = _draft_marks.get(fonts_dir)
        if cached is not None:
            return cached
        from PIL import Image, ImageDraw, ImageFont

        size = 1000
        font = ImageFont.truetype(str(fonts_dir / FONT_FILES["PD-Sans-Bold"]), 210)
        word = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        draw = ImageDraw.Draw(word)
        box = draw.textbbox((0, 0), "DRAFT", font=font)
        x = (size - (box[2] - box[0])) / 2 - box[0]
        y = (size - (box[3] - box[1])) / 2 - box[1]
        draw.text((x, y), "DRAFT", font=font, fill=(192, 57, 43, 34))
        word = word.rotate(52, resample=Image.Resampling.BICUBIC, expand=False)
        buffer = io.BytesIO()
        word.save(buffer, format="PNG")
        buffer.seek(0)
        reader = ImageReader(buffer)
        _draft_marks[fonts_dir] = reader
        return reader


def canvas_class(furniture: Furniture) -> type[Canvas]:
    class DeferredCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Keeps every page until the end, then draws what needs the page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                furniture.on_save(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return DeferredCanvas
