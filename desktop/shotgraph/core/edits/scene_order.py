"""Making the cut path follow a new order of scenes, so moved scenes play in their new place.

Episode order comes from the cut edges, not from the list of scenes: moving a scene in
the list alone would change the tree but neither the canvas nor the storyboard. The
shots of the scenes concerned are taken as blocks along the cut path; the cuts between
blocks (and into and out of the span they cover) are rewired for the blocks' new order,
while the cuts inside each block stay as they are, branches included.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph import EpisodeGraph
from ..model import EdgeKind, Episode, Shot
from .base import Edit
from .edges import Link, Unlink, cut_edges

if TYPE_CHECKING:
    from ..document import Document

Blocks = dict[str, list[Shot]]
"""The shots on the cut path of each scene concerned, in episode order, by scene id."""


def follow_scene_order(doc: Document, episode: Episode, new_order: list[str]) -> list[Edit]:
    """Steps rewiring the cuts so the shots of the scenes in ``new_order`` play in that order.

    ``new_order`` lists the scenes concerned (the range a move passes over) in their new
    order. Nothing changes when those scenes are intercut with each other or with another
    scene, when the cut path has a cycle, or when the blocks already play in that order.
    """
    blocks = _blocks(doc.graphs.of(episode), set(new_order))
    if not blocks:
        return []
    ordered = [blocks[scene_id] for scene_id in new_order if scene_id in blocks]
    if ordered == list(blocks.values()):
        return []
    span = {shot.id: scene_id for scene_id, block in blocks.items() for shot in block}
    old = cut_edges(doc, span)
    internal = {(e.source, e.target) for e in old if e.source in span and span[e.source] == span.get(e.target)}
    ends = [_ends(block, internal) for block in ordered]
    wanted = dict.fromkeys(internal)
    wanted.update(dict.fromkeys((e.source, head) for e in old if e.source not in span for head in ends[0][0]))
    wanted.update(dict.fromkeys((tail, e.target) for e in old if e.target not in span for tail in ends[-1][1]))
    for (_, tails), (heads, _) in zip(ends, ends[1:], strict=False):
        wanted.update(dict.fromkeys((tail, head) for tail in tails for head in heads))
    kept = {(e.source, e.target) for e in old}
    steps: list[Edit] = [Unlink(e.id) for e in old if (e.source, e.target) not in wanted]
    return steps + [Link(EdgeKind.CUT, s, t) for s, t in wanted if (s, t) not in kept]


def _blocks(graph: EpisodeGraph, scene_ids: set[str]) -> Blocks | None:
    """Each scene's shots on the cut path, when they form one unbroken run per scene
    with no other scene's shot between the runs; None when they do not."""
    if not graph.acyclic:
        return None
    linked = [s for s in graph.order() if graph.cut_successors(s.id) or graph.cut_predecessors(s.id)]
    places = [i for i, shot in enumerate(linked) if shot.scene_id in scene_ids]
    if not places:
        return None
    blocks: Blocks = {}
    previous = ""
    for shot in linked[places[0]:places[-1] + 1]:
        if shot.scene_id not in scene_ids or (shot.scene_id != previous and shot.scene_id in blocks):
            return None
        blocks.setdefault(shot.scene_id, []).append(shot)
        previous = shot.scene_id
    return blocks


def _ends(block: list[Shot], internal: set[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The block's first shots (no cut into them from inside it) and last shots (no cut out)."""
    ids = [shot.id for shot in block]
    targets = {t for s, t in internal if s in ids}
    sources = {s for s, t in internal if t in ids}
    return [i for i in ids if i not in targets], [i for i in ids if i not in sources]
