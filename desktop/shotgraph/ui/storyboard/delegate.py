"""How a storyboard panel is drawn: code, size and findings badge over the 9:16 frame, then mode
(a patterned colour chip and its word, so it reads in greyscale), duration, description and dialogue."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from shotgraph.core.model import Mode, Shot

from ..appearance import is_dark, mode_colour
from ..badges import Badge
from ..mode_labels import mode_label
from ..severity import badge_width, paint_badge
from .labels import duration_label, size_label
from .roles import BadgeRole, PanelRole
from .text import line_height, paint_wrapped

THUMB = QSize(117, 208)
"""A 9:16 frame on a panel."""
PAD = 8.0
GAP = 4.0
CHIP = 12.0
DESCRIPTION_LINES = 3
DIALOGUE_LINES = 2
_Index = QModelIndex | QPersistentModelIndex


class PanelDelegate(QStyledItemDelegate):
    """Paints one shot as a storyboard panel of fixed size."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = line_height(option.font)
        height = PAD + line + GAP + THUMB.height() + GAP + line + GAP
        height += (DESCRIPTION_LINES + DIALOGUE_LINES) * line + GAP + PAD
        return QSize(int(THUMB.width() + 2 * PAD), int(height + 0.5))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        shot = index.data(PanelRole)
        if not isinstance(shot, Shot):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        self._paint_card(painter, option, rect)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        line = line_height(option.font)
        header = QRectF(inner.left(), inner.top(), inner.width(), line)
        self._paint_header(painter, option, header, shot, index.data(BadgeRole))
        frame = QRectF(inner.left() + (inner.width() - THUMB.width()) / 2, header.bottom() + GAP,
                       THUMB.width(), THUMB.height())
        self._paint_frame(painter, option, frame, index.data(Qt.ItemDataRole.DecorationRole))
        mode_row = QRectF(inner.left(), frame.bottom() + GAP, inner.width(), line)
        self._paint_mode(painter, option, mode_row, shot)
        self._paint_texts(painter, option, QRectF(inner.left(), mode_row.bottom() + GAP, inner.width(), 0), shot)
        painter.restore()

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.setBrush(fill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(rect, 6, 6)
            fill = highlight
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        pen_width = 3.0 if selected and focused else 2.0 if selected else 1.0
        painter.setBrush(fill)
        painter.setPen(_pen(border, pen_width))
        painter.drawRoundedRect(rect, 6, 6)

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, shot: Shot,
                      badge: Badge | None) -> None:
        right = rect.right()
        if badge is not None:
            right = _paint_badge(painter, option, rect, badge) - GAP
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        code_width = min(QFontMetricsF(bold).horizontalAdvance(shot.code), right - rect.left())
        code_rect = QRectF(rect.left(), rect.top(), code_width, rect.height())
        painter.drawText(code_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetricsF(bold).elidedText(shot.code, Qt.TextElideMode.ElideRight, code_width))
        painter.setFont(option.font)
        size_rect = QRectF(code_rect.right() + GAP * 1.5, rect.top(), right - code_rect.right() - GAP * 1.5,
                           rect.height())
        if size_rect.width() > 0:
            text = QFontMetricsF(option.font).elidedText(size_label(shot), Qt.TextElideMode.ElideRight,
                                                         size_rect.width())
            painter.drawText(size_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_frame(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF,
                     pixmap: QPixmap | None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.AlternateBase).darker(112))
        painter.drawRect(rect)
        if pixmap is not None and not pixmap.isNull():
            size = QSize(pixmap.size()).scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(rect.left() + (rect.width() - size.width()) / 2,
                            rect.top() + (rect.height() - size.height()) / 2, size.width(), size.height())
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(_pen(option.palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.drawRect(rect)

    def _paint_mode(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, shot: Shot) -> None:
        chip = QRectF(rect.left(), rect.center().y() - CHIP / 2, CHIP * 1.5, CHIP)
        paint_mode_chip(painter, chip, shot.mode, option.palette)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        text = f"{mode_label(shot.mode)} · {duration_label(shot)}"
        text_rect = rect.adjusted(chip.width() + GAP * 1.5, 0, 0, 0)
        text = QFontMetricsF(option.font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_texts(self, painter: QPainter, option: QStyleOptionViewItem, top: QRectF, shot: Shot) -> None:
        line = line_height(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        description = QRectF(top.left(), top.top(), top.width(), DESCRIPTION_LINES * line)
        paint_wrapped(painter, shot.description, description, option.font, DESCRIPTION_LINES)
        if shot.dialogue:
            muted = QColor(option.palette.color(QPalette.ColorRole.Text))
            muted.setAlpha(175)
            painter.setPen(muted)
            dialogue = QRectF(top.left(), description.bottom() + GAP, top.width(), DIALOGUE_LINES * line)
            quoted = self.tr("“{dialogue}”").format(dialogue=shot.dialogue)
            paint_wrapped(painter, quoted, dialogue, option.font, DIALOGUE_LINES)


def paint_mode_chip(painter: QPainter, rect: QRectF, mode: Mode, palette: QPalette) -> None:
    """The mode's colour with its pattern: solid (live), hatched (AI), half solid half hatched (hybrid)."""
    colour = mode_colour(mode)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    hatch = QBrush(colour, Qt.BrushStyle.BDiagPattern)
    if mode is Mode.LIVE:
        painter.fillRect(rect, colour)
    elif mode is Mode.AI:
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.fillRect(rect, hatch)
    else:
        left = QRectF(rect.left(), rect.top(), rect.width() / 2, rect.height())
        painter.fillRect(left, colour)
        painter.fillRect(rect.adjusted(rect.width() / 2, 0, 0, 0), palette.color(QPalette.ColorRole.Base))
        painter.fillRect(rect.adjusted(rect.width() / 2, 0, 0, 0), hatch)
    painter.setPen(_pen(colour, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def _paint_badge(painter: QPainter, option: QStyleOptionViewItem, row: QRectF, badge: Badge) -> float:
    """The findings badge at the row's right, as on the graph's cards; returns its left edge."""
    width = badge_width(badge.count, row.height(), option.font)
    pill = QRectF(row.right() - width, row.top(), width, row.height())
    ink = option.palette.color(QPalette.ColorRole.Base)
    paint_badge(painter, pill, badge.worst, badge.count, option.font, dark=is_dark(option.palette), ink=ink)
    return pill.left()


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width)
