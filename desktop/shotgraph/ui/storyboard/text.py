"""Panel text laid out with QTextLayout: wrapped anywhere Chinese allows, the last line elided."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextLine, QTextOption


def _utf16_tail(text: str, start: int) -> str:
    """``text`` from a QString position on (Qt counts UTF-16 units, Python counts code points)."""
    return text.encode("utf-16-le")[start * 2:].decode("utf-16-le", errors="ignore")


_LINE_HEIGHTS: dict[str, float] = {}


def line_height(font: QFont) -> float:
    """The height of one line of mixed Latin and Chinese text in ``font`` (with its fallbacks)."""
    key = font.key()
    if key not in _LINE_HEIGHTS:
        layout = QTextLayout("Ag中文", font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1000)
        layout.endLayout()
        _LINE_HEIGHTS[key] = max(line.height(), QFontMetricsF(font).lineSpacing())
    return _LINE_HEIGHTS[key]


def paint_wrapped(painter: QPainter, text: str, rect: QRectF, font: QFont, max_lines: int) -> None:
    """Draw ``text`` wrapped to ``rect``'s width in at most ``max_lines`` lines, eliding what does not fit."""
    if not text or max_lines < 1:
        return
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[QTextLine] = []
    y = 0.0
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, y))
        y += line_height(font)
        lines.append(line)
    layout.endLayout()
    for line in lines[:-1]:
        line.draw(painter, rect.topLeft())
    _paint_last(painter, layout, lines[-1], rect, font, len(text.encode("utf-16-le")) // 2)


def _paint_last(painter: QPainter, layout: QTextLayout, line, rect: QRectF, font: QFont, length: int) -> None:
    """The last line as laid out when the text ends there, else the rest of the text elided."""
    if line.textStart() + line.textLength() >= length:
        line.draw(painter, rect.topLeft())
        return
    rest = _utf16_tail(layout.text(), line.textStart()).replace("\u2028", " ")
    elided = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, rect.width())
    painter.setFont(font)
    painter.drawText(QPointF(rect.left(), rect.top() + line.y() + line.ascent()), elided)
