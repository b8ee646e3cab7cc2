"""Honest storyboard placeholders for the demo: 9:16 frames drawn with QPainter, offscreen.

Each frame shows the shot size (figures at its scale), who is in it (silhouettes at
their screen positions, labelled, facing their look), the mode (a LIVE / AI / HYBRID
badge whose border pattern reads in black and white), the shot code, a faint tone for
the time of day and a rule-of-thirds grid.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

from shotgraph.core.model import Episode, Project, Shot

W, H = 270, 480
INK = QColor("#2e3138")
FIGURE = QColor("#7d8490")
TONES = {"DAY": "#f4f1ea", "DAWN": "#e4e2ea", "DUSK": "#efe1cf", "NIGHT": "#c5cad6"}
POSITIONS = {"L": 0.25, "C": 0.5, "R": 0.75}
BADGE_PENS = {"live": Qt.PenStyle.SolidLine, "ai": Qt.PenStyle.DashLine, "hybrid": Qt.PenStyle.DashDotLine}
FONT_FAMILY = "WenQuanYi Micro Hei"


def write_frames(project: Project, out_dir: Path) -> None:
    """Draw and save every shot's frame at ``out_dir / shot.frame``."""
    _ = QGuiApplication.instance() or QGuiApplication([])
    names = {c.id: c.name for c in project.characters}
    prop_names = {p.id: p.name for p in project.props}
    for episode in project.episodes:
        for shot in episode.shots:
            target = out_dir / shot.frame
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render(shot, episode, names, prop_names))


def render(shot: Shot, episode: Episode, names: dict[str, str], prop_names: dict[str, str]) -> bytes:
    """One frame as PNG bytes."""
    scene = next(s for s in episode.scenes if s.id == shot.scene_id)
    time_of_day = shot.time_of_day or scene.time_of_day or "DAY"
    exterior = (shot.int_ext or scene.int_ext) != "INT"
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor(TONES[time_of_day]))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    size = shot.camera.size or "MS"
    _draw_setting(painter, size, exterior, time_of_day, shot.code)
    if size == "INSERT":
        _draw_insert(painter, [(prop_names[p.prop_id], p.state or "") for p in shot.props])
    else:
        _draw_figures(painter, size, shot, names)
    _draw_thirds(painter)
    _draw_labels(painter, shot)
    painter.end()
    return _png_bytes(image)


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 9)
    return bytes(buffer.data())


def _pen(color: QColor, width: float = 1.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


# --- setting -------------------------------------------------------------------------------

HORIZONS = {"EWS": 0.62, "WS": 0.55, "FS": 0.5, "MS": 0.45, "MCU": 0.45, "CU": 0.45, "ECU": 0.45, "INSERT": 0.3}


def _draw_setting(painter: QPainter, size: str, exterior: bool, time_of_day: str, code: str) -> None:
    """A skyline over a river outside, a wall with a window inside; fainter as the shot tightens."""
    horizon = H * HORIZONS[size]
    faint = size in ("MS", "MCU", "CU", "ECU", "INSERT")
    color = QColor(INK)
    color.setAlpha(70 if faint else 150)
    painter.setPen(_pen(color, 1.2))
    if exterior:
        _draw_skyline(painter, horizon, size, code, time_of_day)
    else:
        _draw_room(painter, horizon, size)


def _draw_skyline(painter: QPainter, horizon: float, size: str, code: str, time_of_day: str) -> None:
    scale = {"EWS": 1.0, "WS": 1.6, "FS": 2.2}.get(size, 2.8)
    x, seed = 0.0, zlib.crc32(code.encode())
    while x < W:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        width = (14 + seed % 22) * scale / 1.6
        height = (20 + (seed >> 8) % 90) * scale / 1.4
        painter.drawRect(QRectF(x, horizon - height, width - 3, height))
        if time_of_day == "NIGHT" and size in ("EWS", "WS"):
            _draw_windows(painter, x, horizon - height, width - 3, height, seed)
        x += width
    painter.drawLine(QPointF(0, horizon), QPointF(W, horizon))
    for row in range(1, 7):
        y = horizon + row * row * 4.0
        if y < H:
            step = 18 + row * 8
            for start in range((row * 7) % step - step, W, step):
                painter.drawLine(QPointF(start, y), QPointF(start + step * 0.5, y))


def _draw_windows(painter: QPainter, x: float, top: float, width: float, height: float, seed: int) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f6e7a8"))
    for i in range(int(height // 9)):
        if (seed >> (i % 24)) & 1:
            painter.drawRect(QRectF(x + 3, top + 4 + i * 9, max(width - 6, 2), 3))
    painter.restore()


def _draw_room(painter: QPainter, horizon: float, size: str) -> None:
    floor = H * (0.8 if size in ("WS", "FS", "EWS") else 0.95)
    painter.drawLine(QPointF(0, floor), QPointF(W, floor))
    painter.drawRect(QRectF(W * 0.55, H * 0.2, W * 0.3, H * 0.25))
    painter.drawLine(QPointF(W * 0.7, H * 0.2), QPointF(W * 0.7, H * 0.45))
    painter.drawRect(QRectF(W * 0.08, floor - H * 0.42, W * 0.22, H * 0.42))


def _draw_thirds(painter: QPainter) -> None:
    color = QColor(INK)
    color.setAlpha(45)
    painter.setPen(_pen(color, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i in (1, 2):
        painter.drawLine(QPointF(W * i / 3, 0), QPointF(W * i / 3, H))
        painter.drawLine(QPointF(0, H * i / 3), QPointF(W, H * i / 3))


# --- figures -------------------------------------------------------------------------------

# size: (head radius, head centre y as a fraction of H); full bodies are 7 heads tall.
FRAMING = {"EWS": (2.2, 0.60), "WS": (9.0, 0.47), "FS": (17.0, 0.20), "MS": (26.0, 0.34),
           "MCU": (42.0, 0.40), "CU": (70.0, 0.42), "ECU": (0.0, 0.5)}


def _draw_figures(painter: QPainter, size: str, shot: Shot, names: dict[str, str]) -> None:
    people = shot.characters
    spots = _spread(len(people))
    for entry, spot in zip(people, spots, strict=True):
        x = W * POSITIONS.get(entry.position or "", spot)
        name = names[entry.character_id]
        if size == "ECU":
            _draw_eyes(painter, name)
        else:
            _draw_figure(painter, size, x, entry.look, entry.motion, name)


def _spread(count: int) -> list[float]:
    return [(i + 1) / (count + 1) for i in range(count)]


def _draw_figure(painter: QPainter, size: str, x: float, look: str | None, motion: str | None, name: str) -> None:
    radius, head_y = FRAMING[size]
    head = QPointF(x, H * head_y)
    painter.setPen(_pen(INK, 1.4 if radius > 5 else 0.8))
    painter.setBrush(QBrush(FIGURE))
    painter.drawPath(_body_path(head, radius, full=size in ("EWS", "WS", "FS")))
    painter.drawEllipse(head, radius, radius)
    if radius > 5:
        _draw_facing(painter, head, radius, look)
    if motion and size in ("EWS", "WS", "FS"):
        _draw_arrow(painter, QPointF(x, head.y() + radius * 13.5), motion, max(radius * 2.5, 14))
    label_y = head.y() - radius - 12 if size in ("EWS", "WS", "FS") else head.y() + radius + 16
    _draw_name(painter, QPointF(x, label_y), name)


def _body_path(head: QPointF, r: float, full: bool) -> QPainterPath:
    """Shoulders and torso below the head; legs too when the framing shows the whole body."""
    path = QPainterPath()
    neck = head.y() + r * 1.05
    bottom = head.y() + r * 12.5 if full else H + 10
    hip = head.y() + r * 7.0 if full else bottom
    path.moveTo(head.x() - r * 0.5, neck)
    path.lineTo(head.x() - r * 1.6, neck + r * 0.7)
    path.lineTo(head.x() - r * (1.3 if full else 1.9), hip)
    if full:
        path.lineTo(head.x() - r * 1.1, bottom)
        path.lineTo(head.x() - r * 0.2, bottom)
        path.lineTo(head.x(), hip + r)
        path.lineTo(head.x() + r * 0.2, bottom)
        path.lineTo(head.x() + r * 1.1, bottom)
    path.lineTo(head.x() + r * (1.3 if full else 1.9), hip)
    path.lineTo(head.x() + r * 1.6, neck + r * 0.7)
    path.lineTo(head.x() + r * 0.5, neck)
    path.closeSubpath()
    return path


def _draw_facing(painter: QPainter, head: QPointF, r: float, look: str | None) -> None:
    """A nose and an eye toward the look direction; two eyes for a look into the lens."""
    painter.setBrush(QBrush(INK))
    if look == "CAM":
        for side in (-1, 1):
            painter.drawEllipse(QPointF(head.x() + side * r * 0.35, head.y() - r * 0.1), r * 0.09, r * 0.09)
        return
    if look not in ("L", "R"):
        return
    sign = -1 if look == "L" else 1
    nose = QPolygonF([QPointF(head.x() + sign * r * 0.9, head.y() - r * 0.25),
                      QPointF(head.x() + sign * r * 1.3, head.y() + r * 0.1),
                      QPointF(head.x() + sign * r * 0.9, head.y() + r * 0.25)])
    painter.setBrush(QBrush(FIGURE))
    painter.drawPolygon(nose)
    painter.setBrush(QBrush(INK))
    painter.drawEllipse(QPointF(head.x() + sign * r * 0.5, head.y() - r * 0.15), r * 0.09, r * 0.09)


def _draw_eyes(painter: QPainter, name: str) -> None:
    painter.setPen(_pen(INK, 2.0))
    for centre, sign in ((W * 0.28, 1), (W * 0.72, -1)):
        eye = QPainterPath()
        eye.moveTo(centre - 50, H * 0.45)
        eye.quadTo(centre, H * 0.45 - 34, centre + 50, H * 0.45)
        eye.quadTo(centre, H * 0.45 + 34, centre - 50, H * 0.45)
        painter.setBrush(QBrush(QColor("#f8f8f6")))
        painter.drawPath(eye)
        painter.setBrush(QBrush(INK))
        painter.drawEllipse(QPointF(centre, H * 0.45), 13, 13)
        painter.drawLine(QPointF(centre - sign * 48, H * 0.45 - 40), QPointF(centre + sign * 40, H * 0.45 - 47))
    _draw_name(painter, QPointF(W / 2, H * 0.62), name)


def _draw_arrow(painter: QPainter, at: QPointF, direction: str, length: float) -> None:
    sign = -1 if direction == "L" else 1
    tip = QPointF(at.x() + sign * length, at.y())
    painter.setPen(_pen(INK, 1.6))
    painter.drawLine(at, tip)
    painter.drawLine(tip, QPointF(tip.x() - sign * 5, tip.y() - 4))
    painter.drawLine(tip, QPointF(tip.x() - sign * 5, tip.y() + 4))


def _draw_name(painter: QPainter, centre: QPointF, name: str) -> None:
    painter.setFont(_font(12, bold=True))
    width = painter.fontMetrics().horizontalAdvance(name) + 10
    box = QRectF(centre.x() - width / 2, centre.y() - 9, width, 18)
    box.moveLeft(min(max(box.left(), 2), W - width - 2))
    painter.setPen(_pen(INK, 1.0))
    painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
    painter.drawRoundedRect(box, 4, 4)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)


# --- inserts and labels --------------------------------------------------------------------


def _draw_insert(painter: QPainter, props: list[tuple[str, str]]) -> None:
    """The first prop, drawn large: a phone, a ticket, a book, or a cup for anything else."""
    name, state = props[0] if props else ("", "")
    painter.setPen(_pen(INK, 2.0))
    painter.setBrush(QBrush(QColor("#fbfbf9")))
    if "手机" in name:
        painter.drawRoundedRect(QRectF(W * 0.27, H * 0.22, W * 0.46, H * 0.5), 14, 14)
        painter.drawRect(QRectF(W * 0.31, H * 0.26, W * 0.38, H * 0.4))
    elif "票" in name:
        painter.drawRect(QRectF(W * 0.12, H * 0.38, W * 0.76, H * 0.2))
        painter.setPen(_pen(INK, 1.2, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(W * 0.66, H * 0.38), QPointF(W * 0.66, H * 0.58))
    elif "账本" in name:
        painter.drawRect(QRectF(W * 0.1, H * 0.3, W * 0.4, H * 0.36))
        painter.drawRect(QRectF(W * 0.5, H * 0.3, W * 0.4, H * 0.36))
    else:
        painter.drawRoundedRect(QRectF(W * 0.3, H * 0.35, W * 0.4, H * 0.3), 8, 8)
    _draw_name(painter, QPointF(W / 2, H * 0.79), f"{name}：{state}" if state else name)


def _draw_labels(painter: QPainter, shot: Shot) -> None:
    painter.setFont(_font(15, bold=True))
    _draw_tag(painter, QRectF(6, 6, 62, 24), shot.code, Qt.PenStyle.SolidLine)
    mode = str(shot.mode.value)
    _draw_tag(painter, QRectF(W - 82, 6, 76, 24), mode.upper(), BADGE_PENS[mode], double=mode == "hybrid")
    painter.setFont(_font(12))
    size = shot.camera.size.value if shot.camera.size else "—"
    duration = f" · {shot.duration_s:g}s" if shot.duration_s else ""
    _draw_tag(painter, QRectF(6, H - 28, 80, 22), f"{size}{duration}", Qt.PenStyle.NoPen)
    painter.setPen(_pen(INK, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(0.5, 0.5, W - 1, H - 1))


def _draw_tag(painter: QPainter, box: QRectF, text: str, style: Qt.PenStyle, double: bool = False) -> None:
    painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
    painter.setPen(_pen(INK, 1.6, style) if style != Qt.PenStyle.NoPen else Qt.PenStyle.NoPen)
    painter.drawRect(box)
    if double:
        painter.drawRect(box.adjusted(3, 3, -3, -3))
    painter.setPen(_pen(INK))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
