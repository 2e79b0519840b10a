"""The fonts embedded in the contribution PDF (DejaVu, subset) and their registration."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.pdfbase import pdfmetrics
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
