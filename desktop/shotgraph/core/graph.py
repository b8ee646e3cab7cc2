"""The networkx view of an episode: cut order, plate and alt edges, cycles and starts.

Terms follow the rule catalogue: *episode order* is a topological order of the cut
graph with ties broken by creation order, and creation order while the cut graph
has a cycle. An ``EpisodeGraph`` follows its episode edit by edit through
``update(changes)`` instead of being rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .changes import Changes
from .model import Edge, EdgeKind, Episode, Shot


def episode_order(episode: Episode) -> list[Shot]:
    """The episode's shots in episode order (see the module docstring)."""
    return EpisodeGraph(episode).order()


class EpisodeGraph:
    """Shots of one episode as nodes; cut, plate and alt edges as keyed multi-edges."""

    def __init__(self, episode: Episode) -> None:
        self.episode = episode
        self.graph = nx.MultiDiGraph()
        self._edges: dict[str, tuple[str, str, EdgeKind]] = {}
        self._order: list[Shot] | None = None
        self._creation: dict[str, int] = {}
        self.rebuild()

    def rebuild(self) -> None:
        """Read the whole episode again (after loading, or a change too wide to follow)."""
        self.graph.clear()
        self._edges.clear()
        self.graph.add_nodes_from(shot.id for shot in self.episode.shots)
        for edge in self.episode.edges:
            self._add_edge(edge)
        self._forget_order()

    def update(self, changes: Changes) -> None:
        """Follow an edit of the episode from its Changes record."""
        shots = {shot.id for shot in self.episode.shots}
        for shot_id in changes.shots_removed:
            if shot_id in self.graph:
                self.graph.remove_node(shot_id)
        self.graph.add_nodes_from(changes.shots_added & shots)
        self._update_edges(changes.edges)
        if changes.shots_added or changes.shots_removed or changes.edges or self.episode.id in changes.episodes:
            self._forget_order()

    def _update_edges(self, edge_ids: Iterable[str]) -> None:
        current = {edge.id: edge for edge in self.episode.edges} if edge_ids else {}
        for edge_id in edge_ids:
            old = self._edges.pop(edge_id, None)
            if old is not None and self.graph.has_edge(old[0], old[1], key=edge_id):
                self.graph.remove_edge(old[0], old[1], key=edge_id)
            if edge_id in current:
                self._add_edge(current[edge_id])

    def _add_edge(self, edge: Edge) -> None:
        self._edges[edge.id] = (edge.source, edge.target, edge.kind)
        self.graph.add_edge(edge.source, edge.target, key=edge.id, kind=edge.kind)

    def _forget_order(self) -> None:
        self._order = None
        self._creation = {shot.id: i for i, shot in enumerate(self.episode.shots)}

    def cut_graph(self) -> nx.DiGraph:
        """The cut edges alone, as a simple directed graph over every shot."""
        cuts = nx.DiGraph()
        cuts.add_nodes_from(self.graph)
        cuts.add_edges_from((u, v) for u, v, kind in self.graph.edges(data="kind") if kind == EdgeKind.CUT)
        return cuts

    def order(self) -> list[Shot]:
        """The shots in episode order, computed once per structural change."""
        if self._order is None:
            self._order = self._compute_order()
        return self._order

    def _compute_order(self) -> list[Shot]:
        shots = {shot.id: shot for shot in self.episode.shots}
        try:
            ids = nx.lexicographical_topological_sort(self.cut_graph(), key=self._creation.__getitem__)
            return [shots[shot_id] for shot_id in ids]
        except nx.NetworkXUnfeasible:
            return list(self.episode.shots)

    def creation_index(self, shot_id: str) -> int:
        """Where a shot stands in creation (row) order."""
        return self._creation[shot_id]

    def cut_successors(self, shot_id: str) -> list[str]:
        return self._neighbours(self.graph.out_edges(shot_id, data="kind"), 1, EdgeKind.CUT)

    def cut_predecessors(self, shot_id: str) -> list[str]:
        return self._neighbours(self.graph.in_edges(shot_id, data="kind"), 0, EdgeKind.CUT)

    def plate_sources(self, shot_id: str) -> list[str]:
        """Shots that supply this shot's background plate."""
        return self._neighbours(self.graph.in_edges(shot_id, data="kind"), 0, EdgeKind.PLATE)

    @staticmethod
    def _neighbours(edges: Iterable[tuple[str, str, EdgeKind]], end: int, kind: EdgeKind) -> list[str]:
        return list(dict.fromkeys(edge[end] for edge in edges if edge[2] == kind))
