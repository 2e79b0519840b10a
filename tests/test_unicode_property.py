"""Property: any Unicode text (all planes, combining marks, RTL) survives every round trip.

The JSON, workbook and Word round trips (export, then import into an empty
draft) give back the text exactly; the three-way merge never alters a text it
only has to keep.  One difference is the formats', not the text's: a workbook
or document cell of only blanks is an empty answer.  The text comes from
:mod:`tests.unicode_text`: everything but lone surrogates and the C0 control
characters but tab and line feed, which the contract refuses.

And the other side: a text holding any of those controls (a draft an older
PactDesk saved may hold one) still exports, and each door refuses it coming
back, naming the character and where it is; the workbook and Word doors take
a carriage return as the line break it is there (docs/limits.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from pactdesk.domain import limits
from pactdesk.domain.contribution import ACTIONS, answer_key, political_key, prompt_key
from pactdesk.domain.merge import CONFLICT, merge_field
from pactdesk.export.json_format import ContributionFileError
from pactdesk.services import interchange, word, workbook
from pactdesk.services.drafts import Draft, TextRefusedError
from pactdesk.services.word import WordError
from pactdesk.services.workbook import WorkbookError
from pactdesk.testing.drafts import create_draft
from tests.bundle_support import pactdesk_home
from tests.helpers import as_an_older_pactdesk_saved
from tests.unicode_text import ANY_TEXT, WITH_CONTROL

KEYS = (answer_key("I.a", ACTIONS), prompt_key("I.a", "I.a.crisis"), political_key("II"))
EXAMPLES = [
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁 🏳️\u200d🌈 \U000e0067\U000e0062 \U0010fffd",  # planes 1, 2, 14, 16
    "שלום \u202eolleh\u202c مرحبا",
    "a\u0301\u0302\u0303 \u0e01\u0e34\u0e4a \u20dd",
    "\x7f\x85 DEL and NEL are text, tab\tand\nline",
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
    blank_is_empty: bool = True,
) -> None:
    source, target, folder = drafts
    source.save_many({key: text for key in KEYS}, author="property")
    target.save_many({key: "" for key in KEYS}, author="property")
    trip(source, target, folder)
    for key in KEYS:
        expected = "" if blank_is_empty and not text.strip() else text
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
    _round_trip(drafts, text, _word)


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


def _first_bad(text: str) -> tuple[int, str]:
    """The place (from 1) and code of the first refused control character of ``text``."""
    at = next(i for i, c in enumerate(text) if ord(c) < 0x20 and c not in "\t\n")
    return at + 1, f"U+{ord(text[at]):04X}"


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(text=WITH_CONTROL)
@example(text="bell\x07")
@example(text="Windows\r\nline\rends")
@example(text="\x00")
def test_any_control_character_is_refused_in_every_door(drafts, text: str) -> None:
    source, target, folder = drafts
    key = KEYS[0]
    source.save_many({k: "" for k in KEYS}, author="property")
    # The draft's own save refuses it, naming the field, the character and where it is.
    with pytest.raises(TextRefusedError) as refused:
        source.save(key, text, author="property")
    at, code = _first_bad(text)
    assert f"a control character ({code}" in refused.value.summary
    assert f"at character {at};" in refused.value.summary
    assert refused.value.summary.startswith("I.a — ")
    # A draft an older PactDesk saved may hold it: every export still works...
    with as_an_older_pactdesk_saved():
        source.save_many({k: text for k in KEYS}, author="property")
    target.save_many({k: "" for k in KEYS}, author="property")
    before = {k: target.value(k) for k in KEYS}
    # ...and JSON refuses it coming back, naming it and where it is.
    with pytest.raises(ContributionFileError) as error:
        _json(source, target, folder)
    assert f"a control character ({code}" in str(error.value)
    assert f"at character {at};" in str(error.value)
    # The workbook and Word doors take a carriage return as the line break it is there.
    lines = limits.unix_line_breaks(text)
    for trip, kind in ((_workbook, WorkbookError), (_word, WordError)):
        if any(ord(c) < 0x20 and c not in "\t\n" for c in lines):
            with pytest.raises(kind) as error:
                trip(source, target, folder)
            at, code = _first_bad(lines)
            assert f"a control character ({code}" in str(error.value)
            assert f"at character {at};" in str(error.value)
            assert {k: target.value(k) for k in KEYS} == before
        else:
            trip(source, target, folder)
            expected = "" if not lines.strip() else lines
            assert target.value(key) == expected
            target.save_many({k: "" for k in KEYS}, author="property")
