"""Reading a PactDesk workbook back: the container, the ids, the template, the types.

:func:`read_workbook` checks everything before anything is used and raises
:class:`WorkbookError` (one summary line, then the problems cell by cell)
for a file that is not a workbook at all (random bytes, a zip that is not
an ``.xlsx``, a truncated or password-protected file, a zip that would
unpack to far more than any workbook PactDesk makes), for unknown or
duplicated row ids, for edited template text (titles, headers, commitment
and prompt text) and for values of the wrong type (words in a number cell,
a harmonised cell that says neither yes nor no, a period that is not one).

Rows are found by the ids in the hidden column A and sheets by the marker in
their cell A1, never by position or name: re-ordered rows, renamed sheets
and changed formatting read the same.

Nothing a colleague wrote is read as nothing.  An answer cell is read as
the text it holds: a formula as the formula's text as typed
(``=HYPERLINK(...)``, never evaluated; shared and array formulas too),
rich text as its plain text.  A cell that holds no text of its own is
refused with the cell named: an error value (``#REF!``), a data table, or
an answer cell swallowed by a merged range (Excel keeps only the merged
range's first cell).

What comes out (:class:`WorkbookContent`) is the workbook's value of every
item and the hashes of the values as they were exported; comparing them with
a draft is the service's job (:mod:`pactdesk.services.workbook`).  Qt-free,
thread-agnostic, and nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from pactdesk.container import ContainerError, Limits, open_container
from pactdesk.domain import limits
from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    Reference,
    answer_key,
    data_key,
    encode_rows,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.fields import UnknownNameError, framework_view
from pactdesk.domain.framework import Framework
from pactdesk.domain.validation import valid_period
from pactdesk.export import xlsx as layout

#: A PactDesk workbook of a 10x draft unpacks to ~15 MB; refuse anything far beyond.
#: (Workbooks carry folder entries; shared strings compress well, hence the ratio.)
WORKBOOK_LIMITS = Limits(
    max_entries=1000,
    max_total_bytes=256 * 1024 * 1024,
    max_member_bytes=256 * 1024 * 1024,
    max_ratio=200,
    ratio_floor_bytes=10 * 1024 * 1024,
    allow_directories=True,
    what="a workbook",
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WorkbookError(ValueError):
    """A workbook that cannot be imported; nothing was written."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)


@dataclass(frozen=True, slots=True)
class WorkbookContent:
    name: str
    draft_id: str
    revision: int
    history_head: str
    member_state: str
    cycle: int
    framework_id: str
    exported_at: str
    filled_in_by: str
    #: The workbook's value of every item, in the draft's encoding.
    items: dict[str, str]
    #: SHA-256 (:func:`pactdesk.export.xlsx.item_hash`) of each item as exported.
    base: dict[str, str]


# -- the container ---------------------------------------------------------------------


def check_container(raw: bytes, *, name: str) -> None:
    """Refuse what is not a plain ``.xlsx`` zip before any XML parser sees it."""
    if raw.startswith(OLE_MAGIC):
        raise WorkbookError(
            f"{name} is password-protected (encrypted) or an old Excel 97-2003 file: save it "
            "as an .xlsx workbook without a password to open and try again."
        )
    if not raw.startswith(b"PK\x03\x04"):
        raise WorkbookError(f"{name} is not an Excel workbook (.xlsx).")
    try:
        container = open_container(raw, WORKBOOK_LIMITS, name=name)
    except ContainerError as exc:
        if exc.kind == "encrypted":
            raise WorkbookError(f"{name} is encrypted: save it without a password.") from exc
        if exc.kind in ("too-large", "too-many", "ratio"):
            raise WorkbookError(
                f"{exc.summary}, far more than any PactDesk workbook: refused without unpacking it."
            ) from exc
        if exc.kind in ("name", "duplicate", "not-a-file", "method"):
            raise WorkbookError(f"{exc.summary}. It is not a workbook PactDesk reads.") from exc
        raise WorkbookError(
            f"{name} is damaged or cut short: it is not a complete .xlsx file ({exc.summary})."
        ) from exc
    if "[Content_Types].xml" not in container or "xl/workbook.xml" not in container:
        raise WorkbookError(
            f"{name} is a zip archive but not an Excel workbook (no xl/workbook.xml)."
        )
    for member in container.names():
        if member.startswith("xl/worksheets/") and member.endswith(".xml"):
            rows = len(_ROW.findall(container[member]))
            problem = limits.count_problem(
                rows, "rows", limits.MAX_SHEET_ROWS, holder="a sheet of a PactDesk workbook"
            )
            if problem is not None:
                raise WorkbookError(
                    f"{name} is refused without reading it: {member.rsplit('/', 1)[-1]}: {problem}."
                )


#: A row of a sheet's XML, counted before any XML parser sees it.
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")


# -- cells -------------------------------------------------------------------------------


def cell_ref(column: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


def as_text(value: Any) -> str:
    """A cell read as text: numbers and dates an application made of typed text, back.

    A formula reads as its text as typed (``=SUM(A1:A3)``), never evaluated;
    rich text as its plain text.
    """
    if value is None:
        return ""
    if isinstance(value, CellRichText):
        value = "".join(part.text if isinstance(part, TextBlock) else part for part in value)
    if isinstance(value, ArrayFormula):
        value = value.text or ""
    if isinstance(value, str):
        # Excel on Windows may write a cell's line breaks as CR LF (_x000D_ and a line
        # feed): line breaks, not data, turned into line feeds before the limits see them.
        return limits.unix_line_breaks(layout.unescape_cell(value))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _template_equal(found: Any, expected: str) -> bool:
    def norm(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()

    return norm(as_text(found)) == norm(expected)


_NUMBER = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")


def as_number(value: Any) -> tuple[int | float | None, bool]:
    """(number, ok): empty is (None, True); words are (None, False)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int):
        return value, True
    if isinstance(value, float):
        return (value, True) if math.isfinite(value) else (None, False)
    if isinstance(value, str) and _NUMBER.match(value):
        number = float(value)
        if not math.isfinite(number):
            return None, False
        stripped = value.strip()
        if re.fullmatch(r"[-+]?\d+", stripped):
            return int(stripped), True
        return number, True
    return None, False


def as_period(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        # Excel turned "YYYY-05" into a date; the month is what was meant.
        return f"{value.year:04d}-{value.month:02d}"
    return as_text(value).strip()


def as_yes_no(value: Any) -> tuple[bool | None, bool]:
    if value is None:
        return None, True
    if isinstance(value, bool):
        return value, True
    text = as_text(value).strip().lower()
    if not text:
        return None, True
    if text in {layout.YES, "y", "true", "1"}:
        return True, True
    if text in {layout.NO, "n", "false", "0"}:
        return False, True
    return None, False


# -- the sheets ------------------------------------------------------------------------


@dataclass
class _Sheet:
    title: str
    rows: list[tuple[Any, ...]]

    def cell(self, row: int, column: int) -> Any:
        values = self.rows[row - 1] if row - 1 < len(self.rows) else ()
        return values[column - 1] if column - 1 < len(values) else None

    #: Cells holding an error value (``#REF!`` …), by (row, column).
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Merged ranges: (first row, first column, last row, last column).
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)

    def where(self, column: int, row: int) -> str:
        return f"Sheet '{self.title}' {cell_ref(column, row)}"

    def merged_into(self, row: int, column: int) -> str | None:
        """The range (``B5:C5``) that swallowed this cell, if it is not that range's first."""
        for r1, c1, r2, c2 in self.merged:
            if r1 <= row <= r2 and c1 <= column <= c2 and (row, column) != (r1, c1):
                return f"{cell_ref(c1, r1)}:{cell_ref(c2, r2)}"
        return None


@dataclass
class _TextSpec:
    """One row kind of a text sheet: the template it shows and the items it holds."""

    template: str
    what: str  # "the commitment text", "the prompt text" …
    keys: tuple[str, ...]
    parts: int
    found: dict[int, int] = field(default_factory=dict)  # part -> sheet row


@dataclass
class _Reader:
    name: str
    framework: Framework
    problems: list[str] = field(default_factory=list)
    items: dict[str, str] = field(default_factory=dict)

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def readable(self, sheet: _Sheet, row: int, column: int) -> bool:
        """Whether an answer cell holds something of its own to read; else a problem naming it."""
        swallowed = sheet.merged_into(row, column)
        if swallowed is not None:
            self.problem(
                f"{sheet.where(column, row)}: this answer cell was merged into "
                f"{swallowed}, which keeps only the text of its first cell; unmerge the "
                f"cells and write the answer in {cell_ref(column, row)}"
            )
            return False
        if (row, column) in sheet.errors:
            self.problem(
                f"{sheet.where(column, row)}: the cell shows the error value "
                f"{sheet.errors[(row, column)]}, not text; write the answer as text"
            )
            return False
        if isinstance(sheet.cell(row, column), DataTableFormula):
            self.problem(
                f"{sheet.where(column, row)}: the cell holds a data table, not text; "
                "write the answer as text"
            )
            return False
        return True

    def answer(self, sheet: _Sheet, row: int, column: int) -> str:
        """The text a colleague wrote in an answer cell (a formula as its text).

        Never "" for a cell that holds something it cannot read: that is a
        problem, the import is refused, so no answer is erased by a cell
        read as empty.
        """
        if not self.readable(sheet, row, column):
            return ""
        return as_text(sheet.cell(row, column))

    # -- text sheets (political report, policy areas) --

    def text_sheet(
        self,
        sheet: _Sheet,
        *,
        title: str,
        headers: Sequence[str],
        specs: dict[str, _TextSpec],
        merged: set[str],
    ) -> None:
        if not _template_equal(sheet.cell(1, 2), title):
            self.problem(f"{sheet.where(2, 1)}: the title was changed (it is {title!r})")
        parts: dict[str, dict[int, str]] = {key: {} for spec in specs.values() for key in spec.keys}
        header_seen = False
        for row_number, values in enumerate(sheet.rows, start=1):
            if row_number == 1:
                continue
            rid = as_text(values[0] if values else None).strip()
            if not rid:
                if any(v not in (None, "") for v in values[1:]):
                    self.problem(
                        f"Sheet '{sheet.title}' row {row_number}: a row PactDesk did not make "
                        "(no id in the hidden column A); write in the rows that are there"
                    )
                continue
            if rid == layout.ROW_HEADER:
                header_seen = True
                for column, expected in enumerate(headers, start=2):
                    if not _template_equal(sheet.cell(row_number, column), expected):
                        self.problem(
                            f"{sheet.where(column, row_number)}: the header was changed "
                            f"(it is {expected!r})"
                        )
                continue
            base, part = _split_row_id(rid)
            spec = specs.get(base)
            if spec is None or part is None or part > spec.parts:
                self.problem(f"{sheet.where(1, row_number)}: unknown id {rid!r}")
                continue
            if part in spec.found:
                self.problem(
                    f"{sheet.where(1, row_number)}: the id {rid!r} appears twice "
                    f"(also in row {spec.found[part]})"
                )
                continue
            spec.found[part] = row_number
            expected = spec.template if part == 1 else layout.continuation_cell(part)
            if not _template_equal(sheet.cell(row_number, 2), expected):
                what = spec.what if part == 1 else "the continuation mark"
                self.problem(f"{sheet.where(2, row_number)}: {what} was changed")
            for offset, key in enumerate(spec.keys):
                parts[key][part] = self.answer(sheet, row_number, 3 + offset)
            if base in merged:
                # PactDesk merged this row's answer cells itself: the first one holds it.
                stray = sheet.cell(row_number, 4)
                if stray not in (None, ""):
                    self.problem(
                        f"{sheet.where(4, row_number)}: this cell is part of the answer in "
                        f"{cell_ref(3, row_number)}; write the answer there"
                    )
        if not header_seen:
            self.problem(f"Sheet '{sheet.title}': the header row is missing")
        for base, spec in specs.items():
            for part in range(1, spec.parts + 1):
                if part not in spec.found:
                    row_kind = "row" if part == 1 else f"continuation row (part {part})"
                    self.problem(f"Sheet '{sheet.title}': the {row_kind} of {base} is missing")
        for key, pieces in parts.items():
            self.items[key] = "".join(pieces[p] for p in sorted(pieces))

    # -- data points and references --

    def list_sheet(
        self,
        sheet: _Sheet,
        *,
        kind: str,
        headers: Sequence[str],
        counts: dict[str, int],
        base: dict[str, str],
    ) -> None:
        if not _template_equal(sheet.cell(1, 2), "Data points" if kind == "data" else "References"):
            self.problem(f"{sheet.where(2, 1)}: the title was changed")
        known = {c.id for c in self.framework.commitments()}
        pattern = re.compile(rf"^commitment/([IVX]+\.[a-z])/{kind}/(\d+)$")
        seen: dict[str, int] = {}
        kept: dict[str, list[tuple[int, int, Any]]] = {cid: [] for cid in known}
        added: dict[str, list[tuple[int, Any]]] = {cid: [] for cid in known}
        header_seen = False
        commitment_column = layout.D_COMMITMENT if kind == "data" else layout.R_COMMITMENT
        for row_number, values in enumerate(sheet.rows, start=1):
            if row_number == 1:
                continue
            rid = as_text(values[0] if values else None).strip()
            if rid == layout.ROW_HEADER:
                header_seen = True
                for column, expected in enumerate(headers, start=2):
                    if not _template_equal(sheet.cell(row_number, column), expected):
                        self.problem(
                            f"{sheet.where(column, row_number)}: the header was changed "
                            f"(it is {expected!r})"
                        )
                continue
            fields = [sheet.cell(row_number, c) for c in range(3, 2 + len(headers))]
            empty = all(as_text(v).strip() == "" for v in fields)
            cid_cell = as_text(sheet.cell(row_number, commitment_column)).strip()
            if rid:
                match = pattern.match(rid)
                if (
                    match is None
                    or match.group(1) not in known
                    or int(match.group(2)) >= counts.get(match.group(1), 0)
                ):
                    self.problem(f"{sheet.where(1, row_number)}: unknown id {rid!r}")
                    continue
                if rid in seen:
                    self.problem(
                        f"{sheet.where(1, row_number)}: the id {rid!r} appears twice "
                        f"(also in row {seen[rid]})"
                    )
                    continue
                seen[rid] = row_number
                cid = match.group(1)
                if cid_cell != cid:
                    self.problem(
                        f"{sheet.where(commitment_column, row_number)}: the commitment of this "
                        f"row was changed (it is {cid})"
                    )
                    continue
                if empty:
                    continue  # the colleague cleared the row: the row is gone
                row = self._list_row(sheet, row_number, kind)
                if row is not None:
                    kept[cid].append((int(match.group(2)), row_number, row))
            else:
                if empty and not cid_cell:
                    continue
                if cid_cell not in known:
                    self.problem(
                        f"{sheet.where(commitment_column, row_number)}: "
                        + (
                            f"there is no commitment {cid_cell!r} (write I.a, I.b, … V.h)"
                            if cid_cell
                            else "say which commitment this row belongs to (I.a, I.b, … V.h)"
                        )
                    )
                    continue
                if empty:
                    continue
                row = self._list_row(sheet, row_number, kind)
                if row is not None:
                    added[cid_cell].append((row_number, row))
        if not header_seen:
            self.problem(f"Sheet '{sheet.title}': the header row is missing")
        for commitment in self.framework.commitments():
            cid = commitment.id
            ordered = [(r, row) for _, r, row in sorted(kept[cid])] + added[cid]
            key = data_key(cid) if kind == "data" else references_key(cid)
            encoded = encode_rows(tuple(row for _, row in ordered))
            self.items[key] = encoded
            if kind == "data" and layout.item_hash(key, encoded) != base.get(key):
                for row_number, point in ordered:
                    if point.period and not valid_period(point.period):
                        self.problem(
                            f"{sheet.where(layout.D_PERIOD, row_number)}: {point.period!r} is "
                            f"not a period ({layout.period_help(self.framework)})"
                        )

    def _list_row(self, sheet: _Sheet, row_number: int, kind: str) -> Any:
        if kind == "references":
            return Reference(
                source=self.answer(sheet, row_number, layout.R_SOURCE),
                citation=self.answer(sheet, row_number, layout.R_CITATION),
            )
        texts = {
            column: self.answer(sheet, row_number, column)
            for column in (layout.D_INDICATOR, layout.D_UNIT, layout.D_SOURCE)
        }
        ok = all(
            self.readable(sheet, row_number, column)
            for column in (layout.D_PERIOD, layout.D_VALUE, layout.D_HARMONISED)
        )
        if not ok:
            return None
        raw_value = sheet.cell(row_number, layout.D_VALUE)
        value, good = as_number(raw_value)
        if not good and isinstance(raw_value, str) and raw_value.startswith("="):
            ok = False
            self.problem(
                f"{sheet.where(layout.D_VALUE, row_number)}: the cell holds the formula "
                f"{raw_value!r}; PactDesk never calculates one: write the figure itself"
            )
        elif not good:
            ok = False
            self.problem(
                f"{sheet.where(layout.D_VALUE, row_number)}: {as_text(raw_value)!r} is not a "
                "number (write the figure only; the unit has its own column)"
            )
        raw_flag = sheet.cell(row_number, layout.D_HARMONISED)
        harmonised, good = as_yes_no(raw_flag)
        if not good:
            ok = False
            self.problem(
                f"{sheet.where(layout.D_HARMONISED, row_number)}: {as_text(raw_flag)!r} is "
                "neither yes nor no"
            )
        if not ok:
            return None
        return DataPoint(
            indicator=texts[layout.D_INDICATOR],
            period=as_period(sheet.cell(row_number, layout.D_PERIOD)),
            value=value,
            unit=texts[layout.D_UNIT],
            source=texts[layout.D_SOURCE],
            harmonised=bool(harmonised),
        )


def _split_row_id(rid: str) -> tuple[str, int | None]:
    base, sep, part = rid.partition("#")
    if not sep:
        return base, 1
    if not part.isdigit() or int(part) < 2:
        return base, None
    return base, int(part)


def _unreadable(name: str, exc: Exception) -> WorkbookError:
    detail = " ".join(str(exc).split())[:300] or type(exc).__name__
    return WorkbookError(
        f"{name} cannot be read as an Excel workbook (damaged, or XML that is invalid or "
        "unsafe). Nothing was imported.",
        [f"{type(exc).__name__}: {detail}"],
    )


def _load_sheets(raw: bytes, *, name: str) -> list[_Sheet]:
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula is read as its text, never as the value some
        # program cached for it (a workbook openpyxl saved caches none: the answer
        # would read as empty).  Rich text comes as its plain text (rich_text=False;
        # its rich path drops "x005F_" from every string, which would change answers).
        # Not read_only: that mode cannot tell which cells were merged.
        wb = load_workbook(io.BytesIO(raw), read_only=False, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a malformed file
        raise _unreadable(name, exc) from exc
    try:
        sheets = []
        for ws in wb.worksheets:
            rows: list[tuple[Any, ...]] = []
            errors: dict[tuple[int, int], str] = {}
            for row in ws.iter_rows(min_row=1, min_col=1):
                values = []
                for cell in row:
                    if cell.data_type == "e":
                        errors[(cell.row, cell.column)] = str(cell.value)
                    values.append(cell.value)
                rows.append(tuple(values))
            merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
            sheets.append(_Sheet(ws.title, rows, errors, merged))
        return sheets
    except Exception as exc:
        raise _unreadable(name, exc) from exc
    finally:
        wb.close()


def _read_base(
    sheet: _Sheet, *, name: str
) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    meta: dict[str, str] = {}
    base: dict[str, str] = {}
    parts: dict[str, int] = {}
    for values in sheet.rows[1:]:
        key = as_text(values[0] if values else None)
        value = as_text(values[1] if len(values) > 1 else None)
        if key.startswith(layout.META_PREFIX):
            meta[key[len(layout.META_PREFIX) :]] = value
        elif key.startswith("base:"):
            base[key[5:]] = value
            count, ok = as_number(values[2] if len(values) > 2 else None)
            parts[key[5:]] = int(count) if ok and count is not None else 1
    return meta, base, parts


def read_workbook(raw: bytes, *, name: str, framework: Framework) -> WorkbookContent:
    """Every item a PactDesk workbook holds, or :class:`WorkbookError` listing what is wrong."""
    check_container(raw, name=name)
    sheets = _load_sheets(raw, name=name)
    by_marker: dict[str, _Sheet] = {}
    reader = _Reader(name, framework)
    for sheet in sheets:
        marker = as_text(sheet.cell(1, 1)).strip()
        if not marker.startswith("sheet:"):
            continue  # a sheet PactDesk did not make is left alone
        if marker in by_marker:
            reader.problem(
                f"Sheet '{sheet.title}' A1: the sheet {by_marker[marker].title!r} has the "
                "same id; a workbook holds each sheet once"
            )
            continue
        by_marker[marker] = sheet
    base_sheet = by_marker.get(layout.MARK_BASE)
    if base_sheet is None:
        raise WorkbookError(
            f"{name} was not exported by PactDesk (it has no hidden {layout.BASE_SHEET} sheet); "
            "only a PactDesk workbook can be imported."
        )
    meta, base, parts = _read_base(base_sheet, name=name)
    if meta.get("format") == layout.SUBMISSION_FORMAT:
        raise WorkbookError(
            f"{name} is the read-only workbook of a submitted bundle, not one to fill in; "
            "import the bundle's contribution.json (pactdesk import-json) or export a new "
            "workbook to fill in."
        )
    if meta.get("items"):
        # A workbook made for chosen items holds only those items' sheets and rows.
        try:
            framework = framework_view(framework, meta["items"].split(","))
        except UnknownNameError as exc:
            raise WorkbookError(
                f"{name}: its hidden {layout.BASE_SHEET} sheet is damaged."
            ) from exc
        reader.framework = framework
    if meta.get("format") != layout.FORMAT:
        raise WorkbookError(
            f"{name} is not a {layout.FORMAT} workbook (it says {meta.get('format')!r})."
        )
    if meta.get("framework_id") != framework.id:
        raise WorkbookError(
            f"{name} answers the framework {meta.get('framework_id')!r}; this draft answers "
            f"{framework.id!r}."
        )
    revision, ok = as_number(meta.get("revision"))
    cycle, ok2 = as_number(meta.get("cycle"))
    if not (ok and ok2) or revision is None or cycle is None or "draft_id" not in meta:
        raise WorkbookError(f"{name}: its hidden {layout.BASE_SHEET} sheet is damaged.")
    expected_markers = {layout.MARK_DETAILS: "Details", layout.MARK_POLITICAL: "Political report"}
    for area in framework.areas:
        expected_markers[layout.MARK_AREA + area.id] = layout.area_sheet_name(area)
    expected_markers[layout.MARK_DATA] = "Data points"
    expected_markers[layout.MARK_REFERENCES] = "References"
    expected_markers[layout.MARK_BASE] = layout.BASE_SHEET
    for marker, sheet in by_marker.items():
        if marker not in expected_markers:
            reader.problem(f"Sheet '{sheet.title}' A1: unknown sheet id {marker!r}")
    for marker, title in expected_markers.items():
        if marker not in by_marker:
            reader.problem(f"The sheet '{title}' is missing")

    filled_in_by = ""
    details = by_marker.get(layout.MARK_DETAILS)
    if details is not None:
        filled_in_by = _read_details(details, reader)

    political = by_marker.get(layout.MARK_POLITICAL)
    if political is not None:
        specs = {
            political_key(area.id): _TextSpec(
                layout.political_cell(area),
                "the policy area's text",
                (political_key(area.id),),
                parts.get(political_key(area.id), 1),
            )
            for area in framework.areas
        }
        reader.text_sheet(
            political,
            title=framework.part_one_title,
            headers=layout.POLITICAL_HEADERS,
            specs=specs,
            merged=set(),
        )
    for area in framework.areas:
        area_sheet = by_marker.get(layout.MARK_AREA + area.id)
        if area_sheet is None:
            continue
        specs = {}
        merged = set()
        for commitment in area.commitments:
            cid = commitment.id
            keys = (answer_key(cid, ACTIONS), answer_key(cid, DEVELOPMENTS))
            specs[f"commitment/{cid}"] = _TextSpec(
                layout.commitment_cell(commitment),
                "the commitment text",
                keys,
                max(parts.get(k, 1) for k in keys),
            )
            for prompt in commitment.prompts:
                key = prompt_key(cid, prompt.id)
                specs[key] = _TextSpec(prompt.text, "the prompt text", (key,), parts.get(key, 1))
                merged.add(key)
        reader.text_sheet(
            area_sheet,
            title=layout.area_title(area),
            headers=layout.area_headers(framework),
            specs=specs,
            merged=merged,
        )
    for marker, kind, headers in (
        (layout.MARK_DATA, "data", layout.DATA_HEADERS),
        (layout.MARK_REFERENCES, "references", layout.REFERENCE_HEADERS),
    ):
        list_sheet = by_marker.get(marker)
        if list_sheet is None:
            continue
        counts = {
            c.id: parts.get(data_key(c.id) if kind == "data" else references_key(c.id), 0)
            for c in framework.commitments()
        }
        reader.list_sheet(list_sheet, kind=kind, headers=headers, counts=counts, base=base)

    if reader.problems:
        more = len(reader.problems) - 1
        raise WorkbookError(
            f"{name} cannot be imported: {reader.problems[0]}"
            + (f" (and {more:,} more)" if more else "")
            + " (nothing was changed).",
            reader.problems,
        )
    return WorkbookContent(
        name=name,
        draft_id=meta["draft_id"],
        revision=int(revision),
        history_head=meta.get("history_head", ""),
        member_state=meta.get("member_state", ""),
        cycle=int(cycle),
        framework_id=meta["framework_id"],
        exported_at=meta.get("exported_at", ""),
        filled_in_by=filled_in_by,
        items=reader.items,
        base=base,
    )


def _read_details(sheet: _Sheet, reader: _Reader) -> str:
    labels = {key: label for key, label, _ in layout.details_rows(_DUMMY_META)}
    filled_in_by = ""
    for row_number, values in enumerate(sheet.rows, start=1):
        rid = as_text(values[0] if values else None).strip()
        if rid in labels:
            if not _template_equal(sheet.cell(row_number, 2), labels[rid]):
                reader.problem(
                    f"{sheet.where(2, row_number)}: the label was changed (it is {labels[rid]!r})"
                )
            if rid == layout.FILLED_IN_BY:
                filled_in_by = " ".join(reader.answer(sheet, row_number, 3).split())
    return filled_in_by


_DUMMY_META = layout.WorkbookMeta(
    draft_id="",
    revision=0,
    history_head="",
    member_state="",
    member_state_name="",
    cycle=0,
    language="",
    language_name="",
    framework_id="",
    framework_sha256="",
    exported_at="",
)
