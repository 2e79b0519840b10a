"""Property: for any answer text, export-xlsx then import-xlsx gives the same text back.

"Any" is every string a draft takes in: every Unicode code point except
lone surrogates (UTF-16 halves), which SQLite's UTF-8 text cannot store, and
the C0 control characters but tab and line feed, which every door and the
draft's own save refuse (docs/limits.md).  The workbook holds the rest exactly:

* characters XML 1.0 cannot carry (U+FFFE, U+FFFF) are written with Excel's
  own escape (``_xHHHH_``), and a literal ``_xHHHH_`` in the text is itself
  escaped (``_x005F_``);
* a text longer than Excel's 32,767 UTF-16 units per cell continues in
  marked continuation rows and is joined back;
* text that begins with ``=``, ``+``, ``-`` or ``@`` is a text cell, never a
  formula.

A draft an older PactDesk saved may hold a control character: the export
still carries it (the same escape), and the import refuses it, naming it; a
carriage return there is a line break (the second property).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pactdesk.domain import limits
from pactdesk.domain.contribution import ACTIONS, answer_key, political_key, prompt_key
from pactdesk.export import xlsx as layout
from pactdesk.export.xlsx_import import read_workbook
from pactdesk.services import workbook
from pactdesk.services.drafts import Draft
from pactdesk.testing.drafts import create_draft
from tests.bundle_support import pactdesk_home
from tests.helpers import as_an_older_pactdesk_saved
from tests.unicode_text import ANY_CHARACTER, ASTRAL, COMBINING, CONTROL, RIGHT_TO_LEFT

KEYS = (answer_key("I.a", ACTIONS), prompt_key("I.a", "I.a.crisis"), political_key("II"))

#: Pieces that have broken workbooks before, mixed into arbitrary text.
TRICKY = st.sampled_from(
    [
        "=",
        "+",
        "-",
        "@",
        '=HYPERLINK("http://x","y")',
        "=cmd|' /C calc'!A0",
        "_x0041_",
        "_x005F_",
        "x005F_",
        "_x000D_",
        "_X00a0_",
        "\n",
        "\t",
        "\x7f",
        "\x85",
        "\ufffe",
        "\uffff",
        "\u2028",
        "😀",
        "ζ ж ł",
        " ",
    ]
)
#: Every plane, combining marks and right-to-left text too (tests/unicode_text.py).
TEXT = st.lists(
    st.one_of(st.text(ANY_CHARACTER, max_size=30), TRICKY, ASTRAL, COMBINING, RIGHT_TO_LEFT),
    max_size=12,
).map("".join)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Draft, Draft, Path]]:
    """Two drafts made once: hypothesis runs many examples in one test."""
    folder = tmp_path_factory.mktemp("property")
    with pactdesk_home(folder / "home"):
        source = create_draft(folder / "source.pactdesk", member_state="PL", language="pl")
        target = create_draft(folder / "target.pactdesk", member_state="PL", language="pl")
        yield source, target, folder
        source.close()
        target.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
@given(text=TEXT)
@example(text="=SUM(A1:A3)")
@example(text="_x005F_x0041_ and x005F_ and _x0041_")
@example(text="  leading and trailing  ")
@example(text="Zażółć " * 5000 + "😀" * 3000)  # more than one cell holds
def test_any_answer_text_comes_back_the_same(drafts: tuple[Draft, Draft, Path], text: str) -> None:
    source, target, folder = drafts
    source.save_many({key: text for key in KEYS}, author="property")
    book = folder / "property.xlsx"
    workbook.export_xlsx(source, book)
    raw = book.read_bytes()

    # What the workbook holds, cell by cell, is the text exactly.
    content = read_workbook(raw, name=book.name, framework=source.framework)
    for key in KEYS:
        assert content.items[key] == text, key

    # Imported back into the draft it came from: nothing to change.
    again = workbook.plan_import(source, raw, name=book.name)
    assert again.changes == () and again.conflicts == ()

    # Imported into another, empty draft (as import-xlsx does): the same text.
    target.save_many({key: "" for key in KEYS}, author="property")
    plan = workbook.plan_import(target, raw, name=book.name)
    assert plan.conflicts == ()
    workbook.apply_import(target, plan, author="property")
    for key in KEYS:
        expected = text if layout.normalised_item(key, text).strip() else ""
        assert target.value(key) == expected, key


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(before=TEXT, control=CONTROL, after=TEXT)
@example(before="form", control="\x0c", after="feed _x0007_ literally")
@example(before="Windows", control="\r", after="\nline end")
def test_a_control_character_goes_out_and_is_refused_coming_back(
    drafts: tuple[Draft, Draft, Path], before: str, control: str, after: str
) -> None:
    source, target, folder = drafts
    text = before + control + after
    with as_an_older_pactdesk_saved():  # a draft saved before the check may hold one
        source.save_many({key: text for key in KEYS}, author="property")
    book = folder / "control.xlsx"
    workbook.export_xlsx(source, book)  # the export still works...
    raw = book.read_bytes()
    # ...and carries every character (Excel's escape); a CR comes back as the line break.
    content = read_workbook(raw, name=book.name, framework=source.framework)
    lines = limits.unix_line_breaks(text)
    for key in KEYS:
        assert content.items[key] == lines, key
    bad = [i for i, c in enumerate(lines) if ord(c) < 0x20 and c not in "\t\n"]
    if not bad:
        return
    with pytest.raises(workbook.WorkbookError) as refused:
        workbook.plan_import(target, raw, name=book.name)
    first = str(refused.value)
    assert first.startswith(f"{book.name} cannot be imported: "), first
    assert first.endswith("remove it from the text. Nothing was imported."), first
    assert f"a control character (U+{ord(lines[bad[0]]):04X}" in first
    assert f"at character {bad[0] + 1};" in first
