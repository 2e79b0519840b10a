"""Drafts for tests, benchmarks and scripts: one way to make them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
from pactdesk.services.drafts import Draft
from pactdesk.testing.samples import full_items


def create_draft(
    path: Path,
    *,
    member_state: str = "PL",
    language: str = "pl",
    author: str = "Test Official",
    items: Mapping[str, str] | None = None,
    framework_id: str | None = None,
) -> Draft:
    """A new draft of a shipped framework (the default one unless told), filled; left open."""
    draft = Draft.create(
        path,
        framework=shipped_framework(framework_id),
        framework_raw=shipped_framework_bytes(framework_id),
        member_state=member_state,
        cycle=shipped_framework(framework_id).cycle,
        language=language,
        author=author,
    )
    if items:
        draft.save_many(items, author=author)
    return draft


def create_full_draft(
    path: Path,
    *,
    scale: int = 1,
    member_state: str = "PL",
    language: str = "pl",
    author: str = "bench",
) -> Draft:
    """A "full draft" (every field ~400 words × ``scale``, data, references); left open."""
    draft = create_draft(path, member_state=member_state, language=language, author=author)
    draft.save_many(full_items(draft.framework, scale=scale), author=author)
    return draft
