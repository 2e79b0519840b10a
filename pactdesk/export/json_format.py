"""The contribution as JSON: ``pactdesk.contribution/1``.

The stable interchange format (schema: ``pactdesk/schemas/
contribution.schema.json``, documented in ``docs/json-format.md``).

* :func:`to_document` and :func:`canonical_bytes` turn a contribution into
  the document and its canonical form: sorted keys, UTF-8, no insignificant
  white space, no timestamps.  The canonical bytes are what a sign-off signs.
* :func:`parse` checks a file completely (its size and nesting before it is
  parsed, JSON syntax, duplicate keys, PactDesk's limits, the schema, the
  contract: each id once, values numbers, periods in the framework's form,
  the framework's ids and Member States) before anything is written, and
  raises :class:`ContributionFileError` with one summary line and the list of
  problems.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pactdesk import paths
from pactdesk.domain import limits
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
    contribution: Contribution,
    *,
    draft_id: str | None = None,
    head: Head | None = None,
    row_ids: bool = False,
) -> dict[str, Any]:
    """The ``pactdesk.contribution/1`` document.

    ``row_ids``: each data point and reference with its row id (the exported
    file, so that an import keeps them); the signed canonical form has none.
    """
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
                "data": [point.to_json(with_id=row_ids) for point in answer.data],
                "references": [ref.to_json(with_id=row_ids) for ref in answer.references],
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

    # The schema itself is checked against its metaschema by the tests
    # (tests/test_schemas.py), not on every start.
    schema = json.loads((paths.schemas_dir() / "contribution.schema.json").read_text("utf-8"))
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


def _refused(name: str, problems: list[str], what: str) -> ContributionFileError:
    """One line naming the problem (the first, and how many more), the list under it."""
    first = problems[0]
    more = f" (and {len(problems) - 1:,} more)" if len(problems) > 1 else ""
    return ContributionFileError(f"{name} {what}: {first}{more}.", problems)


def load_document(raw: bytes, *, name: str) -> dict[str, Any]:
    """Parse and check a ``pactdesk.contribution/1`` file: limits, schema, contract.

    In this order, each step only once the one before passed: the size and
    the nesting depth (before the parser sees the text); the JSON syntax;
    PactDesk's limits (:mod:`pactdesk.domain.limits`: field lengths, Unicode,
    data points per commitment, values numbers within range, periods in the
    framework's form) before the schema, so that an oversized file is refused
    in a moment and in the same words as the other doors; the schema; the
    contract the schema cannot say (each id once).
    """
    problem = limits.file_size_problem(len(raw), limits.CONTRIBUTION_JSON)
    if problem is not None:
        raise ContributionFileError(f"{name} is refused: {problem}.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContributionFileError(
            f"{name} is not a PactDesk contribution: it is not UTF-8 text (byte {exc.start})."
        ) from exc
    problem = limits.json_depth_problem(text)
    if problem is not None:
        raise ContributionFileError(f"{name} is not a PactDesk contribution: {problem}.")
    try:
        document = json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise ContributionFileError(
            f"{name} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from exc
    except RecursionError as exc:  # the depth check above should have caught it
        raise ContributionFileError(f"{name} is nested too deeply to be read.") from exc
    except ValueError as exc:
        raise ContributionFileError(f"{name} is not valid JSON: {exc}.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        found = document.get("format") if isinstance(document, dict) else None
        raise ContributionFileError(
            f"{name} is not a {FORMAT} document"
            + (f" (its format is {found!r})." if found else ".")
        )
    problems = limit_problems(document)
    if problems:
        raise _refused(name, problems, "is refused")
    problems = []
    for error in _validator().iter_errors(document):
        problems.append(f"{_location(error.absolute_path)}: {error.message}")
        if len(problems) > 10 * limits.MAX_LISTED_PROBLEMS:
            break
    if problems:
        problems.sort()
        raise ContributionFileError(
            f"{name} does not follow the {FORMAT} schema: {problems[0]}"
            + (f" (and {len(problems) - 1:,} more)." if len(problems) > 1 else "."),
            problems,
        )
    problems = contract_problems(document)
    if problems:
        raise _refused(name, problems, f"does not follow the {FORMAT} contract")
    return document


def _texts(where: str, entry: Any, keys: tuple[str, ...]) -> list[str]:
    if not isinstance(entry, dict):
        return []
    out = []
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str):
            problem = limits.text_problem(value)
            if problem is not None:
                out.append(f"{where}.{key}: {problem}")
    return out


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def limit_problems(document: Mapping[str, Any]) -> list[str]:
    """What in a parsed document goes past :mod:`pactdesk.domain.limits` (before the schema).

    Tolerates any shape (the schema, checked next, says what is misshapen):
    only values of the expected type are measured.
    """
    problems: list[str] = []
    for index, entry in enumerate(_list(document.get("political_report"))):
        problems += _texts(f"political_report[{index}]", entry, ("area", "assessment"))
    for index, entry in enumerate(_list(document.get("commitments"))):
        where = f"commitments[{index}]"
        if not isinstance(entry, dict):
            continue
        problems += _texts(where, entry, ("id", ACTIONS, DEVELOPMENTS))
        for p_index, prompt in enumerate(_list(entry.get("prompts"))):
            problems += _texts(f"{where}.prompts[{p_index}]", prompt, ("id", "answer"))
        for kind, what, maximum, keys in (
            ("data", "data points", limits.MAX_DATA_POINTS, _DATA_TEXTS),
            ("references", "references", limits.MAX_REFERENCES, ("source", "citation")),
        ):
            rows = _list(entry.get(kind))
            problem = limits.count_problem(len(rows), what, maximum)
            if problem is not None:
                problems.append(f"{where}.{kind}: {problem}")
                continue
            for r_index, row in enumerate(rows):
                problems += _texts(f"{where}.{kind}[{r_index}]", row, keys)
                if kind == "data" and isinstance(row, dict):
                    problems += _data_point(f"{where}.data[{r_index}]", row)
    for key in ("member_state", "language"):
        value = document.get(key)
        if isinstance(value, str):
            problem = limits.text_problem(value)
            if problem is not None:
                problems.append(f"{key}: {problem}")
    return problems


_DATA_TEXTS = ("indicator", "period", "unit", "source")


def _data_point(where: str, row: Mapping[str, Any]) -> list[str]:
    """A data point's value a number within range, its period in the framework's form.

    The same words as the workbook and Word doors (:mod:`pactdesk.domain.limits`).
    """
    out = []
    if "value" in row:
        problem = limits.number_problem(row["value"], allow_empty=False)
        if problem is not None:
            out.append(f"{where}.value: {problem}")
    if "period" in row:
        problem = limits.period_problem(row["period"])
        if problem is not None:
            out.append(f"{where}.period: {problem}")
    return out


def contract_problems(document: Mapping[str, Any]) -> list[str]:
    """The contract beyond the schema, for a document that follows the schema.

    Each policy area, commitment and (within a commitment) prompt at most
    once (every data value a number and every period in the framework's
    form are checked with the limits, before the schema).  What needs the
    framework itself (its ids, Member States, completeness) is
    :func:`framework_problems`.
    """
    problems: list[str] = []
    seen_areas: set[str] = set()
    for index, entry in enumerate(document["political_report"]):
        if entry["area"] in seen_areas:
            problems.append(f"political_report[{index}].area: {entry['area']!r} appears twice")
        seen_areas.add(entry["area"])
    seen: set[str] = set()
    for index, entry in enumerate(document["commitments"]):
        where = f"commitments[{index}]"
        cid = entry["id"]
        if cid in seen:
            problems.append(f"{where}.id: the commitment {cid!r} appears twice")
        seen.add(cid)
        seen_prompts: set[str] = set()
        for p_index, prompt in enumerate(entry.get("prompts", [])):
            if prompt["id"] in seen_prompts:
                problems.append(f"{where}.prompts[{p_index}].id: {prompt['id']!r} appears twice")
            seen_prompts.add(prompt["id"])
    return problems


def framework_problems(
    document: Mapping[str, Any], framework: Framework, *, complete: bool = False
) -> list[str]:
    """The contract that needs the framework: its file, its Member States, its items.

    ``complete``: every policy area, commitment and prompt of the framework
    is in the document (a bundle's ``contribution.json``; answers may be
    empty).  An import may carry only some of them.
    """
    problems: list[str] = []
    if document["framework"]["id"] != framework.id:
        problems.append(
            f"framework.id: the file answers {document['framework']['id']!r}, "
            f"the draft {framework.id!r}"
        )
    elif document["framework"]["sha256"] not in (framework.sha256, *framework.earlier_editions):
        problems.append(
            f"framework.sha256: the file was made with another version of {framework.id} "
            f"(its SHA-256 {document['framework']['sha256'][:12]}…, the draft's "
            f"{framework.sha256[:12]}…)"
        )
    codes = [state.code for state in framework.member_states]
    if document["member_state"] not in codes:
        problems.append(
            f"member_state: {document['member_state']!r} is not a Member State of "
            f"{framework.id} (one of {', '.join(codes)})"
        )
    if complete:
        present_areas = {entry["area"] for entry in document["political_report"]}
        for area in framework.areas:
            if area.id not in present_areas:
                problems.append(f"political_report: the policy area {area.id} is missing")
        by_id = {entry["id"]: entry for entry in document["commitments"]}
        for commitment in framework.commitments():
            entry = by_id.get(commitment.id)
            if entry is None:
                problems.append(f"commitments: the commitment {commitment.id} is missing")
                continue
            for column in (ACTIONS, DEVELOPMENTS, "prompts", "data", "references"):
                if column not in entry:
                    problems.append(f"commitments {commitment.id}: {column} is missing")
            answered = {prompt["id"] for prompt in entry.get("prompts", [])}
            for prompt in commitment.prompts:
                if "prompts" in entry and prompt.id not in answered:
                    problems.append(
                        f"commitments {commitment.id}: the prompt {prompt.id} is missing"
                    )
    return problems


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
    complete: bool = False,
) -> ParsedContribution:
    """Everything a file would change in a draft, or :class:`ContributionFileError`.

    ``complete`` (what ``import-json`` and a bundle ask): the file holds
    every policy area, commitment and prompt of the framework (answers may be
    empty).  Without it, only what the file carries becomes an item.
    """
    return parse_document(
        load_document(raw, name=name),
        name=name,
        framework=framework,
        member_state=member_state,
        cycle=cycle,
        complete=complete,
    )


def parse_document(
    document: dict[str, Any],
    *,
    name: str,
    framework: Framework,
    member_state: str | None = None,
    cycle: int | None = None,
    complete: bool = False,
) -> ParsedContribution:
    """:func:`parse` of a document :func:`load_document` has already checked.

    For a caller that holds the checked document (the desk's compilation,
    after :func:`pactdesk.services.verify.verify_bundle` loaded it): the schema
    check costs more than the rest of reading a full contribution.
    """
    problems = framework_problems(document, framework, complete=complete)
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
        raise _refused(name, problems, "cannot be imported into this draft")
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
