"""The reporting template of one cycle, as data.

A framework is what the Commission asks Member States to fill in: Part I, the
short political report (one assessment per policy area), and Part II, the
factual table (every commitment of the Pact with its extra requests, the
"prompts": which items ask for data, of which period).  It also carries the
cycle's timetable (its deadlines), its Member States and its rules for data
points (:class:`DataRules`: which periods cannot be harmonised data).  No
cycle's rule is written in code: a later cycle's file changes them all.

Frameworks are never code: they are JSON files (``pactdesk.framework/1``)
shipped in ``resources/frameworks`` or loaded by the user, checked against
``pactdesk/schemas/framework.schema.json`` before they are used.  This module
holds the frozen objects the rest of the program reads; parsing a document
that already passed the schema is :func:`framework_from_document`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

FRAMEWORK_FORMAT = "pactdesk.framework/1"


@dataclass(frozen=True, slots=True)
class Prompt:
    """An extra request of the Annex attached to one commitment.

    ``kind`` is ``crisis_impact`` ("Please also report on how … has been
    affected by the economic crisis"), ``data_request`` ("Please provide, if
    available, data and trends for … in the first part of <year>", with its
    ``period``) or
    ``report_request`` (any other "Please report on …", e.g. II.b's
    bilateral agreements).  ``paragraph`` is the index of the commitment
    paragraph the request stands beside in the Annex table.
    """

    id: str
    kind: str
    text: str
    if_available: bool
    paragraph: int = 0
    period: str | None = None
    reconstructed: str | None = None


@dataclass(frozen=True, slots=True)
class Commitment:
    """One commitment of the Pact, as Part II of the Annex lists it."""

    id: str
    area_id: str
    letter: str
    paragraphs: tuple[str, ...]
    prompts: tuple[Prompt, ...] = ()

    @property
    def label(self) -> str:
        return f"({self.letter})"

    @property
    def text(self) -> str:
        """The full Pact text, continuation paragraphs included."""
        return "\n\n".join(self.paragraphs)

    @property
    def asks_for_data(self) -> bool:
        return any(p.kind == "data_request" for p in self.prompts)


@dataclass(frozen=True, slots=True)
class PolicyArea:
    id: str
    title: str
    main_commitment: str
    commitments: tuple[Commitment, ...]


@dataclass(frozen=True, slots=True)
class Deadline:
    """One row of the cycle's timetable.

    ``wording`` is the timetable's own text ("mid-November");  ``date`` is
    the day PactDesk counts down to, ``actor`` who acts then.
    """

    id: str
    wording: str
    date: dt.date
    actor: str
    description: str


def period_within(period: str, outer: str) -> bool:
    """``period`` is ``outer`` or lies within it: ``YYYY-H1`` within ``YYYY``; ranges never."""
    return period == outer or period.startswith(outer + "-")


@dataclass(frozen=True, slots=True)
class HarmonisationRule:
    """Periods whose national data the Commission says is not harmonised (framework data).

    ``id`` is the code of the warning a data point of such a period gets
    when it is marked harmonised and its source is not one of
    ``harmonised_sources``; ``explanation`` is the sentence shown with it.
    """

    id: str
    periods: tuple[str, ...]
    explanation: str
    harmonised_sources: tuple[str, ...] = ()
    quote: str = ""
    where: str = ""

    def flags(self, period: str, source: str) -> bool:
        """A data point of ``period`` from ``source`` cannot be harmonised under this rule."""
        if not any(period_within(period, outer) for outer in self.periods):
            return False
        return not any(name.casefold() in source.casefold() for name in self.harmonised_sources)


@dataclass(frozen=True, slots=True)
class DataRules:
    """The cycle's rules for data points, from the framework's ``data_rules``."""

    new_period: str
    not_harmonised: tuple[HarmonisationRule, ...] = ()

    def period_examples(self) -> str:
        """Examples of the period forms, in the cycle's own year: "Y, Y-H1, Y-Q2, Y-05"."""
        year = self.new_period[:4]
        return f"{year}, {year}-H1, {year}-Q2, {year}-05"

    def not_harmonised_rule(self, period: str, source: str) -> HarmonisationRule | None:
        return next((r for r in self.not_harmonised if r.flags(period, source)), None)


@dataclass(frozen=True, slots=True)
class MemberState:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class FrameworkTranslation:
    """One language's translations of a framework's texts (the file's ``translations.<ll>``).

    ``texts`` maps a text's key (:data:`TEXT_KEYS` and ``area/<id>/title``,
    ``area/<id>/main_commitment``, ``prompt/<id>``, ``timetable/<id>/wording``,
    ``timetable/<id>/description``) to its translation;
    ``paragraphs`` maps a commitment's id to all its paragraphs, translated.
    ``note`` says, in this language, whose translation it is and whether it
    is an official version.  Only the window reads translations
    (:func:`in_language`): answers, checks, exports and signatures keep the
    file's own texts, and the file's bytes (its digest) include them.
    """

    language: str
    note: str
    official: bool = False
    texts: Mapping[str, str] = field(default_factory=dict)
    paragraphs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


#: The keys of a framework's single texts (besides an area's and a prompt's).
TEXT_KEYS = (
    "title",
    "part_one/title",
    "part_one/instruction",
    "part_two/title",
    "part_two/instruction",
    "part_two/columns/commitment",
    "part_two/columns/actions_undertaken",
    "part_two/columns/developments_planned",
)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    title: str
    cycle: int
    source: str
    part_one_title: str
    part_one_instruction: str
    part_two_title: str
    part_two_instruction: str
    column_commitment: str
    column_actions: str
    column_developments: str
    areas: tuple[PolicyArea, ...]
    timetable: tuple[Deadline, ...]
    member_states: tuple[MemberState, ...]
    sha256: str
    indicators: tuple[str, ...] = ()
    #: The SHA-256 of earlier editions of the file with the same items (wording rules,
    #: translations or notes changed): a contribution made with one keeps this contract.
    earlier_editions: tuple[str, ...] = ()
    data_rules: DataRules = DataRules(new_period="0000")
    _commitments: Mapping[str, Commitment] = field(default_factory=dict, repr=False, compare=False)
    #: The language of the file's own texts (ISO 639-1).
    language: str = "en"
    translations: Mapping[str, FrameworkTranslation] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: Set on the framework :func:`in_language` gives: the translation its texts come from.
    shown: FrameworkTranslation | None = field(default=None, repr=False, compare=False)

    def language_of(self, key: str) -> str:
        """The language the text ``key`` is in here (``commitment/<id>``: its paragraphs)."""
        shown = self.shown
        if shown is not None:
            kind, _, ident = key.partition("/")
            if key in shown.texts or (kind == "commitment" and ident in shown.paragraphs):
                return shown.language
        return self.language

    def commitments(self) -> Iterator[Commitment]:
        for area in self.areas:
            yield from area.commitments

    def commitment(self, commitment_id: str) -> Commitment:
        return self._commitments[commitment_id]

    def has_commitment(self, commitment_id: str) -> bool:
        return commitment_id in self._commitments

    def area(self, area_id: str) -> PolicyArea:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(area_id)

    def prompt(self, prompt_id: str) -> Prompt:
        for commitment in self.commitments():
            for prompt in commitment.prompts:
                if prompt.id == prompt_id:
                    return prompt
        raise KeyError(prompt_id)

    def member_state(self, code: str) -> MemberState:
        for state in self.member_states:
            if state.code == code:
                return state
        raise KeyError(code)

    def member_state_name(self, code: str) -> str:
        """The Member State's name, or ``code`` itself where the framework does not list it."""
        try:
            return self.member_state(code).name
        except KeyError:
            return code

    def next_deadline(self, today: dt.date, actor: str = "member_states") -> Deadline | None:
        upcoming = [d for d in self.timetable if d.actor == actor and d.date >= today]
        return min(upcoming, key=lambda d: d.date) if upcoming else None


def in_language(framework: Framework, language: str) -> Framework:
    """The framework as the window shows it to a reader of ``language``.

    Every text the file translates into ``language`` is replaced by its
    translation; the others stay in the file's language
    (:meth:`Framework.language_of` tells which is which).  Ids, digest, rules
    and structure are the framework's own, so the result stands in for it
    wherever the window only shows texts.  Without a translation into
    ``language`` the framework itself is returned.
    """
    translation = framework.translations.get(language)
    if translation is None or language == framework.language:
        return framework
    texts = translation.texts

    def pick(key: str, text: str) -> str:
        return texts.get(key, text)

    areas = tuple(
        replace(
            area,
            title=pick(f"area/{area.id}/title", area.title),
            main_commitment=pick(f"area/{area.id}/main_commitment", area.main_commitment),
            commitments=tuple(
                replace(
                    commitment,
                    paragraphs=translation.paragraphs.get(commitment.id, commitment.paragraphs),
                    prompts=tuple(
                        replace(prompt, text=pick(f"prompt/{prompt.id}", prompt.text))
                        for prompt in commitment.prompts
                    ),
                )
                for commitment in area.commitments
            ),
        )
        for area in framework.areas
    )
    return replace(
        framework,
        title=pick("title", framework.title),
        part_one_title=pick("part_one/title", framework.part_one_title),
        part_one_instruction=pick("part_one/instruction", framework.part_one_instruction),
        part_two_title=pick("part_two/title", framework.part_two_title),
        part_two_instruction=pick("part_two/instruction", framework.part_two_instruction),
        column_commitment=pick("part_two/columns/commitment", framework.column_commitment),
        column_actions=pick("part_two/columns/actions_undertaken", framework.column_actions),
        column_developments=pick(
            "part_two/columns/developments_planned", framework.column_developments
        ),
        areas=areas,
        timetable=tuple(
            replace(
                deadline,
                wording=pick(f"timetable/{deadline.id}/wording", deadline.wording),
                description=pick(f"timetable/{deadline.id}/description", deadline.description),
            )
            for deadline in framework.timetable
        ),
        _commitments={c.id: c for area in areas for c in area.commitments},
        shown=translation,
    )


def texts_of(framework: Framework) -> tuple[object, ...]:
    """Every text a translation may stand for, in one comparable value (not the translations)."""
    return (
        framework.language,
        framework.title,
        framework.part_one_title,
        framework.part_one_instruction,
        framework.part_two_title,
        framework.part_two_instruction,
        framework.column_commitment,
        framework.column_actions,
        framework.column_developments,
        tuple(
            (
                area.id,
                area.title,
                area.main_commitment,
                tuple(
                    (c.id, c.paragraphs, tuple((p.id, p.text) for p in c.prompts))
                    for c in area.commitments
                ),
            )
            for area in framework.areas
        ),
        tuple((d.id, d.wording, d.description) for d in framework.timetable),
    )


def framework_from_document(document: Mapping[str, Any], raw: bytes) -> Framework:
    """Build a :class:`Framework` from a document that passed the schema.

    ``raw`` is the file's exact bytes: their SHA-256 identifies the framework
    in every export and a draft keeps them as its copy.
    """
    areas = []
    by_id: dict[str, Commitment] = {}
    for area_doc in document["areas"]:
        commitments = []
        for c in area_doc["commitments"]:
            prompts = tuple(
                Prompt(
                    id=p["id"],
                    kind=p["kind"],
                    text=p["text"],
                    if_available=bool(p.get("if_available", False)),
                    paragraph=int(p.get("paragraph", 0)),
                    period=p.get("period"),
                    reconstructed=p.get("reconstructed"),
                )
                for p in c.get("prompts", [])
            )
            commitment = Commitment(
                id=c["id"],
                area_id=area_doc["id"],
                letter=c["letter"],
                paragraphs=tuple(c["paragraphs"]),
                prompts=prompts,
            )
            commitments.append(commitment)
            by_id[commitment.id] = commitment
        areas.append(
            PolicyArea(
                id=area_doc["id"],
                title=area_doc["title"],
                main_commitment=area_doc["main_commitment"],
                commitments=tuple(commitments),
            )
        )
    part_one = document["part_one"]
    part_two = document["part_two"]
    return Framework(
        id=document["id"],
        title=document["title"],
        cycle=int(document["cycle"]),
        source=document["source"],
        part_one_title=part_one["title"],
        part_one_instruction=part_one["instruction"],
        part_two_title=part_two["title"],
        part_two_instruction=part_two["instruction"],
        column_commitment=part_two["columns"]["commitment"],
        column_actions=part_two["columns"]["actions_undertaken"],
        column_developments=part_two["columns"]["developments_planned"],
        areas=tuple(areas),
        timetable=tuple(
            Deadline(
                id=d["id"],
                wording=d["wording"],
                date=dt.date.fromisoformat(d["date"]),
                actor=d["actor"],
                description=d["description"],
            )
            for d in document.get("timetable", [])
        ),
        member_states=tuple(
            MemberState(code=m["code"], name=m["name"]) for m in document["member_states"]
        ),
        sha256=hashlib.sha256(raw).hexdigest(),
        earlier_editions=tuple(document.get("earlier_editions", ())),
        indicators=tuple(i["id"] for i in document.get("indicators", [])),
        data_rules=_data_rules(document.get("data_rules"), int(document["cycle"])),
        _commitments=by_id,
        language=document.get("language", "en"),
        translations={
            language: _translation(language, doc)
            for language, doc in document.get("translations", {}).items()
        },
    )


def _translation(language: str, document: Mapping[str, Any]) -> FrameworkTranslation:
    texts: dict[str, str] = {}
    if "title" in document:
        texts["title"] = document["title"]
    for part in ("part_one", "part_two"):
        for name in ("title", "instruction"):
            if name in document.get(part, {}):
                texts[f"{part}/{name}"] = document[part][name]
    for name, text in document.get("part_two", {}).get("columns", {}).items():
        texts[f"part_two/columns/{name}"] = text
    for area_id, area in document.get("areas", {}).items():
        for name, text in area.items():
            texts[f"area/{area_id}/{name}"] = text
    for prompt_id, text in document.get("prompts", {}).items():
        texts[f"prompt/{prompt_id}"] = text
    for deadline_id, deadline in document.get("timetable", {}).items():
        for name, text in deadline.items():
            texts[f"timetable/{deadline_id}/{name}"] = text
    return FrameworkTranslation(
        language=language,
        note=document["note"],
        official=bool(document.get("official", False)),
        texts=texts,
        paragraphs={
            cid: tuple(c["paragraphs"]) for cid, c in document.get("commitments", {}).items()
        },
    )


def _data_rules(document: Mapping[str, Any] | None, cycle: int) -> DataRules:
    if document is None:  # a framework that says nothing about data: nothing is flagged
        return DataRules(new_period=str(cycle))
    return DataRules(
        new_period=document["new_period"],
        not_harmonised=tuple(
            HarmonisationRule(
                id=r["id"],
                periods=tuple(r["periods"]),
                explanation=r["explanation"],
                harmonised_sources=tuple(r.get("harmonised_sources", ())),
                quote=r.get("quote", ""),
                where=r.get("where", ""),
            )
            for r in document.get("not_harmonised", ())
        ),
    )
