"""The scene of one episode: a card per shot, an item per edge, a band per scene.

Items are views: they are made from the episode and refreshed from ``Changes``
records; positions come from the shots' ``canvas`` fields or the automatic layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.graph import EpisodeGraph, EpisodeGraphs
from shotgraph.core.model import Episode, Scene

from ..badges import ShotBadges
from ..thumbnails import ThumbnailLoader
from . import style
from .card import CardText, ShotCard
from .edges import EdgeItem
from .layout import card_positions

THUMB_BOX = QSize(int(style.THUMB_WIDTH * 2), int(style.THUMB_HEIGHT * 2))
"""Frames are read at twice the card's size, so a zoomed-in card stays sharp."""


class SceneBand(QGraphicsRectItem):
    """A tinted background behind one scene's cards, titled with the scene's code and heading."""

    def __init__(self, scene: Scene, rect: QRectF, shade: int) -> None:
        super().__init__(rect)
        self.scene_id = scene.id
        self.title = QCoreApplication.translate("GraphCanvas", "Scene {code}  {heading}").format(
            code=scene.code, heading=scene.heading).strip()
        _, fills, self._text_colour = style.canvas_colours()
        self.setBrush(QBrush(fills[shade % 2]))
        self.setPen(Qt.PenStyle.NoPen)
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.fillRect(self.rect(), self.brush())
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        font = QFont()
        font.setPixelSize(round(min(15 / max(lod, 0.01), style.BAND_TITLE + style.BAND_MARGIN - 12)))
        painter.setFont(font)
        painter.setPen(QPen(self._text_colour))
        title = self.rect().adjusted(12, 4, -12, 0)
        text = QFontMetricsF(font).elidedText(self.title, Qt.TextElideMode.ElideRight, title.width())
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)


class GraphScene(QGraphicsScene):
    """Cards, edges and scene bands of the episode on show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.cards: dict[str, ShotCard] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.episode: Episode | None = None
        self._graphs: EpisodeGraphs | None = None
        self._bands: list[SceneBand] = []
        self._placement: dict[str, tuple[object, str]] = {}
        self._folder: Path | None = None
        self._thumbnails = ThumbnailLoader(THUMB_BOX, parent=self)
        self._thumbnails.ready.connect(self._on_thumbnails_ready)
        self._handles_shown = self._edges_shown = True

    @property
    def graph(self) -> EpisodeGraph | None:
        """The graph of the episode on show, the document's own (kept current by the document)."""
        return self._graphs.of(self.episode) if self._graphs is not None and self.episode is not None else None

    def show_episode(self, episode: Episode | None, graphs: EpisodeGraphs | None, folder: Path | None,
                     badges: ShotBadges) -> None:
        """Make every item again for ``episode`` (None: an empty canvas), reading its graph from ``graphs``."""
        if folder != self._folder:
            self._thumbnails.clear()
            self._folder = self._thumbnails.folder = folder
        self._thumbnails.cancel_pending()
        self.clear()
        self.cards, self.edges, self._bands, self._placement = {}, {}, [], {}
        self.episode, self._graphs = episode, graphs
        if episode is not None:
            self._sync_items(badges)
            self.relayout()

    def forget_thumbnails(self) -> None:
        """Read frames from disk again (another project was opened)."""
        self._thumbnails.clear()

    def _on_thumbnails_ready(self, _path: Path, shot_ids: frozenset[str]) -> None:
        for shot_id in shot_ids:
            card = self.cards.get(shot_id)
            if card is not None:
                card.update()

    def apply(self, changes: Changes, badges: ShotBadges) -> None:
        """Follow one edit: new or removed items and a new layout only when the graph's structure changed."""
        episode = self.episode
        if episode is None:
            return
        structural = changes.touches_order(episode.id)
        if structural:
            self._sync_items(badges)
        moved = self._refresh_cards(changes.shots)
        if structural or moved:
            self.relayout()
        elif changes.scenes and (episode.id in changes.episodes or changes.scenes & {s.id for s in episode.scenes}):
            self.update_bands()  # a scene changed, or one was added or removed (even without shots)

    def _refresh_cards(self, shot_ids: frozenset[str]) -> bool:
        """Redraw the named shots' cards; True when one of them has a new place or scene."""
        assert self.episode is not None
        moved = False
        for shot in self.episode.shots:
            if shot.id in shot_ids and shot.id in self.cards:
                text = CardText.of(shot, self._folder)
                self._thumbnails.forget(text.frame)
                self.cards[shot.id].show_text(text)
                moved |= self._placement.get(shot.id) != (shot.canvas, shot.scene_id)
        return moved

    def _sync_items(self, badges: ShotBadges) -> None:
        """Add and remove cards and edge items until they match the episode."""
        assert self.episode is not None
        shots = {shot.id: shot for shot in self.episode.shots}
        for shot_id in set(self.cards) - set(shots):
            self.removeItem(self.cards.pop(shot_id))
        for shot_id, shot in shots.items():
            if shot_id not in self.cards:
                card = ShotCard(shot_id, CardText.of(shot, self._folder), self._thumbnails)
                card.show_badge(badges.badge(shot_id))
                card.handle.setVisible(self._handles_shown)
                self.cards[shot_id] = card
                self.addItem(card)
        edges = {edge.id: edge for edge in self.episode.edges}
        for edge_id in set(self.edges) - set(edges):
            item = self.edges.pop(edge_id)
            item.detach()
            self.removeItem(item)
        for edge_id, edge in edges.items():
            if edge_id not in self.edges:
                item = EdgeItem(edge_id, edge.kind, self.cards[edge.source], self.cards[edge.target])
                item.setVisible(self._edges_shown)
                self.edges[edge_id] = item
                self.addItem(item)

    def relayout(self) -> None:
        """Put every card where its shot says, or where the automatic layout puts it."""
        assert self.episode is not None and self.graph is not None
        for shot_id, (x, y) in card_positions(self.episode, self.graph).items():
            card = self.cards[shot_id]
            if card.pos() != QPointF(x, y):
                card.setPos(x, y)
        self._placement = {shot.id: (shot.canvas, shot.scene_id) for shot in self.episode.shots}
        self.update_bands()

    def update_bands(self) -> None:
        """Draw each scene's band around its cards, wherever they are now (see ``_empty_areas``)."""
        for band in self._bands:
            self.removeItem(band)
        self._bands = []
        assert self.episode is not None
        areas: dict[str, QRectF] = {}
        for shot in self.episode.shots:
            rect = QRectF(self.cards[shot.id].pos(), QRectF(0, 0, style.CARD_WIDTH, style.CARD_HEIGHT).size())
            areas[shot.scene_id] = areas[shot.scene_id].united(rect) if shot.scene_id in areas else rect
        areas.update(self._empty_areas(areas))
        shade = 0
        for scene in self.episode.scenes:
            if scene.id in areas:
                margin = style.BAND_MARGIN
                band = SceneBand(scene, areas[scene.id].adjusted(-margin, -margin - style.BAND_TITLE, margin, margin),
                                 shade)
                self._bands.append(band)
                self.addItem(band)
                shade += 1
        self.setSceneRect(self.itemsBoundingRect().adjusted(-60, -60, 200, 200))

    def _empty_areas(self, areas: dict[str, QRectF]) -> dict[str, QRectF]:
        """A card-sized place for each scene without shots, so a new scene shows at once: in a row
        below the cards, each right of the scene before it in the episode's list."""
        assert self.episode is not None
        margin = style.BAND_MARGIN * 2 + style.BAND_TITLE
        bottom = max((rect.bottom() for rect in areas.values()), default=None)
        y = 0.0 if bottom is None else bottom + margin + style.ROW_STEP - style.CARD_HEIGHT
        empty: dict[str, QRectF] = {}
        x = 0.0
        for scene in self.episode.scenes:
            if scene.id in areas:
                x = max(x, areas[scene.id].right() + style.SCENE_GAP + margin)
            else:
                empty[scene.id] = QRectF(x, y, style.CARD_WIDTH, style.CARD_HEIGHT)
                x += style.CARD_WIDTH + style.SCENE_GAP + margin
        return empty

    def follow_zoom(self, zoom: float) -> None:
        """Show only what can be seen and reached at this zoom: link handles on readable cards,
        edges while the gap between cards is more than a few pixels."""
        handles, edges = zoom >= style.DETAIL_LOD, zoom >= style.EDGE_LOD
        if handles != self._handles_shown:
            self._handles_shown = handles
            for card in self.cards.values():
                card.handle.setVisible(handles)
        if edges != self._edges_shown:
            self._edges_shown = edges
            for item in self.edges.values():
                item.setVisible(edges)

    def show_badges(self, shot_ids: set[str], badges: ShotBadges) -> None:
        for shot_id in shot_ids:
            card = self.cards.get(shot_id)
            if card is not None:
                card.show_badge(badges.badge(shot_id))

    def band_at(self, point: QPointF) -> SceneBand | None:
        """The scene band under a scene point (for its context menu)."""
        return next((item for item in self.items(point) if isinstance(item, SceneBand)), None)

    def card_at(self, point: QPointF, exclude: str | None = None) -> ShotCard | None:
        """The topmost card under a scene point (other than ``exclude``)."""
        for item in self.items(point):
            card = item if isinstance(item, ShotCard) else item.parentItem()
            if isinstance(card, ShotCard) and card.shot_id != exclude:
                return card
        return None
