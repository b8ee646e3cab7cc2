"""A shot's card on the canvas: a view of the shot, drawn from the values it was last shown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from shotgraph.core.model import Mode, Shot

from ..badges import Badge
from ..camera_labels import framing_label, movement_label
from ..mode_labels import mode_label
from ..severity import badge_width, paint_badge, paint_disc
from ..thumbnails import ThumbnailLoader
from . import style

if TYPE_CHECKING:
    from .edges import EdgeItem


@dataclass(frozen=True)
class CardText:
    """What a card says about its shot."""

    code: str
    camera: str
    movement: str
    duration: str
    mode: Mode
    frame: Path | None
    description: str

    @classmethod
    def of(cls, shot: Shot, folder: Path | None) -> CardText:
        duration = "—" if shot.duration_s is None else QCoreApplication.translate(
            "GraphCanvas", "{seconds} s").format(seconds=f"{shot.duration_s:g}")
        frame = folder / shot.frame if folder is not None and shot.frame else None
        return cls(shot.code, framing_label(shot.camera), movement_label(shot.camera), duration, shot.mode, frame,
                   shot.description)


MARGIN = 20.0
"""Room around the card for its badge, selection and focus rings."""
COMPACT_MARK = 66.0
"""The compact card's severity mark: about half the card's height, so it shows as far out as the code."""


class LinkHandle(QGraphicsEllipseItem):
    """The knob on a card's right edge: drag from it to another card to add a cut."""

    RADIUS = 7.0

    def __init__(self, card: ShotCard) -> None:
        r = self.RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r, card)
        self.card = card
        self.setPos(style.CARD_WIDTH, style.CARD_HEIGHT / 2)
        self.setBrush(QColor("#ffffff"))
        self.setPen(QPen(style.HANDLE_COLOUR, 2))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(QCoreApplication.translate("GraphCanvas", "Drag to another shot to add a cut"))


class ShotCard(QGraphicsRectItem):
    """One shot: thumbnail, code, camera, duration, mode (colour, pattern and word) and findings badge.

    The rectangle is the room the card, its badge and selection ring take: Qt reads it without
    calling Python, which keeps a thousand-card view fast.
    """

    def __init__(self, shot_id: str, text: CardText, thumbnails: ThumbnailLoader) -> None:
        super().__init__(-MARGIN, -MARGIN, style.CARD_WIDTH + 2 * MARGIN, style.CARD_HEIGHT + 2 * MARGIN)
        self.setPen(Qt.PenStyle.NoPen)
        self.shot_id = shot_id
        self.text = text
        self.badge: Badge | None = None
        self.link_target = False
        """A link being dragged would end here: the card is ringed in the link colour."""
        self.edges: list[EdgeItem] = []
        self._thumbnails = thumbnails
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable | flags.ItemIsFocusable
                      | flags.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.handle = LinkHandle(self)
        self.setToolTip(text.description)

    def show_text(self, text: CardText) -> None:
        if text != self.text:
            self.text = text
            self.setToolTip(text.description)
            self.update()

    def show_link_target(self, target: bool) -> None:
        if target != self.link_target:
            self.link_target = target
            self.update()

    def show_badge(self, badge: Badge | None) -> None:
        if badge != self.badge:
            self.badge = badge
            self.update()

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, style.CARD_WIDTH, style.CARD_HEIGHT)

    def shape(self) -> QPainterPath:
        """The card itself, not the room its badge and selection ring take: what clicks and rubber bands hit."""
        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._follow_selection(bool(value))
        return super().itemChange(change, value)

    def _follow_selection(self, selected: bool) -> None:
        """Keyboard focus stays on the first selected card, the one the arrow keys move from:
        the first card selected takes it, a card that is no longer selected gives it up."""
        scene = self.scene()
        if scene is None:
            return
        if not selected and self.hasFocus():
            scene.setFocusItem(None)  # type: ignore[arg-type]  # None clears the focus; the stub wants an item
        elif selected and (scene.focusItem() is None or not scene.focusItem().isSelected()):
            scene.setFocusItem(self, Qt.FocusReason.OtherFocusReason)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The full card where its smallest text is readable on screen, else the compact one."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if lod < style.DETAIL_LOD:
            self._paint_compact(painter, lod, selected)
        else:
            self._paint_full(painter, selected)
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, lod)

    def _paint_compact(self, painter: QPainter, lod: float, selected: bool) -> None:
        """Mode colour and pattern over the whole card, the code as large as the card holds, the severity mark."""
        rect = self.card_rect()
        style.paint_mode_stripe(painter, rect, self.text.mode)
        if selected:
            painter.setPen(QPen(style.SELECTED_BORDER, 12))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
        if lod >= style.CODE_LOD:
            self._paint_big_code(painter, rect)
        if self.badge is not None:
            corner = QRectF(style.CARD_WIDTH + MARGIN - COMPACT_MARK, -MARGIN, COMPACT_MARK, COMPACT_MARK)
            paint_disc(painter, corner, self.badge.worst)

    def _paint_big_code(self, painter: QPainter, rect: QRectF) -> None:
        """The code below the severity mark's corner; on a patterned (AI, hybrid) card it sits on a light plate."""
        font = _code_font(self.text.code)
        room = rect.adjusted(0, COMPACT_MARK / 3, 0, 0)
        painter.setFont(font)
        if self.text.mode is Mode.LIVE:
            painter.setPen(QColor("#ffffff"))
        else:
            metrics = QFontMetricsF(font)
            width, height = metrics.horizontalAdvance(self.text.code) + 16, metrics.capHeight() * 1.5
            plate = QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height)
            painter.fillRect(plate, QColor(255, 255, 255, 230))
            painter.setPen(style.TEXT)
        painter.drawText(room, Qt.AlignmentFlag.AlignCenter, self.text.code)

    def _paint_focus(self, painter: QPainter, lod: float) -> None:
        """A dashed ring outside the card in the canvas's ink: where the arrow keys move from."""
        pen = QPen(style.focus_colour(), 2.0)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        gap = 7.0 if lod >= style.DETAIL_LOD else MARGIN - 2
        painter.drawRoundedRect(self.card_rect().adjusted(-gap, -gap, gap, gap), 8, 8)

    def _paint_full(self, painter: QPainter, selected: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.card_rect()
        if self.link_target:
            painter.setPen(QPen(style.LINK_TARGET_BORDER, 4))
        else:
            painter.setPen(QPen(style.SELECTED_BORDER, 3) if selected else QPen(style.CARD_BORDER, 1))
        painter.setBrush(style.CARD_FILL)
        painter.drawRoundedRect(rect, 6, 6)
        style.paint_mode_stripe(painter, QRectF(1.5, 1.5, style.STRIPE, style.CARD_HEIGHT - 3), self.text.mode)
        self._paint_thumbnail(painter, QRectF(style.STRIPE + 6, 6, style.THUMB_WIDTH, style.THUMB_HEIGHT))
        self._paint_lines(painter)
        if self.badge is not None:
            font = _font("badge")
            width = badge_width(self.badge.count, 22, font)
            pill = QRectF(style.CARD_WIDTH - width + 6, -10, width, 22)
            paint_badge(painter, pill, self.badge.worst, self.badge.count, font, outline=QColor("#ffffff"))

    def _paint_thumbnail(self, painter: QPainter, frame: QRectF) -> None:
        pixmap = self._thumbnails.get(self.text.frame, self.shot_id)
        if pixmap is None:
            painter.setPen(QPen(style.CARD_BORDER, 1))
            painter.setBrush(style.PLACEHOLDER)
            painter.drawRect(frame)
            return
        target = _fitted(pixmap, frame)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))

    def _paint_lines(self, painter: QPainter) -> None:
        left = style.STRIPE + 6 + style.THUMB_WIDTH + 8
        width = style.CARD_WIDTH - left - 8
        code_font, body_font = _font("code"), _font("body")
        painter.setPen(style.TEXT)
        painter.setFont(code_font)
        code = QFontMetricsF(code_font).elidedText(self.text.code, Qt.TextElideMode.ElideRight, width - 22)
        painter.drawText(QPointF(left, 22), code)
        painter.setFont(body_font)
        painter.setPen(style.MUTED_TEXT)
        metrics = QFontMetricsF(body_font)
        for n, line in enumerate((self.text.camera, self.text.movement, self.text.duration)):
            painter.drawText(QPointF(left, 44 + 17 * n), metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        self._paint_mode_word(painter, QRectF(left, style.CARD_HEIGHT - 26, width, 20))

    def _paint_mode_word(self, painter: QPainter, rect: QRectF) -> None:
        colour = style.MODE_COLOURS[self.text.mode]
        word = mode_label(self.text.mode)
        font = _font("mode")
        chip = QRectF(rect.left(), rect.top(), QFontMetricsF(font).horizontalAdvance(word) + 14, rect.height())
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour.lighter(190))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setFont(font)
        painter.setPen(colour.darker(130))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, word)


def _fitted(pixmap: QPixmap, frame: QRectF) -> QRectF:
    """The largest rectangle of the pixmap's shape centred in ``frame``."""
    scale = min(frame.width() / max(1, pixmap.width()), frame.height() / max(1, pixmap.height()))
    width, height = pixmap.width() * scale, pixmap.height() * scale
    return QRectF(frame.center().x() - width / 2, frame.center().y() - height / 2, width, height)


_FONTS: dict[str, QFont] = {}
_FONT_SPECS = {"code": (11, True), "body": (9, False), "mode": (9, True), "badge": (9, True)}
_CODE_FONTS: dict[str, QFont] = {}


def _font(role: str) -> QFont:
    """The card fonts, made once (a QFont per paint would cost more than the painting)."""
    if role not in _FONTS:
        size, bold = _FONT_SPECS[role]
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        _FONTS[role] = font
    return _FONTS[role]


def _code_font(code: str) -> QFont:
    """The compact card's code font: ``style.COMPACT_CODE_PX`` high, smaller when a long code would not fit."""
    if code not in _CODE_FONTS:
        if len(_CODE_FONTS) > 4096:
            _CODE_FONTS.clear()
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(style.COMPACT_CODE_PX))
        room = style.CARD_WIDTH - 16
        advance = QFontMetricsF(font).horizontalAdvance(code)
        if advance > room:
            font.setPixelSize(max(8, int(style.COMPACT_CODE_PX * room / advance)))
        _CODE_FONTS[code] = font
    return _CODE_FONTS[code]
