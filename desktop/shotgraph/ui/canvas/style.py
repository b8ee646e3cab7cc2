"""How the canvas looks: card size, mode colours and patterns, severity colours, edge pens.

A shot's mode is told by colour *and* by a pattern and a word, so it reads in greyscale
and for colour-blind users: live is a solid stripe, AI a hatched one, hybrid half and half.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from shotgraph.core.model import EdgeKind, Mode

from ..appearance import is_dark, mode_colour

CARD_WIDTH = 196.0
CARD_HEIGHT = 124.0
THUMB_WIDTH = 63.0
THUMB_HEIGHT = 112.0
STRIPE = 8.0
COLUMN_STEP = CARD_WIDTH + 64.0
ROW_STEP = CARD_HEIGHT + 40.0
SCENE_GAP = 48.0
BAND_MARGIN = 24.0
BAND_TITLE = 30.0

MODE_COLOURS = {mode: mode_colour(mode, dark=False) for mode in Mode}
"""Cards are light paper in both appearances, so they take the light variants."""
EDGE_STYLES = {EdgeKind.CUT: Qt.PenStyle.SolidLine, EdgeKind.PLATE: Qt.PenStyle.DashLine,
               EdgeKind.ALT: Qt.PenStyle.DotLine}
HANDLE_COLOUR = QColor("#37474f")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#9aa0aa")
SELECTED_BORDER = QColor("#ff8f00")
"""Amber: apart from every mode colour, so a selected live (blue) card still stands out."""
LINK_TARGET_BORDER = QColor("#2e7d32")
PLACEHOLDER = QColor("#d9dbe0")
TEXT = QColor("#202124")
MUTED_TEXT = QColor("#5f6368")
_BANDS = {False: ((QColor("#fafafa"), QColor("#eceff4"), QColor("#f3f0ea")), QColor("#4a5568")),
          True: ((QColor("#1e1e20"), QColor("#2c2f36"), QColor("#34312c")), QColor("#c0c4cc"))}

MIN_TEXT_PX = 6.0
"""Text drawn smaller than this many screen pixels is a smudge, not words: it is left out."""
BODY_TEXT_PX = 12.0
"""The height of the full card's smallest text (camera, movement, duration: 9 pt) in scene units."""
COMPACT_CODE_PX = 84.0
"""The compact card's code: as high as the card holds, so it stays readable far out."""
DETAIL_LOD = MIN_TEXT_PX / BODY_TEXT_PX
"""Below this zoom the full card's small text would be unreadable: the card turns compact (mode colour,
code, severity mark). At Fit zoom an episode of a few dozen shots is already compact."""
CODE_LOD = MIN_TEXT_PX / (COMPACT_CODE_PX * 0.72)
"""Below this zoom even the compact card's code (digits are 0.72 of its height) is left out."""
FIT_LOD = 0.12
"""Fit Graph never zooms out further: compact codes stay over 7 pixels high, still easy to read."""
EDGE_LOD = 0.05
"""Below this zoom the gap between two cards is three pixels: edges are left out."""


def canvas_colours() -> tuple[QColor, tuple[QColor, QColor], QColor]:
    """Background, the two alternating scene band tints, and band titles, for the current appearance."""
    (background, *bands), text = _BANDS[is_dark()]
    return background, (bands[0], bands[1]), text


def focus_colour() -> QColor:
    """The keyboard focus ring lies on the canvas, so it takes the canvas's ink: dark on light, light on dark."""
    return QColor("#e8eaed") if is_dark() else QColor("#202124")


def paint_mode_stripe(painter: QPainter, rect: QRectF, mode: Mode) -> None:
    """The mode's colour with its pattern: solid (live), hatched (AI), half solid half hatched (hybrid)."""
    colour = MODE_COLOURS[mode]
    hatch = QBrush(colour, Qt.BrushStyle.BDiagPattern)
    painter.setPen(Qt.PenStyle.NoPen)
    if mode is Mode.LIVE:
        painter.fillRect(rect, colour)
    elif mode is Mode.AI:
        painter.fillRect(rect, colour.lighter(185))
        painter.fillRect(rect, hatch)
    else:
        top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() / 2)
        bottom = QRectF(rect.left(), top.bottom(), rect.width(), rect.height() / 2)
        painter.fillRect(top, colour)
        painter.fillRect(bottom, colour.lighter(185))
        painter.fillRect(bottom, hatch)


def edge_colour(kind: EdgeKind) -> QColor:
    """Edges lie on the canvas itself, so they take the colours of the current appearance."""
    if kind is EdgeKind.CUT:
        return QColor("#b0bec5") if is_dark() else QColor("#37474f")
    return mode_colour(Mode.HYBRID if kind is EdgeKind.PLATE else Mode.AI)


def edge_pen(kind: EdgeKind, width: float = 2.0) -> QPen:
    pen = QPen(edge_colour(kind), width, EDGE_STYLES[kind])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen
