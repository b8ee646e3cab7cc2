"""Drawing tools: what a stroke, a shape or a fill does to a layer's pixels."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


class Tool(Enum):
    PEN = "pen"
    PENCIL = "pencil"
    BRUSH = "brush"
    ERASER = "eraser"
    LINE = "line"
    RECTANGLE = "rectangle"
    ELLIPSE = "ellipse"
    FILL = "fill"

    @property
    def is_freehand(self) -> bool:
        return self in (Tool.PEN, Tool.PENCIL, Tool.BRUSH, Tool.ERASER)

    @property
    def is_shape(self) -> bool:
        return self in (Tool.LINE, Tool.RECTANGLE, Tool.ELLIPSE)


WIDTH_FACTOR = {Tool.PENCIL: 0.5, Tool.BRUSH: 3.0, Tool.ERASER: 3.0}
"""How much wider than the chosen width each tool draws (pen and shapes draw at the width)."""
MIN_WIDTH, MAX_WIDTH = 1, 200


@dataclass
class ToolSettings:
    """What the next stroke draws with."""

    tool: Tool = Tool.PEN
    color: QColor = field(default_factory=lambda: QColor("black"))
    width: int = 6

    def pen(self, pressure: float = 1.0) -> QPen:
        """The pen for this tool; a tablet's pressure (0–1) scales the width of freehand strokes."""
        width = max(self.width * WIDTH_FACTOR.get(self.tool, 1.0), 1.0)
        if self.tool.is_freehand:
            width = max(width * max(pressure, 0.05), 1.0)
        cap = Qt.PenCapStyle.SquareCap if self.tool is Tool.PENCIL else Qt.PenCapStyle.RoundCap
        return QPen(self.color, width, Qt.PenStyle.SolidLine, cap, Qt.PenJoinStyle.RoundJoin)


def painter_for(image: QImage, settings: ToolSettings) -> QPainter:
    """A painter on a layer set up for the tool: soft edges except the pencil; the eraser clears."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, settings.tool is not Tool.PENCIL)
    if settings.tool is Tool.ERASER:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    return painter


def draw_segment(image: QImage, settings: ToolSettings, start: QPointF, end: QPointF, pressure: float) -> QRect:
    """Draw one piece of a freehand stroke; return the layer area it changed."""
    pen = settings.pen(pressure)
    painter = painter_for(image, settings)
    painter.setPen(pen)
    if start == end:
        painter.drawPoint(end)
    else:
        painter.drawLine(QLineF(start, end))
    painter.end()
    return segment_bounds(start, end, pen.widthF())


def segment_bounds(start: QPointF, end: QPointF, width: float) -> QRect:
    margin = width / 2 + 2
    return QRectF(start, end).normalized().adjusted(-margin, -margin, margin, margin).toAlignedRect()


def draw_shape(painter: QPainter, tool: Tool, start: QPointF, end: QPointF) -> None:
    """Draw a line, rectangle or ellipse from the press point to the release point."""
    if tool is Tool.LINE:
        painter.drawLine(QLineF(start, end))
    elif tool is Tool.RECTANGLE:
        painter.drawRect(QRectF(start, end).normalized())
    else:
        painter.drawEllipse(QRectF(start, end).normalized())


def commit_shape(image: QImage, settings: ToolSettings, start: QPointF, end: QPointF) -> QRect:
    """Draw the finished shape into the layer; return the area it changed."""
    pen = settings.pen()
    painter = painter_for(image, settings)
    painter.setPen(pen)
    draw_shape(painter, settings.tool, start, end)
    painter.end()
    return segment_bounds(start, end, pen.widthF())
