"""Text folding for find: case, diacritics and the letters that do not decompose.

An official types "powrot" and expects "powrót"; types "lodz" and expects
"Łódź"; types "ελλαδα" and expects "Ελλάδα".  :func:`fold` folds case
(``str.casefold``: "ß" -> "ss", final sigma -> "σ"), drops the combining marks
a compatibility decomposition (NFKD) gives ("ó" -> "o", "ά" -> "α", "й" ->
"и"), and maps the letters Unicode does not decompose (:data:`LETTERS`: "ł"
-> "l", "đ" -> "d", "ø" -> "o", "æ" -> "ae", "œ" -> "oe", "þ" -> "th", "ħ"
-> "h", dotless "ı" -> "i" …).  It returns, for every folded character, the
position of the original character it came from, so that
:func:`find_folded` reports matches on the original text and the window
highlights exactly what the user sees.

Standard library only.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Letters without a decomposition, and what they fold to (lower case; upper case folds first).
LETTERS: dict[str, str] = {
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ŧ": "t",
    "ŋ": "n",
    "ĸ": "k",
    "ſ": "s",
    "ƒ": "f",
    "ə": "e",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    lower = ch.casefold()
    out = []
    for c in lower:
        mapped = LETTERS.get(c)
        if mapped is not None:
            out.append(mapped)
            continue
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.combining(d):
                continue
            out.append(LETTERS.get(d, d).casefold())
    return "".join(out)


def fold(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original one."""
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        part = ch.casefold() if ch.isascii() else _fold_char(ch)
        folded.append(part)
        origin.extend([index] * len(part))
    return "".join(folded), origin


def fold_only(text: str) -> str:
    """:func:`fold` without the positions (for the needle)."""
    return fold(text)[0]


def find_folded(needle: str, text: str) -> list[tuple[int, int]]:
    """(start, length) of every match of ``needle`` in ``text``, in ``text``'s own positions.

    A match ends after the combining marks that follow its last letter, so a
    highlighted "o" of a decomposed "ó" takes its accent with it.
    """
    wanted = fold_only(needle)
    if not wanted:
        return []
    folded, origin = fold(text)
    matches: list[tuple[int, int]] = []
    start = folded.find(wanted)
    while start >= 0:
        first = origin[start]
        last = origin[start + len(wanted) - 1] + 1
        while last < len(text) and unicodedata.combining(text[last]):
            last += 1
        if not matches or first >= matches[-1][0] + matches[-1][1]:
            matches.append((first, last - first))
        start = folded.find(wanted, start + len(wanted))
    return matches
