"""Cross-reference checks a single field cannot make: unique ids and codes, links that resolve.

A project that passes ``find_problems`` is safe for every part of ShotGraph to read. The rules of
one character, wardrobe look, shot, scene, edge, episode number or setup live in ``references``,
shared with the edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from .episode import Episode
from .project import Project
from .references import (
    Flaw,
    Lookups,
    character_flaws,
    edge_flaws,
    episode_number_flaws,
    location_flaws,
    look_flaws,
    scene_flaws,
    schedule_flaws,
    shot_flaws,
)
from .shot import Shot

K = TypeVar("K")
V = TypeVar("V")
R = TypeVar("R")


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
    yield from _listed("characters", project.characters, lambda character: character_flaws(character, known))
    yield from _listed("wardrobe", project.wardrobe, lambda look: look_flaws(look, known))
    numbers = _first_holders((e.number, e.id) for e in project.episodes)
    yield from _listed("episodes", project.episodes, lambda e: episode_number_flaws(e.id, e.number, numbers))
    for i, episode in enumerate(project.episodes):
        yield from _episode_problems(episode, f"episodes[{i}]", known)
    for d, day in enumerate(project.days):
        yield from _located(f"days[{d}]", location_flaws(day.location_ids, known))
        yield from _listed(f"days[{d}].setups", day.setups,
                           lambda setup: schedule_flaws(setup.shot_ids, setup.id, known))


def _lookups(project: Project) -> Lookups:
    """The project's records by id, codes by episode and edges by key, the first holding any id,
    code or key twice."""
    shots, shot_episode, shot_codes = _shot_lookups(project)
    return Lookups(
        characters=_first_holders((c.id, c) for c in project.characters),
        wardrobe=_first_holders((w.id, w) for w in project.wardrobe),
        people={p.id for p in project.people},
        props={p.id for p in project.props},
        locations={loc.id for loc in project.locations},
        shots=shots,
        shot_episode=shot_episode,
        scene_episode=_first_holders((s.id, e) for e in project.episodes for s in e.scenes),
        shot_codes=shot_codes,
        shot_setup=_first_holders((shot_id, setup.id) for day in project.days for setup in day.setups
                                  for shot_id in setup.shot_ids),
        edge_keys=_first_holders(((edge.kind, edge.source, edge.target), edge.id)
                                 for e in project.episodes for edge in e.edges),
    )


def _shot_lookups(project: Project) -> tuple[dict[str, Shot], dict[str, Episode], dict[tuple[str, str], str]]:
    """The shots, their episodes by shot id and shot ids by (episode id, code), in one pass
    from the last shot back so that the first holder of an id or code is written last."""
    shots: dict[str, Shot] = {}
    shot_episode: dict[str, Episode] = {}
    shot_codes: dict[tuple[str, str], str] = {}
    for episode in reversed(project.episodes):
        for shot in reversed(episode.shots):
            shots[shot.id], shot_episode[shot.id] = shot, episode
            shot_codes[episode.id, shot.code] = shot.id
    return shots, shot_episode, shot_codes


def _first_holders(pairs: Iterable[tuple[K, V]]) -> dict[K, V]:
    """A dict of the pairs in which the first value given for a key stays (it is written last)."""
    return dict(reversed([*pairs]))


def _problem(at: str, flaw: Flaw) -> Problem:
    """A flaw of the record at ``at`` as a problem at the path of its field."""
    return Problem(f"{at}.{flaw.field}" if flaw.field else at, flaw.message)


def _located(at: str, flaws: Iterable[Flaw]) -> Iterator[Problem]:
    """The flaws of the record at ``at`` as problems."""
    for flaw in flaws:
        yield _problem(at, flaw)


def _listed(at: str, records: Sequence[R], flaws_of: Callable[[R], Iterable[Flaw]]) -> Iterator[Problem]:
    """The flaws of each record of the list at ``at``; a path is only spelled out for a flaw."""
    for i, record in enumerate(records):
        for flaw in flaws_of(record):
            yield _problem(f"{at}[{i}]", flaw)


def _duplicate_ids(project: Project) -> Iterator[Problem]:
    """Each id held again after its first holder; paths are only spelled out for a repeat."""
    first: dict[str, tuple[str, int]] = {}
    for at, records in _lists_of_records(project):
        for i, record in enumerate(records):
            here = (at, i)
            held = first.setdefault(record.id, here)
            if held is not here:
                yield Problem(f"{at}[{i}].id", f"duplicate id {record.id!r} (also at {held[0]}[{held[1]}].id)")


def _lists_of_records(project: Project) -> Iterator[tuple[str, Sequence[Any]]]:
    """Every list of records with ids in the project, with its path in the file."""
    for name in ("characters", "wardrobe", "props", "locations", "people", "episodes", "days", "waivers"):
        yield name, getattr(project, name)
    for e, episode in enumerate(project.episodes):
        for name in ("scenes", "shots", "edges"):
            yield f"episodes[{e}].{name}", getattr(episode, name)
    for d, day in enumerate(project.days):
        yield f"days[{d}].setups", day.setups


def _episode_problems(episode: Episode, at: str, known: Lookups) -> Iterator[Problem]:
    scene_codes = _first_holders((s.code, s.id) for s in episode.scenes)
    yield from _listed(f"{at}.scenes", episode.scenes, lambda scene: scene_flaws(scene, episode, scene_codes, known))
    yield from _listed(f"{at}.shots", episode.shots, lambda shot: shot_flaws(shot, episode, known))
    yield from _listed(f"{at}.edges", episode.edges, lambda edge: edge_flaws(edge, episode, known))
