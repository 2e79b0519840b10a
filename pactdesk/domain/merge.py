"""The three-way merge of one field: base, ours (the coordinator's), theirs (what came back).

Used by every door through which a colleague's text comes back: exchange
packages, the Excel workbook and (later) Word.  Standard library only
(:mod:`difflib`); no GPL code.

Rules, per field:

* changed on one side only: that side's value;
* changed on both sides to the same value: that value;
* **text** changed on both sides: merged word by word where the two sides'
  edits do not overlap (or touch); otherwise a **conflict** — the caller
  keeps ours and keeps theirs beside it, nothing is dropped;
* **rows** (data points, references) are merged per row, by each row's
  stable id (:mod:`pactdesk.domain.rows`): a row changed or removed on one
  side takes that side; rows added on either side are all kept; the same
  row changed differently on both sides, or changed on one side and removed
  on the other, is a conflict.

Word tokens are a word with the white space before it (``"\\s*\\S+"``), so
joining the tokens gives the text back byte for byte.  Diffs run in two
steps — sentences first, then words inside the sentences that differ — so
that a long answer costs little more than its changed sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from pactdesk.domain import rows as row_ids

_TOKEN = re.compile(r"\s*\S+|\s+")
_SENTENCE_END = (".", "!", "?", ";", ":")

UNCHANGED = "unchanged"
OURS = "ours"
THEIRS = "theirs"
MERGED = "merged"
CONFLICT = "conflict"


def tokens(text: str) -> list[str]:
    """Word tokens of ``text``; ``"".join(tokens(text)) == text``."""
    return _TOKEN.findall(text)


@dataclass(frozen=True, slots=True)
class Hunk:
    """Base tokens ``[start, end)`` replaced by ``new`` (a pure insertion when start == end)."""

    start: int
    end: int
    new: tuple[str, ...]


def _segments(toks: Sequence[str]) -> list[tuple[int, int]]:
    """Sentence-like spans of a token list: a new one after . ! ? ; : or before a line break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(toks):
        if i > start and "\n" in tok[: len(tok) - len(tok.lstrip())]:
            spans.append((start, i))
            start = i
        if tok.endswith(_SENTENCE_END):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(toks):
        spans.append((start, len(toks)))
    return spans


def _word_hunks(a: Sequence[str], b: Sequence[str], a_offset: int, out: list[Hunk]) -> None:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            out.append(Hunk(a_offset + i1, a_offset + i2, tuple(b[j1:j2])))


def hunks(base: Sequence[str], other: Sequence[str]) -> list[Hunk]:
    """What turns ``base`` into ``other``, as hunks on base token positions, in order."""
    # Common prefix and suffix first: most edits touch a small part of a long answer.
    n, m = len(base), len(other)
    lo = 0
    while lo < n and lo < m and base[lo] == other[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and hi < m - lo and base[n - 1 - hi] == other[m - 1 - hi]:
        hi += 1
    a, b = base[lo : n - hi], other[lo : m - hi]
    out: list[Hunk] = []
    if not a or not b:
        if a or b:
            out.append(Hunk(lo, n - hi, tuple(b)))
        return out
    a_spans, b_spans = _segments(a), _segments(b)
    a_segs = [tuple(a[s:e]) for s, e in a_spans]
    b_segs = [tuple(b[s:e]) for s, e in b_spans]
    matcher = SequenceMatcher(None, a_segs, b_segs, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        a_start = a_spans[i1][0] if i1 < len(a_spans) else len(a)
        a_end = a_spans[i2 - 1][1] if i2 > i1 else a_start
        b_start = b_spans[j1][0] if j1 < len(b_spans) else len(b)
        b_end = b_spans[j2 - 1][1] if j2 > j1 else b_start
        if tag == "replace":
            _word_hunks(a[a_start:a_end], b[b_start:b_end], lo + a_start, out)
        else:
            out.append(Hunk(lo + a_start, lo + a_end, tuple(b[b_start:b_end])))
    return out


def _apply(base: Sequence[str], start: int, end: int, side: Sequence[Hunk]) -> tuple[str, ...]:
    out: list[str] = []
    pos = start
    for hunk in side:
        out.extend(base[pos : hunk.start])
        out.extend(hunk.new)
        pos = hunk.end
    out.extend(base[pos:end])
    return tuple(out)


@dataclass(frozen=True, slots=True)
class TextMerge:
    """The result of merging one text field; ``text`` is None on a conflict."""

    text: str | None
    #: base token spans both sides changed in different ways (empty unless a conflict)
    conflicts: tuple[tuple[int, int], ...] = ()

    @property
    def clean(self) -> bool:
        return self.text is not None


def merge_text(base: str, ours: str, theirs: str) -> TextMerge:
    """Merge two edits of ``base`` word by word; a conflict where they overlap."""
    if ours == theirs or theirs == base:
        return TextMerge(ours)
    if ours == base:
        return TextMerge(theirs)
    base_toks = tokens(base)
    ours_h = hunks(base_toks, tokens(ours))
    theirs_h = hunks(base_toks, tokens(theirs))
    tagged = sorted(
        [(h.start, h.end, 0, h) for h in ours_h] + [(h.start, h.end, 1, h) for h in theirs_h],
        key=lambda t: (t[0], t[1], t[2]),
    )
    out: list[str] = []
    conflicts: list[tuple[int, int]] = []
    pos = 0
    i = 0
    while i < len(tagged):
        group = [tagged[i]]
        end = tagged[i][3].end
        j = i + 1
        while j < len(tagged) and tagged[j][0] <= end:
            group.append(tagged[j])
            end = max(end, tagged[j][3].end)
            j += 1
        start = group[0][0]
        out.extend(base_toks[pos:start])
        ours_part = [h for _, _, side, h in group if side == 0]
        theirs_part = [h for _, _, side, h in group if side == 1]
        if not theirs_part:
            out.extend(_apply(base_toks, start, end, ours_part))
        elif not ours_part:
            out.extend(_apply(base_toks, start, end, theirs_part))
        else:
            mine = _apply(base_toks, start, end, ours_part)
            other = _apply(base_toks, start, end, theirs_part)
            if mine != other:
                conflicts.append((start, end))
            out.extend(mine)
        pos = end
        i = j
    out.extend(base_toks[pos:])
    if conflicts:
        return TextMerge(None, tuple(conflicts))
    return TextMerge("".join(out))


# -- rows --------------------------------------------------------------------------


def _adopt(base: Sequence[dict[str, Any]], side: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A side's rows whose id the base lacks, but whose content a base row has, take its id.

    A workbook or a Word table carries no row ids: its unchanged rows are
    recognised by what they say (each base row claimed once, in order).
    """
    side_ids = {row["id"] for row in side}
    free: dict[str, list[str]] = {}
    for row in base:
        if row["id"] not in side_ids:
            free.setdefault(row_ids.content_text(row), []).append(row["id"])
    base_ids = {row["id"] for row in base}
    out = []
    for row in side:
        if row["id"] not in base_ids:
            waiting = free.get(row_ids.content_text(row))
            if waiting:
                row = {**row, "id": waiting.pop(0)}
        out.append(row)
    return out


@dataclass(frozen=True, slots=True)
class RowsMerge:
    rows: tuple[Any, ...] | None
    #: one sentence per row both sides changed differently (empty unless a conflict)
    conflicts: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return self.rows is not None


def _describe_row(row: dict[str, Any]) -> str:
    label = str(row.get("indicator") or row.get("source") or "").strip() or row["id"]
    return f"row “{label[:40]}”"


def merge_rows(base: Sequence[Any], ours: Sequence[Any], theirs: Sequence[Any]) -> RowsMerge:
    """Merge two edits of a list of rows, row by row, by each row's stable id.

    A row changed or removed on one side takes that side; rows added on
    either side are all kept (a row both sides added alike, once), the
    other side's additions placed after the row they followed there; the
    same row changed differently on both sides, or changed on one and
    removed on the other, is a conflict.  Rows without ids get their derived
    ids (:func:`pactdesk.domain.rows.with_ids`), and a side's row that
    says exactly what a base row says is that row.
    """
    base_rows = row_ids.with_ids(base)
    mine = _adopt(base_rows, row_ids.with_ids(ours))
    other = _adopt(base_rows, row_ids.with_ids(theirs))
    base_by_id = {row["id"]: row for row in base_rows}
    mine_by_id = {row["id"]: row for row in mine}
    other_by_id = {row["id"]: row for row in other}
    problems: list[str] = []

    def changed(row: dict[str, Any]) -> bool:
        return row_ids.content_text(row) != row_ids.content_text(base_by_id[row["id"]])

    out: list[dict[str, Any]] = []
    for row in mine:
        rid = row["id"]
        if rid not in base_by_id:
            twin = other_by_id.get(rid)
            if twin is not None and row_ids.content_text(twin) != row_ids.content_text(row):
                problems.append(f"{_describe_row(row)}: added differently on both sides")
            out.append(row)
            continue
        theirs_row = other_by_id.get(rid)
        if theirs_row is None:  # removed there
            if changed(row):
                problems.append(f"{_describe_row(row)}: changed here, removed there")
                out.append(row)
            continue
        if changed(theirs_row):
            if changed(row) and row_ids.content_text(row) != row_ids.content_text(theirs_row):
                problems.append(f"{_describe_row(row)}: changed differently on both sides")
                out.append(row)
            else:
                out.append(theirs_row)
        else:
            out.append(row)
    for rid, base_row in base_by_id.items():  # removed here, changed there
        if rid not in mine_by_id and rid in other_by_id and changed(other_by_id[rid]):
            problems.append(f"{_describe_row(base_row)}: removed here, changed there")
    # Their additions, each after the row it followed there (and after our additions there).
    ours_texts = {row_ids.content_text(row) for row in mine if row["id"] not in base_by_id}
    placed = {row["id"] for row in out}
    known = base_by_id.keys() | other_by_id.keys()  # rows not ours alone
    previous: str | None = None
    for row in other:
        rid = row["id"]
        new_there = rid not in base_by_id and rid not in placed
        if new_there and row_ids.content_text(row) not in ours_texts:
            at = 0
            if previous is not None:
                at = next((i + 1 for i, r in enumerate(out) if r["id"] == previous), len(out))
            while at < len(out) and out[at]["id"] not in known:
                at += 1  # our own additions at that place come first
            out.insert(at, row)
            placed.add(rid)
        if rid in placed:
            previous = rid
    if problems:
        return RowsMerge(None, tuple(problems))
    return RowsMerge(tuple(out))


# -- one field -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldMerge:
    """How one field merges: ``outcome`` is unchanged, ours, theirs, merged or conflict.

    ``value`` is what the field should hold afterwards (ours on a conflict).
    """

    outcome: str
    value: str
    details: tuple[str, ...] = ()

    @property
    def conflict(self) -> bool:
        return self.outcome == CONFLICT


def _decode_rows(text: str) -> list[Any]:
    if not text.strip():
        return []
    rows = json.loads(text)
    if not isinstance(rows, list):
        raise ValueError("rows must be a JSON list")
    return rows


def _contents(rows: Sequence[Any]) -> list[str]:
    return [row_ids.content_text(row) for row in rows]


def _encode_rows(rows: Sequence[Any]) -> str:
    if not rows:
        return ""
    return json.dumps(list(rows), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def merge_field(base: str, ours: str, theirs: str, *, rows: bool) -> FieldMerge:
    """Merge one field three-way.  ``rows`` for data points and references (canonical JSON)."""
    if theirs in (ours, base):
        return FieldMerge(UNCHANGED, ours)
    if rows:
        # Rows are compared by what they say; their ids are bookkeeping.
        b, o, t = (_decode_rows(text) for text in (base, ours, theirs))
        said = [_contents(x) for x in (b, o, t)]
        if said[2] in (said[0], said[1]):
            return FieldMerge(UNCHANGED, ours)
        if said[1] == said[0]:
            return FieldMerge(THEIRS, theirs)
        merged_rows = merge_rows(b, o, t)
        if merged_rows.rows is None:
            return FieldMerge(CONFLICT, ours, merged_rows.conflicts)
        if _contents(merged_rows.rows) == said[1]:
            return FieldMerge(UNCHANGED, ours)
        value = _encode_rows(merged_rows.rows)
    elif ours == base:
        return FieldMerge(THEIRS, theirs)
    else:
        merged_text = merge_text(base, ours, theirs)
        if merged_text.text is None:
            n = len(merged_text.conflicts)
            return FieldMerge(
                CONFLICT, ours, (f"{n} passage{'s' if n != 1 else ''} changed on both sides",)
            )
        value = merged_text.text
    if value == ours:
        return FieldMerge(UNCHANGED, ours)
    return FieldMerge(MERGED, value)


# -- for showing a change --------------------------------------------------------------


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` → ``new`` as runs of ``("equal" | "delete" | "insert", text)``, word by word."""
    old_toks, new_toks = tokens(old), tokens(new)
    out: list[tuple[str, str]] = []
    pos = 0
    for hunk in hunks(old_toks, new_toks):
        if hunk.start > pos:
            out.append(("equal", "".join(old_toks[pos : hunk.start])))
        if hunk.end > hunk.start:
            out.append(("delete", "".join(old_toks[hunk.start : hunk.end])))
        if hunk.new:
            out.append(("insert", "".join(hunk.new)))
        pos = hunk.end
    if pos < len(old_toks):
        out.append(("equal", "".join(old_toks[pos:])))
    return out
