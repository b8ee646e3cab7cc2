"""Cross-reference checks a single field cannot make: unique ids and codes, links that resolve.

A project that passes ``find_problems`` is safe for every part of ShotGraph to read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .episode import Episode
from .project import Project
from .shot import Shot


@dataclass(frozen=True)
class Problem:
    """One integrity problem, located by its JSON path in the project file."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def find_problems(project: Project, limit: int = 20) -> list[Problem]:
    """The first ``limit`` integrity problems of a project, in file order."""
    problems: list[Problem] = []
    for problem in _all_problems(project):
        problems.append(problem)
        if len(problems) >= limit:
            break
    return problems


def _all_problems(project: Project) -> Iterator[Problem]:
    yield from _duplicate_ids(project)
    people = {p.id for p in project.people}
    characters = {c.id for c in project.characters}
    for i, character in enumerate(project.characters):
        if character.actor_id is not None and character.actor_id not in people:
            yield Problem(f"characters[{i}].actor_id", f"no person has id {character.actor_id!r}")
    for i, look in enumerate(project.wardrobe):
        if look.character_id not in characters:
            yield Problem(f"wardrobe[{i}].character_id", f"no character has id {look.character_id!r}")
    yield from _duplicates(
        (f"episodes[{i}].number", e.number) for i, e in enumerate(project.episodes)
    )
    for i, episode in enumerate(project.episodes):
        yield from _episode_problems(project, episode, f"episodes[{i}]")
    yield from _day_problems(project)


def _duplicate_ids(project: Project) -> Iterator[Problem]:
    def ids() -> Iterator[tuple[str, str]]:
        for name in ("characters", "wardrobe", "props", "locations", "people", "episodes",
                     "days", "waivers"):
            for i, item in enumerate(getattr(project, name)):
                yield f"{name}[{i}].id", item.id
        for e, episode in enumerate(project.episodes):
            for name in ("scenes", "shots", "edges"):
                for i, item in enumerate(getattr(episode, name)):
                    yield f"episodes[{e}].{name}[{i}].id", item.id
        for d, day in enumerate(project.days):
            for i, setup in enumerate(day.setups):
                yield f"days[{d}].setups[{i}].id", setup.id

    yield from _duplicates(ids(), what="id")


def _duplicates(pairs, what: str = "value") -> Iterator[Problem]:
    seen: dict[object, str] = {}
    for path, value in pairs:
        if value in seen:
            yield Problem(path, f"duplicate {what} {value!r} (also at {seen[value]})")
        else:
            seen[value] = path


def _episode_problems(project: Project, episode: Episode, at: str) -> Iterator[Problem]:
    scenes = {s.id for s in episode.scenes}
    locations = {loc.id for loc in project.locations}
    characters = {c.id for c in project.characters}
    for i, scene in enumerate(episode.scenes):
        if scene.location_id is not None and scene.location_id not in locations:
            yield Problem(f"{at}.scenes[{i}].location_id", f"no location has id {scene.location_id!r}")
        for j, character_id in enumerate(scene.cast):
            if character_id not in characters:
                yield Problem(f"{at}.scenes[{i}].cast[{j}]", f"no character has id {character_id!r}")
        yield from _duplicates(((f"{at}.scenes[{i}].cast[{j}]", c) for j, c in enumerate(scene.cast)), "character")
    yield from _duplicates(
        ((f"{at}.scenes[{i}].code", s.code) for i, s in enumerate(episode.scenes)), "scene code"
    )
    yield from _duplicates(
        ((f"{at}.shots[{i}].code", s.code) for i, s in enumerate(episode.shots)), "shot code"
    )
    known = _References(project)
    for i, shot in enumerate(episode.shots):
        if shot.scene_id not in scenes:
            yield Problem(f"{at}.shots[{i}].scene_id", f"no scene of this episode has id {shot.scene_id!r}")
        yield from known.shot_problems(shot, f"{at}.shots[{i}]")
    shots = {s.id for s in episode.shots}
    edges: dict[tuple[str, str, str], str] = {}
    for i, edge in enumerate(episode.edges):
        for end in ("source", "target"):
            if getattr(edge, end) not in shots:
                yield Problem(f"{at}.edges[{i}].{end}", f"no shot of this episode has id {getattr(edge, end)!r}")
        key = (edge.kind, edge.source, edge.target)
        if key in edges:
            yield Problem(f"{at}.edges[{i}]", f"duplicate {edge.kind} edge (also at {edges[key]})")
        edges[key] = f"{at}.edges[{i}]"


class _References:
    """The ids a shot may refer to, gathered once per check."""

    def __init__(self, project: Project) -> None:
        self.characters = {c.id for c in project.characters}
        self.looks = {w.id: w.character_id for w in project.wardrobe}
        self.props = {p.id for p in project.props}
        self.locations = {loc.id for loc in project.locations}

    def shot_problems(self, shot: Shot, at: str) -> Iterator[Problem]:
        if shot.location_id is not None and shot.location_id not in self.locations:
            yield Problem(f"{at}.location_id", f"no location has id {shot.location_id!r}")
        for i, entry in enumerate(shot.characters):
            if entry.character_id not in self.characters:
                yield Problem(f"{at}.characters[{i}].character_id", f"no character has id {entry.character_id!r}")
            elif entry.wardrobe_id is not None and self.looks.get(entry.wardrobe_id) != entry.character_id:
                message = f"{entry.wardrobe_id!r} is not a look of this character"
                yield Problem(f"{at}.characters[{i}].wardrobe_id", message)
        yield from _duplicates(
            ((f"{at}.characters[{i}]", c.character_id) for i, c in enumerate(shot.characters)), "character"
        )
        for i, prop in enumerate(shot.props):
            if prop.prop_id not in self.props:
                yield Problem(f"{at}.props[{i}].prop_id", f"no prop has id {prop.prop_id!r}")
        for character_id in shot.ai.refs:
            if character_id not in self.characters:
                yield Problem(f"{at}.ai.refs", f"no character has id {character_id!r}")
        takes = {t.id for t in shot.ai.takes}
        if shot.ai.chosen_take_id is not None and shot.ai.chosen_take_id not in takes:
            yield Problem(f"{at}.ai.chosen_take_id", f"no take of this shot has id {shot.ai.chosen_take_id!r}")


def _day_problems(project: Project) -> Iterator[Problem]:
    shots = {s.id for e in project.episodes for s in e.shots}
    locations = {loc.id for loc in project.locations}
    placed: dict[str, str] = {}
    for d, day in enumerate(project.days):
        for i, location_id in enumerate(day.location_ids):
            if location_id not in locations:
                yield Problem(f"days[{d}].location_ids[{i}]", f"no location has id {location_id!r}")
        for s, setup in enumerate(day.setups):
            for i, shot_id in enumerate(setup.shot_ids):
                at = f"days[{d}].setups[{s}].shot_ids[{i}]"
                if shot_id not in shots:
                    yield Problem(at, f"no shot has id {shot_id!r}")
                elif shot_id in placed:
                    yield Problem(at, f"shot {shot_id!r} is already scheduled at {placed[shot_id]}")
                placed[shot_id] = at
