"""The document: one layout pass over the story, the furniture drawn at the end.

:func:`lay_out` is the one entry point (:func:`build_pdf` its bytes): it
registers the fonts, builds the story (cover, contents pages reserved, the
sign-off page, Part I, Part II, the change report, extra sections, the
technical details), lays it out once and returns the PDF's bytes and where
the submitter's signature box landed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pactdesk.export.pdf.content_pages import body
from pactdesk.export.pdf.contents import ProgressMark, TocEntry, contents_pages, paginate_contents
from pactdesk.export.pdf.cover import cover
from pactdesk.export.pdf.fonts import register_fonts
from pactdesk.export.pdf.furniture import Furniture, canvas_class
from pactdesk.export.pdf.layout import (
    BODY_HEIGHT,
    BODY_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    Checkpoint,
    SignaturePlacement,
)
from pactdesk.export.pdf.metadata import document_info, xmp_packet
from pactdesk.export.pdf.report import AnnexReport
from pactdesk.export.pdf.story import Story
from pactdesk.export.pdf.styles import styles as make_styles


class AnnexDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        furniture: Furniture,
        checkpoint: Checkpoint | None,
        xmp: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        self._furniture = furniture
        self._checkpoint = checkpoint
        self._xmp = xmp
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_WIDTH,
            BODY_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        from reportlab.pdfbase.pdfdoc import XMP

        packet = self._xmp.encode("utf-8")  # XMP is UTF-8, not PDFDocEncoding
        self.canv._doc.Catalog.Metadata = XMP(creator=lambda _doc: packet)

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._furniture.on_page(canvas, canvas.getPageNumber())

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, ProgressMark) and self._checkpoint is not None:
            self._checkpoint(flowable.fraction, flowable.label)


@dataclass(frozen=True, slots=True)
class LaidOut:
    """The PDF's bytes, and where the submitter's signature is to be shown (if it has a place)."""

    data: bytes
    signature: SignaturePlacement | None


def build_pdf(
    report: AnnexReport, *, fonts_dir: Path, checkpoint: Checkpoint | None = None
) -> bytes:
    """Lay out ``report`` and return the PDF's bytes (:func:`lay_out`'s ``data``)."""
    return lay_out(report, fonts_dir=fonts_dir, checkpoint=checkpoint).data


def lay_out(
    report: AnnexReport, *, fonts_dir: Path, checkpoint: Checkpoint | None = None
) -> LaidOut:
    """Lay out ``report``: the PDF's bytes and where its signature box landed.

    Runs on the calling thread; ``checkpoint(fraction, label)`` is called
    between parts of the layout and may raise to abandon it.
    """
    register_fonts(fonts_dir)
    if checkpoint is not None:
        checkpoint(0.0, "Preparing the layout")
    style_set = make_styles()
    toc: list[TocEntry] = []
    builder = Story(report, style_set, toc)
    front = list(cover(builder))
    rest = list(body(builder))
    toc_layout = paginate_contents(toc)
    story = [*front, *contents_pages(style_set, len(toc_layout)), *rest]
    furniture = Furniture(report, toc, toc_layout, fonts_dir)
    buffer = io.BytesIO()
    info = document_info(report)
    doc = AnnexDocTemplate(
        buffer,
        furniture=furniture,
        checkpoint=checkpoint,
        xmp=xmp_packet(info),
        **info,
        initialFontName="PD-Serif",
        initialFontSize=9.5,
    )
    doc.build(story, canvasmaker=canvas_class(furniture))
    if checkpoint is not None:
        checkpoint(1.0, "Done")
    placement = builder.signature_placement
    return LaidOut(buffer.getvalue(), placement if placement.placed else None)
