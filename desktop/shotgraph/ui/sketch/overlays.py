"""Framing guides drawn over a panel on screen only (never saved into a layer or the frame).

Aspect frames, title-safe and action-safe areas, the rule of thirds and a human outline sized
as each shot size shows a person, to sketch over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

ASPECTS = ("9:16", "16:9", "1:1", "4:5", "2.39:1")
TITLE_SAFE, ACTION_SAFE = 0.90, 0.93
SHOT_SIZES = ("EWS", "WS", "FS", "MS", "MCU", "CU", "ECU")

FRAMING = {
    "EWS": (-48.0, 66.0), "WS": (-6.2, 17.8), "FS": (-0.5, 9.0), "MS": (-0.35, 4.6),
    "MCU": (-0.25, 3.0), "CU": (-0.15, 1.9), "ECU": (0.15, 0.95),
}
"""Per shot size: (frame top, frame height) in head heights (a standing figure is 8 heads tall, head top
at 0, feet at 8), so the frame shows what that size shows of a person."""

GUIDE_COLOR = QColor(0, 170, 255, 220)
SAFE_COLOR = QColor(255, 170, 0, 230)
FIGURE_COLOR = QColor(220, 40, 120, 200)


@dataclass
class Overlays:
    """Which guides are on."""

    aspects: set[str] = field(default_factory=set)
    safe_areas: bool = False
    thirds: bool = False
    shot_size: str | None = None


def paint_overlays(painter: QPainter, panel: QRectF, overlays: Overlays) -> None:
    """Draw the guides that are on over ``panel`` (the panel's rectangle on screen)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(panel)
    if overlays.shot_size in FRAMING:
        _paint_figure(painter, panel, overlays.shot_size)
    if overlays.thirds:
        _paint_thirds(painter, panel)
    if overlays.safe_areas:
        _paint_safe_areas(painter, panel)
    for aspect in sorted(overlays.aspects):
        _paint_aspect(painter, panel, aspect)
    painter.restore()


def aspect_rect(panel: QRectF, aspect: str) -> QRectF:
    """The largest rectangle of ``aspect`` ("w:h") centred in ``panel``."""
    w, h = (float(part) for part in aspect.split(":"))
    width = min(panel.width(), panel.height() * w / h)
    height = width * h / w
    return QRectF(panel.center().x() - width / 2, panel.center().y() - height / 2, width, height)


def _inset(panel: QRectF, share: float) -> QRectF:
    dx, dy = panel.width() * (1 - share) / 2, panel.height() * (1 - share) / 2
    return panel.adjusted(dx, dy, -dx, -dy)


def _pen(color: QColor, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


def _label(painter: QPainter, at: QPointF, text: str, color: QColor) -> None:
    """A guide's name on a dark plate, readable over any picture."""
    box = painter.fontMetrics().boundingRect(text).adjusted(-3, -1, 3, 1)
    box.moveTopLeft((at + QPointF(3, 3)).toPoint())
    painter.fillRect(box, QColor(0, 0, 0, 150))
    painter.setPen(_pen(color.lighter(140)))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_aspect(painter: QPainter, panel: QRectF, aspect: str) -> None:
    rect = aspect_rect(panel, aspect)
    painter.setPen(_pen(GUIDE_COLOR, 2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    _label(painter, rect.topLeft(), aspect, GUIDE_COLOR)


def _paint_safe_areas(painter: QPainter, panel: QRectF) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for share, text, style in ((ACTION_SAFE, QT_TRANSLATE_NOOP("SketchOverlays", "Action safe"), Qt.PenStyle.DashLine),
                               (TITLE_SAFE, QT_TRANSLATE_NOOP("SketchOverlays", "Title safe"), Qt.PenStyle.SolidLine)):
        rect = _inset(panel, share)
        painter.setPen(_pen(SAFE_COLOR, 1.5, style))
        painter.drawRect(rect)
        label = QCoreApplication.translate("SketchOverlays", text)
        _label(painter, rect.topLeft() + QPointF(0, 18 if share == TITLE_SAFE else 0), label, SAFE_COLOR)


def _paint_thirds(painter: QPainter, panel: QRectF) -> None:
    painter.setPen(_pen(QColor(255, 255, 255, 200), 1.5))
    shadow = _pen(QColor(0, 0, 0, 120), 3.0)
    for pen in (shadow, painter.pen()):
        painter.setPen(pen)
        for n in (1, 2):
            x = panel.left() + panel.width() * n / 3
            y = panel.top() + panel.height() * n / 3
            painter.drawLine(QPointF(x, panel.top()), QPointF(x, panel.bottom()))
            painter.drawLine(QPointF(panel.left(), y), QPointF(panel.right(), y))


def figure_path() -> QPainterPath:
    """A simple standing human outline in hundredths of a head height, centred on x = 0, head top at y = 0.

    (Hundredths, so that merging the head and body into one outline keeps the head round.)
    """
    path = QPainterPath()
    path.addEllipse(QRectF(-37, 0, 74, 100))
    path.addPolygon(QPolygonF([QPointF(x * 100, y * 100) for x, y in _BODY]))
    path.closeSubpath()
    return path.simplified()


_BODY = (
    (-0.16, 0.92), (-0.18, 1.25), (-0.95, 1.45), (-1.1, 2.0), (-1.15, 3.6), (-1.05, 4.2), (-0.88, 4.15),
    (-0.82, 2.4), (-0.72, 2.6), (-0.7, 4.1), (-0.62, 7.8), (-0.72, 8.0), (-0.12, 8.0), (-0.1, 4.6),
    (0.1, 4.6), (0.12, 8.0), (0.72, 8.0), (0.62, 7.8), (0.7, 4.1), (0.72, 2.6), (0.82, 2.4), (0.88, 4.15),
    (1.05, 4.2), (1.15, 3.6), (1.1, 2.0), (0.95, 1.45), (0.18, 1.25), (0.16, 0.92))
"""The neck, shoulders, arms, torso and legs, in head heights."""


def _paint_figure(painter: QPainter, panel: QRectF, size: str) -> None:
    top, height = FRAMING[size]
    scale = panel.height() / height
    painter.save()
    painter.translate(panel.center().x(), panel.top() - top * scale)
    painter.scale(scale / 100, scale / 100)
    painter.setPen(_pen(FIGURE_COLOR, 2.0, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(FIGURE_COLOR.red(), FIGURE_COLOR.green(), FIGURE_COLOR.blue(), 40))
    painter.drawPath(figure_path())
    for x in (-0.17, 0.17):
        painter.drawEllipse(QPointF(x * 100, 48), 7, 4)
    painter.restore()
    _label(painter, panel.bottomLeft() - QPointF(0, 24), size, FIGURE_COLOR)
