"""The graph view of an episode: cut order, plate and alt edges, cycles and starts.

Terms follow the rule catalogue: *episode order* is a topological order of the cut
graph with ties broken by creation order, and creation order while the cut graph
has a cycle. An ``EpisodeGraph`` follows its episode edit by edit through
``update(changes)`` instead of being rebuilt; ``EpisodeGraphs`` keeps one per episode of a
project, and the document's own (``Document.graphs``) is the one every part of the editor
reads. Adjacency is kept in plain dicts,
which the rules query thousands of times per check; ``cut_graph()`` gives the
networkx view for graph algorithms (strongly connected components); networkx is imported
only then, as most episodes never need it and it takes a tenth of a second to load.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .changes import Changes
from .model import Edge, EdgeKind, Episode, Project, Shot

if TYPE_CHECKING:
    import networkx as nx

    from .index import ProjectIndex


def episode_order(episode: Episode) -> list[Shot]:
    """The shots of an episode nobody edits (a snapshot being exported) in episode order;
    an open project reads ``Document.graphs`` instead."""
    return EpisodeGraph(episode).order()


def picture_order(episode: Episode) -> list[Shot]:
    """The shots of an episode nobody edits that play on screen (``EpisodeGraph.picture_order``)."""
    return EpisodeGraph(episode).picture_order()


class EpisodeGraphs:
    """One ``EpisodeGraph`` per episode of a project, made when first asked for.

    The document keeps one (``Document.graphs``) and brings it up to date with every change
    before it tells anyone of the change, so the checker, the views, the planner and the edits
    read the same graph and never a stale one. Given the document's index, a graph also knows
    when its episode's lists changed behind its back (in the middle of an edit) and reads them
    again. Over a bare project (the command line) it reads the project as it is.
    """

    def __init__(self, project: Project, index: ProjectIndex | None = None) -> None:
        self.project = project
        self._index = index
        self._graphs: dict[str, tuple[EpisodeGraph, int]] = {}

    def of(self, episode: Episode) -> EpisodeGraph:
        """The graph of ``episode``, current."""
        revision = self._revision(episode.id)
        kept = self._graphs.get(episode.id)
        if kept is not None and kept[0].episode is episode:
            graph, seen = kept
            if seen == revision:
                return graph
            graph.rebuild()
        else:
            graph = EpisodeGraph(episode)
        self._graphs[episode.id] = (graph, revision)
        return graph

    def order(self, episode: Episode) -> list[Shot]:
        """The episode's shots in episode order (read-only)."""
        return self.of(episode).order()

    def picture_order(self, episode: Episode) -> list[Shot]:
        return self.of(episode).picture_order()

    def update(self, changes: Changes) -> None:
        """Follow one change: graphs of the episodes it touches follow it, those of episodes gone go."""
        linked = changes.shots_added | changes.shots_removed | changes.shot_links
        if not (changes.episodes or linked or changes.edges):
            return
        current = {episode.id: episode for episode in self.project.episodes} if changes.episodes else {}
        for episode_id, (graph, _) in list(self._graphs.items()):
            if episode_id in changes.episodes and current.get(episode_id) is not graph.episode:
                del self._graphs[episode_id]
            elif episode_id in changes.episodes or any(graph.holds(shot_id) for shot_id in linked):
                graph.update(changes)
                self._graphs[episode_id] = (graph, self._revision(episode_id))

    def _revision(self, episode_id: str) -> int:
        return self._index.revisions.get(episode_id, 0) if self._index is not None else 0


class EpisodeGraph:
    """Shots of one episode and the cut, plate and alt edges between them."""

    def __init__(self, episode: Episode) -> None:
        self.episode = episode
        self._edges: dict[str, Edge] = {}
        self._out: dict[EdgeKind, dict[str, list[str]]] = {kind: {} for kind in EdgeKind}
        self._in: dict[EdgeKind, dict[str, list[str]]] = {kind: {} for kind in EdgeKind}
        self._order: list[Shot] | None = None
        self._starts: list[str] | None = None
        self._ends: list[str] | None = None
        self._acyclic = True
        self._creation: dict[str, int] = {}
        self.rebuild()

    def rebuild(self) -> None:
        """Read the whole episode again (after loading, or a change too wide to follow)."""
        self._edges.clear()
        for kind in EdgeKind:
            self._out[kind].clear()
            self._in[kind].clear()
        outgoing, incoming, edges = self._out, self._in, self._edges
        for edge in self.episode.edges:
            edges[edge.id] = edge
            source, target, kind = edge.source, edge.target, edge.kind
            targets = outgoing[kind].get(source)
            if targets is None:
                outgoing[kind][source] = [target]
            else:
                targets.append(target)
            sources = incoming[kind].get(target)
            if sources is None:
                incoming[kind][target] = [source]
            else:
                sources.append(source)
        self._forget_order()

    def update(self, changes: Changes) -> None:
        """Follow an edit of the episode from its Changes record.

        Neighbour lists stay in the order of the episode's edge list, exactly as
        ``rebuild`` makes them, so rules see the same answers either way.
        """
        if changes.edges:
            current = {edge.id: edge for edge in self.episode.edges if edge.id in changes.edges}
            touched: set[tuple[EdgeKind, str, str]] = set()
            for edge_id in changes.edges:
                old = self._edges.get(edge_id)
                if old is not None:
                    touched |= {(old.kind, "out", old.source), (old.kind, "in", old.target)}
                self._remove_edge(edge_id)
                if edge_id in current:
                    edge = current[edge_id]
                    self._add_edge(edge)
                    touched |= {(edge.kind, "out", edge.source), (edge.kind, "in", edge.target)}
            self._keep_edge_order(touched)
        if changes.shots_added or changes.shots_removed or changes.edges or self.episode.id in changes.episodes:
            self._forget_order()

    def _keep_edge_order(self, touched: set[tuple[EdgeKind, str, str]]) -> None:
        """Sort the touched neighbour lists back into the episode's edge order."""
        if not any(len(self._neighbours(*key)) > 1 for key in touched):
            return
        rank = {(e.kind, e.source, e.target): i for i, e in enumerate(self.episode.edges)}
        for kind, way, shot_id in touched:
            listed = self._neighbours(kind, way, shot_id)
            if way == "out":
                listed.sort(key=lambda target: rank[(kind, shot_id, target)])
            else:
                listed.sort(key=lambda source: rank[(kind, source, shot_id)])

    def _neighbours(self, kind: EdgeKind, way: str, shot_id: str) -> list[str]:
        table = self._out[kind] if way == "out" else self._in[kind]
        return table.get(shot_id, [])

    def _add_edge(self, edge: Edge) -> None:
        self._edges[edge.id] = edge
        self._out[edge.kind].setdefault(edge.source, []).append(edge.target)
        self._in[edge.kind].setdefault(edge.target, []).append(edge.source)

    def _remove_edge(self, edge_id: str) -> None:
        edge = self._edges.pop(edge_id, None)
        if edge is not None:
            self._out[edge.kind][edge.source].remove(edge.target)
            self._in[edge.kind][edge.target].remove(edge.source)

    def _forget_order(self) -> None:
        self._order = None
        self._starts = self._ends = None
        self._creation = {shot.id: i for i, shot in enumerate(self.episode.shots)}

    def cut_graph(self) -> nx.DiGraph:
        """The cut edges alone, as a networkx graph over every shot."""
        import networkx as nx

        cuts = nx.DiGraph()
        cuts.add_nodes_from(self._creation)
        cuts.add_edges_from((source, target) for source, targets in self._out[EdgeKind.CUT].items()
                            for target in targets)
        return cuts

    def order(self) -> list[Shot]:
        """The shots in episode order, computed once per structural change."""
        if self._order is None:
            self._order = self._compute_order()
        return self._order

    @property
    def acyclic(self) -> bool:
        """Whether the cut graph has no cycle (self-loops count as cycles)."""
        self.order()
        return self._acyclic

    def _compute_order(self) -> list[Shot]:
        """Kahn's algorithm, always taking the earliest-created ready shot."""
        shots = self.episode.shots
        outgoing, incoming, creation = self._out[EdgeKind.CUT], self._in[EdgeKind.CUT], self._creation
        waiting = {shot.id: len(incoming.get(shot.id, ())) for shot in shots}
        ready = [creation[shot_id] for shot_id, count in waiting.items() if count == 0]
        heapq.heapify(ready)
        order: list[Shot] = []
        pop, push = heapq.heappop, heapq.heappush
        while ready:
            shot = shots[pop(ready)]
            order.append(shot)
            for target in outgoing.get(shot.id, ()):
                waiting[target] -= 1
                if waiting[target] == 0:
                    push(ready, creation[target])
        self._acyclic = len(order) == len(shots)
        return order if self._acyclic else list(shots)

    def picture_order(self) -> list[Shot]:
        """The shots that play on screen, in episode order: not alternative takes (targets of alt
        edges), nor shots that only supply a plate (no cut in or out)."""
        alternates, cuts_out, cuts_in = self._in[EdgeKind.ALT], self._out[EdgeKind.CUT], self._in[EdgeKind.CUT]
        plates = self._out[EdgeKind.PLATE]
        return [shot for shot in self.order() if not alternates.get(shot.id) and (
            cuts_out.get(shot.id) or cuts_in.get(shot.id) or not plates.get(shot.id))]

    def holds(self, shot_id: str) -> bool:
        """Whether the shot was in the episode when the graph last read it."""
        return shot_id in self._creation

    def creation_index(self, shot_id: str) -> int:
        """Where a shot stands in creation (row) order."""
        return self._creation[shot_id]

    def cut_successors(self, shot_id: str) -> Sequence[str]:
        """Shots that follow this one on screen (read-only, like every answer here)."""
        return self._out[EdgeKind.CUT].get(shot_id, ())

    def cut_predecessors(self, shot_id: str) -> Sequence[str]:
        return self._in[EdgeKind.CUT].get(shot_id, ())

    def plate_sources(self, shot_id: str) -> Sequence[str]:
        """Shots that supply this shot's background plate."""
        return self._in[EdgeKind.PLATE].get(shot_id, ())

    def plate_targets(self, shot_id: str) -> Sequence[str]:
        """Shots whose background plate this shot supplies."""
        return self._out[EdgeKind.PLATE].get(shot_id, ())

    def starts(self) -> list[str]:
        """Shots without an incoming cut edge, in creation order (read-only, kept like the order)."""
        if self._starts is None:
            incoming = self._in[EdgeKind.CUT]
            self._starts = [shot.id for shot in self.episode.shots if not incoming.get(shot.id)]
        return self._starts

    def ends(self) -> list[str]:
        """Shots without an outgoing cut edge, in creation order (read-only, kept like the order)."""
        if self._ends is None:
            outgoing = self._out[EdgeKind.CUT]
            self._ends = [shot.id for shot in self.episode.shots if not outgoing.get(shot.id)]
        return self._ends

    def reachable_from(self, start: str) -> set[str]:
        """Every shot a cut path from ``start`` reaches, ``start`` included."""
        seen, stack = {start}, [start]
        outgoing = self._out[EdgeKind.CUT]
        while stack:
            for target in outgoing.get(stack.pop(), ()):
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return seen
