"""Arbitrary Unicode text for property tests: every plane, combining marks, right-to-left.

Filtered only by what the contract refuses (docs/limits.md): lone surrogates
(UTF-16 halves), which are not characters and which no UTF-8 text, so no
draft, can hold; and the C0 control characters but tab and line feed, which
the workbook and Word formats cannot carry and every door refuses.
:data:`CONTROL` draws one of those, for the property that each is refused.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: The C0 controls every door refuses: all of U+0000..U+001F but tab and line feed.
C0_REFUSED = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n")
#: One of them (the carriage return among them: a line break only where a format says so).
CONTROL = st.sampled_from(C0_REFUSED)
#: Any code point but a surrogate or a refused C0 control, from U+0000..U+10FFFF
#: (DEL and the C1 controls U+0080..U+009F are text: XML carries them).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",), exclude_characters=C0_REFUSED)
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
        "\n",
        "\n\n",
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
    st.one_of(
        ANY_CHARACTER, ASTRAL, COMBINING, RIGHT_TO_LEFT, TRICKY, st.text(ANY_CHARACTER, max_size=8)
    ),
    max_size=40,
).map("".join)
#: Any text with one refused control character somewhere in it.
WITH_CONTROL = st.tuples(ANY_TEXT, CONTROL, ANY_TEXT).map("".join)
