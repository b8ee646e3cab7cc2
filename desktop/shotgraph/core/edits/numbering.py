"""Shot numbering: renumber an episode under a scheme, and name a shot inserted between two.

Schemes, in episode order: ``sequential`` (1, 2, 3 …), ``letters`` (each scene's shots as its
number plus a letter: 3A, 3B …) and ``scene-shot`` (3-1, 3-2 …). A shot inserted after
another takes that shot's code plus the next free letter: between 3 and 4 it is 3A, then 3B.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from ..model import Episode
from .base import Compound, Edit, EditError, EditName, require
from .codes import inserted_code as inserted_code  # where shot numbering is looked up
from .shots import UpdateShot

if TYPE_CHECKING:
    from ..document import Document


class Scheme(StrEnum):
    SEQUENTIAL = "sequential"
    LETTERS = "letters"
    SCENE_SHOT = "scene-shot"


def renumbered(doc: Document, episode: Episode, scheme: Scheme) -> dict[str, str]:
    """New code by shot id, in episode order, for every shot of the episode."""
    scenes = {scene.id: scene.code for scene in episode.scenes}
    codes: dict[str, str] = {}
    per_scene: dict[str, int] = {}
    for number, shot in enumerate(doc.graphs.order(episode), start=1):
        index = per_scene[shot.scene_id] = per_scene.get(shot.scene_id, 0) + 1
        scene = scenes.get(shot.scene_id, "")
        if scheme is Scheme.SEQUENTIAL:
            codes[shot.id] = str(number)
        elif scheme is Scheme.LETTERS:
            codes[shot.id] = f"{scene}{_letters(index)}"
        else:
            codes[shot.id] = f"{scene}-{index}"
    return codes


def _letters(index: int) -> str:
    """1 → A, 26 → Z, 27 → AA: enough letters for any scene."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return letters


class RenumberShots(Compound):
    """Give shots of one episode new codes at once (codes may swap: 3 ↔ 4)."""

    def __init__(self, episode_id: str, codes: Mapping[str, str]) -> None:
        self.episode_id, self.codes = episode_id, dict(codes)
        self.name = EditName("Renumber Shots")

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        self.name = EditName("Renumber Episode {episode}", episode=episode.number)
        ids = {shot.id for shot in episode.shots}
        if not set(self.codes) <= ids:
            raise EditError("every renumbered shot must belong to the episode")
        final = {shot.id: self.codes.get(shot.id, shot.code) for shot in episode.shots}
        if len(set(final.values())) != len(final):
            raise EditError("the new codes would repeat a shot code in the episode")
        moving = [shot_id for shot_id, code in self.codes.items() if doc.shot(shot_id).code != code]
        parked = [UpdateShot(shot_id, {"code": f"renumbering {shot_id}"}) for shot_id in moving]
        return [*parked, *(UpdateShot(shot_id, {"code": self.codes[shot_id]}) for shot_id in moving)]
