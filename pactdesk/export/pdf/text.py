"""Typed text as the PDF prints it: markup that prints literally, paragraphs, values, fitting."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph


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


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
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


def fit(text: str, font: str, size: float, room: float) -> str:
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
