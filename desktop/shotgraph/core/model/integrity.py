"""Cross-reference checks a single field cannot make: unique ids and codes, links that resolve.

A project that passes ``find_problems`` is safe for every part of ShotGraph to read. The rules of
one shot, scene, episode number or setup live in ``references``, shared with the edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from .episode import Episode
from .project import Project
from .references import (
    Flaw,
    Lookups,
    episode_number_flaws,
    location_flaws,
    missing,
    scene_flaws,
    schedule_flaws,
    shot_flaws,
)

K = TypeVar("K")
V = TypeVar("V")


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
    known = _lookups(project)
    people = {p.id for p in project.people}
    for i, character in enumerate(project.characters):
        if character.actor_id is not None and character.actor_id not in people:
            yield Problem(f"characters[{i}].actor_id", missing("person", character.actor_id))
    for i, look in enumerate(project.wardrobe):
        if look.character_id not in known.characters:
            yield Problem(f"wardrobe[{i}].character_id", missing("character", look.character_id))
    numbers = _first_holders((e.number, e.id) for e in project.episodes)
    for i, episode in enumerate(project.episodes):
        yield from _located(f"episodes[{i}]", episode_number_flaws(episode.id, episode.number, numbers))
    for i, episode in enumerate(project.episodes):
        yield from _episode_problems(episode, f"episodes[{i}]", known)
    for d, day in enumerate(project.days):
        yield from _located(f"days[{d}]", location_flaws(day.location_ids, known))
        for s, setup in enumerate(day.setups):
            yield from _located(f"days[{d}].setups[{s}]", schedule_flaws(setup.shot_ids, setup.id, known))


def _lookups(project: Project) -> Lookups:
    """The project's records by id and codes by episode, the first holding any id or code twice."""
    return Lookups(
        characters=_first_holders((c.id, c) for c in project.characters),
        wardrobe=_first_holders((w.id, w) for w in project.wardrobe),
        props={p.id for p in project.props},
        locations={loc.id for loc in project.locations},
        shots=_first_holders((s.id, s) for e in project.episodes for s in e.shots),
        scene_episode=_first_holders((s.id, e) for e in project.episodes for s in e.scenes),
        shot_codes=_first_holders(((e.id, s.code), s.id) for e in project.episodes for s in e.shots),
        shot_setup=_first_holders((shot_id, setup.id) for day in project.days for setup in day.setups
                                  for shot_id in setup.shot_ids),
    )


def _first_holders(pairs: Iterable[tuple[K, V]]) -> dict[K, V]:
    """A dict of the pairs in which the first value given for a key stays."""
    held: dict[K, V] = {}
    for key, value in pairs:
        held.setdefault(key, value)
    return held


def _located(at: str, flaws: Iterable[Flaw]) -> Iterator[Problem]:
    for flaw in flaws:
        yield Problem(f"{at}.{flaw.field}", flaw.message)


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

    seen: dict[str, str] = {}
    for path, record_id in ids():
        if record_id in seen:
            yield Problem(path, f"duplicate id {record_id!r} (also at {seen[record_id]})")
        else:
            seen[record_id] = path


def _episode_problems(episode: Episode, at: str, known: Lookups) -> Iterator[Problem]:
    scene_codes = _first_holders((s.code, s.id) for s in episode.scenes)
    for i, scene in enumerate(episode.scenes):
        yield from _located(f"{at}.scenes[{i}]", scene_flaws(scene, episode, scene_codes, known))
    for i, shot in enumerate(episode.shots):
        yield from _located(f"{at}.shots[{i}]", shot_flaws(shot, episode, known))
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
