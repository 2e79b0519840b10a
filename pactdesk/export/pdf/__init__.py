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

The parts, one module each: :mod:`~.layout` (page geometry and colours),
:mod:`~.fonts`, :mod:`~.styles`, :mod:`~.text` (markup, paragraphs), :mod:`~.report`
(what the caller passes in), :mod:`~.cover`, :mod:`~.contents`, :mod:`~.content_pages`
(Part I, Part II, extra sections), :mod:`~.tables` (data points), :mod:`~.charts`,
:mod:`~.furniture` (header, footer, DRAFT mark), :mod:`~.metadata` and
:mod:`~.document` (:func:`build_pdf`, the one layout pass).

Pure layout: no database, no Qt.  The caller (``pactdesk.services.pdf_export``)
gathers the contribution and passes a ``checkpoint`` callback that reports
progress and may raise to cancel.
"""

from __future__ import annotations

from pactdesk.export.pdf.document import LaidOut, build_pdf, lay_out
from pactdesk.export.pdf.fonts import FONT_FILES, register_fonts
from pactdesk.export.pdf.layout import (
    BODY_WIDTH,
    EU_BLUE,
    GRID,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NOT_COMPARABLE_FILL,
    SignaturePlacement,
)
from pactdesk.export.pdf.report import (
    AnnexReport,
    ChangedField,
    ChangeReportPages,
    PdfSection,
    Signatory,
    Superseded,
)
from pactdesk.export.pdf.styles import styles
from pactdesk.export.pdf.text import format_value, markup, paragraphs_of

__all__ = [
    "BODY_WIDTH",
    "EU_BLUE",
    "FONT_FILES",
    "GRID",
    "HEADER_FILL",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "MUTED",
    "NOT_COMPARABLE_FILL",
    "AnnexReport",
    "ChangeReportPages",
    "ChangedField",
    "LaidOut",
    "PdfSection",
    "SignaturePlacement",
    "Signatory",
    "Superseded",
    "build_pdf",
    "lay_out",
    "format_value",
    "markup",
    "paragraphs_of",
    "register_fonts",
    "styles",
]
