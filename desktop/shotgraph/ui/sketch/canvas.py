"""The drawing surface: a panel fitted to the widget, drawn in image coordinates.

A stroke paints straight into the active layer's image; only the screen area it touched is
repainted, so drawing stays fluid on a 1080×1920 panel. On release the canvas says a stroke
finished, and the editor saves it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from .fill import flood_fill
from .layers import PanelLayer
from .overlays import Overlays, paint_overlays
from .tools import Tool, ToolSettings, commit_shape, draw_segment, draw_shape

MARGIN = 12
BACKDROP = QColor("#4a4d53")


class PanelCanvas(QWidget):
    """Shows the layers of one panel and turns mouse and tablet input into strokes."""

    stroke_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layers: list[PanelLayer] = []
        self.active = 0
        self.settings = ToolSettings()
        self.overlays = Overlays()
        self.read_only = True
        self._last: QPointF | None = None
        self._start: QPointF | None = None
        self._changed = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(180, 320))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Panel drawing area"))

    # -- geometry -------------------------------------------------------------------------

    def panel_size(self) -> QSize:
        return self.layers[0].image.size() if self.layers else QSize(1080, 1920)

    def panel_rect(self) -> QRectF:
        """Where the panel sits on screen: fitted to the widget, centred."""
        size = self.panel_size()
        scale = min((self.width() - 2 * MARGIN) / size.width(), (self.height() - 2 * MARGIN) / size.height())
        scale = max(scale, 0.01)
        width, height = size.width() * scale, size.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def to_image(self, point: QPointF) -> QPointF:
        rect = self.panel_rect()
        scale = self.panel_size().width() / rect.width()
        return (point - rect.topLeft()) * scale

    def to_screen(self, area: QRect) -> QRect:
        rect = self.panel_rect()
        scale = rect.width() / self.panel_size().width()
        return QRectF(rect.left() + area.left() * scale, rect.top() + area.top() * scale,
                      area.width() * scale, area.height() * scale).toAlignedRect().adjusted(-1, -1, 1, 1)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        painter.fillRect(event.rect(), BACKDROP)
        panel = self.panel_rect()
        painter.fillRect(panel, QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for layer in self.layers:
            if layer.visible:
                painter.setOpacity(layer.opacity)
                painter.drawImage(panel, layer.image)
        painter.setOpacity(1.0)
        self._paint_shape_preview(painter, panel)
        paint_overlays(painter, panel, self.overlays)
        painter.end()

    def _paint_shape_preview(self, painter: QPainter, panel: QRectF) -> None:
        if self._start is None or self._last is None or not self.settings.tool.is_shape:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(panel.topLeft())
        scale = panel.width() / self.panel_size().width()
        painter.scale(scale, scale)
        painter.setPen(self.settings.pen())
        draw_shape(painter, self.settings.tool, self._start, self._last)
        painter.restore()

    # -- input ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(self.to_image(event.position()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.continue_stroke(self.to_image(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke(self.to_image(event.position()))

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen tablet's pressure scales the width of freehand strokes."""
        point, kind = self.to_image(event.position()), event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(point, event.pressure())
        elif kind == QTabletEvent.Type.TabletMove and event.buttons() & Qt.MouseButton.LeftButton:
            self.continue_stroke(point, event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke(point)
        event.accept()

    def begin_stroke(self, point: QPointF, pressure: float = 1.0) -> None:
        if self.read_only or not self.layers:
            return
        tool = self.settings.tool
        if tool is Tool.FILL:
            if flood_fill(self.layer_image(), point.toPoint(), self.settings.color):
                self.update()
                self.stroke_finished.emit()
            return
        self._start = self._last = point
        self._changed = False
        if tool.is_freehand:
            self._draw(point, point, pressure)

    def continue_stroke(self, point: QPointF, pressure: float = 1.0) -> None:
        if self._last is None:
            return
        if self.settings.tool.is_freehand:
            self._draw(self._last, point, pressure)
            self._last = point
        else:
            assert self._start is not None  # set with _last when the stroke began
            before = QRectF(self._start, self._last).normalized().toAlignedRect()
            self._last = point
            after = QRectF(self._start, point).normalized().toAlignedRect()
            margin = int(self.settings.pen().widthF()) + 2
            self.update(self.to_screen(before.united(after).adjusted(-margin, -margin, margin, margin)))

    def end_stroke(self, point: QPointF) -> None:
        if self._start is None:
            return
        if self.settings.tool.is_shape:
            area = commit_shape(self.layer_image(), self.settings, self._start, point)
            self._changed = True
            self.update(self.to_screen(area))
        else:
            self.continue_stroke(point)
        self._start = self._last = None
        if self._changed:
            self.stroke_finished.emit()

    def layer_image(self):
        return self.layers[self.active].image

    def _draw(self, start: QPointF, end: QPointF, pressure: float) -> None:
        area = draw_segment(self.layer_image(), self.settings, start, end, pressure)
        self._changed = True
        self.update(self.to_screen(area))
