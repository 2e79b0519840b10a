"""The names officials, the command line, the JSON outputs and the window use for parts of a draft.

An **ITEM** is what can be assigned, sent in an exchange package, reviewed:

* ``P1.I`` … ``P1.V`` — the Part I political assessment of a policy area;
* ``I`` … ``V`` — a whole policy area of Part II (all its commitments; the
  Part I assessment of the area is the separate item ``P1.I``);
* a commitment id such as ``II.b``.

A **FIELD** is one stored value inside an item:

* ``P1.I/assessment``
* ``II.b/actions_undertaken`` and ``II.b/developments_planned``
* ``II.b/prompt/II.b.bilateral`` — the answer to one prompt, by its id
* ``II.b/data`` and ``II.b/references`` — the rows of data points and references

This module maps those names to the draft's storage keys
(:mod:`pactdesk.domain.contribution`) and back, and expands items to their
fields.  Plain Python over the framework; no Qt, no store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    commitment_keys,
    data_key,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Framework

PART_ONE_PREFIX = "P1."
ASSESSMENT = "assessment"


class UnknownNameError(ValueError):
    """An ITEM or FIELD name the framework does not have; ``str()`` says which and why."""


@dataclass(frozen=True, slots=True)
class ItemName:
    """One ITEM: ``kind`` is ``"assessment"``, ``"area"`` or ``"commitment"``."""

    name: str
    kind: str
    area_id: str


def parse_item(framework: Framework, name: str) -> ItemName:
    """The ITEM ``name`` names in ``framework``, or :class:`UnknownNameError`."""
    name = name.strip()
    area_ids = [area.id for area in framework.areas]
    if name.startswith(PART_ONE_PREFIX):
        area_id = name[len(PART_ONE_PREFIX) :]
        if area_id in area_ids:
            return ItemName(name, "assessment", area_id)
        raise UnknownNameError(
            f"{name} is not a Part I item: use P1. and a policy area ({', '.join(area_ids)})."
        )
    if name in area_ids:
        return ItemName(name, "area", name)
    if framework.has_commitment(name):
        return ItemName(name, "commitment", framework.commitment(name).area_id)
    raise UnknownNameError(
        f"{name!r} is not an item of {framework.id}: an item is P1.I…P1.{area_ids[-1]} "
        f"(Part I), a policy area ({', '.join(area_ids)}) or a commitment such as "
        f"{next(framework.commitments()).id}."
    )


def leaf_items(framework: Framework, names: Iterable[str]) -> tuple[str, ...]:
    """The assessments and commitments ``names`` cover, each once, in the Annex's order.

    A policy area expands to its commitments.  Raises :class:`UnknownNameError`.
    """
    wanted: set[str] = set()
    for raw in names:
        item = parse_item(framework, raw)
        if item.kind == "area":
            wanted.update(c.id for c in framework.area(item.area_id).commitments)
        else:
            wanted.add(item.name)
    return tuple(name for name in all_leaf_items(framework) if name in wanted)


def all_leaf_items(framework: Framework) -> Iterator[str]:
    """Every assessment and commitment of ``framework``, in the Annex's order."""
    for area in framework.areas:
        yield f"{PART_ONE_PREFIX}{area.id}"
    for commitment in framework.commitments():
        yield commitment.id


def item_of_key(key: str) -> str:
    """The leaf ITEM a storage key belongs to: ``political/I`` → ``P1.I``."""
    parts = key.split("/")
    if parts[0] == "political" and len(parts) == 2:
        return f"{PART_ONE_PREFIX}{parts[1]}"
    if parts[0] == "commitment" and len(parts) >= 3:
        return parts[1]
    raise UnknownNameError(f"{key!r} is not a storage key of a contribution.")


def keys_of_item(framework: Framework, item: str) -> tuple[str, ...]:
    """The storage keys of one leaf ITEM, in the Annex's order."""
    parsed = parse_item(framework, item)
    if parsed.kind == "assessment":
        return (political_key(parsed.area_id),)
    if parsed.kind == "commitment":
        return tuple(commitment_keys(framework.commitment(parsed.name)))
    return tuple(
        key
        for c in framework.area(parsed.area_id).commitments
        for key in keys_of_item(framework, c.id)
    )


def field_of_key(key: str) -> str:
    """The FIELD name of a storage key: ``commitment/II.b/data`` → ``II.b/data``."""
    parts = key.split("/")
    if parts[0] == "political" and len(parts) == 2:
        return f"{PART_ONE_PREFIX}{parts[1]}/{ASSESSMENT}"
    if parts[0] == "commitment" and len(parts) >= 3:
        return "/".join(parts[1:])
    raise UnknownNameError(f"{key!r} is not a storage key of a contribution.")


def key_of_field(framework: Framework, field: str) -> str:
    """The storage key of a FIELD name, checked against ``framework``."""
    parts = field.strip().split("/")
    item = parse_item(framework, parts[0])
    rest = parts[1:]
    if item.kind == "assessment" and rest == [ASSESSMENT]:
        return political_key(item.area_id)
    if item.kind == "commitment":
        cid = item.name
        if rest in ([ACTIONS], [DEVELOPMENTS]):
            return answer_key(cid, rest[0])
        if rest == ["data"]:
            return data_key(cid)
        if rest == ["references"]:
            return references_key(cid)
        if len(rest) == 2 and rest[0] == "prompt":
            if any(p.id == rest[1] for p in framework.commitment(cid).prompts):
                return prompt_key(cid, rest[1])
            raise UnknownNameError(f"{cid} has no prompt {rest[1]!r}.")
    examples = "P1.I/assessment, II.b/actions_undertaken, II.b/prompt/ID, II.b/data"
    raise UnknownNameError(f"{field!r} is not a field name (such as {examples}).")


def fields_of_items(framework: Framework, names: Iterable[str]) -> tuple[str, ...]:
    """Every FIELD of the items ``names`` covers, in the Annex's order."""
    return tuple(
        field_of_key(key)
        for item in leaf_items(framework, names)
        for key in keys_of_item(framework, item)
    )


def is_rows_field(field: str) -> bool:
    """Data points and references hold rows; every other field holds text."""
    return field.endswith(("/data", "/references"))


def framework_view(framework: Framework, names: Iterable[str]) -> Framework:
    """``framework`` narrowed to some items: the policy areas they touch, only their commitments.

    What a workbook made for chosen items or one assignee shows: each area
    that has a chosen commitment or a chosen Part I assessment, with only the
    chosen commitments under it.  The framework's id and digest stay the same.
    """
    leaves = set(leaf_items(framework, names))
    areas = []
    for area in framework.areas:
        chosen = tuple(c for c in area.commitments if c.id in leaves)
        if chosen or f"{PART_ONE_PREFIX}{area.id}" in leaves:
            areas.append(replace(area, commitments=chosen))
    kept = {c.id: c for area in areas for c in area.commitments}
    return replace(framework, areas=tuple(areas), _commitments=kept)
