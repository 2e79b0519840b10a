"""The limits on what PactDesk reads, and the checks every door applies before parsing.

One module for every door (a contribution file, a workbook, a Word document,
an exchange package, a sign-off request or answer, a bundle, a framework
file, the draft's own copy of its framework), so that the same input is
refused the same way, with the same words, wherever it comes in.  The
numbers and why each is far above what a real contribution needs are in
``docs/limits.md``; a test checks that the two agree.

The checks are plain functions over plain values (no I/O, no parser):

* :func:`file_size_problem` — a file's size, checked from ``stat`` before a
  byte of it is read;
* :func:`json_depth_problem` — the nesting of a JSON text, checked before
  :mod:`json` sees it (a deep enough text makes the parser recurse until
  Python stops it);
* :func:`text_problem` — a field's length and valid Unicode: no lone
  surrogate, no C0 control character but tab and line feed (the workbook and
  Word formats cannot carry them); :func:`unix_line_breaks` turns the line
  breaks of Windows into line feeds first where a door's format carries them
  (workbooks, Word documents), :func:`without_control_characters` is what the
  editor keeps of a pasted text;
* :func:`number_problem` — a value that every export can write;
* :func:`period_problem` — a period in the framework's form;
* :func:`count_problem` — data points or references of one commitment;
* :func:`listed` — at most :data:`MAX_LISTED_PROBLEMS` problems, then
  "and N more".

Each returns ``None`` when the value is within the limits, else the sentence
that says what is wrong (without saying where: the caller knows the place).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

KIB = 1024
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileKind:
    """One kind of file a door reads: what to call it, and the largest it may be."""

    what: str
    max_bytes: int


#: The largest file per format, checked by size before anything is read.
#: A 10x draft (4,000 words per field, 70 data points per commitment, the
#: sample :func:`pactdesk.testing.samples.full_items` with ``scale=10``)
#: exports to about 5 MB of JSON, 3 MB of workbook, 2 MB of Word and 8 MB of
#: PDF; the limits are more than ten times those.
CONTRIBUTION_JSON = FileKind("a contribution file", 64 * MIB)
WORKBOOK = FileKind("a PactDesk workbook", 64 * MIB)
WORD = FileKind("a PactDesk Word document", 64 * MIB)
EXCHANGE_PACKAGE = FileKind("an exchange package", 64 * MIB)
SIGN_OFF_REQUEST = FileKind("a sign-off request", 256 * MIB)
SIGN_OFF_ANSWER = FileKind("a signed sign-off answer", 4 * MIB)
BUNDLE = FileKind("a submission bundle", 256 * MIB)
FRAMEWORK = FileKind("a framework file", 8 * MIB)
#: Certificates, certificate requests, PKCS#12 files: a few KB each.
CERTIFICATE = FileKind("a certificate file", 1 * MIB)
#: A sign-off CA's revocation list: about 40 bytes per revoked certificate.
REVOCATION_LIST = FileKind("a revocation list", 16 * MIB)

FILE_KINDS = (
    CONTRIBUTION_JSON,
    WORKBOOK,
    WORD,
    EXCHANGE_PACKAGE,
    SIGN_OFF_REQUEST,
    SIGN_OFF_ANSWER,
    BUNDLE,
    FRAMEWORK,
    CERTIFICATE,
    REVOCATION_LIST,
)

#: The longest field (an answer, an assessment, a prompt answer, a data
#: point's text), in characters.  A 10x draft's longest is about 30,000.
MAX_FIELD_CHARS = 1_000_000
#: Data points, and references, of one commitment.  A 10x draft has 70.
MAX_DATA_POINTS = 1_000
MAX_REFERENCES = 1_000
#: Rows of one sheet of a workbook, counted in its XML before it is parsed.  A 10x
#: draft's largest sheet (its data points) has 3,500.
MAX_SHEET_ROWS = 100_000
#: The stored text of one commitment's data points or references (their rows as JSON).
MAX_LIST_ITEM_CHARS = 16_000_000
#: The largest magnitude of a data value.  Excel keeps 15 significant digits
#: (a larger whole number would come back changed from the workbook), and a
#: number past float's range cannot be written to the workbook or the PDF at
#: all.  National figures (persons, euros) stay below 10^12.
MAX_ABS_VALUE = 10**15
#: The deepest nesting of a JSON file PactDesk reads.  A contribution is 5
#: deep (document, commitments, a commitment, its data, a data point), a
#: framework 7.
MAX_JSON_DEPTH = 100
#: Lines listed under a refusal's first line (the last says how many more there are).
MAX_LISTED_PROBLEMS = 50


def _size(n: int) -> str:
    if n >= MIB:
        return f"{n / MIB:,.0f} MB"
    if n >= KIB:
        return f"{n / KIB:,.0f} KB"
    return f"{n} bytes"


def file_size_problem(size: int, kind: FileKind) -> str | None:
    """Too large for ``kind`` (checked from ``stat`` before reading)."""
    if size <= kind.max_bytes:
        return None
    return (
        f"it is {_size(size)}, more than {kind.what} can be "
        f"({_size(kind.max_bytes)}): refused without reading it"
    )


_INNERMOST = re.compile(rb"\[\]|\{\}")
#: Bytes that can follow a backslash in JSON, the quote, the brackets: all else goes.
_NOT_ESCAPES = bytes(b for b in range(256) if b not in b'[]{}"\\/bfnrtu')
_NOT_QUOTES = bytes(b for b in range(256) if b not in b'[]{}"')


def json_depth(text: str | bytes, stop_at: int | None = None) -> int:
    """The deepest nesting of arrays and objects in a JSON text (0 for a scalar).

    Scans without parsing, in C-speed passes over the UTF-8 bytes (quotes,
    backslashes and brackets are never part of another character there):

    1. keep only what can follow a backslash, quotes and brackets (in valid
       JSON a backslash is followed by one of those, so escapes stay whole);
    2. drop the escapes: an escaped backslash, then an escaped quote (JSON
       reads a backslash as escaping the next character, left to right, as
       ``replace`` goes); keep only quotes and brackets;
    3. drop each string: when no string holds a bracket, the strings are
       exactly the pairs of adjacent quotes (else some run of quotes between
       brackets is odd and a quote is left: then split at the quotes);
    4. each pass removes the innermost ``[]`` and ``{}`` pairs.

    A text that is not valid JSON may be measured wrongly; the parser, run
    only on a text measured shallow, refuses it.  ``stop_at``: stop once the
    depth is known to be past it.
    """
    raw = text.encode("utf-8", errors="surrogatepass") if isinstance(text, str) else bytes(text)
    kept = raw.translate(None, _NOT_ESCAPES)
    quotes = kept.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_QUOTES)
    brackets = quotes.replace(b'""', b"")
    if b'"' in brackets:
        brackets = b"".join(quotes.split(b'"')[0::2])
    depth = 0
    while brackets and (stop_at is None or depth <= stop_at):
        shorter = _INNERMOST.sub(b"", brackets)
        if len(shorter) == len(brackets):  # unbalanced: count what is left one by one
            return depth + _depth_of(brackets)
        brackets = shorter
        depth += 1
    return depth + (1 if brackets else 0)


def _depth_of(brackets: bytes) -> int:
    depth = deepest = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def json_depth_problem(text: str | bytes, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Nested deeper than any PactDesk file is (checked before the parser sees it)."""
    if json_depth(text, stop_at=max_depth) <= max_depth:
        return None
    return f"it is nested more than {max_depth} levels deep, far deeper than any PactDesk file"


#: Lone surrogates (UTF-16 halves): not characters; no UTF-8 text, so no draft, holds one.
#: C0 control characters but tab and line feed: XML 1.0 cannot hold them, so neither a
#: workbook nor a Word document can carry them as text, and no door takes one in.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")
#: The C0 controls the editor drops from what is pasted or typed (after line breaks).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
#: Names an official may recognise for the control characters met in pasted text.
_CONTROL_NAMES = {
    0x00: "null",
    0x07: "bell",
    0x08: "backspace",
    0x0B: "vertical tab",
    0x0C: "page break",
    0x0D: "carriage return",
    0x1B: "escape",
}


def _character_name(char: str) -> str:
    code = ord(char)
    if code <= 0x1F:
        name = _CONTROL_NAMES.get(code)
        return f"a control character (U+{code:04X}{', ' + name if name else ''})"
    return f"a lone surrogate (U+{code:04X}, not a character)"


def _what_to_do(char: str) -> str:
    if ord(char) <= 0x1F:
        return "a workbook or a Word document cannot carry it: remove it from the text"
    return "the text is damaged: save it again as Unicode (UTF-8) text"


def text_problem(text: str, max_chars: int = MAX_FIELD_CHARS) -> str | None:
    """Too long, or not valid text: a lone surrogate, a C0 control but tab and line feed."""
    if len(text) > max_chars:
        return f"it is {len(text):,} characters long, more than a field can hold ({max_chars:,})"
    return character_problem(text)


def character_problem(text: str) -> str | None:
    """Not valid text, whatever its length: a lone surrogate, a C0 control but tab and line feed."""
    match = _BAD_CHARACTER.search(text)
    if match is None:
        return None
    return (
        f"it holds {_character_name(match.group())} at character {match.start() + 1}; "
        f"{_what_to_do(match.group())}"
    )


def unix_line_breaks(text: str) -> str:
    """Windows' line breaks (CR LF) and a lone CR (old Macs, some tools) as line feeds.

    For the doors whose formats carry line breaks written by other programs
    (a workbook's cells, a Word document's paragraphs): a CR there is a line
    break, not data, and is turned into one before :func:`text_problem`.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def without_control_characters(text: str) -> str:
    """``text`` as the editor keeps it: line breaks as line feeds, other C0 controls dropped."""
    text = unix_line_breaks(text)
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def is_number(value: object) -> bool:
    """An int or a float, not a bool (JSON's true is not 1)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def number_problem(value: object, *, allow_empty: bool = True) -> str | None:
    """Not a finite number within what every export can write (``None`` is empty)."""
    if value is None and allow_empty:
        return None
    if not is_number(value):
        return f"{_shown(value)} is not a number"
    assert isinstance(value, int | float)
    if isinstance(value, float) and not math.isfinite(value):
        return "it is not a finite number"
    if abs(value) >= MAX_ABS_VALUE:
        return (
            f"the number has {_digits(value)} digits before the decimal point; a workbook "
            "keeps at most 15 (values up to 999,999,999,999,999)"
        )
    return None


def _digits(value: int | float) -> str:
    whole = abs(int(value)) if isinstance(value, int) else int(abs(value))
    return f"{len(str(whole)):,}"


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return repr(value)[:40]


PERIOD = re.compile(
    r"^(?P<year>\d{4})(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])))?"
    r"(?:/(?P<year2>\d{4})(?:-(?:H[12]|Q[1-4]|(?:0[1-9]|1[0-2])))?)?$"
)


def valid_period(period: str) -> bool:
    """``YYYY``, ``YYYY-H1``, ``YYYY-Q3``, ``YYYY-05`` or a range ``YYYY/YYYY-H1``."""
    return PERIOD.match(period) is not None


def period_problem(period: object, examples: str = "YYYY, YYYY-H1, YYYY-Q2, YYYY-05") -> str | None:
    """Not a period in the framework's form: a year, a half, a quarter, a month, a range."""
    if isinstance(period, str) and valid_period(period):
        return None
    return (
        f"the period {_shown(period)} is not a year, half-year, quarter or month (e.g. {examples})"
    )


def count_problem(
    count: int, what: str, maximum: int, *, holder: str = "one commitment"
) -> str | None:
    """More rows (data points, references; a sheet's rows) in one ``holder`` than the limit."""
    if count <= maximum:
        return None
    return f"it has {count:,} {what}, more than {holder} can have ({maximum:,})"


def listed(problems: Sequence[str], limit: int = MAX_LISTED_PROBLEMS) -> list[str]:
    """At most ``limit`` lines: every problem, or the first ``limit - 1`` and "… and N more".

    With the refusal's first line above them, a refusal is never more than
    ``limit + 1`` lines, however many problems a file has.
    """
    if len(problems) <= limit:
        return list(problems)
    more = len(problems) - (limit - 1)
    return [*problems[: limit - 1], f"… and {more:,} more problems"]


# -- a contribution's values, as a door hands them to the draft ---------------------------


def row_problems(rows: object, *, what: str, maximum: int) -> list[str]:
    """The problems of one list item's rows (data points or references), decoded already."""
    if not isinstance(rows, list):
        return []
    problem = count_problem(len(rows), what, maximum)
    if problem is not None:
        return [problem]  # far too many: the rows themselves are not worth reading
    out: list[str] = []
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            continue
        for name, value in row.items():
            if isinstance(value, str):
                problem = text_problem(value)
                if problem is not None:
                    out.append(f"row {index}, {name}: {problem}")
        if "value" in row:
            problem = number_problem(row["value"])
            if problem is not None:
                out.append(f"row {index}, value: {problem}")
    return out


def item_problems(items: Mapping[str, str], describe: Callable[[str], str]) -> list[str]:
    """What in a door's items goes past the limits, each named by ``describe(key)``.

    The gate every import (workbook, Word, exchange return) passes before its
    items reach the draft: each text within :data:`MAX_FIELD_CHARS`, valid
    Unicode; each commitment's data points and
    references within their counts, their values within the number range.
    """
    out: list[str] = []
    for key, value in items.items():
        if key.endswith(("/data", "/references")):
            if len(value) > MAX_LIST_ITEM_CHARS:
                out.append(f"{describe(key)}: {text_problem(value, MAX_LIST_ITEM_CHARS)}")
                continue
            try:
                rows = json.loads(value) if value else []
            except ValueError:
                continue  # not ours to judge: the door encoded it
            data = key.endswith("/data")
            out += [
                f"{describe(key)}, {problem}"
                for problem in row_problems(
                    rows,
                    what="data points" if data else "references",
                    maximum=MAX_DATA_POINTS if data else MAX_REFERENCES,
                )
            ]
        else:
            problem = text_problem(value)
            if problem is not None:
                out.append(f"{describe(key)}: {problem}")
    return out


def item_character_problems(items: Mapping[str, str], describe: Callable[[str], str]) -> list[str]:
    """What in items about to be saved is not valid text (:func:`character_problem`).

    The draft's own check on every save (``Draft.save_many``): the characters
    only, in every text and every row of a list item; the lengths and counts
    are the doors' (:func:`item_problems`).
    """
    out: list[str] = []
    for key, value in items.items():
        if not key.endswith(("/data", "/references")):
            problem = character_problem(value)
            if problem is not None:
                out.append(f"{describe(key)}: {problem}")
            continue
        try:
            rows = json.loads(value) if value else []
        except ValueError:
            continue  # not text to judge: the draft stores what its encoder wrote
        for index, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            for name, field in row.items() if isinstance(row, dict) else ():
                problem = character_problem(field) if isinstance(field, str) else None
                if problem is not None:
                    out.append(f"{describe(key)}, row {index}, {name}: {problem}")
    return out


def json_text_problems(document: object) -> list[str]:
    """Every string (keys too) of a parsed JSON document that fails :func:`text_problem`.

    For files whose every string is text a person reads (a framework, a
    package's description); iterative, since a document may nest deeply.
    Each problem starts with where it is (``areas[2].title``).
    """
    out: list[str] = []
    stack: list[tuple[str, object]] = [("", document)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, str):
            problem = text_problem(node)
            if problem is not None:
                out.append(f"{where or 'the document'}: {problem}")
        elif isinstance(node, dict):
            for key, value in reversed(list(node.items())):
                place = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and text_problem(key) is not None:
                    out.append(f"{where or 'the document'}: a key {text_problem(key)}")
                stack.append((place, value))
        elif isinstance(node, list):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(node))))
    return out


class TooDeepError(ValueError):
    """A JSON text nested deeper than :data:`MAX_JSON_DEPTH`; ``str()`` says so."""


def loads_json(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """:func:`json.loads` for a file from outside, its nesting measured first.

    Raises :class:`TooDeepError` (a ``ValueError``, as a JSON syntax error
    is) instead of letting the parser recurse until Python stops it.
    """
    problem = json_depth_problem(data, max_depth)
    if problem is not None:
        raise TooDeepError(problem)
    return json.loads(data)
