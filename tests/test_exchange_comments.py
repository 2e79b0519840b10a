"""Comments travel in exchange packages, marked internal, and come back merged (issue 14).

The coordinator's threads on the items sent go out in the package's own
``comments`` section; the contributor's draft shows them and can answer and
resolve; the return brings the new comments, answers and resolutions back,
once: importing again (or a later return of the same package) adds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk.domain.contribution import ACTIONS, answer_key
from pactdesk.services import review
from pactdesk.services.drafts import Draft
from pactdesk.services.exchange_comments import comment_uid
from pactdesk.services.exchange_package import DOCUMENT
from tests.exchange_support import (
    BASE_ACTIONS,
    make_exchange_with_comments,
    members_of,
    rewrite,
)
from tests.helpers import run_cli

A_FIELD = "II.a/actions_undertaken"


def _ok(*args: str | Path) -> str:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_package_carries_the_threads_of_its_items_marked_internal(tmp_path: Path) -> None:
    ex, _ids = make_exchange_with_comments(tmp_path)
    document = json.loads(members_of(ex.package)[DOCUMENT])
    section = document["comments"]
    assert section["internal"] is True and "never in an export" in section["note"]
    texts = {c["text"]: c for c in section["threads"]}
    assert set(texts) == {"Check the date with the labour office", "Name the agreements",
                          "Shorter, please"}  # fmt: skip
    anchored = texts["Check the date with the labour office"]
    assert anchored["field"] == A_FIELD and anchored["span"] == [4, 12]
    assert anchored["quote"] == BASE_ACTIONS[4:12]
    assert texts["Shorter, please"]["resolved_by"] == "Ewa Head"
    # The contributor's draft shows them, anchors and resolutions included.
    with Draft.open(ex.contributor) as draft:
        theirs = {c.text: c for c in review.comments(draft)}
        assert set(theirs) == set(texts)
        got = theirs["Check the date with the labour office"]
        assert (got.field, got.span, got.quote, got.author) == (
            A_FIELD, (4, 12), BASE_ACTIONS[4:12], "Ewa Head"
        )  # fmt: skip
        assert not theirs["Shorter, please"].open
        assert review.open_threads(draft) == {"II.a": 1, "II.b": 1}
    listed = json.loads(_ok("comment", "list", ex.contributor, "--open", "--json"))
    assert len(listed["comments"]) == 2


def test_answers_new_comments_and_resolutions_come_back_once(tmp_path: Path) -> None:
    ex, ids = make_exchange_with_comments(tmp_path)
    with Draft.open(ex.contributor) as draft:
        mine = {c.text: c for c in review.comments(draft)}
        anchored = mine["Check the date with the labour office"]
        review.add_comment(
            draft, "II.a", "The date is right: May", author="Anna Nowak", reply_to=anchored.id
        )
        review.resolve_comment(draft, mine["Name the agreements"].id, author="Anna Nowak")
        review.add_comment(
            draft, "II.b", "Is Moldova in scope?", author="Anna Nowak",
            field="II.b/actions_undertaken", span=(0, 9),
        )  # fmt: skip
    back = ex.give_back()
    assert json.loads(members_of(back)[DOCUMENT])["comments"]["internal"] is True
    dry = json.loads(_ok("exchange", "import", ex.coordinator, back, "--dry-run", "--json"))
    assert dry["comments"] == {"added": 2, "resolved": 1}
    with Draft.open(ex.coordinator) as draft:
        assert len(review.comments(draft)) == 4  # the dry run wrote nothing
    out = _ok("exchange", "import", ex.coordinator, back)
    assert "Internal comments: 2 added (comments and answers), 1 thread resolved." in out

    def state() -> list[tuple[str, str, bool, int | None]]:
        with Draft.open(ex.coordinator) as draft:
            return [(c.author, c.text, c.open, c.reply_to) for c in review.comments(draft)]

    after = state()
    assert ("Anna Nowak", "The date is right: May", True, ids["anchored"]) in after
    assert ("Ewa Head", "Name the agreements", False, None) in after
    assert ("Anna Nowak", "Is Moldova in scope?", True, None) in after
    assert ("Ewa Head", "Not for the labour ministry", True, None) in after
    assert len(after) == 6
    with Draft.open(ex.coordinator) as draft:
        resolved = next(c for c in review.comments(draft) if c.id == ids["to_resolve"])
        assert resolved.resolved_by == "Anna Nowak"
        new = next(c for c in review.comments(draft) if c.text == "Is Moldova in scope?")
        assert new.field == "II.b/actions_undertaken" and new.quote == "Bilateral"
    # Importing the same return again changes nothing; so does a later return of the
    # same package that carries the same threads.
    assert "already imported" in _ok("exchange", "import", ex.coordinator, back)
    assert state() == after
    _ok("exchange", "import", ex.coordinator, ex.give_back("again.pdx"))
    assert state() == after
    # The coordinator resolves the answered thread; the contributor's next return, which
    # still has it open, does not reopen it.
    with Draft.open(ex.coordinator) as draft:
        review.resolve_comment(draft, ids["anchored"], author="Ewa Head")
    _ok("exchange", "import", ex.coordinator, ex.give_back("third.pdx"))
    with Draft.open(ex.coordinator) as draft:
        assert not next(c for c in review.comments(draft) if c.id == ids["anchored"]).open


def test_a_return_with_a_bad_comments_section_is_refused(tmp_path: Path) -> None:
    ex, _ids = make_exchange_with_comments(tmp_path)
    back = ex.give_back()
    before = ex.coordinator.read_bytes()

    def not_internal(document: dict) -> None:  # type: ignore[type-arg]
        document["comments"]["internal"] = False

    def outside(document: dict) -> None:  # type: ignore[type-arg]
        entry = {
            "item": "III.a", "author": "Anna Nowak", "at": "2010-01-01T00:00:00+00:00",
            "text": "Sneaked in", "field": None, "span": None, "quote": None,
            "reply_to": None, "resolved_at": None, "resolved_by": None,
        }  # fmt: skip
        entry["id"] = comment_uid("III.a", "Anna Nowak", entry["at"], "Sneaked in")
        document["comments"]["threads"].append(entry)

    def forged(document: dict) -> None:  # type: ignore[type-arg]
        document["comments"]["threads"][0]["text"] = "Changed on the way"

    for name, change, words in (
        ("internal", not_internal, "not marked internal"),
        ("outside", outside, "outside its items"),
        ("forged", forged, "id is not its own"),
    ):
        bad = rewrite(back, tmp_path / f"{name}.pdx", change)
        result = run_cli("exchange", "import", ex.coordinator, bad)
        assert result.returncode == 2, (name, result.stdout)
        assert words in result.stderr.splitlines()[0], (name, result.stderr)
        assert ex.coordinator.read_bytes() == before


def test_an_anchor_follows_its_words_and_detaches_when_they_go(tmp_path: Path) -> None:
    ex, ids = make_exchange_with_comments(tmp_path)
    key = answer_key("II.a", ACTIONS)
    with Draft.open(ex.coordinator) as draft:
        comment = next(c for c in review.comments(draft) if c.id == ids["anchored"])
        quote = comment.quote
        assert quote is not None
        assert review.locate(comment, draft.value(key)) == (4, 12)
        moved = "New opening sentence. " + draft.value(key)
        draft.save(key, moved, author="Ewa Head")
        assert review.locate(comment, draft.value(key)) == (26, 34)
        assert draft.value(key)[26:34] == quote
        draft.save(key, "Everything was rewritten.", author="Ewa Head")
        assert review.locate(comment, draft.value(key)) is None
