"""Look and feel: fonts and marks derived from the system's palette and font.

PactDesk never hard-codes a font size or a background colour: headings are
the system font scaled up, cards and banners take their colours from the
palette, so that the window follows the desktop's theme, a high-contrast
scheme and the user's font size.  The only fixed colours are the three
status accents (attention, done, problem), always shown with words beside
them, never as the only signal.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

ATTENTION = "#b35c00"  # prompt cards, "not comparable" data
DONE = "#2e7d32"
PROBLEM = "#c62828"


def bold_font() -> QFont:
    font = QGuiApplication.font()
    font.setBold(True)
    return font


def scaled_font(factor: float, *, bold: bool = False) -> QFont:
    font = QGuiApplication.font()
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str, factor: float = 1.5, *, parent=None) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(factor, bold=True))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour (readable in every theme)."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


@lru_cache(maxsize=64)
def _status_pixmap(state: str, size: int, dpr: float) -> QPixmap:
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    palette = QApplication.palette()
    outline = QColor(DONE) if state == "done" else palette.color(palette.ColorRole.Mid)
    painter.setPen(QPen(outline, 1.5))
    if state == "done":
        painter.setBrush(QColor(DONE))
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 1.8))
        painter.drawLine(
            round(size * 0.3), round(size * 0.52), round(size * 0.45), round(size * 0.68)
        )
        painter.drawLine(
            round(size * 0.45), round(size * 0.68), round(size * 0.72), round(size * 0.36)
        )
    elif state == "partial":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(ATTENTION), 1.5))
        painter.drawEllipse(rect)
        painter.setBrush(QColor(ATTENTION))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPie(rect, 90 * 16, -180 * 16)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    painter.end()
    return pixmap


def status_icon(answered: int, total: int) -> QIcon:
    if total and answered >= total:
        state = "done"
    elif answered:
        state = "partial"
    else:
        state = "empty"
    app = QGuiApplication.instance()
    dpr = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return QIcon(_status_pixmap(state, 16, dpr))


#: The background of the words an open comment is on (a highlighter's yellow, as in Word).
COMMENT_HIGHLIGHT = "#fff0a8"


@lru_cache(maxsize=64)
def _comment_pixmap(count: int, dpr: float) -> QPixmap:
    width, height = 16, 16  # the item views' icon size: drawn as is, never scaled down
    pixmap = QPixmap(round(width * dpr), round(height * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ATTENTION))
    painter.drawRoundedRect(QRectF(0, 0, width, height - 4), 3, 3)
    # The bubble's tail, bottom left: a speech bubble, the mark of a comment.
    painter.drawPolygon([QPointF(3, height - 4), QPointF(3, height), QPointF(8, height - 4)])
    font = QGuiApplication.font()
    font.setPixelSize(11 if count < 10 else 9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    label = str(count) if count < 100 else "…"
    painter.drawText(QRectF(0, 0, width, height - 4), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def comment_icon(count: int) -> QIcon:
    """A speech bubble with the number of open comment threads (the words say it too)."""
    app = QGuiApplication.instance()
    dpr = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return QIcon(_comment_pixmap(count, dpr))
