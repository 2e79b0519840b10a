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
* **rows** (data points, references) are merged per row, by a row id that is
  the digest of the row as the base had it (with its occurrence number): a
  row changed or removed on one side takes that side; rows added on either
  side are all kept; the same row changed differently on both sides, or
  changed on one side and removed on the other, is a conflict.

Word tokens are a word with the white space before it (``"\\s*\\S+"``), so
joining the tokens gives the text back byte for byte.  Diffs run in two
steps — sentences first, then words inside the sentences that differ — so
that a long answer costs little more than its changed sentences.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

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


def _row_text(row: Any) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_ids(rows: Sequence[Any]) -> list[str]:
    """Stable ids of rows: the digest of each row's content and its occurrence number."""
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        digest = hashlib.sha256(_row_text(row).encode("utf-8")).hexdigest()[:16]
        seen[digest] = seen.get(digest, 0) + 1
        out.append(f"{digest}-{seen[digest]}")
    return out


@dataclass
class _SideRows:
    #: per base row: ("kept" | "removed" | "changed", new row or None)
    fate: list[tuple[str, Any]]
    #: rows added, by the base position they come before (len(base) = at the end)
    added: dict[int, list[Any]] = field(default_factory=dict)


def _side_rows(base: Sequence[Any], base_ids: list[str], other: Sequence[Any]) -> _SideRows:
    result = _SideRows([("kept", None)] * len(base))
    matcher = SequenceMatcher(None, base_ids, row_ids(other), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(paired):
            result.fate[i1 + k] = ("changed", other[j1 + k])
        for k in range(i1 + paired, i2):
            result.fate[k] = ("removed", None)
        extra = list(other[j1 + paired : j2])
        if extra:
            result.added.setdefault(i2 if paired or tag != "insert" else i1, []).extend(extra)
    return result


@dataclass(frozen=True, slots=True)
class RowsMerge:
    rows: tuple[Any, ...] | None
    #: one sentence per row both sides changed differently (empty unless a conflict)
    conflicts: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return self.rows is not None


def merge_rows(base: Sequence[Any], ours: Sequence[Any], theirs: Sequence[Any]) -> RowsMerge:
    """Merge two edits of a list of rows, row by row (see the module's rules)."""
    base_ids = row_ids(base)
    mine = _side_rows(base, base_ids, ours)
    other = _side_rows(base, base_ids, theirs)
    out: list[Any] = []
    problems: list[str] = []

    def add_at(position: int) -> None:
        ours_new = mine.added.get(position, [])
        out.extend(ours_new)
        texts = {_row_text(r) for r in ours_new}
        out.extend(r for r in other.added.get(position, []) if _row_text(r) not in texts)

    for index, row in enumerate(base):
        add_at(index)
        (m_fate, m_row), (t_fate, t_row) = mine.fate[index], other.fate[index]
        if m_fate == "kept":
            fate, new = t_fate, t_row
        elif t_fate == "kept" or (m_fate == t_fate and _row_text(m_row) == _row_text(t_row)):
            fate, new = m_fate, m_row
        else:
            problems.append(f"row {index + 1}: {_describe(m_fate)} here, {_describe(t_fate)} there")
            fate, new = m_fate, m_row
        if fate == "kept":
            out.append(row)
        elif fate == "changed":
            out.append(new)
    add_at(len(base))
    if problems:
        return RowsMerge(None, tuple(problems))
    return RowsMerge(tuple(out))


def _describe(fate: str) -> str:
    return "changed" if fate == "changed" else "removed"


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


def _encode_rows(rows: Sequence[Any]) -> str:
    if not rows:
        return ""
    return json.dumps(list(rows), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def merge_field(base: str, ours: str, theirs: str, *, rows: bool) -> FieldMerge:
    """Merge one field three-way.  ``rows`` for data points and references (canonical JSON)."""
    if theirs in (ours, base):
        return FieldMerge(UNCHANGED, ours)
    if ours == base:
        return FieldMerge(THEIRS, theirs)
    if rows:
        merged_rows = merge_rows(_decode_rows(base), _decode_rows(ours), _decode_rows(theirs))
        if merged_rows.rows is None:
            return FieldMerge(CONFLICT, ours, merged_rows.conflicts)
        value = _encode_rows(merged_rows.rows)
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
