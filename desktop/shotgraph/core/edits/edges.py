"""Edits of the shot graph's edges: link, unlink, and rewriting the cut path."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..changes import Changes
from ..model import Edge, EdgeKind, Episode, new_id
from .base import (
    Compound,
    Edit,
    EditError,
    EditName,
    check_new_id,
    counted_name,
    listed,
    require,
    shot_codes,
    validated_new,
)
from .checks import check_edge

if TYPE_CHECKING:
    from ..document import Document

_ADDING_PATTERNS = {EdgeKind.CUT: "Add Cut", EdgeKind.PLATE: "Add Plate Link", EdgeKind.ALT: "Add Alternative Link"}
"""What adding an edge is called before the edit knows the shots' codes: "Add Cut"."""
_ADDED_PATTERNS = {EdgeKind.CUT: "Add Cut {source} → {target}",
                   EdgeKind.PLATE: "Add Plate Link {source} → {target}",
                   EdgeKind.ALT: "Add Alternative Link {source} → {target}"}
_REMOVED_PATTERNS = {EdgeKind.CUT: "Remove Cut {source} → {target}",
                     EdgeKind.PLATE: "Remove Plate Link {source} → {target}",
                     EdgeKind.ALT: "Remove Alternative Link {source} → {target}"}


def _edge_changes(edge: Edge, episode: Episode) -> Changes:
    return Changes.of(edges=[edge.id], episodes=[episode.id], shot_links=[edge.source, edge.target])


def _edge_name(doc: Document, patterns: dict[EdgeKind, str], edge: Edge) -> EditName:
    """"Add Cut 3 → 4": the edge's kind and the codes of the shots it joins."""
    source, target = shot_codes(doc, [edge.source])[0], shot_codes(doc, [edge.target])[0]
    return EditName(patterns[edge.kind], source=source, target=target)


class Link:
    """Add an edge of a kind between two shots of one episode.

    A shot may be linked to itself (its own plate); a cut to itself is a cycle the rules report.
    """

    def __init__(self, kind: EdgeKind | str, source: str, target: str, *, edge_id: str | None = None) -> None:
        data = {"id": edge_id or new_id("ed"), "kind": kind, "source": source, "target": target}
        self.edge: Edge = validated_new(Edge, data)
        self.name = EditName(_ADDING_PATTERNS[self.edge.kind])

    def redo(self, doc: Document) -> Changes:
        edge, index = self.edge, doc.index
        episode = require(index.shot_episode, edge.source, "shot")
        check_edge(doc, episode, edge)
        check_new_id(doc, edge.id)
        self.name = _edge_name(doc, _ADDED_PATTERNS, edge)
        index.insert_edge(episode, len(episode.edges), edge)
        return _edge_changes(edge, episode)

    def undo(self, doc: Document) -> Changes:
        episode = doc.index.edge_episode[self.edge.id]
        doc.index.remove_edge(self.edge.id)
        return _edge_changes(self.edge, episode)


class Unlink:
    """Remove an edge; undo puts it back at its place in the episode's list."""

    def __init__(self, edge_id: str) -> None:
        self.edge_id = edge_id
        self.name = EditName("Remove Link")
        self._removed: tuple[Episode, int, Edge] | None = None

    def redo(self, doc: Document) -> Changes:
        edge = require(doc.index.edges, self.edge_id, "edge")
        episode = doc.index.edge_episode[edge.id]
        self.name = _edge_name(doc, _REMOVED_PATTERNS, edge)
        self._removed = (episode, doc.index.remove_edge(edge.id), edge)
        return _edge_changes(edge, episode)

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        episode, position, edge = self._removed
        doc.index.insert_edge(episode, position, edge)
        return _edge_changes(edge, episode)


def cut_edges(doc: Document, shot_ids: Iterable[str]) -> list[Edge]:
    """The cut edges from or to any of the shots, each once."""
    found: dict[str, Edge] = {}
    for shot_id in shot_ids:
        for edge in doc.index.edges_of(shot_id):
            if edge.kind is EdgeKind.CUT:
                found[edge.id] = edge
    return list(found.values())


def splice_steps(doc: Document, after: str, shot_id: str) -> list[Edit]:
    """Steps putting a new shot into the cut path right after ``after``.

    The cuts leaving ``after`` leave the new shot instead, and ``after`` cuts to it.
    """
    leaving = [e for e in cut_edges(doc, [after]) if e.source == after]
    steps: list[Edit] = []
    for edge in leaving:
        steps += [Unlink(edge.id), Link(EdgeKind.CUT, shot_id, edge.target)]
    return [*steps, Link(EdgeKind.CUT, after, shot_id)]


class ReorderShots(Compound):
    """Make a run of shots follow each other in the given order on the cut path.

    Cuts from outside into the run now reach its first shot; cuts from the run to the outside
    now leave its last shot; cuts inside the run become the new order. Drag-to-reorder in the
    storyboard passes the span between a card's old and new place in its new order.
    """

    def __init__(self, shot_ids: Iterable[str]) -> None:
        self.shot_ids = list(shot_ids)
        self.name = counted_name(len(self.shot_ids), "Reorder Shot", "Reorder {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        run = self._checked(doc)
        self.name = listed(shot_codes(doc, run), "Reorder Shots {shots}", "Reorder {n} Shots",
                           one="Reorder Shot {shots}")
        members = set(run)
        old = cut_edges(doc, run)
        wanted: dict[tuple[str, str], None] = {}
        for edge in old:
            if edge.target in members and edge.source not in members:
                wanted[edge.source, run[0]] = None
            elif edge.source in members and edge.target not in members:
                wanted[run[-1], edge.target] = None
        wanted.update(dict.fromkeys(zip(run, run[1:], strict=False)))
        kept = {(e.source, e.target) for e in old}
        steps: list[Edit] = [Unlink(e.id) for e in old if (e.source, e.target) not in wanted]
        return steps + [Link(EdgeKind.CUT, s, t) for s, t in wanted if (s, t) not in kept]

    def _checked(self, doc: Document) -> list[str]:
        if not self.shot_ids:
            raise EditError("there are no shots to reorder")
        if len(set(self.shot_ids)) != len(self.shot_ids):
            raise EditError("a shot can appear only once in the new order")
        episodes = {id(require(doc.index.shot_episode, s, "shot")) for s in self.shot_ids}
        if len(episodes) > 1:
            raise EditError("only shots of one episode can be reordered together")
        return self.shot_ids
