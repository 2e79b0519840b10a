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
    from pactdesk.domain.framework import Framework
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
        marks = c.beginText()
        marks.setFont("PD-Sans", 4.8)
        marks.setFillColor(NOT_COMPARABLE_BAR)
        any_hatched = False
        for index, (_code, value, harmonised) in enumerate(self.values):
            x = left + slot * index + (slot - bar_w) / 2
            h = max(plot_h * value / high, 0.3) if high else 0.3
            if harmonised:
                solid.rect(x, bottom, bar_w, h)
            else:
                any_hatched = True
                hatched.rect(x, bottom, bar_w, h)
                marks.setTextOrigin(
                    x + (bar_w - stringWidth("n.c.", "PD-Sans", 4.8)) / 2, bottom + h + 1.5
                )
                marks.textOut("n.c.")
        c.setFillColor(EU_BLUE)
        c.drawPath(solid, stroke=0, fill=1)
        if any_hatched:
            c.setFillColor(NOT_COMPARABLE_FILL)
            c.setStrokeColor(NOT_COMPARABLE_BAR)
            c.setDash(2, 1.2)
            c.setLineWidth(0.8)
            c.drawPath(hatched, stroke=1, fill=1)
            c.setDash()
            c.drawText(marks)
        c.doForm(self._codes_form(left, bottom, slot, bar_w))

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
        yield _commitment_table(commitment.id, commitment, entries, st)
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


def _commitment_table(cid: str, commitment: Any, entries: Sequence[Included], st: Any) -> Table:
    rows: list[list[Any]] = [
        ["State", "Main actions undertaken (opening)", "Words", "Requests", "Data", "Update"]
    ]
    changed_rows: list[int] = []
    for row, entry in enumerate(entries, start=1):
        answer = entry.contribution.commitment(cid)
        cell = entry.cell(commitment)
        text = answer.actions_undertaken
        rows.append(
            [
                f"{entry.member_state} ({entry.language})",
                Paragraph(
                    markup(excerpt(text)) if text.strip() else "<i>not answered</i>", st.small
                ),
                str(cell.answer_words),
                f"{cell.prompts_answered}/{cell.prompts_total}" if cell.prompts_total else "—",
                str(cell.data_points) if cell.data_points else "—",
                "changed" if cell.changed else "",
            ]
        )
        if cell.changed:
            changed_rows.append(row)
    table = Table(
        rows,
        colWidths=(1.6 * cm, BODY_WIDTH - 7.0 * cm, 1.2 * cm, 1.5 * cm, 1.1 * cm, 1.6 * cm),
        repeatRows=1,
    )
    style = TableStyle(list(_TABLE.getCommands()))
    for row in changed_rows:
        style.add("BACKGROUND", (5, row), (5, row), CHANGED)
    table.setStyle(style)
    return table


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
