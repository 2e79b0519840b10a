"""The contribution as JSON: ``pactdesk.contribution/1``.

The stable interchange format (schema: ``pactdesk/schemas/
contribution.schema.json``, documented in ``docs/json-format.md``).

* :func:`to_document` and :func:`canonical_bytes` turn a contribution into
  the document and its canonical form: sorted keys, UTF-8, no insignificant
  white space, no timestamps.  The canonical bytes are what a sign-off signs.
* :func:`parse` checks a file completely (JSON syntax, duplicate keys, the
  schema, the framework's ids, duplicates) before anything is written, and
  raises :class:`ContributionFileError` with one summary line and the list of
  problems.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pactdesk import paths
from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    Contribution,
    ContributionDetails,
    DataPoint,
    Reference,
    answer_key,
    data_key,
    details_key,
    encode_rows,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Framework
from pactdesk.domain.history import Head

FORMAT = "pactdesk.contribution/1"


class ContributionFileError(ValueError):
    """A contribution file that cannot be imported; nothing was written."""

    def __init__(self, summary: str, details: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = details or []


def to_document(
    contribution: Contribution, *, draft_id: str | None = None, head: Head | None = None
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "framework": {"id": contribution.framework_id, "sha256": contribution.framework_sha256},
        "member_state": contribution.member_state,
        "cycle": contribution.cycle,
        "language": contribution.language,
        "political_report": [
            {"area": area, "assessment": text} for area, text in contribution.political_report
        ],
        "commitments": [
            {
                "id": answer.commitment_id,
                "actions_undertaken": answer.actions_undertaken,
                "developments_planned": answer.developments_planned,
                "prompts": [{"id": pid, "answer": text} for pid, text in answer.prompts],
                "data": [point.to_json() for point in answer.data],
                "references": [reference.to_json() for reference in answer.references],
            }
            for answer in contribution.commitments
        ],
    }
    if not contribution.details.is_empty():
        # Only when given: a contribution without details keeps the canonical bytes
        # (and so the sign-offs) it had before details existed.
        document["details"] = contribution.details.to_json()
    if draft_id is not None and head is not None:
        document["draft"] = {"id": draft_id, "revision": head.revision, "history_head": head.hash}
    return document


def canonical_bytes(document: Mapping[str, Any]) -> bytes:
    """Deterministic bytes of a document: what is hashed and signed."""
    return json.dumps(
        document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def pretty_bytes(document: Mapping[str, Any]) -> bytes:
    """The exported file: sorted keys, indented, for people and for diff."""
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads((paths.schemas_dir() / "contribution.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _location(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(the document)"


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def load_document(raw: bytes, *, name: str) -> dict[str, Any]:
    """Parse and schema-check a ``pactdesk.contribution/1`` file."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContributionFileError(
            f"{name} is not a PactDesk contribution: it is not UTF-8 text (byte {exc.start})."
        ) from exc
    try:
        document = json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise ContributionFileError(
            f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from exc
    except ValueError as exc:
        raise ContributionFileError(f"{name} is not valid JSON: {exc}.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        found = document.get("format") if isinstance(document, dict) else None
        raise ContributionFileError(
            f"{name} is not a {FORMAT} document"
            + (f" (its format is {found!r})." if found else ".")
        )
    problems = sorted(
        f"{_location(error.absolute_path)}: {error.message}"
        for error in _validator().iter_errors(document)
    )
    if problems:
        raise ContributionFileError(
            f"{name} does not follow the {FORMAT} schema ({_count(problems)}).", problems
        )
    return document


def _count(problems: list[str]) -> str:
    return "1 problem" if len(problems) == 1 else f"{len(problems)} problems"


@dataclass(frozen=True, slots=True)
class ParsedContribution:
    member_state: str
    cycle: int
    language: str
    framework_id: str
    framework_sha256: str
    items: dict[str, str]
    head: Head | None
    draft_id: str | None


def parse(
    raw: bytes,
    *,
    name: str,
    framework: Framework,
    member_state: str | None = None,
    cycle: int | None = None,
) -> ParsedContribution:
    """Everything a file would change in a draft, or :class:`ContributionFileError`.

    Only what the file carries becomes an item: a commitment left out, or a
    key left out of a commitment, leaves the draft's value as it is.
    """
    return parse_document(
        load_document(raw, name=name),
        name=name,
        framework=framework,
        member_state=member_state,
        cycle=cycle,
    )


def parse_document(
    document: dict[str, Any],
    *,
    name: str,
    framework: Framework,
    member_state: str | None = None,
    cycle: int | None = None,
) -> ParsedContribution:
    """:func:`parse` of a document :func:`load_document` has already checked.

    For a caller that holds the checked document (the desk's compilation,
    after :func:`pactdesk.services.verify.verify_bundle` loaded it): the schema
    check costs more than the rest of reading a full contribution.
    """
    problems: list[str] = []
    if document["framework"]["id"] != framework.id:
        problems.append(
            f"framework.id: the file answers {document['framework']['id']!r}, "
            f"the draft {framework.id!r}"
        )
    if member_state is not None and document["member_state"] != member_state:
        problems.append(
            f"member_state: the file is {document['member_state']}'s contribution, "
            f"the draft is {member_state}'s"
        )
    if cycle is not None and document["cycle"] != cycle:
        problems.append(f"cycle: the file is for {document['cycle']}, the draft for {cycle}")

    items: dict[str, str] = {}
    areas = {area.id for area in framework.areas}
    seen_areas: set[str] = set()
    for index, entry in enumerate(document["political_report"]):
        where = f"political_report[{index}]"
        area = entry["area"]
        if area not in areas:
            problems.append(f"{where}.area: there is no policy area {area!r} in {framework.id}")
        elif area in seen_areas:
            problems.append(f"{where}.area: {area!r} appears twice")
        else:
            seen_areas.add(area)
            items[political_key(area)] = entry["assessment"]

    seen_commitments: set[str] = set()
    for index, entry in enumerate(document["commitments"]):
        where = f"commitments[{index}]"
        cid = entry["id"]
        if not framework.has_commitment(cid):
            problems.append(f"{where}.id: there is no commitment {cid!r} in {framework.id}")
            continue
        if cid in seen_commitments:
            problems.append(f"{where}.id: the commitment {cid!r} appears twice")
            continue
        seen_commitments.add(cid)
        commitment = framework.commitment(cid)
        for column in (ACTIONS, DEVELOPMENTS):
            if column in entry:
                items[answer_key(cid, column)] = entry[column]
        prompt_ids = {prompt.id for prompt in commitment.prompts}
        seen_prompts: set[str] = set()
        for p_index, prompt in enumerate(entry.get("prompts", [])):
            pid = prompt["id"]
            if pid not in prompt_ids:
                problems.append(
                    f"{where}.prompts[{p_index}].id: {cid} has no prompt {pid!r}"
                    + (f" (its prompts: {', '.join(sorted(prompt_ids))})" if prompt_ids else "")
                )
            elif pid in seen_prompts:
                problems.append(f"{where}.prompts[{p_index}].id: {pid!r} appears twice")
            else:
                seen_prompts.add(pid)
                items[prompt_key(cid, pid)] = prompt["answer"]
        if "data" in entry:
            for d_index, point in enumerate(entry["data"]):
                value = point["value"]
                if isinstance(value, float) and not math.isfinite(value):
                    problems.append(f"{where}.data[{d_index}].value: not a finite number")
            items[data_key(cid)] = encode_rows(
                tuple(DataPoint.from_json(point) for point in entry["data"])
            )
        if "references" in entry:
            items[references_key(cid)] = encode_rows(
                tuple(Reference.from_json(ref) for ref in entry["references"])
            )

    if "details" in document:
        details = ContributionDetails.from_json(document["details"])
        for detail, value in details.to_json().items():
            items[details_key(detail)] = value

    if problems:
        raise ContributionFileError(
            f"{name} cannot be imported into this draft ({_count(problems)}).", problems
        )
    draft = document.get("draft")
    return ParsedContribution(
        member_state=document["member_state"],
        cycle=document["cycle"],
        language=document["language"],
        framework_id=document["framework"]["id"],
        framework_sha256=document["framework"]["sha256"],
        items=items,
        head=Head(draft["revision"], draft["history_head"]) if draft else None,
        draft_id=draft["id"] if draft else None,
    )
