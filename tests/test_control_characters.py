"""Control characters but tab and line feed: refused by every route into a draft.

The doors (tests/test_corpus.py, a "control-character" case per door with
text; tests/test_unicode_property.py for any of them) and, here, the draft's
own save, the commands that set text, and a draft an older PactDesk saved
with one: it still exports, its Checks name the answer, and its export is
refused coming back, in one line (docs/limits.md).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from helpers import as_an_older_pactdesk_saved
from xlsx_support import run

from pactdesk.domain import validation
from pactdesk.domain.contribution import ACTIONS, answer_key, data_key, encode_rows
from pactdesk.services.drafts import Draft, TextRefusedError
from pactdesk.testing.drafts import create_draft
from pactdesk.testing.samples import full_items
from tests.exchange_support import point

KEY = answer_key("II.b", ACTIONS)
NAMED = (
    "II.b — Main actions undertaken at Member State level: it holds a control character "
    "(U+0007, bell) at character 6; a workbook or a Word document cannot carry it: "
    "remove it from the text"
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def older(tmp_path: Path, pactdesk_home: Path) -> Path:
    """A full draft an older PactDesk saved with a bell pasted into II.b's answer."""
    draft = create_draft(tmp_path / "older.pactdesk")
    draft.save_many(full_items(draft.framework, words=20), author="Jan")
    with as_an_older_pactdesk_saved():
        draft.save(KEY, "Umowa\x07 z Ukrainą.", author="Jan")
    draft.close()
    return draft.path


def test_the_drafts_own_save_refuses_a_control_character(new_draft) -> None:
    draft = new_draft()
    before = draft.head()
    with pytest.raises(TextRefusedError) as refused:
        draft.save_many({KEY: "Umowa\x07 z Ukrainą.", answer_key("I.a", ACTIONS): "ok"}, author="t")
    assert refused.value.summary == f"{NAMED}. Nothing was saved."
    assert draft.head() == before and draft.value(answer_key("I.a", ACTIONS)) == ""
    # In a data point's text too (the rows of a list item), named by row and column.
    rows = encode_rows((point("Wizy\x0b", 1),))
    with pytest.raises(TextRefusedError, match=r"II.b — data points, row 1, indicator: it holds"):
        draft.save(data_key("II.b"), rows, author="t")
    # Tabs and line feeds are text.
    draft.save(KEY, "Umowa\tz Ukrainą.\n\nDruga linia.", author="t")


def test_the_commands_that_set_text_refuse_one_in_one_line(new_draft, capsys) -> None:
    draft = new_draft()
    draft.close()
    before = _digest(draft.path)
    code, _out, err = run(capsys, "details", draft.path, "--contact-name", "Anna\x1b[1m")
    assert code == 2
    assert err.splitlines() == [
        "pactdesk details: The contact point: it holds a control character (U+001B, escape) "
        "at character 5; a workbook or a Word document cannot carry it: remove it from the "
        "text. Nothing was changed."
    ]
    code, _out, err = run(capsys, "comment", "add", draft.path, "II.b", "Uwaga\x07")
    assert code == 2
    assert err.splitlines()[0].startswith(
        "pactdesk comment: The comment cannot be added: it holds a control character "
        "(U+0007, bell) at character 6;"
    )
    assert _digest(draft.path) == before


def test_an_older_drafts_control_character_is_named_exported_and_refused_back(
    older: Path, tmp_path: Path, capsys
) -> None:
    with Draft.open(older, read_only=True) as draft:
        findings = validation.validate(draft.framework, draft.contribution())
    named = [f for f in findings if f.code == "unreadable-text"]
    assert [(f.item, f.severity) for f in named] == [(KEY, validation.Severity.ERROR)]
    assert named[0].message == (
        "II.b, “Main actions undertaken at Member State level”: it holds a control character "
        "(U+0007, bell) at character 6; a workbook or a Word document cannot carry it: remove "
        "it from the text; changing the text in PactDesk removes it."
    )
    code, out, _err = run(capsys, "status", older)
    assert "it holds a control character (U+0007, bell) at character 6" in out
    # Every export still works (each carries the character its own way)...
    for kind in ("json", "xlsx", "docx"):
        code, _out, err = run(capsys, f"export-{kind}", older, tmp_path / f"older.{kind}")
        assert code == 0, err
    # ...and each is refused coming back, in one line naming the answer, the draft unchanged.
    fresh = create_draft(tmp_path / "fresh.pactdesk")
    fresh.close()
    before = _digest(fresh.path)
    for kind, where in (
        ("json", "commitments[9].actions_undertaken: it holds a control character (U+0007, "),
        ("xlsx", NAMED),
        ("docx", NAMED),
    ):
        code, _out, err = run(capsys, f"import-{kind}", fresh.path, tmp_path / f"older.{kind}")
        assert code == 2, err
        first = err.splitlines()[0]
        assert first.startswith(f"pactdesk import-{kind}: older.{kind} "), first
        assert where in first, first
        assert _digest(fresh.path) == before


def test_what_the_window_saves_has_no_control_character_in_a_text_or_a_row() -> None:
    from pactdesk.domain.contribution import decode_data, without_control_characters

    assert without_control_characters(KEY, "a\x07b\r\nc\rd\te") == "ab\nc\nd\te"
    rows = encode_rows((point("Wizy\x0b", 1),))
    cleaned = without_control_characters(data_key("II.b"), rows)
    assert [p.indicator for p in decode_data(cleaned)] == ["Wizy"]
    clean = encode_rows((point("Wizy", 1),))
    assert without_control_characters(data_key("II.b"), clean) is clean  # nothing to change
