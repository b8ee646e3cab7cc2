"""One look per finding severity, shared by the graph's card badges, the storyboard's panel badges,
the findings table and the legend: a shape that reads without colour (✕ error, ▲ warning, ● info)
and the severity's colour, painted by the same code everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
)

from shotgraph.core.rules.findings import Severity

from .appearance import is_dark, severity_colour

SYMBOLS = {Severity.ERROR: "✕", Severity.WARNING: "▲", Severity.INFO: "●"}
"""The shapes as characters, for plain text (a screen reader's or a copied line)."""


def severity_path(severity: Severity, rect: QRectF) -> QPainterPath:
    """The severity's shape filling ``rect``: a cross for errors, a triangle for warnings, a dot for info."""
    path = QPainterPath()
    if severity is Severity.ERROR:
        cross = QPainterPath(rect.topLeft())
        cross.lineTo(rect.bottomRight())
        cross.moveTo(rect.topRight())
        cross.lineTo(rect.bottomLeft())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(1.5, rect.width() * 0.28))
        stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
        return stroker.createStroke(cross).simplified()
    if severity is Severity.WARNING:
        path.addPolygon(QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()]))
        path.closeSubpath()
    else:
        path.addEllipse(rect)
    return path


def paint_mark(painter: QPainter, rect: QRectF, severity: Severity, colour: QColor | None = None) -> None:
    """The severity's shape in ``colour`` (its own colour for the current appearance by default)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(severity_colour(severity) if colour is None else colour)
    painter.drawPath(severity_path(severity, rect))
    painter.restore()


def badge_width(count: int, height: float, font: QFont) -> float:
    """How wide the pill of ``paint_badge`` is for ``count`` findings."""
    return height * 0.55 + QFontMetricsF(font).horizontalAdvance(str(count)) + height * 0.6


def paint_badge(painter: QPainter, pill: QRectF, severity: Severity, count: int, font: QFont, *,
                dark: bool = False, ink: QColor | None = None, outline: QColor | None = None) -> None:
    """A pill in the severity's colour (its ``dark`` variant on dark backgrounds) holding the shape
    and the findings count in ``ink`` (white by default)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, 2) if outline is not None else Qt.PenStyle.NoPen)
    painter.setBrush(severity_colour(severity, dark=dark))
    radius = pill.height() / 2
    painter.drawRoundedRect(pill, radius, radius)
    side = pill.height() * 0.45
    mark = QRectF(pill.left() + pill.height() * 0.3, pill.center().y() - side / 2, side, side)
    ink = QColor("#ffffff") if ink is None else ink
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPath(severity_path(severity, mark))
    painter.setPen(ink)
    painter.setFont(font)
    painter.drawText(pill.adjusted(mark.right() - pill.left() + 1, 0, -radius * 0.4, 0),
                     Qt.AlignmentFlag.AlignCenter, str(count))
    painter.restore()


def paint_disc(painter: QPainter, rect: QRectF, severity: Severity) -> None:
    """The compact cards' mark: a disc in the severity's colour, ringed and marked with its shape in white."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    white = QColor("#ffffff")
    painter.setPen(QPen(white, rect.width() * 0.08))
    painter.setBrush(severity_colour(severity, dark=False))
    painter.drawEllipse(rect)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(white)
    painter.drawPath(severity_path(severity, rect.adjusted(*(rect.width() * f for f in (0.3, 0.28, -0.3, -0.32)))))
    painter.restore()


_ICONS: dict[tuple[Severity, bool], QIcon] = {}


def severity_icon(severity: Severity) -> QIcon:
    """The severity's shape as an icon for item views, made once per appearance."""
    key = (severity, is_dark())
    if key not in _ICONS:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_mark(painter, QRectF(5, 5, 22, 22), severity, severity_colour(severity, dark=key[1]))
        painter.end()
        _ICONS[key] = QIcon(pixmap)
    return _ICONS[key]
