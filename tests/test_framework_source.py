"""The shipped 2010 framework, checked against its source document.

The source is COM(2009) 266 final as text extracted from the PDF, kept in the
repository (``resources/source/com-2009-266-tracking-method.txt``).
These tests read the Annex's table from that text -- its area headings, its
lettered rows, the continuation rows that follow them and the requests in the
"Main actions undertaken" column -- and compare the framework with what they
find there.  They never compare the framework with itself: the only thing
taken from the framework to read the source is its list of
``reconstructions`` (each one must occur in the source exactly once).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pactdesk.domain.framework import Framework
from pactdesk.frameworks import shipped_framework, shipped_framework_bytes

SOURCE_NAME = "com-2009-266-tracking-method.txt"

ANNEX_HEADING = "ANNEX: COMMON STRUCTURE FOR MEMBER STATES' CONTRIBUTIONS"
PART_ONE_HEADING = 'I. SHORT "POLITICAL" REPORT'
PART_TWO_HEADING = "II. FACTUAL INFORMATION"
TIMETABLE_START = "4. PROCESS AND TIMING"
TIMETABLE_END = "5. CONCLUSION"

AREA_HEADING = re.compile(r"^(I|II|III|IV|V)\. (.+)$")
LETTERED_ROW = re.compile(r"^\(([a-z])\) (.+)$")
# The three kinds of extra request the Annex makes in its middle column.
REQUEST = re.compile(
    r"\bPlease (?:also report on|provide, if available, data and trends|report on) "
)


# What the extraction is known to have broken (seen by reading the source).
KNOWN_BREAKS = (
    "Lega al",
    "Ille gal",
    "Bo order",
    "effect tive",
    "partner evelopment",
    "enc courage",
    "ca apacities",
    "Euro- ",
    " ,",
    "<i>",
    "</i>",
    "prumieu",
)


def norm(text: str) -> str:
    """Tabs, line breaks and runs of spaces as one space."""
    return " ".join(text.split())


# --------------------------------------------------------------------------- the source


def source_path() -> Path:
    return Path(__file__).resolve().parents[1] / "resources" / "source" / SOURCE_NAME


@pytest.fixture(scope="module")
def source() -> str:
    return source_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def framework() -> Framework:
    return shipped_framework("pact-2010")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(shipped_framework_bytes("pact-2010"))
    return loaded


@pytest.fixture(scope="module")
def reconstructions(document: dict[str, Any]) -> list[dict[str, str]]:
    mends: list[dict[str, str]] = document["reconstructions"]
    return mends


def annex_lines(source: str) -> list[str]:
    return source[source.index(ANNEX_HEADING) :].splitlines()


def part_one_lines(source: str) -> list[str]:
    lines = annex_lines(source)
    start = lines.index(PART_ONE_HEADING)
    end = lines.index(PART_TWO_HEADING)
    return [norm(line) for line in lines[start + 1 : end] if norm(line)]


def part_two_raw_lines(source: str) -> list[str]:
    lines = annex_lines(source)
    return lines[lines.index(PART_TWO_HEADING) + 1 :]


def is_column_header(line: str) -> bool:
    """The header row the table repeats on every page."""
    return norm(line) == (
        "Commitment Main actions undertaken at Member State level "
        "Most significant developments planned at Member State level"
    )


def mend(line: str, reconstructions: list[dict[str, str]]) -> str:
    text = norm(line)
    for r in reconstructions:
        text = text.replace(norm(r["extracted"]), norm(r["mended"]))
    return norm(text)


@dataclass
class SourceRow:
    text: str  # what stands in the Commitment column
    requests: list[str]  # what stands in the middle column


@dataclass
class SourceCommitment:
    id: str
    rows: list[SourceRow] = field(default_factory=list)


@dataclass
class SourceArea:
    id: str
    heading: str
    main_commitment_row: str = ""
    commitments: list[SourceCommitment] = field(default_factory=list)


def split_requests(text: str) -> SourceRow:
    starts = [m.start() for m in REQUEST.finditer(text)]
    if not starts:
        return SourceRow(text, [])
    ends = [*starts[1:], len(text)]
    return SourceRow(
        text[: starts[0]].strip(), [text[s:e].strip() for s, e in zip(starts, ends, strict=True)]
    )


def read_table(source: str, reconstructions: list[dict[str, str]]) -> list[SourceArea]:
    """Part II of the Annex as areas, lettered commitments and their rows."""
    lines = [line for line in part_two_raw_lines(source) if norm(line)]
    instruction, table = lines[0], lines[1:]
    assert not REQUEST.search(instruction)
    areas: list[SourceArea] = []
    for raw in table:
        if is_column_header(raw):
            continue
        line = mend(raw, reconstructions)
        heading = AREA_HEADING.match(line)
        lettered = LETTERED_ROW.match(line)
        if heading:
            areas.append(SourceArea(id=heading.group(1), heading=line))
        elif line.startswith("Main commitment:"):
            areas[-1].main_commitment_row = line
        elif lettered:
            commitment = SourceCommitment(id=f"{areas[-1].id}.{lettered.group(1)}")
            areas[-1].commitments.append(commitment)
            commitment.rows.append(split_requests(lettered.group(2)))
        else:
            assert areas and areas[-1].commitments, f"text before the first commitment: {line!r}"
            areas[-1].commitments[-1].rows.append(split_requests(line))
    return areas


@pytest.fixture(scope="module")
def table(source: str, reconstructions: list[dict[str, str]]) -> list[SourceArea]:
    return read_table(source, reconstructions)


def source_commitments(table: list[SourceArea]) -> Iterator[SourceCommitment]:
    for area in table:
        yield from area.commitments


# --------------------------------------------------------------------------- the mends


def test_every_reconstruction_is_found_once_in_the_annex_table(
    source: str, reconstructions: list[dict[str, str]]
) -> None:
    lines = [norm(line) for line in part_two_raw_lines(source)]
    assert reconstructions
    for r in reconstructions:
        extracted = norm(r["extracted"])
        found = sum(line.count(extracted) for line in lines)
        assert found == 1, f"{r['where']}: {extracted!r} occurs {found} times in Part II"
        assert r["why"].strip() and r["where"].strip()
        assert norm(r["mended"]) != extracted


def test_part_one_needs_no_mend(source: str, reconstructions: list[dict[str, str]]) -> None:
    part_one = " ".join(part_one_lines(source))
    for r in reconstructions:
        assert norm(r["extracted"]) not in part_one


def test_the_broken_words_are_all_mended(table: list[SourceArea]) -> None:
    """After the framework's mends, no split word the extraction is known to make is left."""
    text = " ".join(
        [a.heading for a in table]
        + [a.main_commitment_row for a in table]
        + [row.text for c in source_commitments(table) for row in c.rows]
        + [q for c in source_commitments(table) for row in c.rows for q in row.requests]
    )
    for broken in KNOWN_BREAKS:
        assert broken not in text


# --------------------------------------------------------------------------- Part I


def test_part_one_matches_the_annex(source: str, framework: Framework) -> None:
    lines = part_one_lines(source)
    assert PART_ONE_HEADING.lower() == f"i. {framework.part_one_title}".lower()
    assert lines[0] == framework.part_one_instruction
    expected: list[str] = []
    for area in framework.areas:
        expected += [f"{area.id}. {area.title}", f"Main commitment: {area.main_commitment}"]
    assert lines[1:] == expected


def test_title_and_source_appear_in_the_document(source: str, framework: Framework) -> None:
    assert ANNEX_HEADING.lower().endswith(framework.title.lower())
    assert "COM(2009) 266 final" in source
    assert framework.source.startswith("COM(2009) 266 final")


# --------------------------------------------------------------------------- Part II


def test_part_two_heading_instruction_and_columns(source: str, framework: Framework) -> None:
    assert PART_TWO_HEADING.lower() == f"ii. {framework.part_two_title}".lower()
    lines = [line for line in part_two_raw_lines(source) if norm(line)]
    assert norm(lines[0]) == framework.part_two_instruction
    header = next(line for line in lines if is_column_header(line))
    columns = [norm(cell) for cell in header.split("\t") if norm(cell)]
    assert columns == [
        framework.column_commitment,
        framework.column_actions,
        framework.column_developments,
    ]


def test_areas_and_commitments_in_the_annex_order(
    table: list[SourceArea], framework: Framework
) -> None:
    assert [a.id for a in table] == ["I", "II", "III", "IV", "V"]
    assert [len(a.commitments) for a in table] == [8, 8, 7, 5, 8]
    assert sum(len(a.commitments) for a in table) == 36
    assert [a.id for a in framework.areas] == [a.id for a in table]
    assert [len(a.commitments) for a in framework.areas] == [8, 8, 7, 5, 8]
    assert [c.id for c in framework.commitments()] == [c.id for c in source_commitments(table)]
    assert len(list(framework.commitments())) == 36


def test_part_two_headings_agree_with_part_one(
    table: list[SourceArea], framework: Framework
) -> None:
    for source_area, area in zip(table, framework.areas, strict=True):
        assert source_area.heading == f"{area.id}. {area.title}"
        assert source_area.main_commitment_row == f"Main commitment: {area.main_commitment}"


def test_every_paragraph_stands_in_the_annex_in_order(
    source: str, reconstructions: list[dict[str, str]], framework: Framework
) -> None:
    text = " ".join(mend(line, reconstructions) for line in part_two_raw_lines(source))
    position = 0
    for commitment in framework.commitments():
        for paragraph in commitment.paragraphs:
            assert paragraph == norm(paragraph)
            found = text.find(paragraph, position)
            assert found >= 0, (
                f"{commitment.id}: not in the Annex after the previous one: {paragraph!r}"
            )
            position = found + len(paragraph)


def paragraph_of_rows(rows: list[SourceRow], paragraphs: tuple[str, ...]) -> list[int]:
    """Each row's last framework paragraph; every row must be whole paragraphs.

    A row of the Annex may hold several paragraphs (IV.d's list items run on
    in the extracted row) but a paragraph never spans two rows, and nothing
    of a row may be left out.
    """
    at = -1
    last: list[int] = []
    for row in rows:
        if row.text:
            consumed: list[str] = []
            while " ".join(consumed) != row.text:
                at += 1
                assert at < len(paragraphs), f"row not in the framework: {row.text!r}"
                consumed.append(paragraphs[at])
                assert row.text.startswith(" ".join(consumed)), (
                    f"the row {row.text!r} is not made of whole paragraphs "
                    f"(went wrong at {paragraphs[at]!r})"
                )
        last.append(at)
    assert at == len(paragraphs) - 1, f"paragraphs not in the Annex: {paragraphs[at + 1 :]}"
    return last


def test_every_commitment_has_all_its_rows_and_nothing_else(
    table: list[SourceArea], framework: Framework
) -> None:
    for source_commitment in source_commitments(table):
        commitment = framework.commitment(source_commitment.id)
        paragraph_of_rows(source_commitment.rows, commitment.paragraphs)


def test_known_continuation_paragraphs(framework: Framework) -> None:
    """Spot checks of what the row walk above establishes."""
    assert len(framework.commitment("I.b").paragraphs) == 2
    assert len(framework.commitment("I.g").paragraphs) == 5
    assert len(framework.commitment("II.b").paragraphs) == 4
    assert [p[:10] for p in framework.commitment("IV.d").paragraphs[1:]] == [
        "– moving, ",
        "– inviting",
    ]
    assert len(framework.commitment("V.f").paragraphs) == 3


def expected_prompt(commitment_id: str, text: str, paragraph: int) -> tuple[Any, ...]:
    if text.startswith("Please also report on"):
        assert text.endswith("economic crisis."), text
        return (commitment_id, text, "crisis_impact", False, paragraph, None)
    if text.startswith("Please provide, if available, data and trends"):
        assert text.endswith("in the first part of 2009."), text
        return (commitment_id, text, "data_request", True, paragraph, "2009-H1")
    assert text.startswith("Please report on"), text
    return (commitment_id, text, "report_request", False, paragraph, None)


def test_every_request_is_a_prompt_of_its_commitment(
    table: list[SourceArea], framework: Framework
) -> None:
    expected: list[tuple[Any, ...]] = []
    for source_commitment in source_commitments(table):
        commitment = framework.commitment(source_commitment.id)
        beside = paragraph_of_rows(source_commitment.rows, commitment.paragraphs)
        for row, paragraph in zip(source_commitment.rows, beside, strict=True):
            for text in row.requests:
                expected.append(expected_prompt(commitment.id, text, paragraph))
    actual = [
        (c.id, p.text, p.kind, p.if_available, p.paragraph, p.period)
        for c in framework.commitments()
        for p in c.prompts
    ]
    assert actual == expected
    assert len(actual) == 11


def test_requests_found_without_any_mend(source: str, framework: Framework) -> None:
    """Apart from the reconstructed one, every prompt is in the extracted text as it stands."""
    raw = " ".join(norm(line) for line in part_two_raw_lines(source))
    assert len(REQUEST.findall(raw)) == 10
    for commitment in framework.commitments():
        for prompt in commitment.prompts:
            if prompt.reconstructed is None:
                assert prompt.text in raw, prompt.id
            else:
                assert prompt.text not in raw, prompt.id


def test_the_cut_request_of_ii_f_is_marked_reconstructed(
    source: str, framework: Framework, reconstructions: list[dict[str, str]]
) -> None:
    reconstructed = [p for c in framework.commitments() for p in c.prompts if p.reconstructed]
    assert [p.id for p in reconstructed] == ["II.f.crisis"]
    prompt = reconstructed[0]
    fragment = "voluntary return has been affected by the economic"
    assert prompt.text == f"Please also report on how {fragment} crisis."
    assert fragment in source
    assert fragment in (prompt.reconstructed or "")
    assert any(r["mended"] == prompt.text and r["extracted"] == fragment for r in reconstructions)


# --------------------------------------------------------------------------- the timetable


def timetable_rows(source: str) -> list[list[str]]:
    section = source[source.index(TIMETABLE_START) : source.index(TIMETABLE_END)]
    rows = []
    for line in section.splitlines():
        if "\t" not in line or line.startswith("Date\t") or line.startswith("---"):
            continue
        rows.append([norm(cell) for cell in line.split("\t")])
    return rows


def test_timetable_is_the_table_of_section_4(source: str, framework: Framework) -> None:
    rows = timetable_rows(source)
    assert len(rows) == 8
    expected = [(row[0], next(cell for cell in row[1:] if cell)) for row in rows]
    actual = [
        (re.sub(r" \[(2009|2010)\]$", "", d.wording), d.description) for d in framework.timetable
    ]
    assert actual == expected


def test_timetable_actors_follow_the_table(source: str, framework: Framework) -> None:
    for row, deadline in zip(timetable_rows(source), framework.timetable, strict=True):
        commission_column = len(row) > 2 and row[2]
        text = next(cell for cell in row[1:] if cell)
        if commission_column:
            assert deadline.actor == "commission", deadline.id
        elif text.startswith("Member States"):
            assert deadline.actor == "member_states", deadline.id
        elif "European Council" in text:
            assert deadline.actor == "european_council", deadline.id
        elif "Council" in text:
            assert deadline.actor == "council", deadline.id
        # The last row names no one; the framework's timetable_note says whom it is given to.


def test_timetable_years_follow_the_table(framework: Framework) -> None:
    """An added year is bracketed, and every row's date is in the year its wording gives."""
    for deadline in framework.timetable:
        year = re.search(r"(2009|2010)\]?$", deadline.wording)
        assert year, deadline.wording
        assert deadline.date.year == int(year.group(1)), deadline.id
