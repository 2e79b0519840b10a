"""Arbitrary Unicode text for property tests: every plane, combining marks, right-to-left.

Filtered only by what the contract refuses: lone surrogates (UTF-16 halves),
which are not characters and which no UTF-8 text, so no draft, can hold
(docs/limits.md).  Control characters are text a draft holds and every
export carries, so they stay in.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Any code point but a surrogate, from the whole range U+0000..U+10FFFF.
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
#: The planes above the first: emoji, historic scripts, CJK extensions, tags, private use.
ASTRAL = st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, exclude_categories=("Cs",))
#: Combining marks (accents, Indic vowel signs, enclosing marks), also stacked on nothing.
COMBINING = st.characters(categories=("Mn", "Mc", "Me"))
#: Right-to-left text and the bidirectional controls that reorder it.
RIGHT_TO_LEFT = st.sampled_from(
    [
        "שלום עולם",
        "مرحبا بالعالم",
        "ܫܠܡܐ",  # Syriac
        "\u200f",  # right-to-left mark
        "\u202e",  # right-to-left override
        "\u2067",  # right-to-left isolate
        "\u2069",  # pop directional isolate
        "\u061c",  # Arabic letter mark
        "א\u05b0\u05b1",  # Hebrew letter with points
        "ﷺ",  # an Arabic ligature
    ]
)
#: Pieces that have broken text formats before: line ends, escapes, a BOM, joiners.
TRICKY = st.sampled_from(
    [
        "\r\n",
        "\r",
        "\n",
        "\t",
        "\ufeff",
        "\u200d",
        "\ufffe",
        "\uffff",
        "_x0041_",
        "👩\u200d👩\u200d👧",
        "e\u0301",
        " ",
    ]
)

ANY_TEXT = st.lists(
    st.one_of(ANY_CHARACTER, ASTRAL, COMBINING, RIGHT_TO_LEFT, TRICKY, st.text(max_size=8)),
    max_size=40,
).map("".join)
