"""The contribution as an Excel workbook: the one a colleague fills in, and the submitted one.

Layout (``pactdesk.workbook/1``, documented in ``docs/workbook.md``):

* **Details** — Member State, cycle, language, framework, the draft's
  identity and revision, when it was exported, and a "Filled in by" cell for
  the colleague.
* **Political report** — one row per policy area (Part I of the Annex).
* **One sheet per policy area** in the Annex's own table layout: Commitment |
  Main actions undertaken … | Most significant developments planned …, the
  commitment's full text (continuation paragraphs included), then one row per
  extra request ("prompt") under the commitment it belongs to.
* **Data points** and **References** — one row per row, plus empty rows to
  add new ones.
* A hidden, protected sheet ``_pactdesk`` with the draft's identity and the
  SHA-256 of every answer as it was exported, so that importing it back is a
  three-way merge (see :mod:`pactdesk.export.xlsx_import`).

Every row carries a stable id in a hidden column A (``commitment/I.a``,
``commitment/I.a/prompt/I.a.crisis#2`` …): the import reads ids, never
positions.  A text longer than a cell holds (32,767 characters) continues in
marked continuation rows (``…#2``, ``…#3``) and is joined back on import.

Sheets are protected without a password: template cells are locked, answer
cells are open.  The protection guards against slips, not against anyone.

The **submission workbook** (``pactdesk.submission-workbook/1``, the one in
a bundle: :class:`SubmissionDetails` given to :func:`build_workbook`) has the
same sheets and rows, read-only: every cell locked and white, no yellow
cells, no instructions, no "Filled in by", no empty rows or lists to fill;
its Details sheet says who submitted it, its status and who signed it off.
Its hidden sheet names its format and holds no base values, so importing it
is refused with a sentence that says what it is.

This module only builds bytes from a framework and items; it knows nothing
of drafts or threads (the service calls it on whatever thread runs the job).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    data_key,
    decode_data,
    decode_references,
    is_list_key,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Commitment, Framework, PolicyArea

FORMAT = "pactdesk.workbook/1"
#: The read-only workbook of a submitted bundle (same layout, nothing to fill in).
SUBMISSION_FORMAT = "pactdesk.submission-workbook/1"
#: Excel's limit for the text of one cell, in UTF-16 code units.
CELL_LIMIT = 32_767
#: Name of the hidden sheet with the draft's identity and the base hashes.
BASE_SHEET = "_pactdesk"
#: Empty rows offered for new data points and references.
SPARE_ROWS = 60

# Sheet markers (cell A1 of every sheet): the import finds sheets by these,
# so a renamed sheet still reads.
MARK_DETAILS = "sheet:details"
MARK_POLITICAL = "sheet:political"
MARK_AREA = "sheet:area:"
MARK_DATA = "sheet:data"
MARK_REFERENCES = "sheet:references"
MARK_BASE = "sheet:base"

ROW_TITLE = "title"
ROW_HEADER = "header"
ROW_NOTE = "note"
META_PREFIX = "meta:"
FILLED_IN_BY = "meta:filled_in_by"

DATA_HEADERS = (
    "Commitment",
    "Indicator",
    "Period",
    "Value",
    "Unit",
    "Source",
    "Harmonised (yes/no)",
)
REFERENCE_HEADERS = ("Commitment", "Source", "Citation")
POLITICAL_HEADERS = ("Policy area", "Political assessment")
DETAILS_HEADERS = ("", "")
#: The data-point header of the submission workbook's Harmonised column (no "yes/no" to type).
REPORT_HARMONISED = "Harmonised"
YES, NO = "yes", "no"


def period_help(framework: Framework) -> str:
    """How a period is written, with examples in the cycle's year (the framework's data rules)."""
    rules = framework.data_rules
    year = rules.new_period[:4]
    previous = f"{int(year) - 1:04d}" if year.isdigit() else year
    return f"A year, half-year, quarter or month: {rules.period_examples()}, {previous}/{year}-H1"


# Data-point columns (1-based), shared with the reader.
D_COMMITMENT, D_INDICATOR, D_PERIOD, D_VALUE, D_UNIT, D_SOURCE, D_HARMONISED = range(2, 9)
R_COMMITMENT, R_SOURCE, R_CITATION = range(2, 5)

Progress = Callable[[float, str], None]


@dataclass(frozen=True, slots=True)
class WorkbookMeta:
    """What the Details sheet and the hidden base sheet say about the export."""

    draft_id: str
    revision: int
    history_head: str
    member_state: str
    member_state_name: str
    cycle: int
    language: str
    language_name: str
    framework_id: str
    framework_sha256: str
    exported_at: str
    #: the items a workbook made for chosen items or one assignee holds ("" for all)
    items: str = ""


@dataclass(frozen=True, slots=True)
class SubmissionDetails:
    """What the Details sheet of a bundle's workbook says besides the contribution's identity.

    Every text is as a reader sees it (dates already formatted by the caller).
    """

    #: "Final — signed off by …; submitted by …", as on the PDF's cover.
    status: str
    ministry: str
    contact_point: str
    #: When the submitter signed the bundle.
    submitted_at: str
    #: One row per signatory, in signing order: (role in words, "name, organisation — date").
    signatories: tuple[tuple[str, str], ...] = ()
    #: "Update of the submission of …" for an update; "" otherwise.
    replaces: str = ""


# -- texts that the import checks back ----------------------------------------


def sheet_title(name: str) -> str:
    """A valid Excel sheet name (31 characters, none of []:*?/\\)."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", name).strip("'")
    return cleaned if len(cleaned) <= 31 else cleaned[:30].rstrip() + "…"


def area_sheet_name(area: PolicyArea) -> str:
    return sheet_title(f"{area.id} {area.title}")


def area_title(area: PolicyArea) -> str:
    return f"{area.id}. {area.title}"


def commitment_cell(commitment: Commitment) -> str:
    return f"{commitment.id} ({commitment.letter}) {commitment.text}"


def political_cell(area: PolicyArea) -> str:
    return f"{area.id}. {area.title}\n\nMain commitment: {area.main_commitment}"


def continuation_cell(part: int) -> str:
    return f"(continued, part {part})"


def area_headers(framework: Framework) -> tuple[str, str, str]:
    return (framework.column_commitment, framework.column_actions, framework.column_developments)


def row_id(base: str, part: int) -> str:
    """The id of a row: the item (or commitment) it holds, ``#n`` for part n > 1."""
    return base if part == 1 else f"{base}#{part}"


# -- values in cells --------------------------------------------------------------

#: What XML 1.0 cannot carry, and the carriage return, which an XML reader turns into \n.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
#: An underscore that starts something that reads as an escape; its escape is _x005F_.
#: A lookahead, so that "_x005F_x0041_" escapes both underscores (they overlap).
_ESCAPED = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_cell(text: str) -> str:
    """Excel's own escape (ST_Xstring) for characters XML cannot hold."""
    if "_x" in text:
        text = _ESCAPED.sub("_x005F_", text)
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text


def unescape_cell(text: str) -> str:
    if "_x" not in text:
        return text
    return _UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_for_cells(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """Parts of at most ``limit`` UTF-16 units whose concatenation is ``text``.

    A part ends after a line break or a space when one is near the limit, so
    that each cell reads as whole words.
    """
    if len(text) <= limit // 2 or utf16_length(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        cut = limit
        while utf16_length(rest[:cut]) > limit:
            cut -= max(1, (utf16_length(rest[:cut]) - limit))
        window_start = max(1, cut - 2000)
        brk = max(rest.rfind("\n", window_start, cut), rest.rfind(" ", window_start, cut))
        if brk > 0:
            cut = brk + 1
        parts.append(rest[:cut])
        rest = rest[cut:]
    parts.append(rest)
    return parts


# -- hashes of the exported state ------------------------------------------------------


def _plain_number(value: Any) -> Any:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def normalised_item(key: str, value: str) -> str:
    """The form of a value that two equal answers share.

    Line ends are compared as ``\\n``; data points compare numbers as numbers
    (Excel hands 7000.0 back as 7000).
    """
    if not is_list_key(key):
        return value.replace("\r\n", "\n")
    if not value:
        return ""
    try:
        if key.endswith("/data"):
            # What the rows say: a workbook carries no row ids.
            rows = [p.to_json(with_id=False) for p in decode_data(value)]
            for row in rows:
                row["value"] = _plain_number(row["value"])
        else:
            rows = [r.to_json(with_id=False) for r in decode_references(value)]
    except (ValueError, TypeError, AttributeError):
        return value
    return json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def item_hash(key: str, value: str) -> str:
    return hashlib.sha256(normalised_item(key, value).encode("utf-8")).hexdigest()


# -- styles -------------------------------------------------------------------------

_THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TITLE_FONT = Font(bold=True, size=13, color="1F3864")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
TEMPLATE_FILL = PatternFill("solid", fgColor="F2F2F2")
ANSWER_FILL = PatternFill("solid", fgColor="FFFBE6")
PROMPT_FONT = Font(italic=True, color="404040")
NOTE_FONT = Font(italic=True, color="595959")
CONTINUED_FONT = Font(italic=True, color="C00000")
OPEN = Protection(locked=False)
LOCKED = Protection(locked=True)
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0


def _lines(text: str, width: float) -> int:
    per_line = max(1.0, width * 1.15)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in text.split("\n"))


def _fit_height(ws: Worksheet, row: int, cells: Sequence[tuple[str, float]]) -> None:
    lines = max((_lines(text, width) for text, width in cells if text), default=1)
    ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, max(1, lines) * LINE_HEIGHT + 4)


class _Sheet:
    """Writes rows of one sheet: hidden id in column A, cells from column B."""

    def __init__(
        self, ws: Worksheet, marker: str, widths: Sequence[float], *, report: bool = False
    ) -> None:
        self.ws = ws
        self.widths = tuple(widths)
        self.row = 0
        #: The submission workbook's sheet: answers are locked and white like the rest.
        self.report = report
        ws.column_dimensions["A"].hidden = True
        ws.column_dimensions["A"].width = 28
        for index, width in enumerate(widths, start=2):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.cell(1, 1, marker)

    def put(self, column: int, value: Any, *, style: str, font: Font | None = None) -> None:
        cell = self.ws.cell(self.row, column)
        if isinstance(value, str):
            cell.value = escape_cell(value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
        else:
            cell.value = value
        cell.alignment = WRAP
        cell.border = BORDER
        if self.report:
            if style != "answer":
                cell.fill = TEMPLATE_FILL
        elif style == "answer":
            cell.protection = OPEN
            cell.fill = ANSWER_FILL
        else:
            cell.fill = TEMPLATE_FILL
        if font is not None:
            cell.font = font

    def next_row(self, row_key: str) -> int:
        self.row += 1
        if self.row > 1:
            self.ws.cell(self.row, 1, row_key)
        return self.row

    def title(self, text: str, span: int) -> None:
        self.row = 1
        cell = self.ws.cell(1, 2, text)
        cell.font = TITLE_FONT
        cell.alignment = Alignment(vertical="center")
        if span > 1:
            self.ws.merge_cells(start_row=1, start_column=2, end_row=1, end_column=1 + span)
        self.ws.row_dimensions[1].height = 24

    def headers(self, names: Sequence[str]) -> None:
        self.next_row(ROW_HEADER)
        for column, name in enumerate(names, start=2):
            cell = self.ws.cell(self.row, column, name)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = BORDER
        _fit_height(self.ws, self.row, list(zip(names, self.widths, strict=True)))
        self.ws.freeze_panes = self.ws.cell(self.row + 1, 2)
        self.ws.print_title_rows = f"1:{self.row}"

    def finish(self) -> None:
        ws = self.ws
        ws.sheet_view.zoomScale = 100
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        # Protected without a password: against slips, not against anyone.
        protection = ws.protection
        protection.sheet = True
        protection.formatColumns = False
        protection.formatRows = False
        protection.formatCells = False
        protection.selectLockedCells = False
        protection.selectUnlockedCells = False


# -- the workbook ------------------------------------------------------------------


def _answer_parts(items: Mapping[str, str], keys: Sequence[str]) -> list[list[str]]:
    return [split_for_cells(items.get(key, "")) for key in keys]


def _write_text_rows(
    sheet: _Sheet,
    base_id: str,
    template: str,
    answers: Sequence[list[str]],
    *,
    template_font: Font | None = None,
    merge_answer: bool = False,
) -> None:
    """The row of one item (or commitment), then its continuation rows."""
    parts = max(len(p) for p in answers)
    for part in range(1, parts + 1):
        row = sheet.next_row(row_id(base_id, part))
        label = template if part == 1 else continuation_cell(part)
        sheet.put(2, label, style="template", font=template_font if part == 1 else CONTINUED_FONT)
        widths: list[tuple[str, float]] = [(label, sheet.widths[0])]
        for offset, column_parts in enumerate(answers):
            text = column_parts[part - 1] if part <= len(column_parts) else ""
            sheet.put(3 + offset, text, style="answer")
            width = sum(sheet.widths[1:]) if merge_answer else sheet.widths[1 + offset]
            widths.append((text, width))
        if merge_answer:
            last = 2 + len(sheet.widths) - 1
            for column in range(4, last + 1):
                sheet.put(column, None, style="answer")
            sheet.ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=last)
        _fit_height(sheet.ws, row, widths)


def _details_sheet(
    ws: Worksheet,
    framework: Framework,
    meta: WorkbookMeta,
    submission: SubmissionDetails | None = None,
) -> None:
    sheet = _Sheet(ws, MARK_DETAILS, (34, 90), report=submission is not None)
    sheet.title(f"{framework.title} — {meta.member_state_name}, {meta.cycle}", 2)
    if submission is None:
        rows = details_rows(meta)
        notes = details_notes(framework)
    else:
        rows = submission_rows(meta, submission)
        notes = submission_notes()
    for key, label, value in rows:
        sheet.next_row(key)
        sheet.put(2, label, style="template", font=Font(bold=True))
        sheet.put(3, value, style="answer" if key == FILLED_IN_BY else "template")
        if isinstance(value, str):
            _fit_height(sheet.ws, sheet.row, [(value, 90)])
    for note in notes:
        row = sheet.next_row(ROW_NOTE)
        sheet.put(2, note, style="template", font=NOTE_FONT)
        sheet.ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        _fit_height(sheet.ws, row, [(note, 124)])
    sheet.ws.freeze_panes = "B2"
    sheet.finish()


def details_rows(meta: WorkbookMeta) -> list[tuple[str, str, Any]]:
    return [
        ("meta:member_state", "Member State", f"{meta.member_state_name} ({meta.member_state})"),
        ("meta:cycle", "Reporting cycle", meta.cycle),
        ("meta:language", "Language", f"{meta.language_name} ({meta.language})"),
        ("meta:framework", "Framework", meta.framework_id),
        ("meta:draft_id", "Draft", meta.draft_id),
        ("meta:revision", "Revision", meta.revision),
        ("meta:exported_at", "Exported at", meta.exported_at),
        (FILLED_IN_BY, "Filled in by (your name)", ""),
    ]


def submission_rows(
    meta: WorkbookMeta, submission: SubmissionDetails
) -> list[tuple[str, str, Any]]:
    """The submission workbook's Details: who sends it, its status, who signed it off."""
    rows: list[tuple[str, str, Any]] = [
        ("meta:member_state", "Member State", f"{meta.member_state_name} ({meta.member_state})"),
        ("meta:cycle", "Reporting cycle", meta.cycle),
        ("meta:ministry", "Ministry", submission.ministry),
        ("meta:contact_point", "Contact point", submission.contact_point),
        ("meta:status", "Status", submission.status),
    ]
    if submission.replaces:
        rows.append(("meta:replaces", "Replaces", submission.replaces))
    rows += [
        ("meta:submitted_at", "Submitted", submission.submitted_at),
        ("meta:revision", "Revision", meta.revision),
        ("meta:language", "Language", f"{meta.language_name} ({meta.language})"),
        ("meta:framework", "Framework", meta.framework_id),
    ]
    for index, (role, who) in enumerate(submission.signatories, start=1):
        rows.append((f"meta:signatory/{index}", f"Signed: {role}", who))
    return rows


def submission_notes() -> list[str]:
    return [
        "This workbook is the contribution as the Member State submitted it, to read, sort "
        "and filter. The signed contribution.json in the same bundle is the authoritative "
        "text, and contribution.pdf carries the signatures.",
        "A text longer than one cell holds (32,767 characters) continues in the rows marked "
        "\u201c(continued, part 2)\u201d.",
    ]


def details_notes(framework: Framework) -> list[str]:
    examples = framework.data_rules.period_examples()
    return [
        "Please write your answers in the yellow cells only and send the workbook back as it "
        "is (.xlsx). The grey cells hold the Commission's template and are protected.",
        "One sheet per policy area follows the table of the Annex. A request under a "
        "commitment (\u201cPlease also report on \u2026\u201d) is answered in the yellow "
        "cell beside it.",
        "Data points: one row per figure. The value must be a number; the period is a year, "
        f"half-year, quarter or month ({examples}); harmonised is yes or "
        "no. To add a figure, fill an empty row and choose its commitment (I.a, II.b, \u2026).",
        "A text longer than one cell holds (32,767 characters) continues in the rows marked "
        "\u201c(continued, part 2)\u201d. Do not rename, move or delete the hidden column A.",
    ]


def build_workbook(
    framework: Framework,
    items: Mapping[str, str],
    meta: WorkbookMeta,
    *,
    submission: SubmissionDetails | None = None,
    progress: Progress | None = None,
    check_cancelled: Callable[[], None] | None = None,
) -> bytes:
    """The workbook's bytes for ``items`` of a contribution to ``framework``.

    With ``submission``, the read-only submission workbook of a bundle;
    otherwise the one to fill in.  ``check_cancelled`` raises to stop; it is
    called between sheets.
    """
    report = submission is not None
    steps = len(framework.areas) + 6
    step = 0

    def advance(label: str) -> None:
        nonlocal step
        if check_cancelled is not None:
            check_cancelled()
        if progress is not None:
            progress(step / steps, label)
        step += 1

    wb = Workbook()
    advance("Details")
    _details_sheet(wb.active, framework, meta, submission)
    wb.active.title = "Details"

    advance("Political report")
    ws = wb.create_sheet("Political report")
    sheet = _Sheet(ws, MARK_POLITICAL, (60, 120), report=report)
    sheet.title(framework.part_one_title, 2)
    sheet.headers(POLITICAL_HEADERS)
    for area in framework.areas:
        key = political_key(area.id)
        _write_text_rows(sheet, key, political_cell(area), _answer_parts(items, [key]))
    sheet.finish()

    widths = (55.0, 70.0, 70.0)
    for area in framework.areas:
        advance(f"Policy area {area.id}")
        ws = wb.create_sheet(area_sheet_name(area))
        sheet = _Sheet(ws, MARK_AREA + area.id, widths, report=report)
        sheet.title(area_title(area), 3)
        sheet.headers(area_headers(framework))
        for commitment in area.commitments:
            cid = commitment.id
            keys = [answer_key(cid, ACTIONS), answer_key(cid, DEVELOPMENTS)]
            _write_text_rows(
                sheet, f"commitment/{cid}", commitment_cell(commitment), _answer_parts(items, keys)
            )
            for prompt in commitment.prompts:
                key = prompt_key(cid, prompt.id)
                _write_text_rows(
                    sheet,
                    key,
                    prompt.text,
                    _answer_parts(items, [key]),
                    template_font=PROMPT_FONT,
                    merge_answer=True,
                )
        sheet.finish()

    advance("Data points")
    _data_sheet(wb.create_sheet("Data points"), framework, items, report=report)
    advance("References")
    _references_sheet(wb.create_sheet("References"), framework, items, report=report)
    advance("Base values")
    if report:
        _submission_base_sheet(wb.create_sheet(BASE_SHEET), meta)
    else:
        _base_sheet(wb.create_sheet(BASE_SHEET), framework, items, meta)

    # Sheets can be neither added, removed, renamed nor unhidden: a slip that
    # deletes a sheet cannot happen.  No password.
    wb.security = WorkbookProtection(lockStructure=True)
    advance("Writing the file")
    out = io.BytesIO()
    wb.save(out)
    if progress is not None:
        progress(1.0, "Done")
    return out.getvalue()


def commitment_ids(framework: Framework) -> list[str]:
    return [c.id for c in framework.commitments()]


def _list_validation(ws: Worksheet, ids: Sequence[str], column: str, first: int, last: int) -> None:
    dv = DataValidation(
        type="list",
        formula1='"' + ",".join(ids) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Commitment",
        error="Choose a commitment of the Pact: I.a, I.b, … V.h.",
    )
    ws.add_data_validation(dv)
    dv.add(f"{column}{first}:{column}{last}")


def _data_sheet(
    ws: Worksheet, framework: Framework, items: Mapping[str, str], *, report: bool = False
) -> None:
    sheet = _Sheet(ws, MARK_DATA, (13, 40, 14, 14, 14, 36, 13), report=report)
    sheet.title("Data points", len(DATA_HEADERS))
    sheet.headers((*DATA_HEADERS[:-1], REPORT_HARMONISED) if report else DATA_HEADERS)
    first = sheet.row + 1
    for commitment in framework.commitments():
        for index, point in enumerate(decode_data(items.get(data_key(commitment.id), ""))):
            sheet.next_row(f"{data_key(commitment.id)}/{index}")
            _data_row(sheet, commitment.id, point.to_json(), new=False)
    if report:
        sheet.finish()
        return
    existing_last = sheet.row
    for _ in range(SPARE_ROWS):
        sheet.next_row("")
        _data_row(sheet, None, None, new=True)
    last = sheet.row
    ids = commitment_ids(framework)
    if existing_last < last:
        _list_validation(ws, ids, "B", existing_last + 1, last)
    value = DataValidation(
        type="decimal",
        operator="between",
        formula1="-1E+300",
        formula2="1E+300",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Value",
        error="The value must be a number (no words, no units: the unit has its own column).",
    )
    ws.add_data_validation(value)
    value.add(f"E{first}:E{last}")
    period = DataValidation(
        type="custom",
        formula1=f'AND(ISNUMBER(--LEFT(D{first},4)),OR(LEN(D{first})=4,MID(D{first},5,1)="-",'
        f'MID(D{first},5,1)="/"))',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        promptTitle="Period",
        prompt=period_help(framework),
        errorTitle="Period",
        error=period_help(framework),
    )
    ws.add_data_validation(period)
    period.add(f"D{first}:D{last}")
    harmonised = DataValidation(
        type="list",
        formula1=f'"{YES},{NO}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Harmonised",
        error=" ".join(
            [
                "yes or no: harmonised data follow the EU statistics regulation.",
                *(rule.explanation for rule in framework.data_rules.not_harmonised),
            ]
        )[:255],  # Excel shows at most 255 characters
    )
    ws.add_data_validation(harmonised)
    harmonised.add(f"H{first}:H{last}")
    sheet.finish()


def _data_row(sheet: _Sheet, cid: str | None, point: dict[str, Any] | None, *, new: bool) -> None:
    p = point or {}
    sheet.put(D_COMMITMENT, cid, style="answer" if new else "template")
    sheet.put(D_INDICATOR, p.get("indicator"), style="answer")
    sheet.put(D_PERIOD, p.get("period"), style="answer")
    sheet.ws.cell(sheet.row, D_PERIOD).number_format = "@"  # keep YYYY-05 a text, not a date
    sheet.put(D_VALUE, p.get("value"), style="answer")
    sheet.put(D_UNIT, p.get("unit"), style="answer")
    sheet.put(D_SOURCE, p.get("source"), style="answer")
    harmonised = None if point is None else (YES if p.get("harmonised") else NO)
    sheet.put(D_HARMONISED, harmonised, style="answer")
    if point is not None:
        text = max((str(v) for v in p.values() if isinstance(v, str)), key=len, default="")
        _fit_height(sheet.ws, sheet.row, [(text, 36)])


def _references_sheet(
    ws: Worksheet, framework: Framework, items: Mapping[str, str], *, report: bool = False
) -> None:
    sheet = _Sheet(ws, MARK_REFERENCES, (13, 50, 80), report=report)
    sheet.title("References", len(REFERENCE_HEADERS))
    sheet.headers(REFERENCE_HEADERS)
    for commitment in framework.commitments():
        for index, ref in enumerate(
            decode_references(items.get(references_key(commitment.id), ""))
        ):
            row = sheet.next_row(f"{references_key(commitment.id)}/{index}")
            sheet.put(R_COMMITMENT, commitment.id, style="template")
            sheet.put(R_SOURCE, ref.source, style="answer")
            sheet.put(R_CITATION, ref.citation, style="answer")
            _fit_height(ws, row, [(ref.source, 50), (ref.citation, 80)])
    if report:
        sheet.finish()
        return
    existing_last = sheet.row
    for _ in range(SPARE_ROWS):
        sheet.next_row("")
        sheet.put(R_COMMITMENT, None, style="answer")
        sheet.put(R_SOURCE, None, style="answer")
        sheet.put(R_CITATION, None, style="answer")
    _list_validation(ws, commitment_ids(framework), "B", existing_last + 1, sheet.row)
    sheet.finish()


def base_meta_rows(meta: WorkbookMeta) -> list[tuple[str, str]]:
    return [
        ("format", FORMAT),
        ("draft_id", meta.draft_id),
        ("revision", str(meta.revision)),
        ("history_head", meta.history_head),
        ("member_state", meta.member_state),
        ("cycle", str(meta.cycle)),
        ("language", meta.language),
        ("framework_id", meta.framework_id),
        ("framework_sha256", meta.framework_sha256),
        ("exported_at", meta.exported_at),
        *([("items", meta.items)] if meta.items else []),
    ]


def exported_keys(framework: Framework) -> Iterator[str]:
    """Every item a workbook carries (all of them), in the Annex's order."""
    for area in framework.areas:
        yield political_key(area.id)
    for commitment in framework.commitments():
        cid = commitment.id
        yield answer_key(cid, ACTIONS)
        yield answer_key(cid, DEVELOPMENTS)
        for prompt in commitment.prompts:
            yield prompt_key(cid, prompt.id)
        yield data_key(cid)
        yield references_key(cid)


def _submission_base_sheet(ws: Worksheet, meta: WorkbookMeta) -> None:
    """Hidden: the submission workbook's format and identity, no base values (not importable)."""
    ws.cell(1, 1, MARK_BASE)
    rows = [("format", SUBMISSION_FORMAT), *base_meta_rows(meta)[1:]]
    for row, (key, value) in enumerate(rows, start=2):
        ws.cell(row, 1, f"{META_PREFIX}{key}")
        ws.cell(row, 2, value).data_type = "s"
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def _base_sheet(
    ws: Worksheet, framework: Framework, items: Mapping[str, str], meta: WorkbookMeta
) -> None:
    """Hidden: the draft's identity and each item's hash as exported (for the 3-way import)."""
    ws.cell(1, 1, MARK_BASE)
    row = 1
    for key, value in base_meta_rows(meta):
        row += 1
        ws.cell(row, 1, f"{META_PREFIX}{key}")
        ws.cell(row, 2, value).data_type = "s"
    for key in exported_keys(framework):
        value = items.get(key, "")
        row += 1
        ws.cell(row, 1, f"base:{key}")
        ws.cell(row, 2, item_hash(key, value))
        parts = (
            len(decode_data(value) if key.endswith("/data") else decode_references(value))
            if is_list_key(key)
            else len(split_for_cells(value))
        )
        ws.cell(row, 3, parts)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
