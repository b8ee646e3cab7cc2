"""Where new shots go in an episode, and what they are called.

A *slot* is a place in the cut: right after a shot, right before one, or at the end of a
scene (which may be empty). New shots join the slot's scene and the cut is rewired around
them, so they play between the shots they were put between. Their codes leave every other
shot's code alone: a shot put between 3 and 4 is 3A (then 3B), a shot after the last of its
scene takes the next number (after 1-06 comes 1-07), the first shot of an empty scene 5 is
5-1, and a shot put before the first of its scene is A and its code (A3).
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..index import position
from ..model import EdgeKind, Episode, Shot, new_id
from .base import EditError, Macro, require
from .edges import Link, Unlink, cut_edges
from .numbering import inserted_code
from .scenes import AddScene
from .shots import AddShot

if TYPE_CHECKING:
    from ..document import Document
    from .base import Edit

_TRAILING_NUMBER = re.compile(r"^(.*?)(\d+)$")


@dataclass(frozen=True)
class Slot:
    """A place for new shots: their scene, list position, cut neighbours and how they are coded."""

    episode_id: str
    scene_id: str
    index: int
    after: str | None = None
    """The shot the new ones follow in the cut."""
    before: str | None = None
    """The shot they come before, when no shot of their own scene precedes them."""
    follows: str | None = None
    """The code the new codes continue from (None: the first code is ``first``)."""
    first: str = ""
    at_end: bool = False
    """No shot of the same scene follows in the cut, so codes go on by number."""

    def codes(self, taken: set[str], count: int) -> list[str]:
        """``count`` codes for new shots here, none of them in ``taken``."""
        taken, codes = set(taken), []
        previous = self.follows
        for _ in range(count):
            code = free_code(taken, self.first) if previous is None else following_code(taken, previous, self.at_end)
            taken.add(code)
            codes.append(code)
            previous = code
        return codes


def following_code(taken: set[str], code: str, at_end: bool) -> str:
    """The code after ``code``: the next number at the end of a scene (1-06 → 1-07) when it is
    free, else an insert (3 → 3A)."""
    match = _TRAILING_NUMBER.match(code)
    if at_end and match:
        stem, number = match.groups()
        candidate = f"{stem}{int(number) + 1:0{len(number)}d}"
        if candidate not in taken:
            return candidate
    return inserted_code(taken, code)


def code_before(taken: set[str], code: str) -> str:
    """The code of a shot put before the first of its scene: A3, then B3 …"""
    for letter in string.ascii_uppercase:
        if f"{letter}{code}" not in taken:
            return f"{letter}{code}"
    return inserted_code(taken, f"A{code}")


def free_code(taken: set[str], code: str) -> str:
    return code if code not in taken else inserted_code(taken, code)


def episode_codes(episode: Episode) -> set[str]:
    return {shot.code for shot in episode.shots}


# -- finding slots -----------------------------------------------------------------------------


def slot_after(doc: Document, shot_id: str) -> Slot:
    """Right after a shot in the cut, in its scene."""
    shot = require(doc.index.shots, shot_id, "shot")
    episode = doc.index.shot_episode[shot_id]
    graph = doc.graphs.of(episode)
    at_end = all(doc.shot(s).scene_id != shot.scene_id for s in graph.cut_successors(shot_id))
    return Slot(episode.id, shot.scene_id, position(episode.shots, shot) + 1, after=shot_id,
                follows=shot.code, at_end=at_end)


def slot_before(doc: Document, shot_id: str) -> Slot:
    """Right before a shot in the cut, in its scene: every cut into it now reaches the new shot.
    Coded as an insert after its predecessor of the same scene (3A before 4), else A3 before 3."""
    shot = require(doc.index.shots, shot_id, "shot")
    episode = doc.index.shot_episode[shot_id]
    graph = doc.graphs.of(episode)
    before = graph.cut_predecessors(shot_id)
    same_scene = [s for s in before if doc.shot(s).scene_id == shot.scene_id]
    if len(before) == 1 and same_scene and len(graph.cut_successors(same_scene[0])) == 1:
        return slot_after(doc, same_scene[0])
    if same_scene:
        return Slot(episode.id, shot.scene_id, position(episode.shots, shot), before=shot_id,
                    follows=doc.shot(same_scene[0]).code)
    return Slot(episode.id, shot.scene_id, position(episode.shots, shot), before=shot_id,
                first=code_before(episode_codes(episode), shot.code))


def slot_in_scene(doc: Document, scene_id: str) -> Slot:
    """At the end of a scene: after its last shot in the cut, or, for an empty scene, after the
    last shot of the scenes before it (before the first of the scenes after it)."""
    scene = require(doc.index.scenes, scene_id, "scene")
    episode = doc.index.scene_episode[scene_id]
    order = doc.graphs.order(episode)
    own = [shot for shot in order if shot.scene_id == scene_id]
    if own:
        return slot_after(doc, own[-1].id)
    first = f"{scene.code}-1"
    rank = {s.id: n for n, s in enumerate(episode.scenes)}
    earlier = [shot for shot in order if rank[shot.scene_id] < rank[scene_id]]
    later = [shot for shot in order if rank[shot.scene_id] > rank[scene_id]]
    if earlier:
        return Slot(episode.id, scene_id, position(episode.shots, earlier[-1]) + 1, after=earlier[-1].id,
                    first=first, at_end=True)
    if later:
        return Slot(episode.id, scene_id, position(episode.shots, later[0]), before=later[0].id, first=first,
                    at_end=True)
    return Slot(episode.id, scene_id, len(episode.shots), first=first, at_end=True)


def slot_in_episode(doc: Document, episode_id: str) -> Slot | None:
    """At the end of the episode's last scene; None when the episode has no scene."""
    episode = require(doc.index.episodes, episode_id, "episode")
    return slot_in_scene(doc, episode.scenes[-1].id) if episode.scenes else None


# -- rewiring the cut --------------------------------------------------------------------------


def splice_group_steps(doc: Document, slot: Slot, entries: Sequence[str], exits: Sequence[str]) -> list[Edit]:
    """Steps putting new shots into the cut at ``slot``: the cut reaches ``entries`` and leaves
    ``exits`` where it used to pass from ``slot.after`` on (or into ``slot.before``)."""
    steps: list[Edit] = []
    if slot.after is not None:
        leaving = [e for e in cut_edges(doc, [slot.after]) if e.source == slot.after]
        steps += [Unlink(edge.id) for edge in leaving]
        steps += [Link(EdgeKind.CUT, slot.after, entry) for entry in entries]
        steps += [Link(EdgeKind.CUT, exit_, edge.target) for exit_ in exits for edge in leaving]
    elif slot.before is not None:
        arriving = [e for e in cut_edges(doc, [slot.before]) if e.target == slot.before]
        steps += [Unlink(edge.id) for edge in arriving]
        steps += [Link(EdgeKind.CUT, edge.source, entry) for edge in arriving for entry in entries]
        steps += [Link(EdgeKind.CUT, exit_, slot.before) for exit_ in exits]
    return steps


def add_shot_edit(doc: Document, slot: Slot, values: Mapping[str, Any] | None = None) -> tuple[Edit, str]:
    """One edit adding a new shot at ``slot`` (coded, in the cut) and the new shot's id."""
    episode = require(doc.index.episodes, slot.episode_id, "episode")
    shot_id = new_id("sh")
    code = slot.codes(episode_codes(episode), 1)[0]
    data = {**(values or {}), "id": shot_id, "scene_id": slot.scene_id, "code": code}
    if slot.after is not None and slot.follows is not None:
        return AddShot(episode.id, data, index=slot.index, after=slot.after), shot_id
    add = AddShot(episode.id, data, index=slot.index)
    steps = splice_group_steps(doc, slot, [shot_id], [shot_id])
    return (Macro(add.name, [add, *steps]) if steps else add), shot_id


def first_shot_edit(doc: Document, episode_id: str) -> tuple[Edit, str]:
    """The first shot of an episode without scenes, with its Scene 1, as one edit."""
    episode = require(doc.index.episodes, episode_id, "episode")
    if episode.scenes:
        raise EditError(f"episode {episode.number} already has scenes")
    scene = {"id": new_id("sc"), "code": "1"}
    slot = Slot(episode.id, scene["id"], len(episode.shots), first="1-1", at_end=True)
    shot_id = new_id("sh")
    add = AddShot(episode.id, {"id": shot_id, "scene_id": scene["id"], "code": slot.codes(set(), 1)[0]})
    return Macro(add.name, [AddScene(episode.id, scene), add]), shot_id


def shots_in_order(doc: Document, episode: Episode, shot_ids: Sequence[str]) -> list[Shot]:
    """The named shots of ``episode`` in episode order."""
    wanted = set(shot_ids)
    return [shot for shot in doc.graphs.order(episode) if shot.id in wanted]
