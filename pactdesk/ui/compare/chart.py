"""A bar chart of one indicator across Member States, drawn with QPainter.

Harmonised figures are solid blue; figures not collected to harmonised
standards are pale orange, hatched, with a dashed outline and "n.c." over
them — the Commission warns that such data are not comparable.  (QtCharts
is not part of PySide6-Essentials.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pactdesk.domain.contribution import DataPoint
from pactdesk.ui.i18n import tr

HARMONISED = QColor("#003399")
NOT_COMPARABLE = QColor("#e0892b")
NOT_COMPARABLE_FILL = QColor("#fff2cc")


class DataChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Chart of the data across Member States"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._title = ""
        self._rows: tuple[tuple[str, DataPoint], ...] = ()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 320)

    def set_rows(self, title: str, rows: tuple[tuple[str, DataPoint], ...]) -> None:
        self._title = title
        self._rows = tuple(r for r in rows if r[1].value is not None)
        comparable = sum(1 for _, p in self._rows if p.harmonised)
        self.setAccessibleDescription(
            tr("{title}: {n} Member States, {c} harmonised, {x} not comparable").format(
                title=title, n=len(self._rows), c=comparable, x=len(self._rows) - comparable
            )
        )
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_pen = QPen(palette.text().color())
        painter.setPen(text_pen)
        painter.drawText(8, line, self._title or tr("Choose an indicator and a period"))
        # The legend, so that the two kinds of bar are told apart in any print.
        legend_y = line * 2
        painter.fillRect(QRectF(8, legend_y - line * 0.7, 12, line * 0.7), HARMONISED)
        painter.drawText(24, legend_y, tr("harmonised"))
        x2 = 24 + metrics.horizontalAdvance(tr("harmonised")) + 16
        self._not_comparable_bar(painter, QRectF(x2, legend_y - line * 0.7, 12, line * 0.7))
        painter.setPen(text_pen)
        painter.drawText(int(x2 + 16), legend_y, tr("not comparable (not harmonised)"))
        if not self._rows:
            painter.end()
            return
        left, top = 8 + metrics.horizontalAdvance("000000"), legend_y + line
        bottom = self.height() - line * 2
        right = self.width() - 8
        high = max(float(p.value or 0) for _, p in self._rows) or 1.0
        grid_pen = QPen(palette.mid().color())
        for fraction in (0.0, 0.5, 1.0):
            y = bottom - (bottom - top) * fraction
            painter.setPen(grid_pen)
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(text_pen)
            painter.drawText(4, int(y + line / 3), f"{high * fraction:g}")
        slot = (right - left) / len(self._rows)
        bar = slot * 0.7
        for index, (code, point) in enumerate(self._rows):
            value = float(point.value or 0)
            height = (bottom - top) * value / high
            rect = QRectF(left + slot * index + (slot - bar) / 2, bottom - height, bar, height)
            if point.harmonised:
                painter.fillRect(rect, HARMONISED)
            else:
                self._not_comparable_bar(painter, rect)
                painter.setPen(QPen(NOT_COMPARABLE))
                painter.drawText(
                    QRectF(rect.left() - 10, rect.top() - line, rect.width() + 20, line),
                    Qt.AlignmentFlag.AlignCenter,
                    "n.c.",
                )
            painter.setPen(text_pen)
            painter.drawText(
                QRectF(rect.left() - 10, bottom + 2, rect.width() + 20, line),
                Qt.AlignmentFlag.AlignCenter,
                code,
            )
        painter.end()

    @staticmethod
    def _not_comparable_bar(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, NOT_COMPARABLE_FILL)
        painter.fillRect(rect, QBrush(NOT_COMPARABLE, Qt.BrushStyle.BDiagPattern))
        pen = QPen(NOT_COMPARABLE)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect)
