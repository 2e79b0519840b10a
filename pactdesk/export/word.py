"""The contribution as a Word document (.docx), laid out like the Commission's Annex.

What the document holds, and why:

* Real heading styles (Title, Heading 1 for the parts, Heading 2 for the
  policy areas, Heading 3 for each commitment), so that Word's navigation
  pane, LibreOffice's navigator, a PDF's outline and screen readers find
  their way.  The document doubles as the accessible form of the
  contribution (reportlab's PDF has no structure tree).
* Per commitment the Annex's three-column table (Commitment | Main actions
  undertaken | Most significant developments planned) with a header row
  that repeats on every page, then each of the Commission's requests with
  its answer box, then the data points and the references as tables.
* Every answer sits in a content control (``w:sdt``) whose tag is the
  item's key (``commitment/I.a/actions_undertaken``) and which cannot be
  deleted but whose content is editable (``sdtLocked``); the template text
  (commitment texts, requests, instructions) sits in controls whose
  content is locked (``sdtContentLocked``).  LibreOffice empties
  content-control properties when it re-saves a file (and splits bookmarks
  that span paragraphs, so they are no help either): the import then falls
  back to the layout itself — the headings, the tables, the template texts.
* The draft's identity and the hash of every answer as exported (the base
  of the three-way import) are custom document properties; the language of
  the draft is set on every run of an answer (``w:lang``), the template's
  English on the rest, so that spelling works in Polish, Greek or Bulgarian.

The body is built with lxml directly (python-docx's table API is far too
slow for a full draft) into a python-docx document, which supplies the
package, the styles and the properties.  Qt-free, thread-agnostic; nothing
here touches a draft or a file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    data_key,
    decode_data,
    decode_references,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Commitment, Framework

FORMAT = "pactdesk.docx/1"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_NS = "http://www.w3.org/XML/1998/namespace"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
#: The fmtid every custom property carries (the one Word itself writes).
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

#: Custom document properties (name -> meaning); "PactDesk base NNN" hold the hashes.
PROP_FORMAT = "PactDesk format"
PROP_DRAFT = "PactDesk draft"
PROP_REVISION = "PactDesk base revision"
PROP_HEAD = "PactDesk history head"
PROP_FRAMEWORK = "PactDesk framework"
PROP_MEMBER_STATE = "PactDesk Member State"
PROP_CYCLE = "PactDesk cycle"
PROP_LANGUAGE = "PactDesk language"
PROP_EXPORTED_AT = "PactDesk exported at"
PROP_BASE = "PactDesk base"
#: Hashes per "PactDesk base NNN" property: Word shows at most 255 characters of one.
HASHES_PER_PROPERTY = 2
#: Characters of each item's SHA-256 kept as its base (collisions are not a concern here).
HASH_CHARS = 64

TEMPLATE_TAG = "pactdesk:template"
YES, NO = "yes", "no"
DATA_HEADERS = ("Indicator", "Period", "Value", "Unit", "Source", "Harmonised (yes/no)")
REFERENCE_HEADERS = ("Source", "Citation")

#: The language tag Word expects for each EU language (spelling dictionaries).
LANGUAGE_TAGS: dict[str, str] = {
    "bg": "bg-BG", "cs": "cs-CZ", "da": "da-DK", "de": "de-DE", "el": "el-GR",
    "en": "en-GB", "es": "es-ES", "et": "et-EE", "fi": "fi-FI", "fr": "fr-FR",
    "ga": "ga-IE", "hr": "hr-HR", "hu": "hu-HU", "it": "it-IT", "lt": "lt-LT",
    "lv": "lv-LV", "mt": "mt-MT", "nl": "nl-NL", "pl": "pl-PL", "pt": "pt-PT",
    "ro": "ro-RO", "sk": "sk-SK", "sl": "sl-SI", "sv": "sv-SE",
}  # fmt: skip
TEMPLATE_LANGUAGE = "en-GB"

Checkpoint = Callable[[float, str], None]
#: Characters XML 1.0 cannot hold, and a lone carriage return (XML reads it as a line feed);
#: tabs and line feeds are written as w:tab and paragraphs.
_NOT_XML = re.compile(r"([\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff])")


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Who and what the document is: written into its custom properties."""

    draft_id: str
    revision: int
    history_head: str
    member_state: str
    member_state_name: str
    cycle: int
    language: str
    language_name: str
    framework_id: str
    exported_at: str


def answer_keys(framework: Framework) -> Iterator[str]:
    """Every item a full document carries, in the Annex's order."""
    for area in framework.areas:
        yield political_key(area.id)
    for commitment in framework.commitments():
        yield from commitment_answer_keys(commitment)


def commitment_answer_keys(commitment: Commitment) -> Iterator[str]:
    cid = commitment.id
    yield answer_key(cid, ACTIONS)
    yield answer_key(cid, DEVELOPMENTS)
    for prompt in commitment.prompts:
        yield prompt_key(cid, prompt.id)
    yield data_key(cid)
    yield references_key(cid)


def format_number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def commitment_heading(commitment: Commitment) -> str:
    return f"{commitment.area_id} ({commitment.letter})"


def area_heading(area_id: str, title: str) -> str:
    return f"{area_id}. {title}"


def part_headings(framework: Framework) -> tuple[str, str]:
    """The Heading 1 of Part I and of Part II, as the Annex numbers them."""
    return f"I. {framework.part_one_title}", f"II. {framework.part_two_title}"


# -- building WordprocessingML -------------------------------------------------------


class _Builder:
    """Makes body elements with lxml; one per document, not thread-shared."""

    def __init__(self, language: str) -> None:
        from lxml import etree

        self.etree = etree
        self.lang = LANGUAGE_TAGS.get(language, language)
        self.sdt_id = 1000

    def el(self, parent: object, tag: str, **attrs: str) -> object:
        e = self.etree.SubElement(parent, f"{{{W_NS}}}{tag}")
        for name, value in attrs.items():
            e.set(f"{{{W_NS}}}{name}", value)
        return e

    def new(self, tag: str, **attrs: str) -> object:
        e = self.etree.Element(f"{{{W_NS}}}{tag}")
        for name, value in attrs.items():
            e.set(f"{{{W_NS}}}{name}", value)
        return e

    def paragraph(
        self,
        parent: object,
        text: str,
        *,
        style: str | None = None,
        lang: str | None = None,
        bold: bool = False,
        italic: bool = False,
        keep_next: bool = False,
    ) -> object:
        p = self.el(parent, "p")
        if style or keep_next:
            ppr = self.el(p, "pPr")
            if style:
                self.el(ppr, "pStyle", val=style)
            if keep_next:
                self.el(ppr, "keepNext")
        if text:
            self.run(p, text, lang=lang, bold=bold, italic=italic)
        return p

    def run(
        self, p: object, text: str, *, lang: str | None, bold: bool = False, italic: bool = False
    ) -> None:
        r = self.el(p, "r")
        rpr = self.el(r, "rPr")
        if bold:
            self.el(rpr, "b")
        if italic:
            self.el(rpr, "i")
        self.el(rpr, "lang", val=lang or TEMPLATE_LANGUAGE)
        for index, piece in enumerate(text.split("\t")):
            if index:
                self.el(r, "tab")
            for n, part in enumerate(_NOT_XML.split(piece) if _NOT_XML.search(piece) else [piece]):
                if n % 2:
                    # A control character XML cannot hold (pasted from somewhere): a symbol
                    # of that code, so that it comes back exactly as it was.
                    self.el(r, "sym", font="DejaVu Sans", char=f"{ord(part):04X}")
                elif part:
                    t = self.el(r, "t")
                    t.text = part  # type: ignore[attr-defined]
                    t.set(f"{{{XML_NS}}}space", "preserve")  # type: ignore[attr-defined]

    def text_paragraphs(self, parent: object, text: str) -> list[object]:
        """An answer: one paragraph per line, so every line break comes back as typed."""
        normal = text.replace("\r\n", "\n")  # the same answer (the import compares so)
        return [
            self.paragraph(parent, line, lang=self.lang, style="Answer")
            for line in normal.split("\n")
        ]

    def sdt(self, parent: object, *, tag: str, alias: str, locked_content: bool) -> object:
        sdt = self.el(parent, "sdt")
        pr = self.el(sdt, "sdtPr")
        self.el(pr, "alias", val=alias)
        self.el(pr, "tag", val=tag)
        self.sdt_id += 1
        self.el(pr, "id", val=str(self.sdt_id))
        self.el(pr, "lock", val="sdtContentLocked" if locked_content else "sdtLocked")
        return self.el(sdt, "sdtContent")

    def template(self, parent: object, paragraphs: Sequence[tuple[str, dict[str, object]]]) -> None:
        """Text of the Commission's template, locked against editing."""
        content = self.sdt(parent, tag=TEMPLATE_TAG, alias="Template text", locked_content=True)
        for text, options in paragraphs:
            self.paragraph(content, text, **options)  # type: ignore[arg-type]

    def answer(self, parent: object, *, key: str, alias: str, text: str) -> None:
        content = self.sdt(parent, tag=key, alias=alias, locked_content=False)
        self.text_paragraphs(content, text)

    def table(self, parent: object, widths: Sequence[int], *, style: str = "TableGrid") -> object:
        tbl = self.el(parent, "tbl")
        pr = self.el(tbl, "tblPr")
        self.el(pr, "tblStyle", val=style)
        self.el(pr, "tblW", w=str(sum(widths)), type="dxa")
        self.el(pr, "tblLayout", type="fixed")
        self.el(pr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0",
                lastColumn="0", noHBand="0", noVBand="1")  # fmt: skip
        grid = self.el(tbl, "tblGrid")
        for width in widths:
            self.el(grid, "gridCol", w=str(width))
        return tbl

    def row(self, tbl: object, *, header: bool = False, min_height: int = 0) -> object:
        tr = self.el(tbl, "tr")
        if header or min_height:
            pr = self.el(tr, "trPr")
            if header:
                self.el(pr, "cantSplit")
                self.el(pr, "tblHeader")
            if min_height:  # room to click into an empty answer box
                self.el(pr, "trHeight", val=str(min_height), hRule="atLeast")
        return tr

    def cell(self, tr: object, width: int, *, shade: str | None = None) -> object:
        tc = self.el(tr, "tc")
        pr = self.el(tc, "tcPr")
        self.el(pr, "tcW", w=str(width), type="dxa")
        if shade:
            self.el(pr, "shd", val="clear", color="auto", fill=shade)
        return tc

    def header_row(self, tbl: object, widths: Sequence[int], labels: Sequence[str]) -> None:
        tr = self.row(tbl, header=True)
        for width, label in zip(widths, labels, strict=True):
            tc = self.cell(tr, width, shade="D9E2F3")
            self.paragraph(tc, label, style="TableHeading", bold=True)


# Text width of A4 with 2 cm margins, in twentieths of a point.
TEXT_WIDTH = 9638
COMMITMENT_WIDTHS = (3374, 3132, 3132)
DATA_WIDTHS = (2300, 1000, 1000, 1000, 2838, 1500)
REFERENCE_WIDTHS = (3600, 6038)


def build_document(
    framework: Framework,
    items: Mapping[str, str],
    meta: DocumentMeta,
    *,
    base: Mapping[str, str],
    commitments: Sequence[str] | None = None,
    political: Sequence[str] | None = None,
    checkpoint: Checkpoint | None = None,
) -> bytes:
    """The .docx bytes of a contribution; ``commitments``/``political`` limit what it holds.

    ``base`` maps each exported item key to its hash (the three-way base);
    only the keys of what the document holds are written.
    """
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401 - portrait is the default
    from docx.shared import Cm, Pt

    step = checkpoint or (lambda _f, _l: None)
    document = docx.Document()
    _styles(document, Pt, language=meta.language)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    core = document.core_properties
    core.title = f"{framework.title} — {meta.member_state_name} {meta.cycle}"
    core.subject = framework.source
    core.language = LANGUAGE_TAGS.get(meta.language, meta.language)
    core.author = "PactDesk"
    # Word and LibreOffice write the name of whoever saves the file here: the import
    # attributes the document's changes to that person.
    core.last_modified_by = ""
    core.comments = f"Draft {meta.draft_id}, revision {meta.revision}"

    body = document.element.body
    sect_pr = body[-1]  # python-docx's empty document ends with its w:sectPr
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    b = _Builder(meta.language)
    root = b.etree.Element(f"{{{W_NS}}}body")
    wanted = set(commitments) if commitments is not None else None
    wanted_areas = set(political) if political is not None else None
    written: list[str] = []

    b.paragraph(root, framework.title, style="Title")
    b.template(
        root,
        [
            (f"{meta.member_state_name} ({meta.member_state}) — {meta.cycle}", {"bold": True}),
            (
                f"Language of the answers: {meta.language_name}. Draft {meta.draft_id}, "
                f"revision {meta.revision}. Write in the boxes; the template text is locked.",
                {"italic": True},
            ),
        ],
    )
    areas = [a for a in framework.areas if wanted_areas is None or a.id in wanted_areas]
    if areas:
        b.paragraph(root, part_headings(framework)[0], style="Heading1")
        b.template(root, [(framework.part_one_instruction, {})])
        for area in areas:
            key = political_key(area.id)
            b.paragraph(root, area_heading(area.id, area.title), style="Heading2")
            b.template(root, [(f"Main commitment: {area.main_commitment}", {"italic": True})])
            b.answer(
                root,
                key=key,
                alias=f"Political assessment, {area.id}",
                text=items.get(key, ""),
            )
            written.append(key)
    step(0.1, "Part I")

    chosen = [c for c in framework.commitments() if wanted is None or c.id in wanted]
    if chosen:
        b.paragraph(root, part_headings(framework)[1], style="Heading1")
        b.template(root, [(framework.part_two_instruction, {})])
    headers = (framework.column_commitment, framework.column_actions, framework.column_developments)
    current_area = ""
    for index, commitment in enumerate(chosen):
        if commitment.area_id != current_area:
            current_area = commitment.area_id
            area = framework.area(current_area)
            b.paragraph(root, area_heading(area.id, area.title), style="Heading2")
            b.template(
                root,
                [(f"Main commitment: {area.main_commitment}", {"italic": True, "keep_next": True})],
            )
        _commitment(b, root, framework, commitment, items, headers)
        written.extend(commitment_answer_keys(commitment))
        step(0.1 + 0.8 * (index + 1) / max(1, len(chosen)), f"Commitment {commitment.id}")

    b.paragraph(root, "")  # Word ends a body with a paragraph, never with a table
    for child in list(root):
        sect_pr.addprevious(child)
    _custom_properties(document, meta, {key: base.get(key, "") for key in written})
    out = io.BytesIO()
    document.save(out)
    step(1.0, "Done")
    return out.getvalue()


def _commitment(
    b: _Builder,
    root: object,
    framework: Framework,
    commitment: Commitment,
    items: Mapping[str, str],
    headers: Sequence[str],
) -> None:
    cid = commitment.id
    b.paragraph(root, commitment_heading(commitment), style="Heading3", keep_next=True)
    tbl = b.table(root, COMMITMENT_WIDTHS)
    b.header_row(tbl, COMMITMENT_WIDTHS, headers)
    tr = b.row(tbl, min_height=1134)
    tc = b.cell(tr, COMMITMENT_WIDTHS[0], shade="F2F2F2")
    paragraphs: list[tuple[str, dict[str, object]]] = [
        (f"({commitment.letter}) {commitment.paragraphs[0]}", {})
    ]
    paragraphs += [(text, {}) for text in commitment.paragraphs[1:]]
    b.template(tc, paragraphs)
    for column, width in ((ACTIONS, COMMITMENT_WIDTHS[1]), (DEVELOPMENTS, COMMITMENT_WIDTHS[2])):
        key = answer_key(cid, column)
        label = framework.column_actions if column == ACTIONS else framework.column_developments
        b.answer(
            b.cell(tr, width),
            key=key,
            alias=f"{cid} — {label}",
            text=items.get(key, ""),
        )
    b.paragraph(root, "")  # two tables with nothing between them become one in Word
    for prompt in commitment.prompts:
        key = prompt_key(cid, prompt.id)
        box = b.table(root, (TEXT_WIDTH,))
        head = b.row(box, header=True)
        b.template(b.cell(head, TEXT_WIDTH, shade="FCE4D6"), [(prompt.text, {"italic": True})])
        b.answer(
            b.cell(b.row(box, min_height=567), TEXT_WIDTH),
            key=key,
            alias=f"{cid} — {prompt.text[:60]}",
            text=items.get(key, ""),
        )
        b.paragraph(root, "")
    _data_table(b, root, cid, items.get(data_key(cid), ""))
    _reference_table(b, root, cid, items.get(references_key(cid), ""))


def _list_table(
    b: _Builder,
    root: object,
    *,
    key: str,
    alias: str,
    title: str,
    widths: Sequence[int],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
) -> None:
    b.paragraph(root, title, style="Heading4", keep_next=True)
    content = b.sdt(root, tag=key, alias=alias, locked_content=False)
    tbl = b.table(content, widths)
    b.header_row(tbl, widths, headers)
    for values in rows or [("",) * len(widths)]:
        tr = b.row(tbl)
        for width, value in zip(widths, values, strict=True):
            tc = b.cell(tr, width)
            lines = value.split("\n")
            for line in lines:
                b.paragraph(tc, line, lang=b.lang, style="TableText")


def _data_table(b: _Builder, root: object, cid: str, stored: str) -> None:
    rows = [
        (
            p.indicator,
            p.period,
            format_number(p.value),
            p.unit,
            p.source,
            YES if p.harmonised else NO,
        )
        for p in decode_data(stored)
    ]
    _list_table(
        b,
        root,
        key=data_key(cid),
        alias=f"{cid} — data points",
        title=f"{cid} — data points",
        widths=DATA_WIDTHS,
        headers=DATA_HEADERS,
        rows=rows,
    )


def _reference_table(b: _Builder, root: object, cid: str, stored: str) -> None:
    rows = [(r.source, r.citation) for r in decode_references(stored)]
    _list_table(
        b,
        root,
        key=references_key(cid),
        alias=f"{cid} — references",
        title=f"{cid} — references",
        widths=REFERENCE_WIDTHS,
        headers=REFERENCE_HEADERS,
        rows=rows,
    )


def _styles(document: object, pt: Callable[[float], object], *, language: str) -> None:
    """Paragraph styles the body refers to, based on the default template's.

    The answer styles carry the draft's language too (besides every run), so
    that an answer typed anew in Word or LibreOffice is spell-checked in it.
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    styles = document.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = pt(10)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "DejaVu Sans")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), TEMPLATE_LANGUAGE)
    for name, size, bold in (("Answer", 10, False), ("TableText", 9, False)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = pt(size)
        style.font.bold = bold
        style.paragraph_format.space_after = pt(2)
        style_rpr = style.element.get_or_add_rPr()
        style_rpr.append(
            style_rpr.makeelement(
                qn("w:lang"), {qn("w:val"): LANGUAGE_TAGS.get(language, language)}
            )
        )
    heading = styles.add_style("TableHeading", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = normal
    heading.font.size = pt(9)
    heading.paragraph_format.keep_with_next = True
    for style_id in ("Title", "Heading1", "Heading2", "Heading3", "Heading4"):
        styles[style_id.replace("Heading", "Heading ")].font.name = "DejaVu Sans"


def _custom_properties(document: object, meta: DocumentMeta, base: Mapping[str, str]) -> None:
    """docProps/custom.xml: the draft's identity and the base hash of every answer."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    props: list[tuple[str, str]] = [
        (PROP_FORMAT, FORMAT),
        (PROP_DRAFT, meta.draft_id),
        (PROP_REVISION, str(meta.revision)),
        (PROP_HEAD, meta.history_head),
        (PROP_FRAMEWORK, meta.framework_id),
        (PROP_MEMBER_STATE, meta.member_state),
        (PROP_CYCLE, str(meta.cycle)),
        (PROP_LANGUAGE, meta.language),
        (PROP_EXPORTED_AT, meta.exported_at),
    ]
    entries = [f"{key}={digest[:HASH_CHARS]}" for key, digest in base.items()]
    for start in range(0, len(entries), HASHES_PER_PROPERTY):
        chunk = entries[start : start + HASHES_PER_PROPERTY]
        props.append((f"{PROP_BASE} {start // HASHES_PER_PROPERTY:03d}", " ".join(chunk)))
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(props, start=2):
        prop = etree.SubElement(
            root, f"{{{CUSTOM_NS}}}property", fmtid=CUSTOM_FMTID, pid=str(pid), name=name
        )
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package  # type: ignore[attr-defined]
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CONTENT_TYPE, blob, package)
    package.relate_to(part, CUSTOM_REL)
