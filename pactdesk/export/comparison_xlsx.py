"""The Commission's comparative workbook of a compilation (``comparison.xlsx``).

Sheets, in order: *Bundles* (every bundle: included, replaced, rejected, and
which CA it was checked against), *Political report* (areas × Member
States), one sheet per policy area (a row per answer of each commitment —
the two answers and each of the Commission's requests — and a column per
Member State; cells an update changed are filled orange), *Data points*
(by indicator and period, a column per Member State; not comparable
figures filled orange), *Data sources* (each Member State's sources),
*Changes in updates* (what each update changed, from its signed change
report) and *Rejected* (each rejected bundle's file, hash and reasons — never
its content).

Every answer is in the workbook in full: a text longer than an Excel cell
continues in rows marked "(continued, part N)".  27 full contributions are
about 8 MB of text in ~70,000 cells: written by the streaming writer
:mod:`pactdesk.export.sheet_xml`, not cell by cell through openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    answer_key,
    political_key,
    prompt_key,
)
from pactdesk.export.cell_text import (
    area_sheet_name,
    continuation_cell,
    sheet_title,
    split_for_cells,
)
from pactdesk.export.sheet_xml import Cell, CellStyle, Sheet, SheetWorkbook

if TYPE_CHECKING:
    from pactdesk.services.compile import Compilation, Included

#: The workbook's styles; a cell names one by its number (0: plain).
STYLES = (
    CellStyle(bold=True, size=13, color="1F3864"),  # 1 title
    CellStyle(bold=True, color="FFFFFF", fill="1F3864", wrap=True),  # 2 header
    CellStyle(wrap=True),  # 3 text
    CellStyle(wrap=True, fill="F8CBAD"),  # 4 text an update changed
    CellStyle(italic=True, color="808080"),  # 5 not answered
    CellStyle(italic=True, color="808080", fill="F8CBAD"),  # 6 not answered since the update
    CellStyle(fill="FFF2CC"),  # 7 a figure that is not comparable
)
TITLE, HEADER, TEXT, TEXT_CHANGED, EMPTY, EMPTY_CHANGED, NOT_COMPARABLE = range(1, 8)
CHANGED_NOTE = (
    "Orange cells: changed by the Member State's January update (see 'Changes in updates')."
)


def _header(titles: Sequence[str]) -> list[Cell]:
    return [Cell(t, HEADER) for t in titles]


def _title(text: str) -> list[Cell]:
    return [Cell(text, TITLE)]


def _member_header(entries: Sequence[Included]) -> list[str]:
    return [f"{e.member_state} ({e.language})" for e in entries]


def _text_rows(
    ws: Sheet,
    first: Sequence[str],
    texts: Sequence[str],
    changed: Sequence[bool],
) -> None:
    """One row (or more, for texts longer than a cell) of answers, a column per Member State."""
    parts = [split_for_cells(text) if text else [""] for text in texts]
    text_styles = [TEXT_CHANGED if c else TEXT for c in changed]
    for part in range(max(len(p) for p in parts)):
        lead = list(first) if part == 0 else [first[0], continuation_cell(part + 1)]
        row: list[Any] = [Cell(v, TEXT) for v in lead]
        for chunks, style, was_changed in zip(parts, text_styles, changed, strict=True):
            value = chunks[part] if part < len(chunks) else ""
            if part == 0 and not value:
                row.append(Cell("(not answered)", EMPTY_CHANGED if was_changed else EMPTY))
            else:
                row.append(Cell(value, style))
        ws.append(row)


def data_table(
    compilation: Compilation,
) -> dict[tuple[str, str, str, str], dict[str, DataPoint]]:
    """(commitment, indicator, period, unit) -> {Member State: data point}, in reading order."""
    table: dict[tuple[str, str, str, str], dict[str, DataPoint]] = {}
    for entry in compilation.included:
        for answer in entry.contribution.commitments:
            for point in answer.data:
                key = (answer.commitment_id, point.indicator, point.period, point.unit)
                table.setdefault(key, {})[entry.member_state] = point
    return table


def build_comparison_workbook(compilation: Compilation) -> bytes:
    """The workbook's bytes."""
    framework = compilation.framework
    entries = compilation.included
    wb = SheetWorkbook(STYLES)

    ws = wb.sheet("Bundles", widths=(12, 18, 10, 34, 20, 66, 70))
    ws.append(_title(f"Contributions of the {compilation.cycle} cycle: the bundles received"))
    ws.append(["Compiled at", compilation.made_at.isoformat()])
    for line in compilation.trust.lines():
        ws.append([line])
    ws.append(
        _header(
            (
                "Member State",
                "Status",
                "Language",
                "Bundle",
                "Answered",
                "SHA-256",
                "Checked against",
            ),
        )
    )
    for entry in entries:
        status = "included (update)" if entry.updated else "included"
        if entry.predecessor_missing:
            status += "; the bundle it replaces was not given"
        ws.append(
            [
                entry.member_state,
                status,
                entry.language,
                entry.bundle.file,
                f"{entry.answered}/{entry.total} ({entry.completeness_percent}%)",
                entry.bundle.sha256,
                entry.bundle.checked_against,
            ]
        )
    for replaced in compilation.replaced:
        ws.append(
            [
                replaced.bundle.member_state,
                f"replaced by {replaced.replaced_by.file}",
                "",
                replaced.bundle.file,
                "",
                replaced.bundle.sha256,
                replaced.bundle.checked_against,
            ]
        )
    for rejected in compilation.rejected:
        ws.append(
            [
                "",
                "REJECTED (see 'Rejected')",
                "",
                rejected.bundle.file,
                "",
                rejected.bundle.sha256,
                rejected.bundle.checked_against,
            ]
        )
    if compilation.missing:
        ws.append(["No contribution from: " + ", ".join(compilation.missing)])

    columns = _member_header(entries)
    widths = (9, 30, *(48 for _ in entries))
    ws = wb.sheet("Political report", widths=widths, freeze=(2, 2))
    ws.append(_title(f"{framework.part_one_title} — the political assessments side by side"))
    ws.append(_header(("Area", "Policy area", *columns)))
    for area in framework.areas:
        key = political_key(area.id)
        _text_rows(
            ws,
            (area.id, area.title),
            [e.contribution.assessment(area.id) for e in entries],
            [key in e.changed_keys for e in entries],
        )

    for area in framework.areas:
        ws = wb.sheet(area_sheet_name(area), widths=widths, freeze=(2, 2))
        ws.append(_title(f"{area.id}. {area.title}"))
        ws.append(_header(("Commitment", "Answer to", *columns)))
        for commitment in area.commitments:
            answers = [e.contribution.commitment(commitment.id) for e in entries]
            rows: list[tuple[str, str, list[str]]] = [
                (
                    answer_key(commitment.id, ACTIONS),
                    framework.column_actions,
                    [a.actions_undertaken for a in answers],
                ),
                (
                    answer_key(commitment.id, DEVELOPMENTS),
                    framework.column_developments,
                    [a.developments_planned for a in answers],
                ),
            ]
            rows += [
                (
                    prompt_key(commitment.id, prompt.id),
                    f"The Commission asks: {prompt.text}",
                    [a.prompt_answer(prompt.id) for a in answers],
                )
                for prompt in commitment.prompts
            ]
            for item_key, label, texts in rows:
                _text_rows(
                    ws,
                    (f"{commitment.id} ({commitment.letter})", label),
                    texts,
                    [item_key in e.changed_keys for e in entries],
                )
        ws.append([CHANGED_NOTE])

    ws = wb.sheet("Data points", widths=(11, 40, 10, 10, *(11 for _ in entries)), freeze=(4, 2))
    ws.append(
        _title(
            "Data points by indicator and period, a column per Member State "
            "(orange: not comparable — not collected to harmonised standards)",
        )
    )
    ws.append(_header(("Commitment", "Indicator", "Period", "Unit", *columns)))
    for (cid, indicator, period, unit), values in data_table(compilation).items():
        row: list[Any] = [cid, indicator, period, unit]
        for entry in entries:
            point = values.get(entry.member_state)
            if point is None:
                row.append(None)
            elif point.harmonised:
                row.append(point.value)
            else:
                row.append(Cell(point.value, NOT_COMPARABLE))
        ws.append(row)

    ws = wb.sheet("Data sources", widths=(12, 11, 40, 40, 16))
    ws.append(_title("Where each Member State's figures come from"))
    ws.append(_header(("Member State", "Commitment", "Indicator", "Source", "Comparable")))
    for entry in entries:
        for answer in entry.contribution.commitments:
            seen: set[tuple[str, str, bool]] = set()
            for point in answer.data:
                source_key = (point.indicator, point.source, point.harmonised)
                if source_key in seen:
                    continue
                seen.add(source_key)
                ws.append(
                    [
                        entry.member_state,
                        answer.commitment_id,
                        point.indicator,
                        point.source,
                        "harmonised" if point.harmonised else "not comparable",
                    ]
                )

    ws = wb.sheet("Changes in updates", widths=(12, 34, 34, 18, 50, 12, 30))
    ws.append(_title("What each update changed (from its signed change report)"))
    ws.append(
        _header(("Member State", "Update", "Replaces", "Section", "Field", "Change", "Detail"))
    )
    for entry in entries:
        if not entry.updated:
            continue
        replaces = (
            entry.replaces.file
            if entry.replaces
            else f"not given (SHA-256 {entry.bundle.supersedes})"
        )
        if not entry.changes:
            ws.append([entry.member_state, entry.bundle.file, replaces, "", "nothing changed"])
        for change in entry.changes:
            ws.append(
                [
                    entry.member_state,
                    entry.bundle.file,
                    replaces,
                    change.section,
                    change.label,
                    change.change,
                    change.detail,
                ]
            )

    ws = wb.sheet(sheet_title("Rejected"), widths=(34, 66, 50, 90))
    ws.append(_title("Rejected bundles: not compiled, nothing of their content is used"))
    ws.append(_header(("Bundle", "SHA-256", "Checked against", "Reasons")))
    for rejected in compilation.rejected:
        ws.append(
            [
                Cell(v, TEXT)
                for v in (
                    rejected.bundle.file,
                    rejected.bundle.sha256,
                    rejected.bundle.checked_against,
                    "\n".join(rejected.reasons),
                )
            ]
        )
    if not compilation.rejected:
        ws.append(["No bundle was rejected."])

    return wb.to_bytes(
        title=f"Contributions of the {compilation.cycle} cycle: comparison",
        creator="PactDesk",
        made_at=compilation.made_at,
    )
