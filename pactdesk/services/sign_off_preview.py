"""What a sign-off would sign, in the form the official reads it before signing.

Built from the canonical JSON bytes themselves (not from the draft's
tables), so that what is shown is what is signed.  Qt-free; runs on any one
thread (the window's worker); reads the draft once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pactdesk.domain.framework import Framework
from pactdesk.services.drafts import Draft, DraftSnapshot, snapshot_of
from pactdesk.services.sign_offs import current_content
from pactdesk.signing.sign_off_manifest import sha256_hex

__all__ = ["ReadableBlock", "SignOffPreview", "preview"]


@dataclass(frozen=True, slots=True)
class ReadableBlock:
    """One part of the contribution as the official reads it: a heading and labelled texts."""

    heading: str
    level: int
    paragraphs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class SignOffPreview:
    """The exact content a sign-off would sign now, in readable form.

    Built from the canonical JSON bytes themselves (not from the draft's
    tables), so that what is shown is what is signed; pass
    ``content_sha256`` to :func:`sign` as ``expected_content_sha256``.
    """

    title: str
    revision: int
    content_sha256: str
    blocks: tuple[ReadableBlock, ...]
    answered: int
    total: int


def _data_line(point: dict[str, Any]) -> str:
    value = point.get("value")
    shown = "—" if value is None else f"{value:,}".replace(",", "\u202f")
    if isinstance(value, float) and value.is_integer():
        shown = f"{int(value):,}".replace(",", "\u202f")
    extra = [p for p in (point.get("source", ""),) if p]
    if point.get("harmonised"):
        extra.append("harmonised")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (
        f"{point.get('indicator', '')}, {point.get('period', '')}: {shown} "
        f"{point.get('unit', '')}{tail}"
    ).strip()


def preview(source: Draft | DraftSnapshot) -> SignOffPreview:
    """What signing now would sign, for the signing dialog (Qt-free; any one thread)."""
    snapshot = snapshot_of(source)
    content, _digest = current_content(snapshot)
    return readable_content(
        content,
        snapshot.framework,
        member_state=snapshot.info.member_state,
        cycle=snapshot.info.cycle,
        revision=snapshot.head.revision,
    )


def readable_content(
    content: bytes, framework: Framework, *, member_state: str, cycle: int, revision: int
) -> SignOffPreview:
    """Canonical JSON bytes as the official reads them (a draft's, or a sign-off request's)."""
    digest = sha256_hex(content)
    document = json.loads(content)
    blocks: list[ReadableBlock] = []
    answered = total = 0

    def text_of(label: str, value: str) -> tuple[str, str]:
        nonlocal answered, total
        total += 1
        if value.strip():
            answered += 1
            return label, value
        return label, "(not answered)"

    blocks.append(ReadableBlock(framework.part_one_title, 1, ()))
    for entry in document.get("political_report", []):
        area = framework.area(entry["area"])
        blocks.append(
            ReadableBlock(
                f"{area.id}. {area.title}",
                2,
                (text_of("Assessment", entry.get("assessment", "")),),
            )
        )
    blocks.append(ReadableBlock(framework.part_two_title, 1, ()))
    for answer in document.get("commitments", []):
        commitment = framework.commitment(answer["id"])
        paragraphs = [
            text_of(framework.column_actions, answer.get("actions_undertaken", "")),
            text_of(framework.column_developments, answer.get("developments_planned", "")),
        ]
        for prompt in answer.get("prompts", []):
            try:
                question = framework.prompt(prompt["id"]).text
            except KeyError:
                question = prompt["id"]
            paragraphs.append(text_of(question, prompt.get("answer", "")))
        for point in answer.get("data", []):
            paragraphs.append(("Data", _data_line(point)))
        for reference in answer.get("references", []):
            paragraphs.append(
                ("Reference", f"{reference.get('source', '')}: {reference.get('citation', '')}")
            )
        first = commitment.paragraphs[0] if commitment.paragraphs else ""
        blocks.append(ReadableBlock(f"{commitment.id} {first}", 2, tuple(paragraphs)))
    state = framework.member_state(member_state).name
    title = f"{state}'s contribution to the {cycle} cycle ({framework.id})"
    return SignOffPreview(
        title=title,
        revision=int(document.get("draft", {}).get("revision", revision)),
        content_sha256=digest,
        blocks=tuple(blocks),
        answered=answered,
        total=total,
    )
