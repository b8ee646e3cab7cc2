"""Turning parsed shot-list rows into a project: episodes, scenes, shots, cast, props and edges.

Locations, characters and props are shared by name across the project, wardrobe looks by
name per character. The first row of a scene sets the scene's location, INT/EXT, time and
story day; a later row whose value differs overrides it on that shot only. A value left
blank on any row of a scene stays unset on the scene (each filled row then sets it on its
shot), because a shot cannot unset its scene's value: so every cell reads back as written.

Shot codes are unique per episode. A sheet that numbers shots per scene (shot ``1`` in
scene 1 and again in scene 2) gets codes qualified by the scene: ``2-1``; ``after`` and
``plate`` may then name a shot of the same scene by its number alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypedDict, TypeVar

from shotgraph.core.io.budgets import Problems
from shotgraph.core.model import Edge, EdgeKind, Episode, IntExt, Language, Project, Scene, Shot, TimeOfDay, new_id

from .columns import HeaderMap
from .rows import CellProblem, ParsedRow, RowValues
from .shots import Registry, make_shot

_T = TypeVar("_T")


class _Place(TypedDict):
    """A scene's location, INT/EXT, time and story day as its rows give them."""

    location: str | None
    int_ext: IntExt | None
    time: TimeOfDay | None
    story_day: int | None


@dataclass
class _EpisodeState:
    """An episode being built: its scenes and shots by code, and its rows in file order."""

    episode: Episode
    qualified: bool
    scenes: dict[str, Scene] = field(default_factory=dict)
    shots: dict[str, Shot] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    """Row number of each accepted shot code, for duplicate messages."""
    built: list[tuple[ParsedRow, Shot]] = field(default_factory=list)


class ProjectBuilder:
    """Builds one project from parsed rows and collects the problems found on the way."""

    def __init__(self, title: str, language: Language, header_map: HeaderMap) -> None:
        self.project = Project(id=new_id("pj"), title=title[:500], language=language)
        self.registry = Registry(self.project)
        self.header_map = header_map
        self.problems = Problems()
        self._episodes: dict[int, _EpisodeState] = {}

    def build(self, rows: list[ParsedRow]) -> Project:
        """The project of all usable rows; problems are left in ``self.problems``."""
        by_episode: dict[int, list[ParsedRow]] = defaultdict(list)
        for row in rows:
            by_episode[row.episode].append(row)
        for number in sorted(by_episode):
            episode = Episode(id=new_id("ep"), number=number)
            self.project.episodes.append(episode)
            self._episodes[number] = _EpisodeState(episode, _numbers_shots_per_scene(by_episode[number]))
        accepted = [row for row in rows if self._accept(self._episodes[row.episode], row)]
        places = _scene_places(accepted)
        for row in accepted:
            self._add_shot(self._episodes[row.episode], row, places[row.episode, row.scene])
        for state in self._episodes.values():
            self._add_edges(state)
        return self.project

    def _accept(self, state: _EpisodeState, row: ParsedRow) -> bool:
        """Give the row its episode-unique code; False (and a problem) for a duplicate."""
        code = f"{row.scene}-{row.code}" if state.qualified else row.code
        if code in state.rows or len(code) > 500:
            message = (f"duplicate shot code {code!r} in episode {state.episode.number} (also row {state.rows[code]})"
                       if code in state.rows else "the scene and shot code together are too long")
            self._problem(row, "shot", message, row_skipped=True)
            return False
        row.code = code
        state.rows[code] = row.number
        return True

    def _add_shot(self, state: _EpisodeState, row: ParsedRow, place: _Place) -> None:
        scene = state.scenes.get(row.scene) or self._add_scene(state, row.scene, place)
        shot = make_shot(self.registry, row, row.code, scene, self._overrides(row, scene))
        state.episode.shots.append(shot)
        state.shots[row.code] = shot
        row.values = _links(row.values)
        row.extra = {}
        state.built.append((row, shot))

    def _add_scene(self, state: _EpisodeState, code: str, place: _Place) -> Scene:
        """A new scene with the place and time its rows share."""
        location = place["location"]
        scene = Scene(id=new_id("sc"), code=code, location_id=self.registry.location(location) if location else None,
                      int_ext=place["int_ext"], time_of_day=place["time"], story_day=place["story_day"])
        state.episode.scenes.append(scene)
        state.scenes[code] = scene
        return scene

    def _overrides(self, row: ParsedRow, scene: Scene) -> dict[str, object]:
        """The shot's own place and time where the row differs from its scene's first row."""
        overrides: dict[str, object] = {}
        location = row.values.get("location")
        own: list[tuple[str, object]] = [
            ("location_id", self.registry.location(location) if location is not None else None),
            ("int_ext", row.values.get("int_ext")), ("time_of_day", row.values.get("time")),
            ("story_day", row.values.get("story_day")),
        ]
        for attribute, value in own:
            if value is not None and value != getattr(scene, attribute):
                overrides[attribute] = value
        return overrides

    def _add_edges(self, state: _EpisodeState) -> None:
        """Cut edges from ``after`` (blank: the previous row) and plate edges from ``plate``."""
        previous: Shot | None = None
        for row, shot in state.built:
            sources = self._after(state, row)
            if sources is None:
                sources = [previous] if previous is not None else []
            for source in sources:
                state.episode.edges.append(Edge(id=new_id("ed"), kind=EdgeKind.CUT, source=source.id, target=shot.id))
            plate = self._plate(state, row)
            if plate is not None:
                state.episode.edges.append(Edge(id=new_id("ed"), kind=EdgeKind.PLATE, source=plate.id, target=shot.id))
            previous = shot

    def _after(self, state: _EpisodeState, row: ParsedRow) -> list[Shot] | None:
        """The shots named in ``after``; None when blank or unusable (then the previous row)."""
        codes = row.values.get("after")
        if codes is None:
            return None
        shots = [self._find(state, row, code) for code in codes]
        missing = [code for code, shot in zip(codes, shots, strict=True) if shot is None]
        if missing:
            self._missing(state, row, "after", missing)
            return None
        return list({shot.id: shot for shot in shots if shot is not None}.values())

    def _plate(self, state: _EpisodeState, row: ParsedRow) -> Shot | None:
        plate_cell = row.values.get("plate")
        if plate_cell is None or plate_cell[0] != "shot":
            return None
        code = plate_cell[1]
        plate = self._find(state, row, code)
        if plate is None:
            self._missing(state, row, "plate", [code])
        return plate

    def _find(self, state: _EpisodeState, row: ParsedRow, code: str) -> Shot | None:
        """The shot a code names: in a sheet numbered per scene, the row's own scene first."""
        if state.qualified and f"{row.scene}-{code}" in state.shots:
            return state.shots[f"{row.scene}-{code}"]
        return state.shots.get(code)

    def _missing(self, state: _EpisodeState, row: ParsedRow, column: str, codes: list[str]) -> None:
        names = ", ".join(repr(code) for code in codes)
        self._problem(row, column, f"no shot {names} in episode {state.episode.number}; "
                                   "accepted: codes of shots of the same episode")

    def _problem(self, row: ParsedRow, column: str, message: str, *, row_skipped: bool = False) -> None:
        value = row.raw.get(column, "")
        self.problems.add(CellProblem(row.number, self.header_map.headers[column], value, message, row_skipped))


def _scene_places(rows: list[ParsedRow]) -> dict[tuple[int, str], _Place]:
    """Per scene, its first row's location, INT/EXT, time and story day.

    Each is kept only where every row of the scene has a value: a blank cell cannot override.
    """
    scenes: dict[tuple[int, str], list[ParsedRow]] = defaultdict(list)
    for row in rows:
        scenes[row.episode, row.scene].append(row)
    places: dict[tuple[int, str], _Place] = {}
    for key, members in scenes.items():
        places[key] = _Place(location=_shared([row.values.get("location") for row in members]),
                             int_ext=_shared([row.values.get("int_ext") for row in members]),
                             time=_shared([row.values.get("time") for row in members]),
                             story_day=_shared([row.values.get("story_day") for row in members]))
    return places


def _shared(found: Sequence[_T | None]) -> _T | None:
    """The first row's value, or None when any row leaves it blank."""
    return None if None in found else found[0]


def _links(values: RowValues) -> RowValues:
    """The values a row still needs once its shot is made: the shots it links to."""
    links = RowValues()
    if "after" in values:
        links["after"] = values["after"]
    if "plate" in values:
        links["plate"] = values["plate"]
    return links


def _numbers_shots_per_scene(rows: list[ParsedRow]) -> bool:
    """Whether an episode's sheet reuses shot codes across scenes (numbering shots per scene)."""
    scene_of: dict[str, str] = {}
    return any(scene_of.setdefault(row.code, row.scene) != row.scene for row in rows)
