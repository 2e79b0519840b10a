"""Property: any Unicode text (all planes, combining marks, RTL) survives every round trip.

The JSON, workbook and Word round trips (export, then import into an empty
draft) give back the text exactly; the three-way merge never alters a text it
only has to keep.  Two differences are the formats', not the text's: Word has
one kind of line break, so a Windows line end (CR LF) comes back as a line feed,
as every door compares them (docs/word.md, docs/workbook.md; a lone CR comes
back); and a workbook or document cell of only blanks is an empty answer.  The
text comes from :mod:`tests.unicode_text`: everything but lone surrogates,
which the contract refuses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from pactdesk.domain.contribution import ACTIONS, answer_key, political_key, prompt_key
from pactdesk.domain.merge import CONFLICT, merge_field
from pactdesk.services import interchange, word, workbook
from pactdesk.services.drafts import Draft
from pactdesk.testing.drafts import create_draft
from tests.bundle_support import pactdesk_home
from tests.unicode_text import ANY_TEXT

KEYS = (answer_key("I.a", ACTIONS), prompt_key("I.a", "I.a.crisis"), political_key("II"))
EXAMPLES = [
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁 🏳️\u200d🌈 \U000e0067\U000e0062 \U0010fffd",  # planes 1, 2, 14, 16
    "שלום \u202eolleh\u202c مرحبا",
    "a\u0301\u0302\u0303 \u0e01\u0e34\u0e4a \u20dd",
    "\x01\x1f tab\tand\r\nline",
]
FAST = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Draft, Draft, Path]]:
    folder = tmp_path_factory.mktemp("unicode-property")
    with pactdesk_home(folder / "home"):
        source = create_draft(folder / "source.pactdesk", member_state="PL", language="pl")
        target = create_draft(folder / "target.pactdesk", member_state="PL", language="pl")
        yield source, target, folder
        source.close()
        target.close()


def _round_trip(
    drafts: tuple[Draft, Draft, Path],
    text: str,
    trip: Callable[[Draft, Draft, Path], None],
    *,
    one_line_break: bool = False,
    blank_is_empty: bool = True,
) -> None:
    source, target, folder = drafts
    source.save_many({key: text for key in KEYS}, author="property")
    target.save_many({key: "" for key in KEYS}, author="property")
    trip(source, target, folder)
    for key in KEYS:
        expected = "" if blank_is_empty and not text.strip() else text
        if one_line_break:
            expected = expected.replace("\r\n", "\n")
        assert target.value(key) == expected, key


def _json(source: Draft, target: Draft, folder: Path) -> None:
    out = folder / "p.json"
    interchange.export_json(source, out)
    interchange.import_json(target, out.read_bytes(), name=out.name, author="property")


def _workbook(source: Draft, target: Draft, folder: Path) -> None:
    out = folder / "p.xlsx"
    workbook.export_xlsx(source, out)
    plan = workbook.plan_import(target, out.read_bytes(), name=out.name)
    assert plan.conflicts == ()
    workbook.apply_import(target, plan, author="property")


def _word(source: Draft, target: Draft, folder: Path) -> None:
    out = folder / "p.docx"
    word.export_docx(source, out)
    plan = word.plan_import(target, out.read_bytes(), name=out.name)
    assert plan.plan.conflicts == ()
    word.apply_import(target, plan, author="property")


@FAST
@given(text=ANY_TEXT)
@example(text=EXAMPLES[0])
@example(text=EXAMPLES[1])
@example(text=EXAMPLES[2])
@example(text=EXAMPLES[3])
def test_json_round_trip_keeps_any_text(drafts, text: str) -> None:
    _round_trip(drafts, text, _json, blank_is_empty=False)


@FAST
@given(text=ANY_TEXT)
@example(text=EXAMPLES[0])
@example(text=EXAMPLES[1])
@example(text=EXAMPLES[2])
@example(text=EXAMPLES[3])
def test_workbook_round_trip_keeps_any_text(drafts, text: str) -> None:
    _round_trip(drafts, text, _workbook)


@FAST
@given(text=ANY_TEXT)
@example(text=EXAMPLES[0])
@example(text=EXAMPLES[1])
@example(text=EXAMPLES[2])
@example(text=EXAMPLES[3])
def test_word_round_trip_keeps_any_text(drafts, text: str) -> None:
    _round_trip(drafts, text, _word, one_line_break=True)


@settings(max_examples=150, deadline=None, database=None)
@given(base=ANY_TEXT, ours=ANY_TEXT, theirs=ANY_TEXT)
@example(base=EXAMPLES[2], ours=EXAMPLES[1], theirs=EXAMPLES[0])
def test_three_way_merge_keeps_any_text(base: str, ours: str, theirs: str) -> None:
    # Only one side changed: that side, exactly.
    assert merge_field(base, base, theirs, rows=False).value == theirs
    assert merge_field(base, ours, base, rows=False).value == ours
    # Both sides made the same change: it, exactly.
    assert merge_field(base, theirs, theirs, rows=False).value == theirs
    # Both changed: a clean merge holds every character of both sides' additions in
    # order; a conflict keeps ours in the field, untouched.
    result = merge_field(base, ours, theirs, rows=False)
    if result.outcome == CONFLICT:
        assert result.value == ours
