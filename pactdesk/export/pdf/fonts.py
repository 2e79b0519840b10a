"""The fonts embedded in the contribution PDF (DejaVu, subset) and their registration.

Each embedded subset gets a tag of its own.  ISO 32000-1 (9.6.4) names a font
subset "tag+PostScriptName", the tag six upper-case letters that tell one
subset from another; reportlab numbers each font's subsets from ``AAAAAA``,
so the first subset of every font had the same tag.  :class:`TaggedFont`
gives each font a range of tags of its own (reportlab's own numbering
within it), so no two subsets of a document share a tag.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

#: The embedded fonts: reportlab name -> file in ``resources/fonts``.
FONT_FILES: dict[str, str] = {
    "PD-Serif": "DejaVuSerif.ttf",
    "PD-Serif-Bold": "DejaVuSerif-Bold.ttf",
    "PD-Serif-Italic": "DejaVuSerif-Italic.ttf",
    "PD-Sans": "DejaVuSans.ttf",
    "PD-Sans-Bold": "DejaVuSans-Bold.ttf",
}

font_lock = threading.Lock()
_fonts_registered: Path | None = None

#: Subsets per font before two fonts' tags could meet (a font has one per 256 glyphs used).
_TAGS_PER_FONT = 1000
_tagging = threading.local()
_reportlab_subset_tag = ttfonts.SUBSETN


def _subset_tag(n: int, *args: Any) -> bytes:
    """reportlab's tag of subset ``n``, shifted into the range of the font being written."""
    return bytes(_reportlab_subset_tag(n + getattr(_tagging, "base", 0), *args))


class TaggedFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A TrueType font whose subsets' tags no other font of the document uses."""

    def __init__(self, name: str, path: str, *, number: int) -> None:
        super().__init__(name, path)
        self._tag_base = (number + 1) * _TAGS_PER_FONT

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        # reportlab names the subsets inside this call (ttfonts.SUBSETN); thread-local, so
        # documents laid out at the same time on other threads keep their own numbering.
        _tagging.base = self._tag_base
        try:
            super().addObjects(doc)
        finally:
            _tagging.base = 0


def register_fonts(fonts_dir: Path) -> None:
    """Register the embedded fonts with reportlab, once per process."""
    global _fonts_registered
    with font_lock:
        if _fonts_registered == fonts_dir:
            return
        # Binary (zlib) streams: ASCII85 only makes files bigger, and its encoder is slow.
        rl_config.useA85 = 0
        # Charts are built from checked values; validating every attribute set costs ~15 %.
        rl_config.shapeChecking = 0
        ttfonts.SUBSETN = _subset_tag
        for number, (name, filename) in enumerate(FONT_FILES.items()):
            path = fonts_dir / filename
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {filename} is missing from {fonts_dir}.")
            pdfmetrics.registerFont(TaggedFont(name, str(path), number=number))
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
