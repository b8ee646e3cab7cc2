"""Where cards go when the user has not placed them: left to right in episode order.

A shot stands one column right of its latest cut predecessor (or of the shot before it
in episode order when nothing cuts to it), so parallel branches share a column and are
stacked in rows; an alternative take sits below the shot it replaces. Each change of
scene between columns leaves a gap, so scenes read as separate bands.
"""

from __future__ import annotations

from dataclasses import dataclass

from shotgraph.core.graph import EpisodeGraph
from shotgraph.core.model import EdgeKind, Episode

from .style import COLUMN_STEP, ROW_STEP, SCENE_GAP


@dataclass(frozen=True)
class Slot:
    """A card's place on the automatic grid."""

    column: int
    row: int


def auto_slots(episode: Episode, graph: EpisodeGraph) -> dict[str, Slot]:
    """Column and row of every shot of the episode."""
    alt_source = {e.target: e.source for e in episode.edges if e.kind is EdgeKind.ALT and e.source != e.target}
    slots: dict[str, Slot] = {}
    taken: set[Slot] = set()
    previous: str | None = None
    for shot in graph.order():
        column, row = _wanted(shot.id, previous, slots, graph, alt_source)
        while Slot(column, row) in taken:
            row += 1
        slots[shot.id] = Slot(column, row)
        taken.add(slots[shot.id])
        previous = shot.id
    return slots


def _wanted(shot_id: str, previous: str | None, slots: dict[str, Slot], graph: EpisodeGraph,
            alt_source: dict[str, str]) -> tuple[int, int]:
    source = alt_source.get(shot_id)
    if source in slots:
        return slots[source].column, slots[source].row + 1
    placed = [slots[p] for p in graph.cut_predecessors(shot_id) if p in slots]
    if placed:
        first = placed[0]
        return max(slot.column for slot in placed) + 1, first.row
    if previous is None:
        return 0, 0
    return slots[previous].column + 1, 0


def slot_positions(episode: Episode, slots: dict[str, Slot]) -> dict[str, tuple[float, float]]:
    """Top-left scene coordinates of each slot, with a gap wherever the scene changes between columns."""
    scene_of = {shot.id: shot.scene_id for shot in episode.shots}
    column_scene: dict[int, str] = {}
    for shot_id, slot in sorted(slots.items(), key=lambda item: (item[1].column, item[1].row)):
        column_scene.setdefault(slot.column, scene_of[shot_id])
    column_x: dict[int, float] = {}
    x, last_scene = 0.0, None
    for column in sorted(column_scene):
        if last_scene is not None and column_scene[column] != last_scene:
            x += SCENE_GAP
        column_x[column] = x
        x += COLUMN_STEP
        last_scene = column_scene[column]
    return {shot_id: (column_x[slot.column], slot.row * ROW_STEP) for shot_id, slot in slots.items()}


def card_positions(episode: Episode, graph: EpisodeGraph) -> dict[str, tuple[float, float]]:
    """Every card's top-left: where the user put it, else its automatic place."""
    positions = slot_positions(episode, auto_slots(episode, graph))
    for shot in episode.shots:
        if shot.canvas is not None:
            positions[shot.id] = (shot.canvas.x, shot.canvas.y)
    return positions
