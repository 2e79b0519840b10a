"""One snapshot per action: a bundle and ``status`` read the draft's content once.

Every step of making a bundle — the checks, the sign-off summary, the
canonical JSON, the workbook, the PDF — works from one frozen snapshot, so
that no step can see another revision and nothing is read or verified twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pactdesk.db.repository import DraftReader, DraftRepository
from pactdesk.services import bundle, sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.services.status import status
from tests.bundle_support import make_signed_draft, signer_of


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Read transactions opened, answers and sign-offs read, signatures checked: how often."""
    seen: Counter[str] = Counter()

    def counting(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(DraftRepository, "reading", counting("scopes", DraftRepository.reading))
    monkeypatch.setattr(DraftReader, "items", counting("items", DraftReader.items))
    monkeypatch.setattr(DraftReader, "sign_offs", counting("sign_offs", DraftReader.sign_offs))
    monkeypatch.setattr(
        sign_offs, "check_sign_off", counting("check_sign_off", sign_offs.check_sign_off)
    )
    return seen


def test_a_bundle_reads_the_draft_once(tmp_path: Path, reads: Counter[str]) -> None:
    signed = make_signed_draft(tmp_path / "signed", sign_via_request=False)
    with Draft.open(signed.path) as draft:
        reads.clear()
        result = bundle.make_bundle(draft, signer=signer_of(signed.submitter))
    assert result.sign_offs == 3 and not result.preview
    assert reads["scopes"] == 1  # one read transaction for the whole bundle
    assert reads["items"] == 1
    assert reads["sign_offs"] == 1
    assert reads["check_sign_off"] == 3  # each stored sign-off checked once


def test_status_reads_the_draft_once(tmp_path: Path, reads: Counter[str]) -> None:
    signed = make_signed_draft(tmp_path / "signed", sign_via_request=False)
    with Draft.open(signed.path) as draft:
        reads.clear()
        report = status(draft)
        assert report.head == draft.head()
    assert report.sign_offs.complete and not report.history_problems
    assert reads == Counter({"scopes": 1, "items": 1, "sign_offs": 1, "check_sign_off": 3})


def test_a_snapshot_is_frozen_at_its_revision(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    key = "commitment/I.a/actions_undertaken"
    draft.save(key, "pierwsza wersja", author="t")
    snapshot = draft.snapshot()
    draft.save(key, "druga wersja", author="t")
    assert snapshot.items[key] == "pierwsza wersja"
    assert snapshot.head.revision == draft.head().revision - 1
    assert snapshot.contribution.commitment("I.a").actions_undertaken == "pierwsza wersja"
    with pytest.raises(TypeError):
        snapshot.items[key] = "changed"  # type: ignore[index]
    # The history check of a snapshot is of its revision: sound, not "changed without an event".
    assert draft.check_history(snapshot=snapshot) == []
