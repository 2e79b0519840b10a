"""A Word draft PactDesk did not make: the Commission's template, filled in by hand.

The document is built from the Annex's own text (resources/source, the
Commission's document — not the framework file) the way the Annex lays it
out: one table with a label column, the area headings and main commitments
as merged rows, the header row repeated where the Annex's pages break,
continuation paragraphs in rows of their own (their answer cells merged
with the commitment's, or holding more of its answer), automatic list
numbering instead of typed "(a)" in area I, words hyphenated across line
breaks, a label typed into a merged cell, a small edit, and the
Commission's requests printed above the answers in the second column.
Every answer must land in the right commitment; a row with a commitment
that does not exist is reported and left out, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from xlsx_support import run

from pactdesk.domain.contribution import ACTIONS, DEVELOPMENTS, answer_key, political_key
from pactdesk.services.drafts import Draft

SOURCE = Path(__file__).resolve().parents[1] / "resources/source/com-2009-266-tracking-method.txt"
AREAS = ("I", "II", "III", "IV", "V")
UNKNOWN = "to build a permanent settlement on the Moon for returning astronauts;"


@dataclass
class Row:
    kind: str  # header, area, main, commitment, continuation
    text: str = ""
    label: str = ""
    printed: str = ""  # what the Annex prints in the second column (the requests)
    commitment: str = ""


@dataclass
class Annex:
    title: str
    part_one: list[str]  # the Part I lines: title, instruction, area, main commitment …
    areas: list[tuple[str, str]]  # (heading, main commitment) from Part I
    instruction: str  # Part II's, above the table
    rows: list[Row] = field(default_factory=list)


def _clean(text: str) -> str:
    return re.sub(r"</?i>", "", text).strip()


def read_annex() -> Annex:
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("ANNEX:"))
    part_two = next(i for i, line in enumerate(lines) if line == "II. FACTUAL INFORMATION")
    part_one = [line for line in lines[start + 1 : part_two] if line.strip()]
    areas = []
    for i, line in enumerate(part_one):
        if i + 1 < len(part_one) and part_one[i + 1].startswith("Main commitment:"):
            areas.append((line, part_one[i + 1]))
    instruction = next(line for line in lines[part_two + 1 :] if line.strip())
    annex = Annex(lines[start], part_one, areas, instruction)
    area = -1
    letter = ""
    for line in lines[lines.index(instruction) + 1 :]:
        if not line.strip():
            continue
        if "Main actions undertaken" in line:
            annex.rows.append(Row("header"))
        elif re.match(r"^(I|II|III|IV|V)\. ", line):
            area += 1
            annex.rows.append(Row("area", areas[area][0]))
        elif line.startswith(("Main", "\tcommitment:")):
            annex.rows.append(Row("main", areas[area][1]))
        elif match := re.match(r"^\(([a-z])\)[\t ]", line):
            letter = match.group(1)
            cells = line[4:].split("\t")
            annex.rows.append(
                Row(
                    "commitment",
                    _clean(cells[0]),
                    letter,
                    _clean(cells[1]) if len(cells) > 1 else "",
                    f"{AREAS[area]}.{letter}",
                )
            )
        else:
            cells = line[1:].split("\t") if line.startswith("\t") else line.split("\t")
            annex.rows.append(
                Row(
                    "continuation",
                    _clean(cells[0]),
                    "",
                    _clean(cells[1]) if len(cells) > 1 else "",
                    f"{AREAS[area]}.{letter}",
                )
            )
    return annex


def test_the_annex_is_read_from_the_commissions_text() -> None:
    annex = read_annex()
    commitments = [r.commitment for r in annex.rows if r.kind == "commitment"]
    assert len(commitments) == len(set(commitments)) and commitments[0] == "I.a"
    assert commitments[-1] == "V.h"
    assert sum(r.kind == "continuation" for r in annex.rows) >= 25
    assert [r.text for r in annex.rows if r.kind == "area"] == [a for a, _ in annex.areas]


# -- the document -------------------------------------------------------------------


def _hyphenate(paragraph, text: str) -> None:
    """The text with its first long word broken across a line with a hyphen."""
    match = re.search(r"\b([A-Za-z]{6})([A-Za-z]{5,})\b", text)
    if match is None:
        paragraph.add_run(text)
        return
    paragraph.add_run(text[: match.start()] + match.group(1) + "-").add_break()
    paragraph.add_run(match.group(2) + text[match.end() :])


def _number(paragraph) -> None:
    """Automatic list numbering (w:numPr) instead of a typed label."""
    paragraph.style = "List Number"
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = 1


def _answers(cid: str, n: int) -> tuple[str, str]:
    actions = f"Działania {cid}/{n}: ustawa o cudzoziemcach z 2009 r.; Ελληνικά {n}."
    planned = f"Планирано {cid}/{n}: нов закон за убежището, ščř ž {n}."
    return actions, planned


@dataclass
class Expected:
    answers: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, text: str) -> None:
        self.answers.setdefault(key, []).append(text)

    def value(self, key: str) -> str:
        return "\n".join(self.answers.get(key, []))


def build_document(path: Path) -> Expected:
    annex = read_annex()
    expected = Expected()
    document = docx.Document()
    document.add_paragraph(annex.title, style="Title")
    area = -1
    headings = [heading for heading, _ in annex.areas]
    for line in annex.part_one:
        document.add_paragraph(line)
        if line in headings:
            area += 1
        elif line.startswith("Main commitment:"):
            text = f"Ocena polityczna {AREAS[area]}: postęp od października 2008 r."
            document.add_paragraph(text)
            document.add_paragraph(f"Αξιολόγηση {AREAS[area]}, δεύτερη παράγραφος.")
            expected.add(political_key(AREAS[area]), text)
            expected.add(
                political_key(AREAS[area]), f"Αξιολόγηση {AREAS[area]}, δεύτερη παράγραφος."
            )
    document.add_paragraph("II. FACTUAL INFORMATION")
    document.add_paragraph(annex.instruction)
    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    first_row_of: dict[str, int] = {}
    count = 0
    rows = list(annex.rows)
    # The row that is not a commitment of the Pact, placed after II (h).
    at = next(i for i, r in enumerate(rows) if r.commitment == "II.h") + 1
    rows.insert(at, Row("unknown", UNKNOWN, "i"))
    for row in rows:
        cells = table.add_row().cells
        if row.kind == "header":
            for cell, text in zip(
                cells[1:],
                (
                    "Commitment",
                    "Main actions undertaken at Member State level",
                    "Most significant developments planned at Member State level",
                ),
                strict=True,
            ):
                cell.text = text
            continue
        if row.kind in ("area", "main"):
            merged = cells[0].merge(cells[3])
            merged.text = row.text
            continue
        count += 1
        index = len(table.rows) - 1
        text = row.text
        if row.commitment == "I.d" and row.kind == "commitment":
            text = text.replace("more effectively", "more efficiently")  # a small edit
        if row.kind in ("commitment", "unknown"):
            if row.commitment.startswith("I.") and not row.commitment.startswith("I.f"):
                _number(cells[0].paragraphs[0])
                commitment_cell = cells[1]
            elif row.commitment == "IV.c":
                commitment_cell = cells[0].merge(cells[1])
                text = f"({row.label}) {text}"
            else:
                cells[0].text = f"({row.label})"
                commitment_cell = cells[1]
        else:
            commitment_cell = cells[1]
        paragraph = commitment_cell.paragraphs[0]
        if count % 4 == 0:
            _hyphenate(paragraph, text)
        else:
            paragraph.add_run(text)
        actions, planned = _answers(row.commitment or "unknown", count)
        merge_down = row.kind == "continuation" and count % 3 == 0
        if merge_down and first_row_of.get(row.commitment) == index - 1:
            # The answer cells of this continuation row are merged with the row above.
            top = first_row_of[row.commitment]
            for column in (2, 3):
                table.cell(top, column).merge(table.cell(index, column))
            continue
        if row.kind != "continuation":
            first_row_of[row.commitment or "unknown"] = index
        if row.printed:
            cells[2].paragraphs[0].add_run(row.printed).italic = True
            cells[2].add_paragraph(actions)
        else:
            cells[2].paragraphs[0].add_run(actions)
        if count == 5:
            cells[3].paragraphs[0].add_run(planned.split(":")[0] + ":").add_break()
            cells[3].paragraphs[0].add_run(planned.split(":", 1)[1].strip())
            planned = planned.split(":")[0] + ":\n" + planned.split(":", 1)[1].strip()
        else:
            cells[3].paragraphs[0].add_run(planned)
        if row.kind != "unknown":
            expected.add(answer_key(row.commitment, ACTIONS), actions)
            expected.add(answer_key(row.commitment, DEVELOPMENTS), planned)
    document.save(str(path))
    return expected


@pytest.fixture
def hand_filled(new_draft, tmp_path: Path) -> tuple[Path, Path, Expected]:
    draft = new_draft()
    draft.close()
    path = tmp_path / "Contribution PL (Word).docx"
    return draft.path, path, build_document(path)


def test_every_answer_lands_in_its_commitment(hand_filled, capsys) -> None:
    draft_path, document, expected = hand_filled
    code, out, err = run(capsys, "import-docx", draft_path, document, "--dry-run")
    assert code == 0, err
    assert "Not a PactDesk document" in out
    assert re.search(r"I\.a ← table 1, row \d+ \(\d+%\)", out), out
    assert re.search(r"II\.b, continuation paragraph 4 ← table 1, row \d+", out), out
    assert re.search(r"Not imported: table 1, row \d+ “\(i\) " + UNKNOWN[:40], out), out
    assert out.count("Not imported:") == 1 and "left out rather than guessed" in out
    with Draft.open(draft_path) as draft:
        assert draft.head().revision == 0, "a dry run wrote"

    code, out, err = run(capsys, "import-docx", draft_path, document, "--author", "Import")
    assert code == 0, err
    assert "1 row with answers could not be placed" in err
    with Draft.open(draft_path) as draft:
        items = draft.items()
        framework = draft.framework
    wrong = []
    for commitment in framework.commitments():
        for column in (ACTIONS, DEVELOPMENTS):
            key = answer_key(commitment.id, column)
            if items.get(key, "") != expected.value(key):
                wrong.append((key, items.get(key, ""), expected.value(key)))
    for area in framework.areas:
        key = political_key(area.id)
        if items.get(key, "") != expected.value(key):
            wrong.append((key, items.get(key, ""), expected.value(key)))
    assert wrong == []
    assert not any("Moon" in value or "unknown/" in value for value in items.values())


def test_a_second_import_of_the_same_document_changes_nothing(hand_filled, capsys) -> None:
    draft_path, document, _ = hand_filled
    assert run(capsys, "import-docx", draft_path, document)[0] == 0
    code, out, err = run(capsys, "import-docx", draft_path, document)
    assert code == 0 and "nothing changed" in out, out
