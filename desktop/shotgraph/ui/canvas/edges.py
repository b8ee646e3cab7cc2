"""Edges between cards: cuts solid with an arrow, plates dashed, alternatives dotted."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from shotgraph.core.model import EdgeKind
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from . import style
from .card import ShotCard

_ARROW = 11.0
EDGE_NAMES = {EdgeKind.CUT: QT_TRANSLATE_NOOP("GraphCanvas", "Cut"),
          EdgeKind.PLATE: QT_TRANSLATE_NOOP("GraphCanvas", "Plate"),
          EdgeKind.ALT: QT_TRANSLATE_NOOP("GraphCanvas", "Alternative take")}


class EdgeItem(QGraphicsPathItem):
    """A view of one edge; it follows its two cards when they move.

    The item's pen is never drawn: its width pads the bounds and the hit area Qt computes
    from the path, so clicks near the line find it and painting calls no Python for bounds.
    """

    def __init__(self, edge_id: str, kind: EdgeKind, source: ShotCard, target: ShotCard) -> None:
        super().__init__()
        self.edge_id, self.kind, self.source, self.target = edge_id, kind, source, target
        self._arrow = QPolygonF()
        self.setPen(QPen(Qt.GlobalColor.transparent, 2 * _ARROW))
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(QCoreApplication.translate("GraphCanvas", EDGE_NAMES[kind]))
        source.edges.append(self)
        target.edges.append(self)
        self.adjust()

    def detach(self) -> None:
        """Forget the cards (before this item leaves the scene)."""
        for card in (self.source, self.target):
            if self in card.edges:
                card.edges.remove(self)

    def adjust(self) -> None:
        """Recompute the curve from the cards' current places."""
        start, end, start_dir, end_dir = _anchors(self.source, self.target, self.kind)
        reach = max(40.0, min(160.0, math.dist((start.x(), start.y()), (end.x(), end.y())) / 2))
        path = QPainterPath(start)
        path.cubicTo(start + start_dir * reach, end - end_dir * reach, end)
        self.setPath(path)
        self._arrow = _arrow_head(end, end_dir) if self.kind is EdgeKind.CUT else QPolygonF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        detailed = lod >= style.DETAIL_LOD
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.edge_pen(self.kind, 2.0 if detailed else 0.0))
        painter.drawPath(self.path())
        if detailed and not self._arrow.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.edge_colour(self.kind))
            painter.drawPolygon(self._arrow)


def _anchors(source: ShotCard, target: ShotCard, kind: EdgeKind) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """Where the curve leaves and meets the cards, and which way it heads there."""
    a, b = source.card_rect().translated(source.pos()), target.card_rect().translated(target.pos())
    right, down = QPointF(1, 0), QPointF(0, 1)
    if source is target:  # a loop above the card, clear of its badge
        return QPointF(a.right() - 50, a.top()), QPointF(a.right() - 95, a.top()), -down, down
    stacked = abs(a.center().x() - b.center().x()) < style.CARD_WIDTH / 2
    if stacked or kind is EdgeKind.ALT and b.top() >= a.bottom():
        if b.center().y() >= a.center().y():
            return QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.top()), down, down
        return QPointF(a.center().x(), a.top()), QPointF(b.center().x(), b.bottom()), -down, -down
    if kind is EdgeKind.PLATE:
        return (QPointF(a.center().x(), a.bottom()), QPointF(b.center().x(), b.bottom()), down, -down)
    return QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()), right, right


def _arrow_head(tip: QPointF, direction: QPointF) -> QPolygonF:
    back = tip - direction * _ARROW
    side = QPointF(-direction.y(), direction.x()) * (_ARROW / 2)
    return QPolygonF([tip, back + side, back - side])
