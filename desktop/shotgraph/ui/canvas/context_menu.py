"""The Graph tab's context menus: of a card, an edge, a scene band or the empty canvas.

What the menu is opened on becomes what the commands act on first: a card outside the
selection is selected, a band's scene is chosen, the empty canvas clears the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtWidgets import QMenu

from ..commands.menus import BAND_MENU, EDGE_MENU, EMPTY_MENU, SHOT_MENU
from .edges import EdgeItem

if TYPE_CHECKING:
    from ..bridge import DocumentBridge
    from ..commands import WindowCommands
    from .view import GraphCanvas


def _tr(text: str) -> str:
    return QCoreApplication.translate("GraphCanvas", text)


def open_canvas_menu(canvas: GraphCanvas, commands: WindowCommands, bridge: DocumentBridge,
                     at: QPoint | None) -> QMenu:
    """The menu of what is at ``at`` in the viewport (None: the current card, from the keyboard)."""
    scene = canvas.graph_scene
    if at is None:
        card = scene.cards.get(bridge.selected[0]) if bridge.selected else None
    else:
        card = scene.card_at(canvas.mapToScene(at))
    point = canvas.mapToScene(at if at is not None else canvas.viewport().rect().center())
    edge = _edge_near(canvas, at) if at is not None else None
    band = scene.band_at(point) if at is not None else None
    names: tuple[str, ...]
    if card is not None:
        if card.shot_id not in bridge.selected:
            bridge.select([card.shot_id])
        names, title, point = SHOT_MENU, _tr("Shot menu"), card.mapToScene(card.card_rect().center())
    elif edge is not None:
        commands.shots.edge_id = edge.edge_id
        names, title = EDGE_MENU, _tr("Link menu")
    elif band is not None:
        bridge.choose_scene(band.scene_id)
        names, title = BAND_MENU, _tr("Scene menu")
    else:
        bridge.select([])
        names, title = EMPTY_MENU, _tr("Graph menu")
    menu = commands.context_menu(names, canvas, title)
    menu.popup(canvas.viewport().mapToGlobal(canvas.mapFromScene(point)))
    return menu


def _edge_near(canvas: GraphCanvas, at: QPoint) -> EdgeItem | None:
    """The edge within a few pixels of ``at``: a thin arrow is hard to hit exactly."""
    near = canvas.items(QRect(at - QPoint(4, 4), QSize(9, 9)))
    return next((item for item in near if isinstance(item, EdgeItem)), None)
