"""The shot-graph canvas: shots as cards, cuts, plates and alternatives as edges."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from ..badges import ShotBadges
from ..bridge import DocumentBridge


class GraphCanvas(QGraphicsView):
    """The current episode's shot graph."""

    def __init__(self, bridge: DocumentBridge, badges: ShotBadges, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._badges = badges
        self.setScene(QGraphicsScene(self))

    def frame_shots(self, shot_ids: Iterable[str]) -> None:
        """Scroll and zoom so these shots' cards are in view."""
