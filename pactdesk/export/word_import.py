"""Reading a Word document (.docx) back: the container, the text, and where each answer is.

:func:`read_document` checks the file before any XML parser sees it
(:func:`open_container`: size, zip bombs, encryption, macros), parses its
XML through defusedxml (no DTD, no entities: XML bombs and external
entities are refused), and finds the answers in one of three ways:

* **tagged** — a document PactDesk exported: every answer is a content
  control whose tag is the item's key;
* **layout** — the same document after LibreOffice re-saved it (which
  empties content-control properties): the headings, the tables and the
  template texts of PactDesk's layout say which answer is which;
* **matched** — a document PactDesk did not make, such as the Commission's
  template filled in by hand: each table row's commitment text is matched
  against the framework's commitments (tolerant of hyphenation, line
  breaks, list numbering, continuation rows, merged cells and small edits),
  the answers come from the row's answer columns, and a row that matches
  no commitment well enough is reported, never guessed.

Text is read with its paragraphs and line breaks (``\\n``), tabs, non-breaking
and soft hyphens and symbols; formatting is dropped.  Tracked changes
(``w:ins``/``w:del``) are listed: reading refuses them unless told to accept
or reject them.  Word comments on an answer are listed with it.

What comes out (:class:`WordContent`) is the document's value of every item
it holds, and the base hashes when PactDesk exported it; comparing with a
draft is the service's job (:mod:`pactdesk.services.word`).  Qt-free,
thread-agnostic; nothing here writes.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any
from xml.etree.ElementTree import Element

from pactdesk.container import ContainerError, Limits
from pactdesk.domain import limits
from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    Reference,
    answer_key,
    data_key,
    encode_rows,
    is_list_key,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Commitment, Framework
from pactdesk.export import word as layout

#: A .docx bigger than this is not a contribution (a 10x draft's is ~1.5 MB).
MAX_FILE_BYTES = 64 * 1024 * 1024
#: The XML of a 10x draft unpacks to ~25 MB; refuse anything far beyond before unpacking.
MAX_PART_BYTES = 48 * 1024 * 1024
MAX_UNCOMPRESSED = 96 * 1024 * 1024
MAX_MEMBERS = 2000
MAX_RATIO = 200
#: No answer PactDesk knows is anywhere near this long (a 10x answer is ~40,000).
MAX_FIELD_CHARS = 2_000_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
}
MACRO_TYPES = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

W = f"{{{layout.W_NS}}}"
CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
CP_NS = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
#: Below this, a row's commitment text is not taken to be that commitment.
MATCH_THRESHOLD = 0.78
#: A row this close to two commitments is ambiguous and refused.
AMBIGUITY_MARGIN = 0.03


class WordError(ValueError):
    """A document that cannot be imported; nothing was written."""

    def __init__(self, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(summary)
        self.summary = summary
        self.details = list(details)


@dataclass(frozen=True, slots=True)
class TrackedChange:
    kind: str  # "insertion" or "deletion"
    author: str
    date: str
    text: str
    key: str  # the item it is in, "" outside the answers


@dataclass(frozen=True, slots=True)
class WordComment:
    author: str
    date: str
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the matcher found a commitment (or part of one) in a document it did not make."""

    commitment_id: str
    paragraph: int  # 0 the commitment's first paragraph, n a continuation paragraph
    where: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Unplaced:
    where: str
    text: str
    reason: str
    has_answers: bool


@dataclass(frozen=True, slots=True)
class WordContent:
    name: str
    #: "tagged", "layout" (PactDesk's, re-saved without its tags) or "matched".
    method: str
    properties: dict[str, str]
    last_modified_by: str
    items: dict[str, str]
    #: Hash of each item as exported (PactDesk's documents only).
    base: dict[str, str]
    tracked: tuple[TrackedChange, ...]
    comments: tuple[WordComment, ...]
    placements: tuple[Placement, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()

    @property
    def from_pactdesk(self) -> bool:
        return self.properties.get(layout.PROP_FORMAT) == layout.FORMAT


# -- the container ---------------------------------------------------------------------


def open_container(raw: bytes, *, name: str) -> dict[str, bytes]:
    """The parts of a plain .docx that the import reads, checked before anything parses them.

    Refuses what is not a zip, an encrypted or old binary Word file, a zip
    that would unpack to far more than any contribution (checked from its
    directory before inflating a byte), a file with macros (.docm), and a zip
    that is not a Word document at all.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise WordError(
            f"{name} is {len(raw) // (1024 * 1024)} MB, far more than any contribution. Refused."
        )
    if raw.startswith(OLE_MAGIC):
        raise WordError(
            f"{name} is password-protected (encrypted) or an old Word 97-2003 .doc file: "
            "save it as a Word document (.docx) without a password and try again."
        )
    if not raw.startswith(b"PK\x03\x04"):
        raise WordError(f"{name} is not a Word document (.docx).")
    from pactdesk.container import ContainerError, open_container

    try:
        container = open_container(raw, WORD_LIMITS, name=name)
    except ContainerError as exc:
        raise WordError(_container_refusal(name, exc)) from exc
    names = set(container.names())
    for member in names:
        if member.lower().endswith("vbaproject.bin") or "vbadata" in member.lower():
            raise WordError(
                f"{name} contains macros (a .docm): PactDesk does not open documents with "
                "macros. Save it as a Word document (.docx) and try again."
            )
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise WordError(f"{name} is a zip archive but not a Word document (no word/document.xml).")

    def read(member: str) -> bytes:
        return container[member]

    parts = {"[Content_Types].xml": read("[Content_Types].xml")}
    types = parse_xml(parts["[Content_Types].xml"], name=name, part="[Content_Types].xml")
    main = ""
    for override in types.iter(f"{CT_NS}Override"):
        if override.get("PartName") == "/word/document.xml":
            main = override.get("ContentType", "")
    if main in MACRO_TYPES:
        raise WordError(
            f"{name} is a document with macros (.docm): PactDesk does not open it. "
            "Save it as a Word document (.docx) and try again."
        )
    if main not in MAIN_TYPES:
        raise WordError(f"{name} is not a Word document (its main part is {main or 'missing'}).")
    for member in ("word/document.xml", "word/comments.xml", "docProps/custom.xml",
                   "docProps/core.xml"):  # fmt: skip
        if member in names:
            parts[member] = read(member)
    return parts


#: A .docx as the container reader checks it (sizes before anything is inflated).
WORD_LIMITS = Limits(
    max_archive_bytes=MAX_FILE_BYTES,
    max_entries=MAX_MEMBERS,
    max_member_bytes=MAX_PART_BYTES,
    max_total_bytes=MAX_UNCOMPRESSED,
    max_ratio=MAX_RATIO,
    ratio_floor_bytes=10 * 1024 * 1024,
    allow_directories=True,
    what="a Word document",
)


def _container_refusal(name: str, error: ContainerError) -> str:
    """The container reader's refusal, in the words the Word import uses."""
    if error.kind == "not-zip":
        return f"{name} is damaged or cut short: it is not a complete .docx ({error})."
    if error.kind == "encrypted":
        return f"{name} is encrypted: save it without a password."
    if error.kind == "ratio":
        return f"{name}: {error}; that is a zip bomb, not a document. Refused."
    if error.kind in ("too-large", "too-many"):
        return f"{name}: {error}, far more than any contribution. Refused without unpacking it."
    return f"{name} is not a safe Word document: {error}. Refused."


def parse_xml(data: bytes, *, name: str, part: str) -> Element:
    """Parse one part through defusedxml: a DTD, entities or external references are refused."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)  # type: ignore[no-any-return]
    except DefusedXmlException as exc:
        raise WordError(
            f"{name} is not a safe Word document: {part} declares a DTD or entities "
            "(an XML bomb or an external reference). Refused.",
            [type(exc).__name__],
        ) from exc
    except (ParseError, ValueError) as exc:
        raise WordError(
            f"{name} is damaged: {part} is not well-formed XML.", [" ".join(str(exc).split())[:200]]
        ) from exc


# -- text -------------------------------------------------------------------------------


@dataclass
class _Text:
    """Reads the text of paragraphs; collects tracked changes and comment anchors meanwhile."""

    mode: str | None  # None: keep inserted text and note the changes; "accept"; "reject"
    #: One entry per w:ins/w:del element (by identity): a paragraph read twice notes it once.
    noted: dict[int, TrackedChange] = field(default_factory=dict)
    comment_anchors: dict[str, str] = field(default_factory=dict)  # comment id -> key
    key: str = ""

    def paragraph(self, p: Element) -> str:
        out: list[str] = []
        self._walk(p, out, inserted=False, deleted=False)
        return "".join(out)

    def mark(self, p: Element) -> str:
        """'ins'/'del' when the paragraph's own mark (its end) is a tracked change."""
        ppr = p.find(f"{W}pPr")
        rpr = ppr.find(f"{W}rPr") if ppr is not None else None
        if rpr is None:
            return ""
        for kind, tag in (("ins", "ins"), ("del", "del")):
            change = rpr.find(f"{W}{tag}")
            if change is not None:
                self._note(kind, change, "¶")
                return kind
        return ""

    @property
    def tracked(self) -> list[TrackedChange]:
        return list(self.noted.values())

    def _note(self, kind: str, element: Element, text: str) -> None:
        previous = self.noted.get(id(element))
        if previous is not None and previous.key and not self.key:
            return
        self.noted[id(element)] = TrackedChange(
            kind="insertion" if kind == "ins" else "deletion",
            author=element.get(f"{W}author", ""),
            date=element.get(f"{W}date", ""),
            text=text,
            key=self.key,
        )

    def _walk(self, node: Element, out: list[str], *, inserted: bool, deleted: bool) -> None:
        for child in node:
            tag = child.tag
            if tag in (f"{W}pPr", f"{W}rPr", f"{W}instrText", f"{W}delInstrText"):
                continue
            if tag in (f"{W}ins", f"{W}moveTo", f"{W}del", f"{W}moveFrom"):
                is_ins = tag in (f"{W}ins", f"{W}moveTo")
                inner: list[str] = []
                self._walk(child, inner, inserted=is_ins, deleted=not is_ins)
                text = "".join(inner)
                self._note("ins" if is_ins else "del", child, text)
                keep = (is_ins and self.mode != "reject") or (not is_ins and self.mode == "reject")
                if keep:
                    out.append(text)
                continue
            if tag == f"{W}t" or tag == f"{W}delText":
                out.append(child.text or "")
            elif tag == f"{W}tab" or tag == f"{W}ptab":
                out.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                out.append("\n")
            elif tag == f"{W}noBreakHyphen":
                out.append("\u2011")
            elif tag == f"{W}softHyphen":
                out.append("\u00ad")
            elif tag == f"{W}sym":
                code = child.get(f"{W}char", "")
                with contextlib.suppress(ValueError):
                    out.append(chr(int(code, 16)))
            elif tag == f"{W}commentRangeStart" or tag == f"{W}commentReference":
                cid = child.get(f"{W}id", "")
                if cid and cid not in self.comment_anchors:
                    self.comment_anchors[cid] = self.key
            else:
                self._walk(child, out, inserted=inserted, deleted=deleted)
            if len(out) > 64 and sum(map(len, out)) > MAX_FIELD_CHARS:
                raise WordError(
                    f"A paragraph holds more than {MAX_FIELD_CHARS:,} characters: that is not "
                    "an answer. Refused."
                )

    def paragraphs(self, elements: Sequence[Element]) -> str:
        """Paragraphs joined by line breaks; a deleted paragraph mark joins two into one."""
        pieces: list[str] = []
        joined = False
        for p in elements:
            text = self.paragraph(p)
            if joined and pieces:
                pieces[-1] += text
            else:
                pieces.append(text)
            mark = self.mark(p)
            joined = (mark == "del" and self.mode != "reject") or (
                mark == "ins" and self.mode == "reject"
            )
        # A carriage return (a w:sym, a character reference) is a line break, not data.
        text = limits.unix_line_breaks("\n".join(pieces))
        if len(text) > MAX_FIELD_CHARS:
            raise WordError(
                f"An answer holds {len(text):,} characters, far more than any answer. Refused."
            )
        return text


def _block_paragraphs(node: Element) -> list[Element]:
    """The paragraphs of a block in order (nested tables included), not those of sub-sdts' props."""
    return [p for p in node.iter(f"{W}p")]


# -- tables -------------------------------------------------------------------------------


@dataclass
class _Cell:
    column: int
    span: int
    continues: bool  # a vertically merged cell continuing the one above
    paragraphs: list[Element]
    numbered: bool


def _rows(table: Element) -> Iterator[tuple[Element, list[_Cell]]]:
    """The rows of a table with their cells placed on the grid (merged cells spanned)."""
    for tr in _direct(table, "tr"):
        column = 0
        cells: list[_Cell] = []
        for tc in _direct(tr, "tc"):
            pr = tc.find(f"{W}tcPr")
            span = 1
            continues = False
            if pr is not None:
                grid_span = pr.find(f"{W}gridSpan")
                if grid_span is not None:
                    try:
                        span = max(1, int(grid_span.get(f"{W}val", "1")))
                    except ValueError:
                        span = 1
                merge = pr.find(f"{W}vMerge")
                continues = merge is not None and merge.get(f"{W}val", "continue") == "continue"
            paragraphs = _block_paragraphs(tc)
            numbered = any(p.find(f"{W}pPr/{W}numPr") is not None for p in paragraphs)
            cells.append(_Cell(column, span, continues, paragraphs, numbered))
            column += span
        yield tr, cells


def _direct(node: Element, local: str) -> Iterator[Element]:
    """Children named ``local``, looking through content controls (w:sdt/w:sdtContent)."""
    for child in node:
        if child.tag == f"{W}{local}":
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _direct(content, local)
        elif child.tag in (f"{W}ins", f"{W}customXml", f"{W}smartTag"):
            yield from _direct(child, local)


def _blocks(body: Element) -> Iterator[Element]:
    """The body's paragraphs and tables in order, looking through block-level content controls."""
    for child in body:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag in (f"{W}customXml",):
            yield from _blocks(child)


def _style(p: Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val", "") if style is not None else ""


# -- lists of data points and references -----------------------------------------------


def _list_rows(text: _Text, table: Element, *, kind: str, where: str, problems: list[str]) -> str:
    from pactdesk.export.xlsx_import import as_number, as_period, as_yes_no

    rows: list[Any] = []
    width = len(layout.DATA_HEADERS) if kind == "data" else len(layout.REFERENCE_HEADERS)
    for number, (tr, cells) in enumerate(_rows(table), start=1):
        pr = tr.find(f"{W}trPr")
        if pr is not None and pr.find(f"{W}tblHeader") is not None:
            continue
        values = [text.paragraphs(cell.paragraphs) for cell in cells]
        if number == 1 and [v.strip() for v in values] == [
            h for h in (layout.DATA_HEADERS if kind == "data" else layout.REFERENCE_HEADERS)
        ]:
            continue
        values = (values + [""] * width)[:width]
        if not any(v.strip() for v in values):
            continue
        if kind == "references":
            rows.append(Reference(source=values[0], citation=values[1]))
            continue
        value, ok = as_number(values[2])
        harmonised, ok2 = as_yes_no(values[5])
        if not ok:
            problems.append(f"{where}, row {number}: {values[2]!r} is not a number")
        if not ok2:
            problems.append(f"{where}, row {number}: {values[5]!r} is neither yes nor no")
        if ok and ok2:
            rows.append(
                DataPoint(
                    indicator=values[0],
                    period=as_period(values[1]),
                    value=value,
                    unit=values[3],
                    source=values[4],
                    harmonised=bool(harmonised),
                )
            )
    return encode_rows(tuple(rows))


# -- the three readers ------------------------------------------------------------------


def _tagged(
    body: Element, framework: Framework, text: _Text, problems: list[str]
) -> dict[str, str]:
    known = set(layout.answer_keys(framework))
    items: dict[str, str] = {}
    for sdt in body.iter(f"{W}sdt"):
        tag = sdt.find(f"{W}sdtPr/{W}tag")
        key = tag.get(f"{W}val", "") if tag is not None else ""
        if key not in known:
            continue
        content = sdt.find(f"{W}sdtContent")
        if content is None:
            continue
        if key in items:
            problems.append(f"The answer box {key} appears twice")
            continue
        text.key = key
        if is_list_key(key):
            table = content.find(f".//{W}tbl")
            kind = "data" if key.endswith("/data") else "references"
            items[key] = (
                _list_rows(text, table, kind=kind, where=key, problems=problems)
                if table is not None
                else ""
            )
        else:
            items[key] = text.paragraphs(_block_paragraphs(content))
        text.key = ""
    return items


def _layout(
    body: Element, framework: Framework, text: _Text, problems: list[str]
) -> dict[str, str]:
    """PactDesk's layout without its tags: headings, then tables in a known order."""
    area_by_heading = {_key(layout.area_heading(a.id, a.title)): a for a in framework.areas}
    commitment_by_heading = {_key(layout.commitment_heading(c)): c for c in framework.commitments()}
    part_one, part_two = (_key(h) for h in layout.part_headings(framework))
    lists: dict[str, tuple[str, str]] = {}
    for c in framework.commitments():
        lists[_key(f"{c.id} — data points")] = (data_key(c.id), "data")
        lists[_key(f"{c.id} — references")] = (references_key(c.id), "references")
    part = 0
    area = None
    commitment: Commitment | None = None
    pending_list: tuple[str, str] | None = None
    political: list[Element] | None = None
    items: dict[str, str] = {}
    prompt_index = 0

    def close_political() -> None:
        nonlocal political
        if political is not None and area is not None:
            text.key = political_key(area.id)
            items[political_key(area.id)] = text.paragraphs(political) if political else ""
            text.key = ""
        political = None

    for block in _blocks(body):
        if block.tag == f"{W}p":
            style = _style(block)
            plain = text.paragraph(block)
            if style.startswith("Heading") or style == "Title":
                close_political()
                key = _key(plain)
                if style == "Heading1":
                    part = {part_one: 1, part_two: 2}.get(key, 0)
                    area = None
                elif style == "Heading2" and key in area_by_heading:
                    area = area_by_heading[key]
                    commitment = None
                elif style == "Heading3" and key in commitment_by_heading:
                    commitment = commitment_by_heading[key]
                    prompt_index = 0
                elif style == "Heading4" and key in lists:
                    pending_list = lists[key]
                continue
            if part == 1 and area is not None:
                if political is None:
                    if _key(plain) == _key(f"Main commitment: {area.main_commitment}"):
                        political = []
                    continue
                political.append(block)
            continue
        # a table
        close_political()
        if pending_list is not None:
            key, kind = pending_list
            text.key = key
            items[key] = _list_rows(text, block, kind=kind, where=key, problems=problems)
            text.key = ""
            pending_list = None
            continue
        if commitment is None:
            continue
        # The commitment's table (header, then its row of three cells) and each request's
        # box (the request, then the answer); read row by row, as a word processor may have
        # joined adjacent tables into one.
        prompt_heading: str | None = None
        for tr, cells in _rows(block):
            pr = tr.find(f"{W}trPr")
            if pr is not None and pr.find(f"{W}tblHeader") is not None and len(cells) == 3:
                continue
            if len(cells) == 3:
                for column, cell in ((ACTIONS, cells[1]), (DEVELOPMENTS, cells[2])):
                    key = answer_key(commitment.id, column)
                    text.key = key
                    items[key] = text.paragraphs(cell.paragraphs)
                text.key = ""
            elif len(cells) == 1 and prompt_heading is None:
                prompt_heading = _key(text.paragraphs(cells[0].paragraphs))
            elif len(cells) == 1:
                prompt = next(
                    (p for p in commitment.prompts if _key(p.text) == prompt_heading),
                    commitment.prompts[prompt_index]
                    if prompt_index < len(commitment.prompts)
                    else None,
                )
                prompt_index += 1
                prompt_heading = None
                if prompt is not None:
                    key = prompt_key(commitment.id, prompt.id)
                    text.key = key
                    items[key] = text.paragraphs(cells[0].paragraphs)
                    text.key = ""
    close_political()
    return items


# -- a document PactDesk did not make ---------------------------------------------------

_LABEL = re.compile(r"^\s*\(?([a-z])\)\s*", re.IGNORECASE)
_HYPHEN_BREAK = re.compile(r"[-\u2010\u2011]\s*\n\s*")


def _key(text: str) -> str:
    """The letters and digits of a text, lower-cased: hyphenation, breaks and spacing aside."""
    text = _HYPHEN_BREAK.sub("", text.replace("\u00ad", ""))
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _grams(key: str) -> set[str]:
    return {key[i : i + 5] for i in range(max(1, len(key) - 4))}


@dataclass
class _Candidate:
    commitment: Commitment
    paragraph: int  # -1: the whole text (all paragraphs in one cell)
    key: str
    grams: set[str]


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


@dataclass
class _Matcher:
    framework: Framework
    candidates: list[_Candidate] = field(default_factory=list)
    templates: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (kind, area)

    def __post_init__(self) -> None:
        for c in self.framework.commitments():
            for index, paragraph in enumerate(c.paragraphs):
                key = _key(paragraph)
                self.candidates.append(_Candidate(c, index, key, _grams(key)))
            if len(c.paragraphs) > 1:
                key = _key(c.text)
                self.candidates.append(_Candidate(c, -1, key, _grams(key)))
        f = self.framework
        for area in f.areas:
            self.templates[_key(f"{area.id}. {area.title}")] = ("area", area.id)
            self.templates[_key(area.title)] = ("area", area.id)
            self.templates[_key(f"Main commitment: {area.main_commitment}")] = ("main", area.id)
        for text in (f.column_commitment, f.column_actions, f.column_developments):
            self.templates[_key(text)] = ("header", "")
        for title, part in ((f.part_one_title, "1"), (f.part_two_title, "2")):
            self.templates[_key(title)] = ("part", part)
            for prefix in ("I. ", "II. "):
                self.templates[_key(prefix + title)] = ("part", part)
        self.templates[_key(f.part_one_instruction)] = ("instruction", "")
        self.templates[_key(f.part_two_instruction)] = ("instruction", "")

    def template(self, key: str) -> tuple[str, str] | None:
        if not key:
            return None
        if key in self.templates:
            return self.templates[key]
        for known, kind in self.templates.items():
            if abs(len(known) - len(key)) <= max(3, len(known) // 10) and (
                _similarity(known, key) >= 0.9
            ):
                return kind
        return None

    def best(self, key: str, area: str) -> tuple[_Candidate | None, float, float]:
        """The best candidate, its score, and the best score of another commitment.

        Five-letter shingles pick the few likely candidates; difflib scores those.
        """
        exact = [c for c in self.candidates if c.key == key]
        if len(exact) == 1:
            return exact[0], 1.0, 0.0
        grams = _grams(key)
        scored = sorted(
            (len(grams & c.grams) / max(1, len(grams | c.grams)), n)
            for n, c in enumerate(self.candidates)
        )[-4:]
        results: list[tuple[float, _Candidate]] = []
        for _, n in scored:
            candidate = self.candidates[n]
            score = _similarity(key, candidate.key)
            if area and candidate.commitment.area_id == area:
                score = min(1.0, score + 0.02)
            results.append((score, candidate))
        results.sort(key=lambda pair: pair[0], reverse=True)
        if not results:
            return None, 0.0, 0.0
        top_score, top = results[0]
        other = max(
            (s for s, c in results[1:] if c.commitment.id != top.commitment.id), default=0.0
        )
        return top, top_score, other


def _matched(
    body: Element, framework: Framework, text: _Text, problems: list[str]
) -> tuple[dict[str, str], list[Placement], list[Unplaced]]:
    matcher = _Matcher(framework)
    answers: dict[str, list[str]] = {}
    placements: list[Placement] = []
    unplaced: list[Unplaced] = []
    part = "0"
    area = ""
    political_area = ""
    table_number = 0
    prompt_keys = {c.id: [_key(p.text) for p in c.prompts] for c in framework.commitments()}

    def add(key: str, value: str) -> None:
        if value.strip():
            answers.setdefault(key, []).append(value)

    for block in _blocks(body):
        if block.tag == f"{W}p":
            plain = text.paragraph(block)
            key = _key(_LABEL.sub("", plain) if len(plain) < 12 else plain)
            kind = matcher.template(_key(plain))
            if kind is not None:
                if kind[0] == "part":
                    part, political_area = kind[1], ""
                elif kind[0] in ("area", "main"):
                    area = kind[1]
                    political_area = kind[1] if part == "1" else ""
                continue
            if part == "1" and political_area and key:
                text.key = political_key(political_area)
                add(political_key(political_area), text.paragraphs([block]))
                text.key = ""
            continue
        table_number += 1
        current: Commitment | None = None
        actions_col, developments_col = -1, -1
        grid = 0
        for row_number, (_tr, cells) in enumerate(_rows(block), start=1):
            where = f"table {table_number}, row {row_number}"
            if not cells:
                continue
            grid = max(grid, cells[-1].column + cells[-1].span)
            texts = [text.paragraphs(cell.paragraphs) for cell in cells]
            keys = [_key(t) for t in texts]
            kinds = [matcher.template(k) for k in keys]
            if sum(1 for k in kinds if k is not None and k[0] == "header") >= 2:
                for cell, k in zip(cells, keys, strict=True):
                    if k == _key(framework.column_actions):
                        actions_col = cell.column
                    elif k == _key(framework.column_developments):
                        developments_col = cell.column
                continue
            if any(k is not None and k[0] in ("area", "main", "part") for k in kinds):
                for found in kinds:
                    if found is not None and found[0] in ("area", "main"):
                        area = found[1]
                    elif found is not None and found[0] == "part":
                        part = found[1]
                continue
            act = actions_col if actions_col >= 0 else max(0, grid - 2)
            dev = developments_col if developments_col >= 0 else max(0, grid - 1)
            commitment_cells = [c for c in cells if c.column + c.span <= min(act, dev)]
            answer_cells = {c.column: c for c in cells if c.column in (act, dev)}
            commitment_text = " ".join(
                t for c, t in zip(cells, texts, strict=True) if c in commitment_cells
            )
            label_match = _LABEL.match(commitment_text)
            ckey = _key(_LABEL.sub("", commitment_text, count=1))
            answer_texts = {
                column: text.paragraphs(cell.paragraphs) for column, cell in answer_cells.items()
            }
            if ckey:
                candidate, score, other = matcher.best(ckey, area)
                if candidate is None or score < MATCH_THRESHOLD:
                    current = None
                    unplaced.append(
                        Unplaced(
                            where,
                            commitment_text.strip()[:120],
                            f"matches no commitment (best {score:.0%})",
                            any(v.strip() for v in answer_texts.values()),
                        )
                    )
                    continue
                if score - other < AMBIGUITY_MARGIN and score < 0.97:
                    current = None
                    unplaced.append(
                        Unplaced(
                            where,
                            commitment_text.strip()[:120],
                            f"as close to two commitments ({score:.0%} / {other:.0%})",
                            any(v.strip() for v in answer_texts.values()),
                        )
                    )
                    continue
                if (
                    label_match is not None
                    and candidate.paragraph in (0, -1)
                    and label_match.group(1).lower() != candidate.commitment.letter
                    and score < 0.97
                ):
                    problems.append(
                        f"{where}: labelled ({label_match.group(1)}) but its text is "
                        f"{candidate.commitment.id}'s ({score:.0%}); taken as "
                        f"{candidate.commitment.id}"
                    )
                current = candidate.commitment
                area = current.area_id
                placements.append(
                    Placement(current.id, max(0, candidate.paragraph), where, round(score, 3))
                )
            elif current is None:
                if any(v.strip() for v in answer_texts.values()):
                    unplaced.append(
                        Unplaced(where, "", "no commitment text, and none above it", True)
                    )
                continue
            for column, value in answer_texts.items():
                target = ACTIONS if column == act else DEVELOPMENTS
                if target == ACTIONS:
                    value = _without_prompts(value, prompt_keys[current.id])
                text.key = answer_key(current.id, target)
                add(answer_key(current.id, target), value)
            text.key = ""
    items = {key: "\n".join(values) for key, values in answers.items()}
    return items, placements, unplaced


def _without_prompts(value: str, prompts: Sequence[str]) -> str:
    """A cell's text without the Commission's requests the template prints in it.

    A line goes when it is made of requests only, or is a piece of one (the
    Annex's own table cuts some requests across its pages).
    """
    kept = []
    removed = False
    for line in value.split("\n"):
        key = _key(line)
        for prompt in prompts:
            key = key.replace(prompt, "")
        if key and len(key) >= 20 and any(key in prompt for prompt in prompts):
            key = ""
        if key or not _key(line):
            kept.append(line)
        else:
            removed = True
    return "\n".join(kept).strip("\n") if removed else value


# -- the document ------------------------------------------------------------------------


def _custom_properties(root: Element | None) -> dict[str, str]:
    if root is None:
        return {}
    props: dict[str, str] = {}
    for prop in root:
        name = prop.get("name")
        if name:
            props[name] = "".join(prop.itertext())
    return props


def _base(props: dict[str, str]) -> dict[str, str]:
    base: dict[str, str] = {}
    for name, value in props.items():
        if name.startswith(layout.PROP_BASE + " "):
            for entry in value.split():
                key, sep, digest = entry.partition("=")
                if sep:
                    base[key] = digest
    return base


def _comments(root: Element | None, anchors: dict[str, str]) -> list[WordComment]:
    if root is None:
        return []
    reader = _Text(mode="accept")
    out = []
    for comment in root.iter(f"{W}comment"):
        cid = comment.get(f"{W}id", "")
        text = reader.paragraphs(list(comment.iter(f"{W}p")))
        out.append(
            WordComment(
                author=comment.get(f"{W}author", ""),
                date=comment.get(f"{W}date", ""),
                text=text,
                key=anchors.get(cid, ""),
            )
        )
    return out


def read_document(
    raw: bytes, *, name: str, framework: Framework, changes: str | None = None
) -> WordContent:
    """Every answer a Word document holds, or :class:`WordError` saying what is wrong.

    ``changes`` is None (tracked changes are read as they show, and listed in
    the result), ``"accept"`` or ``"reject"``.
    """
    try:
        return _read_document(raw, name=name, framework=framework, changes=changes)
    except RecursionError as exc:
        # The reader walks the XML recursively; no word processor nests elements this deep.
        raise WordError(
            f"{name} is not a document PactDesk can read: its XML is nested thousands of "
            "levels deep. Refused."
        ) from exc


def _read_document(
    raw: bytes, *, name: str, framework: Framework, changes: str | None
) -> WordContent:
    parts = open_container(raw, name=name)
    document = parse_xml(parts["word/document.xml"], name=name, part="word/document.xml")
    body = document.find(f"{W}body")
    if body is None:
        raise WordError(f"{name} is damaged: its document has no body.")
    props = _custom_properties(
        parse_xml(parts["docProps/custom.xml"], name=name, part="docProps/custom.xml")
        if "docProps/custom.xml" in parts
        else None
    )
    last_modified_by = ""
    if "docProps/core.xml" in parts:
        core = parse_xml(parts["docProps/core.xml"], name=name, part="docProps/core.xml")
        node = core.find(f"{CP_NS}lastModifiedBy")
        last_modified_by = " ".join((node.text or "").split()) if node is not None else ""
    comments_root = (
        parse_xml(parts["word/comments.xml"], name=name, part="word/comments.xml")
        if "word/comments.xml" in parts
        else None
    )
    text = _Text(mode=changes)
    problems: list[str] = []
    placements: list[Placement] = []
    unplaced: list[Unplaced] = []
    from_pactdesk = props.get(layout.PROP_FORMAT) == layout.FORMAT
    if from_pactdesk and props.get(layout.PROP_FRAMEWORK) != framework.id:
        raise WordError(
            f"{name} answers the framework {props.get(layout.PROP_FRAMEWORK)!r}; this draft "
            f"answers {framework.id!r}."
        )
    method = "tagged"
    items = _tagged(body, framework, text, problems)
    if not items and from_pactdesk:
        method = "layout"
        text = _Text(mode=changes)
        items = _layout(body, framework, text, problems)
    if not items and not from_pactdesk:
        method = "matched"
        text = _Text(mode=changes)
        items, placements, unplaced = _matched(body, framework, text, problems)
    if problems and method != "matched":
        more = len(problems) - 1
        raise WordError(
            f"{name} cannot be imported: {problems[0]}"
            + (f" (and {more:,} more)" if more else "")
            + " (nothing was changed).",
            problems,
        )
    if not items:
        raise WordError(
            f"{name} holds no answer PactDesk can place: no answer boxes, and no table row "
            "whose text is a commitment of this framework. Nothing was imported.",
            [f"{u.where}: {u.text!r} — {u.reason}" for u in unplaced][:20],
        )
    comments = _comments(comments_root, text.comment_anchors)
    return WordContent(
        name=name,
        method=method,
        properties=props,
        last_modified_by=last_modified_by,
        items=items,
        base=_base(props) if from_pactdesk else {},
        tracked=tuple(text.tracked),
        comments=tuple(comments),
        placements=tuple(placements),
        unplaced=tuple(unplaced),
    )
