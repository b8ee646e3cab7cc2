"""Cross-reference checks an edit makes before it changes anything.

They run the rules ``find_problems`` runs (``model.references``) over the one record an edit
touches, with the document's indexes as lookups, so a valid project stays valid after every edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Character, Edge, Episode, Scene, Setup, Shot, WardrobeLook
from ..model.references import (
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
from .base import EditError

if TYPE_CHECKING:
    from ..document import Document


def check_character(doc: Document, character: Character) -> None:
    """Refuse a character whose actor is unknown."""
    _refuse(character_flaws(character, _lookups(doc)))


def check_look(doc: Document, look: WardrobeLook) -> None:
    """Refuse a wardrobe look whose character is unknown."""
    _refuse(look_flaws(look, _lookups(doc)))


def check_shot(doc: Document, episode: Episode, shot: Shot) -> None:
    """Refuse a shot whose code is taken in its episode or whose references do not resolve."""
    _refuse(shot_flaws(shot, episode, _lookups(doc)))


def check_scene(doc: Document, episode: Episode, scene: Scene) -> None:
    """Refuse a scene whose code is taken in its episode or whose location or cast is unknown."""
    scene_codes = {other.code: other.id for other in episode.scenes}
    _refuse(scene_flaws(scene, episode, scene_codes, _lookups(doc)))


def check_edge(doc: Document, episode: Episode, edge: Edge) -> None:
    """Refuse an edge into ``episode`` joining unknown shots, shots of another episode, or shots
    an edge of its kind already joins."""
    _refuse(edge_flaws(edge, episode, _lookups(doc)))


def check_episode_number(doc: Document, episode_id: str, number: int) -> None:
    numbers = {episode.number: episode.id for episode in doc.project.episodes}
    _refuse(episode_number_flaws(episode_id, number, numbers))


def check_locations(doc: Document, location_ids: Iterable[str]) -> None:
    _refuse(location_flaws(location_ids, _lookups(doc)))


def check_schedulable(doc: Document, shot_ids: Iterable[str], setup: Setup | None = None) -> None:
    """Refuse unknown shots, repeats, and shots already on a setup other than ``setup``."""
    _refuse(schedule_flaws(shot_ids, setup.id if setup is not None else None, _lookups(doc)))


def _lookups(doc: Document) -> Lookups:
    index = doc.index
    return Lookups(
        characters=index.catalogue["characters"],
        wardrobe=index.catalogue["wardrobe"],
        people=index.catalogue["people"],
        props=index.catalogue["props"],
        locations=index.catalogue["locations"],
        shots=index.shots,
        shot_episode=index.shot_episode,
        scene_episode=index.scene_episode,
        shot_codes=index.codes,
        shot_setup=index.shot_setup,
        edge_keys=index.edge_keys,
    )


def _refuse(flaws: Iterable[Flaw]) -> None:
    """Raise the first flaw as an EditError."""
    for flaw in flaws:
        raise EditError(flaw.message)
