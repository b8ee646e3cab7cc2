"""A top-down diagram of the current scene: the axis of action, its characters, and a camera
for each shot on side A (below the axis) or B (above), nearer the axis the tighter the shot.

Each axis crossing the checker found in the scene (``continuity.axis``, not waived) is drawn
as a red dashed line between the two cameras, so the diagram shows exactly what the findings
report — a deliberate line cross draws nothing. Clicking a camera selects its shot.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from shotgraph.core.model import ScreenPos, Shot, ShotSize, Side

from .badges import ShotBadges
from .bridge import DocumentBridge

DISTANCE = {ShotSize.ECU: 0.18, ShotSize.CU: 0.28, ShotSize.MCU: 0.38, ShotSize.MS: 0.5, ShotSize.FS: 0.64,
            ShotSize.WS: 0.8, ShotSize.EWS: 0.95, ShotSize.INSERT: 0.22}
"""How far from the axis a camera stands, as a share of the half height, by shot size."""
POSITION_X = {ScreenPos.L: 0.3, ScreenPos.C: 0.5, ScreenPos.R: 0.7}
CAMERA_RADIUS = 13.0
CROSSING = QColor("#d64545")
AXIS_RULE = "continuity.axis"


@dataclass(frozen=True)
class Camera:
    shot: Shot
    centre: QPointF
    side: Side | None


class SceneDiagram(QWidget):
    """The scene of the current shot, seen from above."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge, self._badges = bridge, badges
        self._cameras: list[Camera] = []
        self.setAccessibleName(self.tr("Scene diagram: axis of action, characters and cameras"))
        self.setMinimumSize(QSize(260, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        for signal in (bridge.opened, bridge.changed, bridge.selection_changed, bridge.episode_changed):
            signal.connect(self.update)
        badges.badges_changed.connect(self.update)

    # -- what is shown --------------------------------------------------------------------

    def scene_shots(self) -> list[Shot]:
        """The current shot's scene, in episode order (empty with nothing selected)."""
        shot, episode = self._bridge.current_shot, self._bridge.episode
        if shot is None or episode is None:
            return []
        return [s for s in self._bridge.episode_order(episode) if s.scene_id == shot.scene_id]

    def cameras(self) -> list[Camera]:
        """Where each shot's camera is drawn, in scene order (kept from the last paint)."""
        return list(self._cameras)

    def crossings(self) -> list[tuple[Shot, Shot]]:
        """The pairs of shots of the scene an unwaived axis finding names, in scene order."""
        shots = {shot.id: shot for shot in self.scene_shots()}
        pairs = [finding.shot_ids for shot_id in shots for finding in self._badges.findings_of(shot_id)
                 if finding.rule == AXIS_RULE and finding.shot_ids[0] == shot_id]
        return [(shots[a], shots[b]) for a, b in pairs if a in shots and b in shots]

    def _layout(self, shots: list[Shot]) -> list[Camera]:
        area = self._area()
        half = area.height() / 2
        axis_y = area.center().y()
        cameras = []
        for index, shot in enumerate(shots):
            x = area.left() + area.width() * (index + 1) / (len(shots) + 1)
            distance = (DISTANCE.get(shot.camera.size, 0.6) if shot.camera.size else 0.6) * (half - CAMERA_RADIUS)
            side = shot.camera.side
            y = axis_y + distance if side is Side.A else axis_y - distance if side is Side.B else area.bottom()
            cameras.append(Camera(shot, QPointF(x, y), side))
        return cameras

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(24, 34, -24, -30)

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        shots = self.scene_shots()
        if not shots:
            self._cameras = []
            self._say(painter, self.tr("Select a shot to see its scene from above."))
            return
        self._cameras = self._layout(shots)
        self._draw_heading(painter, shots[0])
        self._draw_axis(painter)
        self._draw_characters(painter, shots)
        self._draw_crossings(painter)
        for camera in self._cameras:
            self._draw_camera(painter, camera)

    def _say(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _draw_heading(self, painter: QPainter, shot: Shot) -> None:
        scene = self._bridge.document.scene(shot.scene_id) if self._bridge.document else None
        text = self.tr("Scene {code}").format(code=scene.code if scene else "")
        if scene and scene.heading:
            text = f"{text}  {scene.heading}"
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(8, 6, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, text)

    def _draw_axis(self, painter: QPainter) -> None:
        area = self._area()
        y = area.center().y()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.left() - 12, y), QPointF(area.right() + 12, y))
        painter.setFont(_small(painter.font()))
        painter.drawText(QPointF(area.left() - 12, y - 6), self.tr("axis of action"))
        painter.drawText(QPointF(area.right() - 8, y + 16), self.tr("side A"))
        painter.drawText(QPointF(area.right() - 8, y - 8), self.tr("side B"))

    def _draw_characters(self, painter: QPainter, shots: list[Shot]) -> None:
        """Each character on the axis where side-A shots put it on screen (left to right)."""
        area = self._area()
        y = area.center().y()
        placed: dict[str, float] = {}
        for shot in shots:
            for appearance in shot.characters:
                if appearance.position is not None and appearance.character_id not in placed:
                    flip = shot.camera.side is Side.B
                    share = POSITION_X[appearance.position]
                    placed[appearance.character_id] = 1 - share if flip else share
        names = {c.id: c.name for c in self._bridge.project.characters} if self._bridge.project else {}
        for character_id, share in placed.items():
            centre = QPointF(area.left() + area.width() * share, y)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5))
            painter.setBrush(QColor("#f2c14e"))
            painter.drawEllipse(centre, 9, 9)
            painter.drawText(QRectF(centre.x() - 60, y - 30, 120, 18), Qt.AlignmentFlag.AlignCenter,
                             names.get(character_id, character_id))

    def _draw_crossings(self, painter: QPainter) -> None:
        by_id = {camera.shot.id: camera for camera in self._cameras}
        painter.setPen(QPen(CROSSING, 2, Qt.PenStyle.DashLine))
        for before, after in self.crossings():
            painter.drawLine(by_id[before.id].centre, by_id[after.id].centre)

    def _draw_camera(self, painter: QPainter, camera: Camera) -> None:
        selected = camera.shot.id in self._bridge.selected
        text = self.palette().color(QPalette.ColorRole.Text)
        fill = self.palette().color(QPalette.ColorRole.Highlight) if selected else QColor("#8a94a6")
        axis_y = self._area().center().y()
        facing = -1 if camera.centre.y() > axis_y else 1
        lens = QPolygonF([camera.centre + QPointF(-7, facing * 6), camera.centre + QPointF(7, facing * 6),
                          camera.centre + QPointF(11, facing * 16), camera.centre + QPointF(-11, facing * 16)])
        painter.setPen(QPen(text, 1.2, Qt.PenStyle.SolidLine if camera.side else Qt.PenStyle.DotLine))
        painter.setBrush(fill)
        painter.drawPolygon(lens)
        painter.drawRoundedRect(QRectF(camera.centre.x() - 10, camera.centre.y() - 7, 20, 14), 3, 3)
        painter.setFont(_small(painter.font()))
        label_y = camera.centre.y() - facing * 22
        painter.drawText(QRectF(camera.centre.x() - 40, label_y - 8, 80, 16), Qt.AlignmentFlag.AlignCenter,
                         camera.shot.code if camera.side else self.tr("{code} (no side)").format(code=camera.shot.code))

    # -- clicking -------------------------------------------------------------------------

    def camera_at(self, point: QPointF) -> Camera | None:
        return next((c for c in self._cameras if (c.centre - point).manhattanLength() <= CAMERA_RADIUS * 1.6), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        camera = self.camera_at(event.position())
        if camera is not None and event.button() == Qt.MouseButton.LeftButton:
            self._bridge.select([camera.shot.id], self)
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        camera = self.camera_at(event.position())
        self.setToolTip(_tooltip(camera.shot) if camera else "")
        super().mouseMoveEvent(event)


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    smaller.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    return smaller


def _tooltip(shot: Shot) -> str:
    parts = [shot.code, *(str(v.value) for v in (shot.camera.size, shot.camera.angle, shot.camera.side) if v)]
    return " · ".join(parts)

