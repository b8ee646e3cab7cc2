"""Cross-reference checks an edit makes before it changes anything.

They mirror ``find_problems`` for the one record an edit touches, using the document's
indexes, so a valid project stays valid after every edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..model import Episode, Scene, Setup, Shot
from .base import EditError, require

if TYPE_CHECKING:
    from ..document import Document


def check_shot(doc: Document, episode: Episode, shot: Shot) -> None:
    """Refuse a shot whose code is taken in its episode or whose references do not resolve."""
    index = doc.index
    owner = index.codes.get((episode.id, shot.code))
    if owner is not None and owner != shot.id:
        raise EditError(f"episode {episode.number} already has a shot {shot.code!r}")
    if index.scene_episode.get(shot.scene_id) is not episode:
        raise EditError(f"episode {episode.number} has no scene with id {shot.scene_id!r}")
    if shot.location_id is not None:
        require(index.catalogue["locations"], shot.location_id, "location")
    _check_cast(doc, shot)
    for entry in shot.props:
        require(index.catalogue["props"], entry.prop_id, "prop")
    for character_id in shot.ai.refs:
        require(index.catalogue["characters"], character_id, "character")
    if shot.ai.chosen_take_id is not None and all(t.id != shot.ai.chosen_take_id for t in shot.ai.takes):
        raise EditError(f"shot {shot.code!r} has no take with id {shot.ai.chosen_take_id!r}")


def _check_cast(doc: Document, shot: Shot) -> None:
    seen: set[str] = set()
    for entry in shot.characters:
        character = require(doc.index.catalogue["characters"], entry.character_id, "character")
        if entry.character_id in seen:
            raise EditError(f"{character.name} appears twice in shot {shot.code!r}")
        seen.add(entry.character_id)
        if entry.wardrobe_id is None:
            continue
        look = require(doc.index.catalogue["wardrobe"], entry.wardrobe_id, "wardrobe look")
        if look.character_id != entry.character_id:
            raise EditError(f"the look {look.name!r} belongs to another character than {character.name}")


def check_scene(doc: Document, episode: Episode, scene: Scene) -> None:
    """Refuse a scene whose code is taken in its episode or whose location is unknown."""
    if any(other.code == scene.code and other.id != scene.id for other in episode.scenes):
        raise EditError(f"episode {episode.number} already has a scene {scene.code!r}")
    if scene.location_id is not None:
        require(doc.index.catalogue["locations"], scene.location_id, "location")


def check_episode_number(doc: Document, episode_id: str, number: int) -> None:
    if any(e.number == number and e.id != episode_id for e in doc.project.episodes):
        raise EditError(f"there is already an episode {number}")


def check_locations(doc: Document, location_ids: Iterable[str]) -> None:
    for location_id in location_ids:
        require(doc.index.catalogue["locations"], location_id, "location")


def check_schedulable(doc: Document, shot_ids: list[str], setup: Setup | None = None) -> None:
    """Refuse unknown shots, repeats, and shots already on a setup other than ``setup``."""
    if len(set(shot_ids)) != len(shot_ids):
        raise EditError("a shot can be on a setup only once")
    for shot_id in shot_ids:
        shot = require(doc.index.shots, shot_id, "shot")
        placed = doc.index.shot_setup.get(shot_id)
        if placed is not None and (setup is None or placed != setup.id):
            raise EditError(f"shot {shot.code!r} is already scheduled on another setup")
