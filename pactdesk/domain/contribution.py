"""A Member State's contribution for one cycle, and how it maps to stored items.

The draft stores a contribution as *items*: one text value per key.  Every
answer, prompt answer, political assessment is an item; the data points and
the references of a commitment are one item each, holding their rows as
canonical JSON.  One shape for everything keeps saving, history, replay and
merging the same code for every field.

Item keys::

    political/I                          political assessment of area I
    commitment/I.a/actions_undertaken    "Main actions undertaken"
    commitment/I.a/developments_planned  "Most significant developments planned"
    commitment/I.a/prompt/I.a.crisis     the answer to one prompt
    commitment/I.a/data                  data points (JSON array)
    commitment/I.a/references            references (JSON array)
    details/ministry                     the contribution's details: the ministry and
    details/contact_name                 the contact point (name, e-mail, telephone)
    details/contact_email
    details/contact_phone
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pactdesk.domain import limits
from pactdesk.domain.framework import Commitment, Framework
from pactdesk.domain.rows import with_ids

ACTIONS = "actions_undertaken"
DEVELOPMENTS = "developments_planned"
ANSWER_COLUMNS = (ACTIONS, DEVELOPMENTS)

Number = int | float


@dataclass(frozen=True, slots=True)
class DataPoint:
    """One data point.  ``id`` is the row's stable id (:mod:`pactdesk.domain.rows`);
    two points are equal when they say the same, whatever their ids."""

    indicator: str
    period: str
    value: Number | None
    unit: str
    source: str
    harmonised: bool
    id: str = field(default="", compare=False)

    def to_json(self, *, with_id: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "indicator": self.indicator,
            "period": self.period,
            "value": self.value,
            "unit": self.unit,
            "source": self.source,
            "harmonised": self.harmonised,
        }
        if with_id and self.id:
            out["id"] = self.id
        return out

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> DataPoint:
        value = raw.get("value")
        return cls(
            indicator=str(raw.get("indicator", "")),
            period=str(raw.get("period", "")),
            value=value if _is_number(value) else None,
            unit=str(raw.get("unit", "")),
            source=str(raw.get("source", "")),
            harmonised=bool(raw.get("harmonised", False)),
            id=str(raw.get("id") or ""),
        )


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference; ``id`` as for :class:`DataPoint`."""

    source: str
    citation: str
    id: str = field(default="", compare=False)

    def to_json(self, *, with_id: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "citation": self.citation}
        if with_id and self.id:
            out["id"] = self.id
        return out

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Reference:
        return cls(
            source=str(raw.get("source", "")),
            citation=str(raw.get("citation", "")),
            id=str(raw.get("id") or ""),
        )


@dataclass(frozen=True, slots=True)
class CommitmentAnswer:
    commitment_id: str
    actions_undertaken: str = ""
    developments_planned: str = ""
    prompts: tuple[tuple[str, str], ...] = ()
    data: tuple[DataPoint, ...] = ()
    references: tuple[Reference, ...] = ()

    def prompt_answer(self, prompt_id: str) -> str:
        for pid, answer in self.prompts:
            if pid == prompt_id:
                return answer
        return ""


#: The contribution's details, in the order they are shown: the ministry, the contact point.
DETAIL_FIELDS = ("ministry", "contact_name", "contact_email", "contact_phone")
DETAIL_MAX_LENGTH = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{3,40}")
#: How a detail is named in messages and the change report.
DETAIL_LABELS = {
    "ministry": "ministry",
    "contact_name": "contact point",
    "contact_email": "contact e-mail",
    "contact_phone": "contact telephone",
}


@dataclass(frozen=True, slots=True)
class ContributionDetails:
    """Who sends the contribution: the ministry and its contact point for the Commission."""

    ministry: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in DETAIL_FIELDS)

    def to_json(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in DETAIL_FIELDS}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ContributionDetails:
        return cls(**{name: str(raw.get(name, "")) for name in DETAIL_FIELDS})

    def problems(self) -> list[str]:
        """What is wrong with these details, one sentence each (empty: they can be saved)."""
        found: list[str] = []
        for name in DETAIL_FIELDS:
            value = getattr(self, name)
            if "\n" in value or "\r" in value:
                found.append(f"The {DETAIL_LABELS[name]} must be on one line.")
            elif len(value) > DETAIL_MAX_LENGTH:
                found.append(
                    f"The {DETAIL_LABELS[name]} is longer than {DETAIL_MAX_LENGTH} characters."
                )
            elif (problem := limits.text_problem(value)) is not None:
                found.append(f"The {DETAIL_LABELS[name]}: {problem}.")
        email = self.contact_email.strip()
        if email and not _EMAIL.fullmatch(email):
            found.append(f"{email!r} is not an e-mail address (name@ministry.example).")
        phone = self.contact_phone.strip()
        if phone and not _PHONE.fullmatch(phone):
            found.append(f"{phone!r} is not a telephone number (digits, spaces, + ( ) - / . only).")
        return found


@dataclass(frozen=True, slots=True)
class Contribution:
    framework_id: str
    framework_sha256: str
    member_state: str
    cycle: int
    language: str
    political_report: tuple[tuple[str, str], ...]
    commitments: tuple[CommitmentAnswer, ...]
    details: ContributionDetails = ContributionDetails()

    def assessment(self, area_id: str) -> str:
        for area, text in self.political_report:
            if area == area_id:
                return text
        return ""

    def commitment(self, commitment_id: str) -> CommitmentAnswer:
        for answer in self.commitments:
            if answer.commitment_id == commitment_id:
                return answer
        return CommitmentAnswer(commitment_id)


# -- item keys ---------------------------------------------------------------


def political_key(area_id: str) -> str:
    return f"political/{area_id}"


def answer_key(commitment_id: str, column: str) -> str:
    if column not in ANSWER_COLUMNS:
        raise ValueError(f"unknown answer column {column!r}")
    return f"commitment/{commitment_id}/{column}"


def prompt_key(commitment_id: str, prompt_id: str) -> str:
    return f"commitment/{commitment_id}/prompt/{prompt_id}"


def data_key(commitment_id: str) -> str:
    return f"commitment/{commitment_id}/data"


def references_key(commitment_id: str) -> str:
    return f"commitment/{commitment_id}/references"


def details_key(name: str) -> str:
    if name not in DETAIL_FIELDS:
        raise ValueError(f"unknown contribution detail {name!r}")
    return f"details/{name}"


#: The items of the contribution's details (not part of :func:`all_keys`: they answer no
#: request of the framework, and completeness does not count them).
DETAIL_KEYS = frozenset(details_key(name) for name in DETAIL_FIELDS)


def commitment_keys(commitment: Commitment) -> Iterator[str]:
    for column in ANSWER_COLUMNS:
        yield answer_key(commitment.id, column)
    for prompt in commitment.prompts:
        yield prompt_key(commitment.id, prompt.id)
    yield data_key(commitment.id)
    yield references_key(commitment.id)


def all_keys(framework: Framework) -> Iterator[str]:
    """Every item of a contribution to ``framework``, in the Annex's order."""
    for area in framework.areas:
        yield political_key(area.id)
    for commitment in framework.commitments():
        yield from commitment_keys(commitment)


def text_keys(framework: Framework) -> Iterator[str]:
    """The items that hold prose (what an official types), in the Annex's order."""
    for key in all_keys(framework):
        if not key.endswith(("/data", "/references")):
            yield key


def is_list_key(key: str) -> bool:
    return key.endswith(("/data", "/references"))


def describe_key(framework: Framework, key: str) -> str:
    """A label an official recognises: 'I.a — Main actions undertaken'."""
    parts = key.split("/")
    if parts[0] == "details" and len(parts) == 2 and parts[1] in DETAIL_LABELS:
        return f"Contribution details — {DETAIL_LABELS[parts[1]]}"
    if parts[0] == "political" and len(parts) == 2:
        return f"Political report, {parts[1]}"
    if parts[0] == "commitment" and len(parts) >= 3:
        cid = parts[1]
        if parts[2] == ACTIONS:
            return f"{cid} — {framework.column_actions}"
        if parts[2] == DEVELOPMENTS:
            return f"{cid} — {framework.column_developments}"
        if parts[2] == "prompt" and len(parts) == 4:
            return f"{cid} — prompt {parts[3]}"
        if parts[2] == "data":
            return f"{cid} — data points"
        if parts[2] == "references":
            return f"{cid} — references"
    return key


# -- canonical encodings of list items ----------------------------------------


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and not (isinstance(value, float) and not math.isfinite(value))
    )


def encode_rows(rows: tuple[DataPoint, ...] | tuple[Reference, ...]) -> str:
    """The stored text of a list item: canonical JSON, empty string for no rows.

    Every row is stored with its id; a row without one gets its derived id
    (:func:`pactdesk.domain.rows.with_ids`).
    """
    if not rows:
        return ""
    return json.dumps(
        with_ids([row.to_json() for row in rows]),
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def _rows_of(text: str) -> list[dict[str, Any]]:
    # Rows stored before ids existed get their derived ids here, the same every time.
    return with_ids(json.loads(text))


def decode_data(text: str) -> tuple[DataPoint, ...]:
    if not text:
        return ()
    return tuple(DataPoint.from_json(row) for row in _rows_of(text))


def decode_references(text: str) -> tuple[Reference, ...]:
    if not text:
        return ()
    return tuple(Reference.from_json(row) for row in _rows_of(text))


def without_control_characters(key: str, value: str) -> str:
    """An item's value as the window stores it: no C0 control but tab and line feed.

    Line breaks become line feeds, other controls are dropped
    (:func:`pactdesk.domain.limits.without_control_characters`); for a list
    item, in every text of every row.  What the editor saves, so that a text
    pasted (or saved by an older PactDesk) with a control character in it is
    stored without it as soon as it is edited.
    """
    if not is_list_key(key):
        return limits.without_control_characters(value)
    if not value:
        return value
    try:
        rows = json.loads(value)
    except ValueError:
        return value  # not rows this function can read: the draft's save judges it
    if not isinstance(rows, list):
        return value
    cleaned = [
        {
            name: limits.without_control_characters(field) if isinstance(field, str) else field
            for name, field in row.items()
        }
        if isinstance(row, dict)
        else row
        for row in rows
    ]
    if cleaned == rows:
        return value
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# -- contribution <-> items ------------------------------------------------------


def contribution_from_items(
    framework: Framework,
    items: Mapping[str, str],
    *,
    member_state: str,
    cycle: int,
    language: str,
) -> Contribution:
    political = tuple((area.id, items.get(political_key(area.id), "")) for area in framework.areas)
    answers = []
    for commitment in framework.commitments():
        cid = commitment.id
        answers.append(
            CommitmentAnswer(
                commitment_id=cid,
                actions_undertaken=items.get(answer_key(cid, ACTIONS), ""),
                developments_planned=items.get(answer_key(cid, DEVELOPMENTS), ""),
                prompts=tuple(
                    (p.id, items.get(prompt_key(cid, p.id), "")) for p in commitment.prompts
                ),
                data=decode_data(items.get(data_key(cid), "")),
                references=decode_references(items.get(references_key(cid), "")),
            )
        )
    return Contribution(
        framework_id=framework.id,
        framework_sha256=framework.sha256,
        member_state=member_state,
        cycle=cycle,
        language=language,
        political_report=political,
        commitments=tuple(answers),
        details=ContributionDetails(
            **{name: items.get(details_key(name), "") for name in DETAIL_FIELDS}
        ),
    )


def items_from_contribution(contribution: Contribution) -> dict[str, str]:
    """The items a contribution sets: every field it carries, empty ones included."""
    items: dict[str, str] = {}
    for area_id, text in contribution.political_report:
        items[political_key(area_id)] = text
    for answer in contribution.commitments:
        cid = answer.commitment_id
        items[answer_key(cid, ACTIONS)] = answer.actions_undertaken
        items[answer_key(cid, DEVELOPMENTS)] = answer.developments_planned
        for prompt_id, text in answer.prompts:
            items[prompt_key(cid, prompt_id)] = text
        items[data_key(cid)] = encode_rows(answer.data)
        items[references_key(cid)] = encode_rows(answer.references)
    if not contribution.details.is_empty():
        for name, value in contribution.details.to_json().items():
            items[details_key(name)] = value
    return items


def word_count(text: str) -> int:
    return len(text.split())
