"""The three-way merge of one field (domain, stdlib only), and the ITEM/FIELD names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactdesk.domain import fields as names
from pactdesk.domain.merge import (
    CONFLICT,
    MERGED,
    THEIRS,
    UNCHANGED,
    merge_field,
    merge_rows,
    merge_text,
    tokens,
    word_diff,
)

BASE = "The ministry adopted a law in 2009. It entered into force in May. Employers apply online."


def test_tokens_give_the_text_back_byte_for_byte() -> None:
    for text in ["", "  ", "a", " zażółć  gęślą\n\njaźń. ", "αβγ,жщ\t!"]:
        assert "".join(tokens(text)) == text


def test_one_side_changed_takes_that_side() -> None:
    changed = BASE.replace("May", "June")
    assert merge_field(BASE, BASE, changed, rows=False).outcome == THEIRS
    assert merge_field(BASE, changed, BASE, rows=False).outcome == UNCHANGED
    assert merge_field(BASE, changed, changed, rows=False).outcome == UNCHANGED


def test_different_words_merge_and_the_same_words_conflict() -> None:
    ours = BASE.replace("adopted", "passed")
    theirs = BASE.replace("May", "June")
    merged = merge_field(BASE, ours, theirs, rows=False)
    assert merged.outcome == MERGED
    assert merged.value == BASE.replace("adopted", "passed").replace("May", "June")
    clash = merge_field(BASE, BASE.replace("May", "July"), theirs, rows=False)
    assert clash.outcome == CONFLICT and clash.value == BASE.replace("May", "July")
    assert merge_text(BASE, BASE.replace("May", "July"), theirs).conflicts


def test_paragraphs_added_at_both_ends_merge() -> None:
    ours = "Introduction. " + BASE
    theirs = BASE + "\n\nA new paragraph from the labour ministry."
    assert merge_text(BASE, ours, theirs).text == "Introduction. " + theirs


def test_rows_merge_by_row() -> None:
    a, b, c, d = {"i": "a"}, {"i": "b"}, {"i": "c"}, {"i": "d"}
    assert merge_rows([a, b], [a, b, c], [a, b, d]).rows == (a, b, c, d)
    assert merge_rows([a, b], [{"i": "A"}, b], [a]).rows == ({"i": "A"},)
    assert merge_rows([a, b], [a], [a, {"i": "B"}]).rows is None  # removed here, changed there
    assert merge_rows([a, b], [{"i": "x"}, b], [{"i": "y"}, b]).rows is None
    assert merge_rows([a, b], [{"i": "x"}, b], [{"i": "x"}, b]).rows == ({"i": "x"}, b)
    assert merge_rows([a, a], [a, a, c], [a, a, c]).rows == (a, a, c)  # the same row added once


def test_word_diff_marks_insertions_and_deletions() -> None:
    runs = word_diff(BASE, BASE.replace("adopted", "passed"))
    assert ("delete", " adopted") in runs and ("insert", " passed") in runs
    assert "".join(t for tag, t in runs if tag != "insert") == BASE


# -- no word only one side added is ever lost ------------------------------------------------

BASE_WORDS = st.lists(
    st.sampled_from(["the", "law", "of", "2009.", "labour", "and", "a", "\n\n"]), max_size=30
)


@st.composite
def edits(draw: st.DrawFn, base: list[str], marker: str) -> list[str]:
    """An edit of ``base``: some words deleted, replaced or inserted; new words carry ``marker``."""
    out = list(base)
    for counter in range(1, draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        position = draw(st.integers(0, len(out)))
        word = f"{marker}{counter}"
        if action == "insert" or not out or position == len(out):
            out.insert(position, word)
        elif action == "delete":
            del out[position]
        else:
            out[position] = word
    return out


@settings(max_examples=400, deadline=None)
@given(data=st.data(), base_words=BASE_WORDS)
def test_merging_never_loses_a_word_only_one_side_added(
    data: st.DataObject, base_words: list[str]
) -> None:
    ours_words = data.draw(edits(base_words, "ours"))
    theirs_words = data.draw(edits(base_words, "theirs"))
    base, ours, theirs = (" ".join(w) for w in (base_words, ours_words, theirs_words))
    result = merge_field(base, ours, theirs, rows=False)
    added = [w for w in ours_words if w.startswith("ours")] + [
        w for w in theirs_words if w.startswith("theirs")
    ]
    if result.outcome == CONFLICT:
        # nothing dropped: ours stays in the field, theirs is kept beside it by the caller
        assert result.value == ours
    else:
        merged_words = result.value.split()
        for word in added:
            assert word in merged_words, (base, ours, theirs, result.value)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), base_words=BASE_WORDS)
def test_a_clean_merge_of_one_sided_edits_is_that_side(
    data: st.DataObject, base_words: list[str]
) -> None:
    theirs = " ".join(data.draw(edits(base_words, "theirs")))
    base = " ".join(base_words)
    assert merge_field(base, base, theirs, rows=False).value == theirs


# -- names ----------------------------------------------------------------------------------


def test_item_and_field_names(framework) -> None:  # type: ignore[no-untyped-def]
    assert names.parse_item(framework, "P1.II").kind == "assessment"
    assert names.parse_item(framework, "II").kind == "area"
    assert names.parse_item(framework, "II.b").kind == "commitment"
    assert names.leaf_items(framework, ["II.b", "P1.I", "I"])[:2] == ("P1.I", "I.a")
    for field in names.fields_of_items(framework, names.all_leaf_items(framework)):
        assert names.field_of_key(names.key_of_field(framework, field)) == field
    assert names.key_of_field(framework, "P1.I/assessment") == "political/I"
    assert names.key_of_field(framework, "II.b/data") == "commitment/II.b/data"
    prompt = next(c for c in framework.commitments() if c.prompts)
    field = f"{prompt.id}/prompt/{prompt.prompts[0].id}"
    assert (
        names.key_of_field(framework, field)
        == f"commitment/{prompt.id}/prompt/{prompt.prompts[0].id}"
    )
    for bad in ["IX.z", "P1.IX", "II.b/nothing", "II.b/prompt/none", "P1.I/actions_undertaken"]:
        with pytest.raises(names.UnknownNameError):
            names.key_of_field(framework, bad if "/" in bad else bad + "/data")
