"""What rules read: an episode's order, scenes and pairs, worked out once and shared.

Rules never walk the raw model for structure; they ask these facts, so every rule
sees the same episode order and the engine can refresh one episode at a time.
"""

from __future__ import annotations

from operator import attrgetter

from shotgraph.core.aigc import first_generated, implicit_label
from shotgraph.core.graph import EpisodeGraph, EpisodeGraphs
from shotgraph.core.model import (
    Angle,
    Character,
    Episode,
    IntExt,
    Location,
    Mode,
    Movement,
    Person,
    Project,
    Prop,
    Scene,
    Shot,
    ShotSize,
    TimeOfDay,
    WardrobeLook,
)

Framing = tuple[ShotSize | None, Angle | None, Movement | None]
"""A shot's (size, angle, movement); a signature when all three are known."""

_CAMERA = attrgetter("camera")
_FRAMING = attrgetter("size", "angle", "movement")


class ProjectFacts:
    """Lookups across the project, and the facts of each episode in episode-number order."""

    def __init__(self, project: Project, graphs: EpisodeGraphs | None = None) -> None:
        """``graphs``: the episode graphs to read (an open document's own), else graphs of their own."""
        self.project = project
        self.graphs = graphs or EpisodeGraphs(project)
        self._owners: dict[str, EpisodeFacts] | None = None
        self.refresh_catalogue()
        self.episodes: dict[str, EpisodeFacts] = {
            e.id: EpisodeFacts(e, self, self.graphs.of(e)) for e in project.episodes}

    def refresh_catalogue(self) -> None:
        """Re-read characters, looks, props, locations and people after they change."""
        project = self.project
        self.characters: dict[str, Character] = {c.id: c for c in project.characters}
        self.looks: dict[str, WardrobeLook] = {w.id: w for w in project.wardrobe}
        self.props: dict[str, Prop] = {p.id: p for p in project.props}
        self.locations: dict[str, Location] = {loc.id: loc for loc in project.locations}
        self.people: dict[str, Person] = {p.id: p for p in project.people}

    def owner_of(self, shot_id: str) -> EpisodeFacts:
        """The facts of the episode holding a shot."""
        if self._owners is None:
            self._owners = {shot_id: facts for facts in self.episodes.values() for shot_id in facts.shots}
        return self._owners[shot_id]

    def forget_owners(self) -> None:
        """Called when shots come, go or episodes are replaced: ``owner_of`` looks again."""
        self._owners = None

    def in_order(self) -> list[EpisodeFacts]:
        """Episode facts by episode number."""
        return sorted(self.episodes.values(), key=lambda facts: facts.number)


class EpisodeFacts:
    """One episode as rules see it: episode order, scene order, same-scene consecutive pairs."""

    _framings: tuple[Framing, ...] | None
    _labelled: tuple[Shot | None, dict[str, str] | None] | None
    _by_modes: dict[frozenset[Mode], list[Shot]]

    def __init__(self, episode: Episode, project: ProjectFacts, graph: EpisodeGraph) -> None:
        self.episode = episode
        self.project = project
        self.graph = graph
        self.refresh()

    @property
    def framings(self) -> tuple[Framing, ...]:
        """Each shot's (size, angle, movement) in episode order, read once per change of the episode."""
        framings = self._framings
        if framings is None:
            framings = self._framings = tuple(map(_FRAMING, map(_CAMERA, self.order)))
        return framings

    @property
    def labelled(self) -> tuple[Shot | None, dict[str, str] | None]:
        """The first AI or hybrid shot in episode order and the episode's implicit AI label
        (core/aigc.py), which several compliance rules read: worked out once per change."""
        labelled = self._labelled
        if labelled is None:
            label = implicit_label(self.project.project, self.episode)
            labelled = self._labelled = (first_generated(self.order), label)
        return labelled

    def in_modes(self, modes: frozenset[Mode]) -> list[Shot]:
        """The shots of these modes in episode order, read once per change of the episode."""
        shots = self._by_modes.get(modes)
        if shots is None:
            shots = self._by_modes[modes] = [shot for shot in self.order if shot.mode in modes]
        return shots

    def shot_values_changed(self) -> None:
        """Forget what was read of the shots' fields after an edit changed some of them."""
        self._framings = self._labelled = None
        self._by_modes = {}

    def refresh(self) -> None:
        """Work the facts out again from the episode and its graph (and the project's settings)."""
        self._framings = self._labelled = None
        self._by_modes = {}
        self.project.forget_owners()
        self.number = self.episode.number
        self.shots: dict[str, Shot] = {shot.id: shot for shot in self.episode.shots}
        self.scenes: dict[str, Scene] = {scene.id: scene for scene in self.episode.scenes}
        self.order: list[Shot] = self.graph.order()
        self.position: dict[str, int] = {shot.id: i for i, shot in enumerate(self.order)}
        self.scene_shots: dict[str, list[Shot]] = {}
        self.pairs: list[tuple[Shot, Shot]] = []
        shots, successors, pairs = self.shots, self.graph.cut_successors, self.pairs
        for shot in self.order:
            scene_id = shot.scene_id
            members = self.scene_shots.get(scene_id)
            if members is None:
                self.scene_shots[scene_id] = [shot]
            else:
                members.append(shot)
            for target in successors(shot.id):
                following = shots[target]
                if following.scene_id == scene_id:
                    pairs.append((shot, following))
        self.pair_firsts: list[Shot] = [i for i, _ in pairs]
        self.pair_seconds: list[Shot] = [j for _, j in pairs]
        """``pairs`` as two columns, for calling a pair rule on each pair with ``map``."""

    def scene_code(self, shot: Shot) -> str:
        return self.scenes[shot.scene_id].code

    def location_id(self, shot: Shot) -> str | None:
        """The shot's location: its own, else its scene's."""
        return shot.location_id or self.scenes[shot.scene_id].location_id

    def int_ext(self, shot: Shot) -> IntExt | None:
        return shot.int_ext or self.scenes[shot.scene_id].int_ext

    def time_of_day(self, shot: Shot) -> TimeOfDay | None:
        return shot.time_of_day or self.scenes[shot.scene_id].time_of_day

    def story_day(self, shot: Shot) -> int | None:
        return shot.story_day if shot.story_day is not None else self.scenes[shot.scene_id].story_day
