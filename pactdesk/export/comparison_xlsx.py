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
continues in rows marked "(continued, part N)".  Written in openpyxl's
write-only mode: 27 full contributions are about 8 MB of text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from copy import copy
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    answer_key,
    political_key,
    prompt_key,
)
from pactdesk.export.xlsx import (
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    area_sheet_name,
    continuation_cell,
    escape_cell,
    sheet_title,
    split_for_cells,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from pactdesk.services.compile import Compilation, Included

CHANGED_FILL = PatternFill("solid", fgColor="F8CBAD")
NOT_COMPARABLE_FILL = PatternFill("solid", fgColor="FFF2CC")
EMPTY_FONT = Font(italic=True, color="808080")
WRAP = Alignment(wrap_text=True, vertical="top")
CHANGED_NOTE = (
    "Orange cells: changed by the Member State's January update (see 'Changes in updates')."
)


#: Per workbook, the style arrays of the few styles its cells use.
_templates: WeakKeyDictionary[Any, dict[tuple[int, int, bool], Any]] = WeakKeyDictionary()


def _cell(
    ws: WriteOnlyWorksheet,
    value: Any,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    wrap: bool = False,
) -> Any:
    """A value, styled when asked; plain values cost a tenth of a styled cell."""
    value = escape_cell(value) if isinstance(value, str) else value
    if font is None and fill is None and not wrap:
        return value
    cell = WriteOnlyCell(ws, value=value)
    # Setting a style looks it up in the workbook's tables (hashing every part of it);
    # thousands of answer cells share a handful of styles: look each up once.
    known = _templates.setdefault(ws.parent, {})
    key = (id(font), id(fill), wrap)
    if key not in known:
        styled = WriteOnlyCell(ws)
        if font is not None:
            styled.font = font
        if fill is not None:
            styled.fill = fill
        if wrap:
            styled.alignment = WRAP
        known[key] = styled._style
    cell._style = copy(known[key])
    return cell


def _header(ws: WriteOnlyWorksheet, titles: Sequence[str]) -> list[WriteOnlyCell]:
    return [_cell(ws, t, font=HEADER_FONT, fill=HEADER_FILL, wrap=True) for t in titles]


def _title(ws: WriteOnlyWorksheet, text: str) -> list[WriteOnlyCell]:
    return [_cell(ws, text, font=TITLE_FONT)]


def _member_header(entries: Sequence[Included]) -> list[str]:
    return [f"{e.member_state} ({e.language})" for e in entries]


def _text_rows(
    ws: WriteOnlyWorksheet,
    first: Sequence[str],
    texts: Sequence[str],
    changed: Sequence[bool],
) -> None:
    """One row (or more, for texts longer than a cell) of answers, a column per Member State."""
    parts = [split_for_cells(text) if text else [""] for text in texts]
    for part in range(max(len(p) for p in parts)):
        lead = list(first) if part == 0 else [first[0], continuation_cell(part + 1)]
        row: list[Any] = [_cell(ws, v, wrap=True) for v in lead]
        for chunks, was_changed in zip(parts, changed, strict=True):
            value = chunks[part] if part < len(chunks) else ""
            if part == 0 and not value:
                row.append(
                    _cell(
                        ws,
                        "(not answered)",
                        font=EMPTY_FONT,
                        fill=CHANGED_FILL if was_changed else None,
                    )
                )
            else:
                row.append(_cell(ws, value, wrap=True, fill=CHANGED_FILL if was_changed else None))
        ws.append(row)


def _widths(ws: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


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
    wb = Workbook(write_only=True)

    ws = wb.create_sheet("Bundles")
    _widths(ws, (12, 18, 10, 34, 20, 66, 70))
    ws.append(_title(ws, f"Contributions of the {compilation.cycle} cycle: the bundles received"))
    ws.append(["Compiled at", compilation.made_at.isoformat()])
    for line in compilation.trust.lines():
        ws.append([line])
    ws.append(
        _header(
            ws,
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
    ws = wb.create_sheet("Political report")
    ws.freeze_panes = "C3"
    _widths(ws, widths)
    ws.append(_title(ws, f"{framework.part_one_title} — the political assessments side by side"))
    ws.append(_header(ws, ("Area", "Policy area", *columns)))
    for area in framework.areas:
        key = political_key(area.id)
        _text_rows(
            ws,
            (area.id, area.title),
            [e.contribution.assessment(area.id) for e in entries],
            [key in e.changed_keys for e in entries],
        )

    for area in framework.areas:
        ws = wb.create_sheet(area_sheet_name(area))
        ws.freeze_panes = "C3"
        _widths(ws, widths)
        ws.append(_title(ws, f"{area.id}. {area.title}"))
        ws.append(_header(ws, ("Commitment", "Answer to", *columns)))
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

    ws = wb.create_sheet("Data points")
    ws.freeze_panes = "E3"
    _widths(ws, (11, 40, 10, 10, *(11 for _ in entries)))
    ws.append(
        _title(
            ws,
            "Data points by indicator and period, a column per Member State "
            "(orange: not comparable — not collected to harmonised standards)",
        )
    )
    ws.append(_header(ws, ("Commitment", "Indicator", "Period", "Unit", *columns)))
    for (cid, indicator, period, unit), values in data_table(compilation).items():
        row: list[Any] = [cid, escape_cell(indicator), escape_cell(period), escape_cell(unit)]
        for entry in entries:
            point = values.get(entry.member_state)
            if point is None:
                row.append(None)
            elif point.harmonised:
                row.append(point.value)
            else:
                row.append(_cell(ws, point.value, fill=NOT_COMPARABLE_FILL))
        ws.append(row)

    ws = wb.create_sheet("Data sources")
    _widths(ws, (12, 11, 40, 40, 16))
    ws.append(_title(ws, "Where each Member State's figures come from"))
    ws.append(_header(ws, ("Member State", "Commitment", "Indicator", "Source", "Comparable")))
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
                        escape_cell(point.indicator),
                        escape_cell(point.source),
                        "harmonised" if point.harmonised else "not comparable",
                    ]
                )

    ws = wb.create_sheet("Changes in updates")
    _widths(ws, (12, 34, 34, 18, 50, 12, 30))
    ws.append(_title(ws, "What each update changed (from its signed change report)"))
    ws.append(
        _header(ws, ("Member State", "Update", "Replaces", "Section", "Field", "Change", "Detail"))
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

    ws = wb.create_sheet(sheet_title("Rejected"))
    _widths(ws, (34, 66, 50, 90))
    ws.append(_title(ws, "Rejected bundles: not compiled, nothing of their content is used"))
    ws.append(_header(ws, ("Bundle", "SHA-256", "Checked against", "Reasons")))
    for rejected in compilation.rejected:
        ws.append(
            [
                _cell(ws, v, wrap=True)
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

    # openpyxl's own save deflates at zlib's default level, which costs a third of the
    # whole workbook here (27 contributions are ~25 MB of XML); level 1 is 3× faster.
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=1) as zf:
        ExcelWriter(wb, zf).save()
    return buffer.getvalue()
