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


def _row(rid: str, text: str) -> dict[str, str]:
    return {"id": rid, "i": text}


def test_rows_merge_by_row_id() -> None:
    a, b, c, d = _row("a", "a"), _row("b", "b"), _row("c", "c"), _row("d", "d")
    # added on both sides: both kept, ours first at the same place
    assert merge_rows([a, b], [a, b, c], [a, b, d]).rows == (a, b, c, d)
    # changed here, removed there (another row): both taken
    assert merge_rows([a, b], [_row("a", "A"), b], [a]).rows == (_row("a", "A"),)
    # removed here, changed there: a conflict
    found = merge_rows([a, b], [a], [a, _row("b", "B")])
    assert found.rows is None and "removed here, changed there" in found.conflicts[0]
    # changed here, removed there: a conflict
    assert merge_rows([a, b], [a, _row("b", "B")], [a]).rows is None
    # the same row changed differently on both sides: a conflict; alike: taken once
    assert merge_rows([a, b], [_row("a", "x"), b], [_row("a", "y"), b]).rows is None
    assert merge_rows([a, b], [_row("a", "x"), b], [_row("a", "x"), b]).rows == (
        _row("a", "x"),
        b,
    )
    # different rows changed on each side: both changes
    assert merge_rows([a, b], [_row("a", "x"), b], [a, _row("b", "y")]).rows == (
        _row("a", "x"),
        _row("b", "y"),
    )
    # paired by id, not by place: a row moved there and changed here merges cleanly
    assert merge_rows([a, b], [_row("a", "x"), b], [b, a]).rows == (_row("a", "x"), b)
    # a row inserted before the one the other side changed
    assert merge_rows([a, b], [c, a, b], [a, _row("b", "y")]).rows == (c, a, _row("b", "y"))


def test_rows_without_ids_get_derived_ids_and_are_recognised_by_content() -> None:
    """Old drafts and workbooks carry no row ids."""
    a, b, c = _row("a", "a"), _row("b", "b"), _row("c", "c")
    merged = merge_rows([a, b], [a, b, c], [{"i": "a"}, {"i": "b"}, {"i": "z"}]).rows
    assert merged is not None
    assert [r["i"] for r in merged] == ["a", "b", "c", "z"]
    assert [r["id"] for r in merged[:3]] == ["a", "b", "c"] and merged[3]["id"].startswith("r")
    plain = [{"i": "a"}, {"i": "a"}]
    merged = merge_rows(plain, [*plain, {"i": "c"}], [*plain, {"i": "d"}]).rows
    assert merged is not None and [r["i"] for r in merged] == ["a", "a", "c", "d"]
    assert len({r["id"] for r in merged}) == 4  # derived ids are unique, occurrence counted
    same = merge_rows(plain, [*plain, {"i": "c"}], [*plain, {"i": "c"}]).rows
    assert same is not None and [r["i"] for r in same] == ["a", "a", "c"]  # added alike: once


def test_a_row_field_whose_rows_say_the_same_is_unchanged_whatever_the_ids() -> None:
    import json

    base = json.dumps([_row("a", "a")])
    theirs = json.dumps([{"i": "a"}])  # the same row from a workbook, without its id
    ours = json.dumps([_row("a", "a"), _row("c", "c")])
    assert merge_field(base, ours, theirs, rows=True).outcome == UNCHANGED
    assert merge_field(base, base, json.dumps([_row("a", "A")]), rows=True).outcome == THEIRS


ROW_TEXTS = st.sampled_from(["a", "b", "c", "d", "e"])


@settings(max_examples=150, deadline=None)
@given(
    base=st.lists(ROW_TEXTS, max_size=6),
    ours_new=st.lists(ROW_TEXTS, max_size=3),
    theirs_new=st.lists(ROW_TEXTS, max_size=3),
    data=st.data(),
)
def test_merging_rows_never_loses_a_row_one_side_added(
    base: list[str], ours_new: list[str], theirs_new: list[str], data: st.DataObject
) -> None:
    base_rows = [_row(f"b{i}", t) for i, t in enumerate(base)]
    keep_ours = data.draw(st.lists(st.booleans(), min_size=len(base), max_size=len(base)))
    keep_theirs = data.draw(st.lists(st.booleans(), min_size=len(base), max_size=len(base)))
    ours = [r for r, k in zip(base_rows, keep_ours, strict=True) if k]
    theirs = [r for r, k in zip(base_rows, keep_theirs, strict=True) if k]
    ours += [_row(f"o{i}", t + "-ours") for i, t in enumerate(ours_new)]
    theirs += [_row(f"t{i}", t + "-theirs") for i, t in enumerate(theirs_new)]
    merged = merge_rows(base_rows, ours, theirs)
    assert merged.rows is not None  # only removals and additions: never a conflict
    ids = [r["id"] for r in merged.rows]
    assert len(ids) == len(set(ids))
    for added in [r for r in ours + theirs if not r["id"].startswith("b")]:
        assert added in merged.rows
    for r in base_rows:  # a base row stays unless a side removed it
        kept = r in ours and r in theirs
        assert (r in merged.rows) == kept


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
