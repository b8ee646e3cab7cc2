"""Id indexes over a project, kept in step by the few functions that change its lists.

Edits never touch the project's lists directly: they call these methods, which update
the indexes incrementally, so the document stays fast on projects of thousands of shots.
Methods here trust their caller (an edit that has already validated the request).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .model import Edge, Episode, Project, Record, Scene, Setup, ShootingDay, Shot

CATALOGUES = ("characters", "wardrobe", "props", "locations", "people", "days", "waivers")
"""Project lists of plain records looked up by id; ``days`` also carry setups."""

EdgeKey = tuple[str, str, str]


def position(items: list[Any], item: object) -> int:
    """Index of ``item`` in ``items`` by identity (model equality would compare every field)."""
    for i, candidate in enumerate(items):
        if candidate is item:
            return i
    raise LookupError(f"{type(item).__name__} is not in its list")


class ProjectIndex:
    """Lookups by id over one project and the mutations that keep them true."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.episodes: dict[str, Episode] = {}
        self.shots: dict[str, Shot] = {}
        self.shot_episode: dict[str, Episode] = {}
        self.codes: dict[tuple[str, str], str] = {}
        self.scenes: dict[str, Scene] = {}
        self.scene_episode: dict[str, Episode] = {}
        self.scene_shots: dict[str, dict[str, None]] = {}
        self.edges: dict[str, Edge] = {}
        self.edge_episode: dict[str, Episode] = {}
        self.edge_keys: dict[EdgeKey, str] = {}
        self.outgoing: dict[str, dict[str, None]] = {}
        self.incoming: dict[str, dict[str, None]] = {}
        self.catalogue: dict[str, dict[str, Any]] = {name: {} for name in CATALOGUES}
        self.setups: dict[str, Setup] = {}
        self.setup_day: dict[str, ShootingDay] = {}
        self.shot_setup: dict[str, str] = {}
        self.revisions: dict[str, int] = {}
        """How many times each episode's shot or edge list has changed, so a graph read from it knows it is stale."""
        for name in CATALOGUES:
            for record in getattr(project, name):
                self._index_record(name, record)
        for episode in project.episodes:
            self._index_episode(episode)

    def uses_id(self, record_id: str) -> bool:
        """Whether any episode, scene, shot, edge, setup or catalogue record has this id."""
        tables: list[Mapping[str, object]] = [
            self.episodes, self.scenes, self.shots, self.edges, self.setups, *self.catalogue.values()
        ]
        return any(record_id in table for table in tables)

    # -- episodes -------------------------------------------------------------------------

    def insert_episode(self, index: int, episode: Episode) -> None:
        self.project.episodes.insert(index, episode)
        self._index_episode(episode)

    def remove_episode(self, episode_id: str) -> int:
        """Remove an episode whose shots are on no setup; returns its list index."""
        episode = self.episodes[episode_id]
        index = position(self.project.episodes, episode)
        del self.project.episodes[index]
        for edge in episode.edges:
            self._unindex_edge(edge)
        for shot in episode.shots:
            self._unindex_shot(shot)
        for scene in episode.scenes:
            self._unindex_scene(scene)
        del self.episodes[episode_id]
        return index

    def move_episode(self, episode_id: str, index: int) -> int:
        """Put an episode at another place in the project's list; returns its old index."""
        episodes = self.project.episodes
        old = position(episodes, self.episodes[episode_id])
        episodes.insert(index, episodes.pop(old))
        return old

    def _index_episode(self, episode: Episode) -> None:
        self.episodes[episode.id] = episode
        for scene in episode.scenes:
            self._index_scene(episode, scene)
        for shot in episode.shots:
            self._index_shot(episode, shot)
        for edge in episode.edges:
            self._index_edge(episode, edge)

    # -- scenes ---------------------------------------------------------------------------

    def insert_scene(self, episode: Episode, index: int, scene: Scene) -> None:
        episode.scenes.insert(index, scene)
        self._index_scene(episode, scene)

    def remove_scene(self, scene_id: str) -> int:
        """Remove a scene no shot belongs to; returns its list index."""
        scene = self.scenes[scene_id]
        scenes = self.scene_episode[scene_id].scenes
        index = position(scenes, scene)
        del scenes[index]
        self._unindex_scene(scene)
        return index

    def move_scene(self, scene_id: str, index: int) -> int:
        """Put a scene, shots and all, at another place in its episode's list; returns its old index."""
        scenes = self.scene_episode[scene_id].scenes
        old = position(scenes, self.scenes[scene_id])
        scenes.insert(index, scenes.pop(old))
        return old

    def _index_scene(self, episode: Episode, scene: Scene) -> None:
        self.scenes[scene.id] = scene
        self.scene_episode[scene.id] = episode
        self.scene_shots.setdefault(scene.id, {})

    def _unindex_scene(self, scene: Scene) -> None:
        del self.scenes[scene.id], self.scene_episode[scene.id], self.scene_shots[scene.id]

    # -- shots ----------------------------------------------------------------------------

    def insert_shot(self, episode: Episode, index: int, shot: Shot) -> None:
        episode.shots.insert(index, shot)
        self._index_shot(episode, shot)
        self._revise(episode)

    def remove_shot(self, shot_id: str) -> int:
        """Remove a shot without edges and off every setup; returns its list index."""
        shot = self.shots[shot_id]
        episode = self.shot_episode[shot_id]
        index = position(episode.shots, shot)
        del episode.shots[index]
        self._unindex_shot(shot)
        self._revise(episode)
        return index

    def _index_shot(self, episode: Episode, shot: Shot) -> None:
        self.shots[shot.id] = shot
        self.shot_episode[shot.id] = episode
        self.codes[episode.id, shot.code] = shot.id
        self.scene_shots[shot.scene_id][shot.id] = None
        self.outgoing[shot.id] = {}
        self.incoming[shot.id] = {}

    def _unindex_shot(self, shot: Shot) -> None:
        episode = self.shot_episode.pop(shot.id)
        del self.shots[shot.id], self.codes[episode.id, shot.code], self.outgoing[shot.id], self.incoming[shot.id]
        self.scene_shots.get(shot.scene_id, {}).pop(shot.id, None)

    # -- edges ----------------------------------------------------------------------------

    def insert_edge(self, episode: Episode, index: int, edge: Edge) -> None:
        episode.edges.insert(index, edge)
        self._index_edge(episode, edge)
        self._revise(episode)

    def remove_edge(self, edge_id: str) -> int:
        """Remove an edge; returns its list index."""
        edge = self.edges[edge_id]
        episode = self.edge_episode[edge_id]
        index = position(episode.edges, edge)
        del episode.edges[index]
        self._unindex_edge(edge)
        self._revise(episode)
        return index

    def _revise(self, episode: Episode) -> None:
        self.revisions[episode.id] = self.revisions.get(episode.id, 0) + 1

    def _index_edge(self, episode: Episode, edge: Edge) -> None:
        self.edges[edge.id] = edge
        self.edge_episode[edge.id] = episode
        self.edge_keys[edge.kind, edge.source, edge.target] = edge.id
        self.outgoing[edge.source][edge.id] = None
        self.incoming[edge.target][edge.id] = None

    def _unindex_edge(self, edge: Edge) -> None:
        del self.edges[edge.id], self.edge_episode[edge.id], self.edge_keys[edge.kind, edge.source, edge.target]
        self.outgoing.get(edge.source, {}).pop(edge.id, None)
        self.incoming.get(edge.target, {}).pop(edge.id, None)

    def edges_of(self, shot_id: str) -> list[Edge]:
        """Every edge from or to a shot, outgoing first."""
        ids = dict.fromkeys([*self.outgoing[shot_id], *self.incoming[shot_id]])
        return [self.edges[edge_id] for edge_id in ids]

    # -- catalogue records and days -------------------------------------------------------

    def insert_record(self, kind: str, index: int, record: Any) -> None:
        getattr(self.project, kind).insert(index, record)
        self._index_record(kind, record)

    def remove_record(self, kind: str, record_id: str) -> int:
        """Remove a record nothing refers to any more; returns its list index."""
        record = self.catalogue[kind].pop(record_id)
        items = getattr(self.project, kind)
        index = position(items, record)
        del items[index]
        if isinstance(record, ShootingDay):
            for setup in record.setups:
                self._unindex_setup(setup)
        return index

    def _index_record(self, kind: str, record: Any) -> None:
        self.catalogue[kind][record.id] = record
        if isinstance(record, ShootingDay):
            for setup in record.setups:
                self._index_setup(record, setup)

    def insert_setup(self, day: ShootingDay, index: int, setup: Setup) -> None:
        day.setups.insert(index, setup)
        self._index_setup(day, setup)

    def remove_setup(self, setup_id: str) -> int:
        setup = self.setups[setup_id]
        setups = self.setup_day[setup_id].setups
        index = position(setups, setup)
        del setups[index]
        self._unindex_setup(setup)
        return index

    def _index_setup(self, day: ShootingDay, setup: Setup) -> None:
        self.setups[setup.id] = setup
        self.setup_day[setup.id] = day
        self.shot_setup.update(dict.fromkeys(setup.shot_ids, setup.id))

    def _unindex_setup(self, setup: Setup) -> None:
        del self.setups[setup.id], self.setup_day[setup.id]
        self._unplace(setup)

    def _unplace(self, setup: Setup) -> None:
        for shot_id in setup.shot_ids:
            if self.shot_setup.get(shot_id) == setup.id:
                del self.shot_setup[shot_id]

    # -- fields ---------------------------------------------------------------------------

    def set_fields(self, record: Record, values: dict[str, Any]) -> None:
        """Assign already validated values, keeping code, scene and setup indexes true."""
        if isinstance(record, Shot):
            self._reindex_shot(record, values)
        elif isinstance(record, Setup) and "shot_ids" in values:
            self._unplace(record)
            self.shot_setup.update(dict.fromkeys(values["shot_ids"], record.id))
        for name, value in values.items():
            setattr(record, name, value)

    def _reindex_shot(self, shot: Shot, values: dict[str, Any]) -> None:
        episode = self.shot_episode[shot.id]
        if values.get("code", shot.code) != shot.code:
            del self.codes[episode.id, shot.code]
            self.codes[episode.id, values["code"]] = shot.id
        if values.get("scene_id", shot.scene_id) != shot.scene_id:
            del self.scene_shots[shot.scene_id][shot.id]
            self.scene_shots[values["scene_id"]][shot.id] = None


def plain(value: Any) -> Any:
    """A value with every model turned into plain data, so validation makes fresh objects."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value
