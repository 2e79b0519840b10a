"""The contribution as a PDF laid out like the Commission's Annex (reportlab).

What the reader gets, in order: a cover (Member State, cycle, revision, date,
status), a table of contents with page numbers, Part I (the instruction, then
each policy area's main commitment and the Member State's assessment), Part
II in the Annex's own table (Commitment | Main actions undertaken | Most
significant developments planned, titles taken from the framework) with
each commitment's full text, the Annex's requests ("prompts") and their
answers under the commitment they belong to, the data points as tables (the
non-harmonised ones marked as not comparable) with a chart where an
indicator has a series, and the references; then any extra sections (the
bundle's change report).  Every page has a running header (Member State,
cycle), a "Page X of Y" footer and, unless ``final``, a visible DRAFT mark.

Text is set in DejaVu Serif and Sans, embedded (subset) from
``resources/fonts``: Latin with every diacritic, Greek and Cyrillic print
right.  Everything a user typed goes through :func:`markup` so that "<b>" or
"&" prints literally.

One layout pass.  The contents pages are reserved up front (their number
depends only on the framework) and drawn when the document is saved, once
every heading's page is known; "Page X of Y" is drawn at the same moment.
Paragraphs remember their last wrap, so a long answer that reportlab
re-measures at every page break costs its text once: the cost of a PDF
grows linearly with the text.

Pure layout: no database, no Qt.  The caller (``pactdesk.services.pdf_export``)
gathers the contribution and passes a ``checkpoint`` callback that reports
progress and may raise to cancel.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pactdesk.domain.contribution import (
    CommitmentAnswer,
    Contribution,
    DataPoint,
    Reference,
)
from pactdesk.domain.framework import Commitment, Framework, PolicyArea

__all__ = [
    "FONT_FILES",
    "AnnexReport",
    "PdfSection",
    "build_pdf",
    "format_value",
    "markup",
    "paragraphs_of",
    "register_fonts",
    "styles",
]

#: The embedded fonts: reportlab name -> file in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    "PD-Serif": "DejaVuSerif.ttf",
    "PD-Serif-Bold": "DejaVuSerif-Bold.ttf",
    "PD-Serif-Italic": "DejaVuSerif-Italic.ttf",
    "PD-Sans": "DejaVuSans.ttf",
    "PD-Sans-Bold": "DejaVuSans-Bold.ttf",
}

Checkpoint = Callable[[float, str], None]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.0 * cm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

EU_BLUE = colors.HexColor("#003399")
HEADER_FILL = colors.HexColor("#dde4f0")
AREA_FILL = colors.HexColor("#eef1f7")
PROMPT_FILL = colors.HexColor("#f3f3f0")
NOT_COMPARABLE_FILL = colors.HexColor("#fff6dc")
GRID = colors.HexColor("#8a93a3")
MUTED = colors.HexColor("#5b6270")
DRAFT_RED = colors.HexColor("#c0392b")

TOC_LEADING = 15.0
TOC_LEVEL0_SPACE = 4.0  # extra space above a part's entry in the contents
#: reportlab refuses to split a row where either part would be shorter than this
#: (points).  More than a line makes a row taller than a page unsplittable near its
#: end (a LayoutError), so: any split.
SPLIT_IN_ROW_MIN = 1
TOC_TOP_FIRST = 2.2 * cm  # room for the "Contents" title on the first contents page


@dataclass(frozen=True, slots=True)
class PdfSection:
    """An extra chapter printed after Part II (e.g. the bundle's change report)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnnexReport:
    """Everything the PDF shows, gathered by the service from one draft."""

    framework: Framework
    contribution: Contribution
    member_state_name: str
    language_name: str
    draft_id: str
    revision: int
    history_head: str
    date: dt.date
    author: str
    final: bool = False
    extra_sections: tuple[PdfSection, ...] = field(default_factory=tuple)


# -- fonts ---------------------------------------------------------------------

_font_lock = threading.Lock()
_fonts_registered: Path | None = None


def register_fonts(fonts_dir: Path) -> None:
    """Register the embedded fonts with reportlab, once per process."""
    global _fonts_registered
    with _font_lock:
        if _fonts_registered == fonts_dir:
            return
        # Binary (zlib) streams: ASCII85 only makes files bigger, and its encoder is slow.
        rl_config.useA85 = 0
        # Charts are built from checked values; validating every attribute set costs ~15 %.
        rl_config.shapeChecking = 0
        for name, filename in FONT_FILES.items():
            path = fonts_dir / filename
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {filename} is missing from {fonts_dir}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            "PD-Serif",
            normal="PD-Serif",
            bold="PD-Serif-Bold",
            italic="PD-Serif-Italic",
            boldItalic="PD-Serif-Bold",
        )
        pdfmetrics.registerFontFamily(
            "PD-Sans",
            normal="PD-Sans",
            bold="PD-Sans-Bold",
            italic="PD-Sans",
            boldItalic="PD-Sans-Bold",
        )
        # A chart starts from reportlab's graphics defaults, whose font is Helvetica:
        # not embedded, and without Polish or Cyrillic letters.  Start from ours.
        STATE_DEFAULTS["fontName"] = "PD-Sans"
        _fonts_registered = fonts_dir


# -- text ----------------------------------------------------------------------


def markup(text: str) -> str:
    """User text as reportlab Paragraph markup that prints literally.

    ``&``, ``<`` and ``>`` are escaped; a single line break stays a line break.
    """
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a typed text: split at blank lines, empty ones dropped."""
    parts = text.replace("\r\n", "\n").split("\n\n")
    return [part.strip("\n") for part in parts if part.strip()]


def format_value(value: float | int | None) -> str:
    """A data value as printed: integers plainly, other numbers in their shortest form."""
    if value is None:
        return "—"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


class _Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that remembers its last wrap.

    reportlab re-measures a table's remaining cells at every page break; for
    an answer that runs over many pages that would cost its text once per
    page.  Paragraph.wrap does not depend on the available height, so the
    lines broken for a width can be reused until the width changes.
    """

    _wrapped_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth and hasattr(self, "blPara"):
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return width, height


# -- styles --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
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


def _styles() -> _Styles:
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
    return _Styles(
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


def styles() -> _Styles:
    """The paragraph styles, for other documents in the same look (the desk's overview)."""
    return _styles()


# -- the contents: anchors recorded while drawing ----------------------------------


@dataclass(slots=True)
class _TocEntry:
    level: int
    title: str
    key: str
    page: int = 0


class _Anchor(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size mark: records the page it lands on, a bookmark and an outline entry."""

    def __init__(self, entry: _TocEntry) -> None:
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


class _Progress(Flowable):  # type: ignore[misc]  # reportlab is untyped
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


# -- the canvas: page furniture drawn when every page is known ----------------------


class _Furniture:
    """Header, footer, DRAFT mark and the contents pages, for one document."""

    def __init__(
        self,
        report: AnnexReport,
        toc: list[_TocEntry],
        toc_layout: list[list[_TocEntry]],
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
                    _draft_mark(self.fonts_dir),
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
            self._draw_contents(canvas, page - 2)

    def _draw_contents(self, canvas: Canvas, index: int) -> None:
        entries = self.toc_layout[index]
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
            title = _fit(entry.title, font, size, room)
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


_draft_marks: dict[Path, ImageReader] = {}


def _draft_mark(fonts_dir: Path) -> ImageReader:
    """The diagonal DRAFT mark, as a picture.

    A picture, not text: text drawn across the page would be read by text
    extraction (pdftotext, screen readers, copy and paste) in the middle of
    the answers.  Made once per process; the PDF embeds it once.
    """
    with _font_lock:
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


def _paginate_contents(toc: Sequence[_TocEntry]) -> list[list[_TocEntry]]:
    """Split the contents entries into pages (known before the layout: no page numbers needed)."""
    pages: list[list[_TocEntry]] = [[]]
    room = BODY_HEIGHT - 0.6 * cm - TOC_TOP_FIRST
    for entry in toc:
        need = TOC_LEADING + (TOC_LEVEL0_SPACE if entry.level == 0 else 0)
        if need > room and pages[-1]:
            pages.append([])
            room = BODY_HEIGHT - 0.6 * cm - 0.4 * cm
        pages[-1].append(entry)
        room -= need
    return pages


def _fit(text: str, font: str, size: float, room: float) -> str:
    if stringWidth(text, font, size) <= room:
        return text
    words = text.split()
    out = ""
    for word in words:
        candidate = f"{out} {word}".strip()
        if stringWidth(candidate + " …", font, size) > room:
            break
        out = candidate
    return out.rstrip(",;:") + " …"


def _canvas_class(furniture: _Furniture) -> type[Canvas]:
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


# -- the document ------------------------------------------------------------------


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(
        self,
        buffer: io.BytesIO,
        *,
        furniture: _Furniture,
        checkpoint: Checkpoint | None,
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

    def _on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._furniture.on_page(canvas, canvas.getPageNumber())

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _Progress) and self._checkpoint is not None:
            self._checkpoint(flowable.fraction, flowable.label)


def build_pdf(
    report: AnnexReport, *, fonts_dir: Path, checkpoint: Checkpoint | None = None
) -> bytes:
    """Lay out ``report`` and return the PDF's bytes.

    Runs on the calling thread; ``checkpoint(fraction, label)`` is called
    between parts of the layout and may raise to abandon it.
    """
    register_fonts(fonts_dir)
    if checkpoint is not None:
        checkpoint(0.0, "Preparing the layout")
    styles = _styles()
    toc: list[_TocEntry] = []
    builder = _Story(report, styles, toc)
    cover = list(builder.cover())
    body = list(builder.body())
    toc_layout = _paginate_contents(toc)
    story = [*cover, *_contents_pages(styles, len(toc_layout)), *body]
    furniture = _Furniture(report, toc, toc_layout, fonts_dir)
    buffer = io.BytesIO()
    state = report.member_state_name
    doc = _Doc(
        buffer,
        furniture=furniture,
        checkpoint=checkpoint,
        title=f"{state} — contribution on the European Pact on Immigration and Asylum, "
        f"{report.contribution.cycle}",
        author=report.author,
        subject=f"{report.framework.title} ({report.framework.source}): "
        f"{state}, {report.contribution.cycle} cycle, revision {report.revision}"
        + ("" if report.final else " — DRAFT"),
        creator="PactDesk",
        keywords=f"European Pact on Immigration and Asylum, {report.contribution.member_state}, "
        f"{report.contribution.cycle}",
        lang=report.contribution.language,
        initialFontName="PD-Serif",
        initialFontSize=9.5,
    )
    doc.build(story, canvasmaker=_canvas_class(furniture))
    if checkpoint is not None:
        checkpoint(1.0, "Done")
    return buffer.getvalue()


def _contents_pages(styles: _Styles, pages: int) -> list[Flowable]:
    out: list[Flowable] = [Paragraph("Contents", styles.h1)]
    for _ in range(pages):
        out.append(PageBreak())
    return out


class _Story:
    """Builds the flowables of the document, in order."""

    def __init__(self, report: AnnexReport, styles: _Styles, toc: list[_TocEntry]) -> None:
        self.report = report
        self.framework = report.framework
        self.contribution = report.contribution
        self.s = styles
        self.toc = toc
        self._keys = 0
        commitments = sum(len(a.commitments) for a in self.framework.areas)
        self._steps = len(self.framework.areas) + commitments + len(report.extra_sections) + 1
        self._step = 0

    # helpers --------------------------------------------------------------------

    def _anchor(self, level: int, title: str) -> _Anchor:
        self._keys += 1
        entry = _TocEntry(level, title, f"k{self._keys}")
        self.toc.append(entry)
        return _Anchor(entry)

    def _progress(self, label: str) -> _Progress:
        self._step += 1
        return _Progress(0.02 + 0.9 * self._step / self._steps, label)

    def _text(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        missing: str | None = None,
        missing_style: ParagraphStyle | None = None,
    ) -> list[Flowable]:
        parts = paragraphs_of(text)
        if not parts:
            if missing is None:
                return []
            return [_Para(escape(missing), missing_style or self.s.cell_muted)]
        return [_Para(markup(part), style) for part in parts]

    # the document ------------------------------------------------------------

    def body(self) -> Iterator[Flowable]:
        """Everything after the contents pages."""
        yield from self.part_one()
        yield from self.part_two()
        for section in self.report.extra_sections:
            yield from self.extra(section)

    def cover(self) -> Iterator[Flowable]:
        report, s = self.report, self.s
        fw = self.framework
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

    def part_one(self) -> Iterator[Flowable]:
        fw, s = self.framework, self.s
        title = f"I. {fw.part_one_title}"
        yield self._anchor(0, title)
        yield Paragraph(escape(title), s.h1)
        yield Paragraph(markup(fw.part_one_instruction), s.instruction)
        for area in fw.areas:
            yield CondPageBreak(3.5 * cm)
            area_title = f"{area.id}. {area.title}"
            yield self._anchor(1, area_title)
            yield Paragraph(escape(area_title), s.h2)
            yield Paragraph(
                f"<b>Main commitment:</b> {markup(area.main_commitment)}", s.instruction
            )
            yield from self._text(
                self.contribution.assessment(area.id),
                s.body,
                missing="No assessment yet.",
                missing_style=s.cell_muted,
            )
            yield self._progress(f"Part I — {area.id}")

    def part_two(self) -> Iterator[Flowable]:
        fw, s = self.framework, self.s
        yield PageBreak()
        title = f"II. {fw.part_two_title}"
        yield self._anchor(0, title)
        yield Paragraph(escape(title), s.h1)
        yield Paragraph(markup(fw.part_two_instruction), s.instruction)
        for area in fw.areas:
            yield from self.area(area)

    def area(self, area: PolicyArea) -> Iterator[Flowable]:
        s = self.s
        yield CondPageBreak(6.5 * cm)  # the banner and the start of its first commitment
        title = f"{area.id}. {area.title}"
        yield self._anchor(1, title)
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
            yield from self.commitment(commitment, self.contribution.commitment(commitment.id))

    def commitment(self, commitment: Commitment, answer: CommitmentAnswer) -> Iterator[Flowable]:
        fw, s = self.framework, self.s
        first = commitment.paragraphs[0] if commitment.paragraphs else ""
        yield CondPageBreak(4 * cm)
        yield self._anchor(2, f"{commitment.id}  {first}")
        label = [Paragraph(escape(commitment.label), s.label)]
        text_cell = [_Para(markup(p), s.cell_commitment) for p in commitment.paragraphs]
        actions = self._text(answer.actions_undertaken, s.cell, missing="Not answered yet.")
        planned = self._text(answer.developments_planned, s.cell, missing="Not answered yet.")
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
        table.setStyle(_ANNEX_TABLE)
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
            yield _Para(
                f"<b>{escape(commitment.id)} · Request of the Annex{where}:</b> "
                f"{markup(prompt.text)}",
                s.prompt,
            )
            yield from self._text(
                answer.prompt_answer(prompt.id),
                s.answer,
                missing="Not answered yet.",
                missing_style=s.missing,
            )
        if answer.data:
            yield from self.data_points(commitment, answer.data)
        if answer.references:
            yield from self.references(commitment, answer.references)
        yield Spacer(1, 8)
        yield self._progress(f"Part II — {commitment.id}")

    def data_points(self, commitment: Commitment, data: Sequence[DataPoint]) -> Iterator[Flowable]:
        s = self.s
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
            row: list[Any] = [_data_cell(t, w, s.cell) for t, w in zip(texts, widths, strict=False)]
            row.append("Harmonised" if point.harmonised else "Not comparable")
            rows.append(row)
            if not point.harmonised:
                shaded.append(index)
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = list(_DATA_TABLE.getCommands())
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
        yield from _charts(data)

    def references(
        self, commitment: Commitment, references: Sequence[Reference]
    ) -> Iterator[Flowable]:
        s = self.s
        yield CondPageBreak(2 * cm)
        yield Paragraph(f"References — {escape(commitment.id)}", s.h3)
        for ref in references:
            yield _Para(
                f"<b>{markup(ref.source)}</b> — {markup(ref.citation)}",
                ParagraphStyle("ref", parent=s.cell, leftIndent=0.6 * cm, bulletIndent=0.1 * cm),
                bulletText="•",
            )

    def extra(self, section: PdfSection) -> Iterator[Flowable]:
        s = self.s
        yield PageBreak()
        yield self._anchor(0, section.title)
        yield Paragraph(escape(section.title), s.h1)
        for text in section.paragraphs:
            yield from self._text(text, s.body)
        yield self._progress(section.title)


_ANNEX_TABLE = TableStyle(
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

_DATA_TABLE = TableStyle(
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


def _data_cell(text: str, width: float, style: ParagraphStyle) -> Any:
    """A data table cell: plain text when it fits on one line, else a wrapping Paragraph.

    Plain strings cost reportlab no markup parsing; a full draft has ~250 data rows.
    """
    one_line = " ".join(text.split())
    if stringWidth(one_line, style.fontName, style.fontSize) <= width - 7:
        return one_line
    return _Para(markup(text), style)


# -- charts --------------------------------------------------------------------


def _charts(data: Sequence[DataPoint]) -> Iterator[Flowable]:
    """A bar chart for each indicator (and unit) that has a series of numeric values."""
    series: dict[tuple[str, str], list[DataPoint]] = {}
    for point in data:
        if point.value is not None:
            series.setdefault((point.indicator, point.unit), []).append(point)
    for (indicator, unit), points in series.items():
        if len(points) < 2:
            continue
        yield CondPageBreak(6 * cm)
        yield _bar_chart(indicator, unit, points)


def _nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^n) that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _bar_chart(indicator: str, unit: str, points: Sequence[DataPoint]) -> Drawing:
    """A vertical bar chart of one series, built from plain shapes.

    reportlab's chart widgets would do the same at several times the cost;
    a full draft has a chart per commitment.
    """
    width, height = BODY_WIDTH, 5.4 * cm
    left, bottom, top_room = 1.7 * cm, 0.75 * cm, 0.95 * cm
    plot_w, plot_h = width - left - 0.3 * cm, height - bottom - top_room
    values = [float(p.value) if p.value is not None else 0.0 for p in points]
    low = min(0.0, *values)
    high = max(0.0, *values)
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = max(math.ceil(high / step) * step, low + step)
    scale = plot_h / (high - low)
    harmonised = all(p.harmonised for p in points)
    fill = EU_BLUE if harmonised else colors.HexColor("#6f86c4")
    drawing = Drawing(width, height)
    tick = low
    while tick <= high + step / 2:
        y = bottom + (tick - low) * scale
        drawing.add(
            Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#d5d9e0"), strokeWidth=0.4)
        )
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                format_value(round(tick, 10)),
                fontName="PD-Sans",
                fontSize=6.5,
                textAnchor="end",
                fillColor=MUTED,
            )
        )
        tick += step
    slot = plot_w / len(points)
    bar_w = min(slot * 0.62, 2.2 * cm)
    zero = bottom + (0 - low) * scale
    for index, (point, value) in enumerate(zip(points, values, strict=True)):
        x = left + slot * index + (slot - bar_w) / 2
        y0, y1 = sorted((zero, zero + value * scale))
        drawing.add(Rect(x, y0, bar_w, max(y1 - y0, 0.3), fillColor=fill, strokeColor=None))
        drawing.add(
            String(
                x + bar_w / 2,
                y1 + 2,
                format_value(point.value),
                fontName="PD-Sans",
                fontSize=6.5,
                textAnchor="middle",
                fillColor=colors.black,
            )
        )
        drawing.add(
            String(
                x + bar_w / 2,
                bottom - 9,
                _fit(point.period, "PD-Sans", 7, slot),
                fontName="PD-Sans",
                fontSize=7,
                textAnchor="middle",
                fillColor=colors.black,
            )
        )
    drawing.add(Line(left, zero, left + plot_w, zero, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(
        Line(left, bottom, left, bottom + plot_h, strokeColor=colors.black, strokeWidth=0.6)
    )
    note = "" if harmonised else " — not comparable (not harmonised)"
    drawing.add(
        String(
            0,
            height - 0.45 * cm,
            _fit(f"{indicator} ({unit}){note}", "PD-Sans-Bold", 8, width),
            fontName="PD-Sans-Bold",
            fontSize=8,
            fillColor=colors.black,
        )
    )
    return drawing
