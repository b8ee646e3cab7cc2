"""Step 1 of automatic planning: pool the unscheduled live and hybrid shots into setups.

Shots share a setup when they share location, INT/EXT, time of day, setup code (when
the shot list gives one) and green screen or not (a hybrid shot is filmed against
green). A group longer than a working day is split, wide shots first, into setups
that each fit a day; only a single shot longer than a day makes a setup that does not.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from shotgraph.core.graph import EpisodeGraphs
from shotgraph.core.model import (
    Episode,
    IntExt,
    Mode,
    PlanningSettings,
    Project,
    Scene,
    Shot,
    ShotSize,
    TimeOfDay,
    called_characters,
)

from .estimate import base_minutes, complexity, setup_minutes, shot_minutes

TIGHT = len(ShotSize)
"""Sort position of a shot with no size or an insert: after the tightest close-up."""


@dataclass(frozen=True, slots=True)
class SetupKey:
    """What the shots of one setup have in common."""

    location_id: str | None
    int_ext: IntExt | None
    time_of_day: TimeOfDay | None
    setup_code: str | None
    green: bool

    @property
    def ext_day(self) -> bool:
        """Needs daylight: an exterior day setup."""
        return self.int_ext is IntExt.EXT and self.time_of_day is TimeOfDay.DAY

    @property
    def night(self) -> bool:
        return self.time_of_day is TimeOfDay.NIGHT


class ShotPlaces:
    """Each shot's episode and scene, so its effective location, INT/EXT and time of day resolve."""

    def __init__(self, project: Project, graphs: EpisodeGraphs | None = None) -> None:
        """``graphs``: an open document's episode graphs, read for story order instead of new ones."""
        self.project = project
        self.graphs = graphs or EpisodeGraphs(project)
        self.scenes: dict[str, Scene] = {}
        self.episodes: dict[str, Episode] = {}
        self.shots: dict[str, Shot] = {}
        for episode in project.episodes:
            self.scenes.update((scene.id, scene) for scene in episode.scenes)
            for shot in episode.shots:
                self.shots[shot.id] = shot
                self.episodes[shot.id] = episode

    def location_of(self, shot: Shot) -> str | None:
        scene = self.scenes.get(shot.scene_id)
        return shot.location_id or (scene.location_id if scene else None)

    def key(self, shot: Shot) -> SetupKey:
        scene = self.scenes.get(shot.scene_id)
        return SetupKey(self.location_of(shot), shot.int_ext or (scene.int_ext if scene else None),
                        shot.time_of_day or (scene.time_of_day if scene else None),
                        shot.setup_code or None, shot.mode is Mode.HYBRID)

    def scene_code(self, shot: Shot) -> str:
        scene = self.scenes.get(shot.scene_id)
        return scene.code if scene else ""

    @cached_property
    def story_positions(self) -> dict[str, tuple[int, int]]:
        """Each shot's place in the story: (episode number, position in episode order)."""
        return {shot.id: (episode.number, k) for episode in self.project.episodes
                for k, shot in enumerate(self.graphs.order(episode))}

    @cached_property
    def actors_of_character(self) -> dict[str, str]:
        return {c.id: c.actor_id for c in self.project.characters if c.actor_id}

    def actors(self, shot: Shot) -> frozenset[str]:
        """The actors (Person ids) a shot needs on set: its scene's cast and those in frame."""
        cast = self.actors_of_character
        called = called_characters(shot, self.scenes.get(shot.scene_id))
        return frozenset(cast[character_id] for character_id in called if character_id in cast)


@dataclass(slots=True)
class PlannedSetup:
    """A setup the planner made, not yet on a day."""

    key: SetupKey
    shots: list[Shot]
    minutes: float
    story: tuple[int, int]
    actors: frozenset[str] = field(default_factory=frozenset)
    widest: int = TIGHT
    emotional: bool = False
    """Close-ups of a strong emotion: shot mid-day, once the actors are warm and not yet tired."""


def scheduled_shot_ids(project: Project) -> set[str]:
    return {shot_id for day in project.days for setup in day.setups for shot_id in setup.shot_ids}


def pooled_shots(project: Project, places: ShotPlaces, episodes: Collection[str] | None = None) -> list[Shot]:
    """The live and hybrid shots on no setup (of these episode ids, when given), in story order."""
    placed = scheduled_shot_ids(project)
    story = places.story_positions
    wanted = None if episodes is None else set(episodes)
    pool = [shot for shot in places.shots.values() if shot.mode is not Mode.AI and shot.id not in placed
            and (wanted is None or places.episodes[shot.id].id in wanted)]
    return sorted(pool, key=lambda shot: story[shot.id])


def group_setups(project: Project, settings: PlanningSettings, capacity: float,
                 places: ShotPlaces | None = None, episodes: Collection[str] | None = None) -> list[PlannedSetup]:
    """The pooled shots (of these episode ids, when given) as setups, each no longer than
    ``capacity`` minutes unless one shot is."""
    places = places or ShotPlaces(project)
    groups: dict[SetupKey, list[Shot]] = {}
    for shot in pooled_shots(project, places, episodes):
        groups.setdefault(places.key(shot), []).append(shot)
    story = places.story_positions
    setups = []
    for key, shots in groups.items():
        shots.sort(key=lambda shot: (_size_rank(shot), story[shot.id]))
        for chunk in _chunks(shots, settings, capacity):
            setups.append(_planned(key, chunk, settings, places))
    return setups


def _size_rank(shot: Shot) -> int:
    return _rank(shot.camera.size)


def _rank(size: ShotSize | None) -> int:
    scale = size.scale if size is not None else None
    return TIGHT if scale is None else scale


def _chunks(shots: list[Shot], settings: PlanningSettings, capacity: float) -> Iterator[list[Shot]]:
    """Consecutive runs of shots whose setup fits the capacity (a run holds at least one shot)."""
    chunk: list[Shot] = []
    hardest: Shot | None = None
    shooting = 0.0
    for shot in shots:
        harder = shot if hardest is None or complexity(shot) > complexity(hardest) else hardest
        if chunk and base_minutes([harder], settings) + shooting + shot_minutes(shot, settings) > capacity:
            yield chunk
            chunk, harder, shooting = [], shot, 0.0
        chunk.append(shot)
        hardest, shooting = harder, shooting + shot_minutes(shot, settings)
    if chunk:
        yield chunk


def _planned(key: SetupKey, shots: list[Shot], settings: PlanningSettings, places: ShotPlaces) -> PlannedSetup:
    story = places.story_positions
    actors = frozenset().union(*(places.actors(shot) for shot in shots))
    emotional = all((s.emotion or 0) >= 2 and _size_rank(s) >= _rank(ShotSize.CU) for s in shots)
    return PlannedSetup(key, shots, setup_minutes(shots, settings), min(story[s.id] for s in shots),
                        actors, min(map(_size_rank, shots)), emotional)
