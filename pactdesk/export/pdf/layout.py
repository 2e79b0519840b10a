"""The page of the contribution PDF: A4 geometry, margins, colours, and where things landed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

#: ``checkpoint(fraction, label)``: told how far the layout has come; may raise to cancel.
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


@dataclass(slots=True)
class SignaturePlacement:
    """Where the submitter's signature box was drawn: page index (0-based) and rectangle."""

    page_index: int = -1
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    @property
    def placed(self) -> bool:
        return self.page_index >= 0
