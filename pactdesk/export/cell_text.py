"""Text in spreadsheet cells: Excel's escape, its cell limit, sheet names.

Shared by the contribution workbook (:mod:`pactdesk.export.xlsx`, openpyxl)
and the desk's comparison (:mod:`pactdesk.export.comparison_xlsx`, written
by :mod:`pactdesk.export.sheet_xml`), so that both write a text the same
way; kept apart so that the comparison does not load openpyxl.

Standard library only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pactdesk.domain.framework import PolicyArea

#: Excel's limit for the text of one cell, in UTF-16 code units.
CELL_LIMIT = 32_767


def sheet_title(name: str) -> str:
    """A valid Excel sheet name (31 characters, none of []:*?/\\)."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", name).strip("'")
    return cleaned if len(cleaned) <= 31 else cleaned[:30].rstrip() + "…"


def area_sheet_name(area: PolicyArea) -> str:
    return sheet_title(f"{area.id} {area.title}")


def continuation_cell(part: int) -> str:
    return f"(continued, part {part})"


# -- values in cells --------------------------------------------------------------

#: What XML 1.0 cannot carry, and the carriage return, which an XML reader turns into \n.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
#: An underscore that starts something that reads as an escape; its escape is _x005F_.
#: A lookahead, so that "_x005F_x0041_" escapes both underscores (they overlap).
_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_cell(text: str) -> str:
    """Excel's own escape (ST_Xstring) for characters XML cannot hold."""
    if "_x" in text:
        text = _ESCAPED.sub("_x005F_", text)
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text


def unescape_cell(text: str) -> str:
    if "_x" not in text:
        return text
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_for_cells(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """Parts of at most ``limit`` UTF-16 units whose concatenation is ``text``.

    A part ends after a line break or a space when one is near the limit, so
    that each cell reads as whole words.
    """
    if len(text) <= limit // 2 or utf16_length(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        cut = limit
        while utf16_length(rest[:cut]) > limit:
            cut -= max(1, (utf16_length(rest[:cut]) - limit))
        window_start = max(1, cut - 2000)
        brk = max(rest.rfind("\n", window_start, cut), rest.rfind(" ", window_start, cut))
        if brk > 0:
            cut = brk + 1
        parts.append(rest[:cut])
        rest = rest[cut:]
    parts.append(rest)
    return parts
