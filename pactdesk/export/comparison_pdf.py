"""The Commission's PDF overview of a compilation (``overview.pdf``).

In order: what was received (every bundle, the CA each was checked against,
the rejected ones with their reasons — never their content), a completeness
chart per Member State, a page per commitment with each Member State's
answer (the opening of *main actions undertaken*, its length, the requests
answered, the data given, and whether the update changed it; the full texts
are in ``comparison.xlsx``), then the data: a chart per indicator and period
with a bar per Member State — harmonised figures solid blue, figures not
collected to harmonised standards hatched orange and labelled "not
comparable", as the Commission's document warns.

Set in the contribution PDF's fonts and styles (:mod:`pactdesk.export.pdf`:
DejaVu, embedded), so every EU language prints right.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pactdesk.export.pdf import (
    BODY_WIDTH,
    EU_BLUE,
    GRID,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NOT_COMPARABLE_FILL,
    format_value,
    markup,
    register_fonts,
    styles,
)

if TYPE_CHECKING:
    from pactdesk.domain.framework import Commitment, Framework
    from pactdesk.services.compile import Compilation, Included

Checkpoint = Callable[[float, str], None]

#: Bars of figures not collected to harmonised standards (the Commission: "not comparable").
NOT_COMPARABLE_BAR = colors.HexColor("#e0892b")
CHANGED = colors.HexColor("#f8cbad")
EXCERPT_WORDS = 10


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    parts = text.split(None, words)  # the opening only: a full answer is thousands of words
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]) + " …"


def data_series(
    compilation: Compilation,
) -> dict[tuple[str, str, str, str], list[tuple[str, float, bool]]]:
    """(commitment, indicator, unit, period) -> [(Member State, value, harmonised)]."""
    series: dict[tuple[str, str, str, str], list[tuple[str, float, bool]]] = {}
    for entry in compilation.included:
        for answer in entry.contribution.commitments:
            for point in answer.data:
                if point.value is None:
                    continue
                key = (answer.commitment_id, point.indicator, point.unit, point.period)
                series.setdefault(key, []).append(
                    (entry.member_state, float(point.value), point.harmonised)
                )
    return series


class _Bars(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Vertical bars, one per Member State, drawn straight on the canvas.

    Harmonised figures are solid EU blue; figures not collected to harmonised
    standards are pale orange with a dashed orange outline and "n.c." over
    them.  reportlab's graphics shapes would cost ~25 ms a chart, and a
    compilation has hundreds of charts: each chart is a handful of paths and
    text objects, and the row of Member States under the bars, the same on
    most charts, is a form drawn once and placed on each.
    """

    def __init__(
        self,
        title: str,
        values: Sequence[tuple[str, float, bool]],
        *,
        height: float = 4.4 * cm,
        percent: bool = False,
    ) -> None:
        super().__init__()
        self.title = title
        self.values = list(values)
        self.height = height
        self.width = BODY_WIDTH
        self.percent = percent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        left, bottom, top_room = 1.5 * cm, 0.55 * cm, 0.7 * cm
        plot_w, plot_h = self.width - left - 0.2 * cm, self.height - bottom - top_room
        high = 100.0 if self.percent else max([v for _, v, _ in self.values] + [1.0])
        c.setFont("PD-Sans-Bold", 7.5)
        c.setFillColor(colors.black)
        c.drawString(0, self.height - 0.4 * cm, self.title)
        # Few operators: one path per kind of line or bar, one text object per kind of label
        # (a compilation draws hundreds of charts; a string drawn alone costs a text object).
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.HexColor("#d5d9e0"))
        grid = c.beginPath()
        scale = c.beginText()
        scale.setFont("PD-Sans", 6)
        scale.setFillColor(MUTED)
        for fraction in (0.0, 0.5, 1.0):
            y = bottom + plot_h * fraction
            grid.moveTo(left, y)
            grid.lineTo(left + plot_w, y)
            label = (
                f"{int(100 * fraction)}%" if self.percent else format_value(round(high * fraction))
            )
            scale.setTextOrigin(left - 3 - stringWidth(label, "PD-Sans", 6), y - 2.5)
            scale.textOut(label)
        c.drawPath(grid, stroke=1, fill=0)
        c.drawText(scale)
        slot = plot_w / max(len(self.values), 1)
        bar_w = slot * 0.7
        solid, hatched = c.beginPath(), c.beginPath()
        marks: list[tuple[float, float]] = []
        for index, (_code, value, harmonised) in enumerate(self.values):
            x = left + slot * index + (slot - bar_w) / 2
            h = max(plot_h * value / high, 0.3) if high else 0.3
            if harmonised:
                solid.rect(x, bottom, bar_w, h)
            else:
                hatched.rect(x, bottom, bar_w, h)
                marks.append((x + bar_w / 2, bottom + h + 1.5))
        c.setFillColor(EU_BLUE)
        c.drawPath(solid, stroke=0, fill=1)
        if marks:
            c.setFillColor(NOT_COMPARABLE_FILL)
            c.setStrokeColor(NOT_COMPARABLE_BAR)
            c.setDash(2, 1.2)
            c.setLineWidth(0.8)
            c.drawPath(hatched, stroke=1, fill=1)
            c.setDash()
            # Most figures of a compilation may be "n.c.": one form placed over each such bar.
            mark = self._mark_form()
            c.saveState()
            at = (0.0, 0.0)  # moving from mark to mark (drift below 0.0001 pt) saves a state each
            for x, y in marks:
                c.translate(x - at[0], y - at[1])
                c.doForm(mark)
                at = (x, y)
            c.restoreState()
        c.doForm(self._codes_form(left, bottom, slot, bar_w))

    def _mark_form(self) -> str:
        """The mark "n.c." centred on (0, 0), drawn once per document."""
        c = self.canv
        name = "PDNotComparable"
        if not c.hasForm(name):
            c.beginForm(name, -10, -2, 10, 6)
            text = c.beginText()
            text.setFont("PD-Sans", 4.8)
            text.setFillColor(NOT_COMPARABLE_BAR)
            text.setTextOrigin(-stringWidth("n.c.", "PD-Sans", 4.8) / 2, 0)
            text.textOut("n.c.")
            c.drawText(text)
            c.endForm()
        return name

    def _codes_form(self, left: float, bottom: float, slot: float, bar_w: float) -> str:
        """The Member States under the bars, drawn once per document for each row of them."""
        c = self.canv
        codes = tuple(code for code, _, _ in self.values)
        key = repr((codes, round(left, 3), round(bottom, 3), round(slot, 3), round(bar_w, 3)))
        name = "PDStates" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        if not c.hasForm(name):
            c.beginForm(name, 0, 0, self.width, self.height)
            row = c.beginText()
            row.setFont("PD-Sans", 5.6)
            row.setFillColor(colors.black)
            for index, code in enumerate(codes):
                x = left + slot * index + (slot - bar_w) / 2 + bar_w / 2
                row.setTextOrigin(x - stringWidth(code, "PD-Sans", 5.6) / 2, bottom - 7)
                row.textOut(code)
            c.drawText(row)
            c.endForm()
        return name


def _legend(style: Any, framework: Framework) -> Paragraph:
    # The cycle's own rule (the framework's data_rules), in the Commission's words.
    warning = " ".join(escape(rule.explanation) for rule in framework.data_rules.not_harmonised)
    return Paragraph(
        '<font color="#003399">■</font> harmonised &nbsp;&nbsp; '
        '<font color="#e0892b">□ n.c.</font> not comparable '
        "(not collected to harmonised standards" + (f"; {warning}" if warning else "") + ")",
        style,
    )


def _story(compilation: Compilation, checkpoint: Checkpoint | None) -> Iterator[Any]:
    st = styles()
    framework = compilation.framework
    entries = compilation.included
    yield Paragraph(
        "Contributions on the European Pact on Immigration and Asylum — "
        f"{compilation.cycle} cycle: overview",
        st.h1,
    )
    yield Paragraph(markup(compilation.summary()), st.body)
    yield Paragraph(
        f"Compiled {compilation.made_at:%Y-%m-%d %H:%M} UTC. "
        f"Full texts: comparison.xlsx. What was included, replaced and rejected, "
        f"and why: compilation.json.",
        st.small,
    )
    per_state = sorted({a.country for a in compilation.trust.anchors if a.country})
    if per_state:
        yield Paragraph(
            markup(
                f"Trusted: {len(per_state)} ministry CAs, each for its own Member State only "
                f"({', '.join(per_state)}). Which CA each bundle was checked against: below."
            ),
            st.small,
        )
    for anchor in compilation.trust.universal:
        yield Paragraph(
            markup(
                f"{anchor.describe()}: a bundle signed under it is accepted whichever "
                "Member State it says it is from."
            ),
            st.small,
        )
    yield Spacer(1, 6)
    rows: list[list[Any]] = [["State", "Language", "Bundle", "Status", "Checked against"]]
    for entry in entries:
        status = "update" if entry.updated else "included"
        if entry.predecessor_missing:
            status += " (the bundle it replaces was not given)"
        elif entry.replaces is not None:
            status += f" (replaces {entry.replaces.file})"
        rows.append(
            [
                entry.member_state,
                entry.language,
                Paragraph(markup(entry.bundle.file), st.small),
                Paragraph(markup(status), st.small),
                Paragraph(markup(entry.bundle.checked_against), st.small),
            ]
        )
    table = Table(
        rows,
        colWidths=(1.2 * cm, 1.6 * cm, 4.6 * cm, 4.0 * cm, BODY_WIDTH - 11.4 * cm),
        repeatRows=1,
    )
    table.setStyle(_TABLE)
    yield table
    if compilation.rejected:
        yield Paragraph("Rejected bundles (not compiled; nothing of their content is shown)", st.h2)
        for rejected in compilation.rejected:
            yield Paragraph(
                f"<b>{markup(rejected.bundle.file)}</b> — "
                + markup("; ".join(rejected.reasons[:3])),
                st.cell,
            )
    if compilation.missing:
        yield Paragraph("No contribution from: " + ", ".join(compilation.missing), st.body)

    yield PageBreak()
    yield Paragraph("Completeness per Member State", st.h1)
    yield Paragraph(
        "Answered fields (political assessments, both answers of every commitment, "
        "every request of the Commission) of all fields.",
        st.small,
    )
    yield _Bars(
        "Answered, per cent",
        [(e.member_state, e.completeness_percent, True) for e in entries],
        height=6 * cm,
        percent=True,
    )
    if checkpoint is not None:
        checkpoint(0.2, "Commitments")

    commitments = list(framework.commitments())
    for index, commitment in enumerate(commitments):
        yield PageBreak()
        yield Paragraph(f"{commitment.id} ({commitment.letter})", st.h2)
        yield Paragraph(markup(excerpt(commitment.text, 60)), st.cell_muted)
        for prompt in commitment.prompts:
            yield Paragraph("The Commission asks: " + markup(prompt.text), st.small)
        yield Spacer(1, 4)
        yield _commitment_table(commitment, entries)
        if checkpoint is not None and index % 6 == 5:
            checkpoint(0.2 + 0.5 * index / len(commitments), f"Commitment {commitment.id}")

    series = data_series(compilation)
    if series:
        yield PageBreak()
        yield Paragraph("Data across Member States", st.h1)
        yield _legend(st.small, framework)
        yield Spacer(1, 4)
        for (cid, indicator, unit, period), values in series.items():
            yield CondPageBreak(4.8 * cm)
            yield _Bars(f"{cid} · {indicator} ({unit}), {period}", values)


#: The columns of a commitment's table of answers, and their widths.
ANSWER_HEADER = (
    "State",
    "Main actions undertaken (opening)",
    "Words",
    "Requests",
    "Data",
    "Update",
)
ANSWER_WIDTHS = (1.6 * cm, BODY_WIDTH - 7.0 * cm, 1.2 * cm, 1.5 * cm, 1.1 * cm, 1.6 * cm)
_FONT, _BOLD, _SIZE = "PD-Sans", "PD-Sans-Bold", 6.8  # as _TABLE sets them
_LEADING = _SIZE * 1.2  # reportlab's leading for a font size alone
_OPENING_SIZE, _OPENING_LEADING = 7.8, 10.0  # the "small" paragraph style
_PAD_X, _PAD_Y = 6.0, 1.5  # reportlab's cell padding left and right; _TABLE's top and bottom


def wrap_words(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` broken into lines as reportlab's Paragraph breaks it (words, its space shrinkage).

    A word wider than a line is cut into pieces that fit.
    """
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        wide = stringWidth(word, font, size)
        if wide > width:  # only a hostile text has such a word: cut it, as Paragraph does
            if current:
                lines.append(" ".join(current))
            piece = ""
            for char in word:
                if piece and stringWidth(piece + char, font, size) > width:
                    lines.append(piece)
                    piece = ""
                piece += char
            current, used = [piece], stringWidth(piece, font, size)
        elif current and used + space + wide > width + 0.05 * space * len(current):
            lines.append(" ".join(current))
            current, used = [word], wide
        else:
            used += (space if current else 0.0) + wide
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


class _AnswerRow:
    __slots__ = ("cells", "changed", "height", "opening")

    def __init__(self, cells: tuple[str, ...], opening: list[str], changed: bool) -> None:
        self.cells = cells  # the columns after the opening
        self.opening = opening  # its lines
        self.changed = changed
        self.height = max(_OPENING_LEADING * len(opening), _LEADING) + 2 * _PAD_Y


class _AnswerTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A commitment's answers, a row per Member State, drawn straight on the canvas.

    What reportlab's ``Table`` with a ``Paragraph`` per opening draws (the
    same columns, padding, line breaks, grid and header repeated on the next
    page), for a fraction of the cost: a compilation has 36 such tables of 27
    rows, and each cell of a ``Table`` is a text object of its own and each
    opening a paragraph parsed as markup.  Here a table is one path of grid
    lines and a text object per font.
    """

    def __init__(self, rows: Sequence[_AnswerRow]) -> None:
        super().__init__()
        self.rows = list(rows)
        self.hAlign = "CENTER"  # as a Table: as wide as the page's text, over the frame's padding
        self.width = sum(ANSWER_WIDTHS)
        self.head = _LEADING + 2 * _PAD_Y
        self.height = self.head + sum(row.height for row in self.rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room, count = availHeight - self.head, 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            count += 1
        if count == 0 or count == len(self.rows):
            return []
        return [_AnswerTable(self.rows[:count]), _AnswerTable(self.rows[count:])]

    def draw(self) -> None:
        c = self.canv
        edges = [0.0]
        for width in ANSWER_WIDTHS:
            edges.append(edges[-1] + width)
        tops = [self.height, self.height - self.head]
        for row in self.rows:
            tops.append(tops[-1] - row.height)
        c.setFillColor(HEADER_FILL)
        c.rect(0, tops[1], self.width, self.head, stroke=0, fill=1)
        marked = [i for i, row in enumerate(self.rows) if row.changed]
        if marked:
            c.setFillColor(CHANGED)
            for i in marked:
                c.rect(edges[5], tops[i + 2], edges[6] - edges[5], self.rows[i].height, 0, 1)
        head, body, opening = c.beginText(), c.beginText(), c.beginText()
        head.setFont(_BOLD, _SIZE)
        body.setFont(_FONT, _SIZE)
        opening.setFont(_FONT, _OPENING_SIZE)
        for column, title in enumerate(ANSWER_HEADER):
            head.setTextOrigin(edges[column] + _PAD_X, tops[0] - _PAD_Y - _SIZE)
            head.textOut(title)
        for index, row in enumerate(self.rows):
            top = tops[index + 1] - _PAD_Y
            for column, text in enumerate(row.cells):
                if text:
                    body.setTextOrigin(edges[column + 1 if column else 0] + _PAD_X, top - _SIZE)
                    body.textOut(text)
            for number, line in enumerate(row.opening):
                opening.setTextOrigin(
                    edges[1] + _PAD_X, top - _OPENING_SIZE - number * _OPENING_LEADING
                )
                opening.textOut(line)
        c.setFillColor(colors.black)
        for text in (head, body, opening):
            c.drawText(text)
        grid = c.beginPath()
        for y in tops:
            grid.moveTo(0, y)
            grid.lineTo(self.width, y)
        for x in edges:
            grid.moveTo(x, tops[0])
            grid.lineTo(x, tops[-1])
        c.setLineWidth(0.3)
        c.setStrokeColor(GRID)
        c.drawPath(grid, stroke=1, fill=0)


def _commitment_table(commitment: Commitment, entries: Sequence[Included]) -> _AnswerTable:
    width = ANSWER_WIDTHS[1] - 2 * _PAD_X
    rows = []
    for entry in entries:
        text = entry.contribution.commitment(commitment.id).actions_undertaken
        cell = entry.cell(commitment)
        rows.append(
            _AnswerRow(
                (
                    f"{entry.member_state} ({entry.language})",
                    str(cell.answer_words),
                    f"{cell.prompts_answered}/{cell.prompts_total}" if cell.prompts_total else "—",
                    str(cell.data_points) if cell.data_points else "—",
                    "changed" if cell.changed else "",
                ),
                wrap_words(excerpt(text), width, _FONT, _OPENING_SIZE)
                if text.strip()
                else ["not answered"],
                cell.changed,
            )
        )
    return _AnswerTable(rows)


_TABLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), "PD-Sans", 6.8),
        ("FONT", (0, 0), (-1, 0), "PD-Sans-Bold", 6.8),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)


def build_overview_pdf(
    compilation: Compilation, *, fonts_dir: Path, checkpoint: Checkpoint | None = None
) -> bytes:
    """The overview's bytes; ``checkpoint(fraction, label)`` may raise to abandon it."""
    register_fonts(fonts_dir)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Contributions on the European Pact on Immigration and Asylum, "
        f"{compilation.cycle}: overview",
        creator="PactDesk",
        initialFontName="PD-Serif",
    )
    story = list(_story(compilation, checkpoint))
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    if checkpoint is not None:
        checkpoint(1.0, "Done")
    return buffer.getvalue()


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont("PD-Sans", 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(
        MARGIN_X, 1.1 * cm, "PactDesk · the Commission's overview of the contributions"
    )
    canvas.drawRightString(A4[0] - MARGIN_X, 1.1 * cm, f"Page {doc.page}")
    canvas.restoreState()


__all__ = ["build_overview_pdf", "data_series", "excerpt"]
