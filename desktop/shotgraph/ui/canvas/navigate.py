"""Where the arrow keys go on the canvas: along the cut, or to a sibling branch above or below."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt

from shotgraph.core.model import EdgeKind

from .scene import GraphScene


def neighbour(scene: GraphScene, shot_id: str, key: Qt.Key) -> str | None:
    """The shot an arrow key moves to from ``shot_id``, None when there is none that way."""
    graph = scene.graph
    if graph is None or shot_id not in scene.cards:
        return None
    if key == Qt.Key.Key_Right:
        return _closest_in_height(scene, shot_id, graph.cut_successors(shot_id))
    if key == Qt.Key.Key_Left:
        return _closest_in_height(scene, shot_id, graph.cut_predecessors(shot_id))
    siblings = _siblings(scene, shot_id)
    y = scene.cards[shot_id].y()
    if key == Qt.Key.Key_Up:
        above = [s for s in siblings if scene.cards[s].y() < y]
        return max(above, key=lambda s: scene.cards[s].y(), default=None)
    if key == Qt.Key.Key_Down:
        below = [s for s in siblings if scene.cards[s].y() > y]
        return min(below, key=lambda s: scene.cards[s].y(), default=None)
    return None


def _closest_in_height(scene: GraphScene, shot_id: str, candidates: Iterable[str]) -> str | None:
    y = scene.cards[shot_id].y()
    return min((c for c in candidates if c in scene.cards), key=lambda c: abs(scene.cards[c].y() - y), default=None)


def _siblings(scene: GraphScene, shot_id: str) -> set[str]:
    """Shots in the same slot of the story: cut from the same shots, or alternative takes of each other."""
    assert scene.graph is not None and scene.episode is not None
    graph = scene.graph
    found = {s for p in graph.cut_predecessors(shot_id) for s in graph.cut_successors(p)}
    for edge in scene.episode.edges:
        if edge.kind is EdgeKind.ALT and shot_id in (edge.source, edge.target):
            found |= {edge.source, edge.target}
    found.discard(shot_id)
    return {s for s in found if s in scene.cards}
