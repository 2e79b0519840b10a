"""Bar charts of the data points: one per indicator (and unit) with a series of values."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from pactdesk.domain.contribution import DataPoint
from pactdesk.export.pdf.layout import BODY_WIDTH, EU_BLUE, MUTED
from pactdesk.export.pdf.text import fit, format_value


def charts(data: Sequence[DataPoint]) -> Iterator[Flowable]:
    """A bar chart for each indicator (and unit) that has a series of numeric values."""
    series: dict[tuple[str, str], list[DataPoint]] = {}
    for point in data:
        if point.value is not None:
            series.setdefault((point.indicator, point.unit), []).append(point)
    for (indicator, unit), points in series.items():
        if len(points) < 2:
            continue
        yield CondPageBreak(6 * cm)
        yield _bar_chart(indicator, unit, points)


def _nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^n) that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _bar_chart(indicator: str, unit: str, points: Sequence[DataPoint]) -> Drawing:
    """A vertical bar chart of one series, built from plain shapes.

    reportlab's chart widgets would do the same at several times the cost;
    a full draft has a chart per commitment.
    """
    width, height = BODY_WIDTH, 5.4 * cm
    left, bottom, top_room = 1.7 * cm, 0.75 * cm, 0.95 * cm
    plot_w, plot_h = width - left - 0.3 * cm, height - bottom - top_room
    values = [float(p.value) if p.value is not None else 0.0 for p in points]
    low = min(0.0, *values)
    high = max(0.0, *values)
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = max(math.ceil(high / step) * step, low + step)
    scale = plot_h / (high - low)
    harmonised = all(p.harmonised for p in points)
    fill = EU_BLUE if harmonised else colors.HexColor("#6f86c4")
    drawing = Drawing(width, height)
    tick = low
    while tick <= high + step / 2:
        y = bottom + (tick - low) * scale
        drawing.add(
            Line(left, y, left + plot_w, y, strokeColor=colors.HexColor("#d5d9e0"), strokeWidth=0.4)
        )
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                format_value(round(tick, 10)),
                fontName="PD-Sans",
                fontSize=6.5,
                textAnchor="end",
                fillColor=MUTED,
            )
        )
        tick += step
    slot = plot_w / len(points)
    bar_w = min(slot * 0.62, 2.2 * cm)
    zero = bottom + (0 - low) * scale
    for index, (point, value) in enumerate(zip(points, values, strict=True)):
        x = left + slot * index + (slot - bar_w) / 2
        y0, y1 = sorted((zero, zero + value * scale))
        drawing.add(Rect(x, y0, bar_w, max(y1 - y0, 0.3), fillColor=fill, strokeColor=None))
        drawing.add(
            String(
                x + bar_w / 2,
                y1 + 2,
                format_value(point.value),
                fontName="PD-Sans",
                fontSize=6.5,
                textAnchor="middle",
                fillColor=colors.black,
            )
        )
        drawing.add(
            String(
                x + bar_w / 2,
                bottom - 9,
                fit(point.period, "PD-Sans", 7, slot),
                fontName="PD-Sans",
                fontSize=7,
                textAnchor="middle",
                fillColor=colors.black,
            )
        )
    drawing.add(Line(left, zero, left + plot_w, zero, strokeColor=colors.black, strokeWidth=0.6))
    drawing.add(
        Line(left, bottom, left, bottom + plot_h, strokeColor=colors.black, strokeWidth=0.6)
    )
    note = "" if harmonised else " — not comparable (not harmonised)"
    drawing.add(
        String(
            0,
            height - 0.45 * cm,
            fit(f"{indicator} ({unit}){note}", "PD-Sans-Bold", 8, width),
            fontName="PD-Sans-Bold",
            fontSize=8,
            fillColor=colors.black,
        )
    )
    return drawing
