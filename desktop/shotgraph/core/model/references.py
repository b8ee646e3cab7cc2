"""The cross-reference rules of one record: its links resolve, its code, number or key is its own.

``find_problems`` runs them over every record of a project with lookups it builds once; the
edits run them over the one record they change with the document's indexes. Either way a
rule reads only its record and the lookups, so it costs the size of the record.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .cast import Character, WardrobeLook
from .episode import Edge, Episode, Scene
from .shot import Shot


class Flaw(NamedTuple):
    """A broken rule: the field at fault, as a path inside its record ("" for the whole record),
    and what is wrong."""

    field: str
    message: str


@dataclass(frozen=True)
class Lookups:
    """What links are checked against. Where a project holds an id or code twice, the first holds it."""

    characters: Mapping[str, Character]
    wardrobe: Mapping[str, WardrobeLook]
    people: Container[str]
    props: Container[str]
    locations: Container[str]
    shots: Mapping[str, Shot]
    shot_episode: Mapping[str, Episode]
    scene_episode: Mapping[str, Episode]
    shot_codes: Mapping[tuple[str, str], str]
    """The id of the shot holding a code, by (episode id, code)."""
    shot_setup: Mapping[str, str]
    """The id of the setup a shot is on."""
    edge_keys: Mapping[tuple[str, str, str], str]
    """The id of the edge holding a key, by (kind, source shot id, target shot id)."""


def missing(what: str, record_id: str) -> str:
    """What is wrong with a link to an id no record has."""
    return f"no {what} has id {record_id!r}"


def character_flaws(character: Character, known: Lookups) -> Iterator[Flaw]:
    """A character's actor is a known person."""
    if character.actor_id is not None and character.actor_id not in known.people:
        yield Flaw("actor_id", missing("person", character.actor_id))


def look_flaws(look: WardrobeLook, known: Lookups) -> Iterator[Flaw]:
    """A wardrobe look's character is known."""
    if look.character_id not in known.characters:
        yield Flaw("character_id", missing("character", look.character_id))


def shot_flaws(shot: Shot, episode: Episode, known: Lookups) -> Iterator[Flaw]:
    """A shot's code is its own in its episode, its scene is of that episode, its links resolve."""
    holder = known.shot_codes.get((episode.id, shot.code))
    if holder is not None and holder != shot.id:
        yield Flaw("code", f"episode {episode.number} already has a shot {shot.code!r}")
    if known.scene_episode.get(shot.scene_id) is not episode:
        yield Flaw("scene_id", f"episode {episode.number} has no scene with id {shot.scene_id!r}")
    if shot.location_id is not None and shot.location_id not in known.locations:
        yield Flaw("location_id", missing("location", shot.location_id))
    yield from _cast_flaws(shot, known)
    for i, entry in enumerate(shot.props):
        if entry.prop_id not in known.props:
            yield Flaw(f"props[{i}].prop_id", missing("prop", entry.prop_id))
    for character_id in shot.ai.refs:
        if character_id not in known.characters:
            yield Flaw("ai.refs", missing("character", character_id))
    chosen = shot.ai.chosen_take_id
    if chosen is not None and all(take.id != chosen for take in shot.ai.takes):
        yield Flaw("ai.chosen_take_id", f"shot {shot.code!r} has no take with id {chosen!r}")


def _cast_flaws(shot: Shot, known: Lookups) -> Iterator[Flaw]:
    """Each character of a shot is known, drawn once, and wears one of its own looks."""
    seen: set[str] = set()
    for i, entry in enumerate(shot.characters):
        character = known.characters.get(entry.character_id)
        if character is None:
            yield Flaw(f"characters[{i}].character_id", missing("character", entry.character_id))
            continue
        if entry.character_id in seen:
            yield Flaw(f"characters[{i}]", f"{character.name} appears twice in shot {shot.code!r}")
        seen.add(entry.character_id)
        if entry.wardrobe_id is None:
            continue
        look = known.wardrobe.get(entry.wardrobe_id)
        if look is None:
            yield Flaw(f"characters[{i}].wardrobe_id", missing("wardrobe look", entry.wardrobe_id))
        elif look.character_id != entry.character_id:
            message = f"the look {look.name!r} belongs to another character than {character.name}"
            yield Flaw(f"characters[{i}].wardrobe_id", message)


def scene_flaws(scene: Scene, episode: Episode, scene_codes: Mapping[str, str], known: Lookups) -> Iterator[Flaw]:
    """A scene's code is its own in its episode (``scene_codes``: the id of the scene holding
    each code), its location is known, its cast names known characters once."""
    holder = scene_codes.get(scene.code)
    if holder is not None and holder != scene.id:
        yield Flaw("code", f"episode {episode.number} already has a scene {scene.code!r}")
    if scene.location_id is not None and scene.location_id not in known.locations:
        yield Flaw("location_id", missing("location", scene.location_id))
    seen: set[str] = set()
    for j, character_id in enumerate(scene.cast):
        character = known.characters.get(character_id)
        if character is None:
            yield Flaw(f"cast[{j}]", missing("character", character_id))
        elif character_id in seen:
            yield Flaw(f"cast[{j}]", f"{character.name} is listed twice in the cast of scene {scene.code!r}")
        seen.add(character_id)


def edge_flaws(edge: Edge, episode: Episode, known: Lookups) -> Iterator[Flaw]:
    """An edge joins known shots of its episode, and no other edge of its kind joins them."""
    for end, shot_id in (("source", edge.source), ("target", edge.target)):
        holder = known.shot_episode.get(shot_id)
        if holder is None:
            yield Flaw(end, missing("shot", shot_id))
        elif holder is not episode:
            yield Flaw(end, "an edge can only join shots of the same episode")
    joined_by = known.edge_keys.get((edge.kind, edge.source, edge.target))
    if joined_by is not None and joined_by != edge.id:
        yield Flaw("", f"these shots are already joined by a {edge.kind} edge")


def episode_number_flaws(episode_id: str, number: int, numbers: Mapping[int, str]) -> Iterator[Flaw]:
    """An episode's number is its own (``numbers``: the id of the episode holding each number)."""
    holder = numbers.get(number)
    if holder is not None and holder != episode_id:
        yield Flaw("number", f"there is already an episode {number}")


def location_flaws(location_ids: Iterable[str], known: Lookups) -> Iterator[Flaw]:
    """A shooting day's locations are known."""
    for i, location_id in enumerate(location_ids):
        if location_id not in known.locations:
            yield Flaw(f"location_ids[{i}]", missing("location", location_id))


def schedule_flaws(shot_ids: Iterable[str], setup_id: str | None, known: Lookups) -> Iterator[Flaw]:
    """The shots of a setup are known, each listed once, and on no other setup than ``setup_id``."""
    seen: set[str] = set()
    for i, shot_id in enumerate(shot_ids):
        shot = known.shots.get(shot_id)
        if shot is None:
            yield Flaw(f"shot_ids[{i}]", missing("shot", shot_id))
            continue
        placed = known.shot_setup.get(shot_id)
        if shot_id in seen:
            yield Flaw(f"shot_ids[{i}]", f"shot {shot.code!r} can be on a setup only once")
        elif placed is not None and placed != setup_id:
            yield Flaw(f"shot_ids[{i}]", f"shot {shot.code!r} is already scheduled on another setup")
        seen.add(shot_id)
