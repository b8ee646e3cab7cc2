"""Copying shots out of an episode and pasting them into one, as JSON any ShotGraph window reads.

A copy keeps the shots' data, the cut, plate and alternative links among them, and which of
them the cut reached from outside (``entries``) or left to the outside (``exits``). Pasting
makes new shots with new ids and free insert codes at a slot (see ``placing``), keeps those
links, and splices the group into the cut where the copied shots sat in theirs. Clipboard text
is hostile input: its size, shot count and every record are checked before anything is made,
and characters, looks, props and locations the target project lacks are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from pydantic import Field, ValidationError, model_validator

from ..index import plain
from ..model import EdgeKind, Record, Shot, new_id
from ..model.base import Id
from .base import Compound, EditError, counted_name, require
from .edges import Link
from .placing import Slot, episode_codes, shots_in_order, splice_group_steps
from .shots import AddShot

if TYPE_CHECKING:
    from ..document import Document
    from .base import Edit

CLIP_FORMAT: Final = "shotgraph.shots"
MAX_CLIP_SHOTS = 2_000
"""Shots one copy may carry: several episodes' worth, well inside the memory budget."""
MAX_CLIP_BYTES = 8 * 1024 * 1024
"""Bytes of clipboard text read at most; 2,000 long-written shots fit in well under this."""


class ClipboardError(ValueError):
    """Clipboard data that cannot be pasted, in words for the user."""


class ClipEdge(Record):
    """A link between two copied shots, by their ids in the copy."""

    kind: EdgeKind
    source: Id
    target: Id


class ShotClip(Record):
    """What Copy puts on the clipboard."""

    format: Literal["shotgraph.shots"] = CLIP_FORMAT
    version: Literal[1] = 1
    shots: list[Shot] = Field(min_length=1, max_length=MAX_CLIP_SHOTS)
    edges: list[ClipEdge] = Field(default_factory=list, max_length=4 * MAX_CLIP_SHOTS)
    entries: list[Id] = Field(default_factory=list, max_length=MAX_CLIP_SHOTS)
    exits: list[Id] = Field(default_factory=list, max_length=MAX_CLIP_SHOTS)

    @model_validator(mode="after")
    def _links_name_copied_shots(self) -> ShotClip:
        ids = [shot.id for shot in self.shots]
        if len(set(ids)) != len(ids):
            raise ValueError("a shot appears twice")
        known = set(ids)
        named = {*self.entries, *self.exits, *(e.source for e in self.edges), *(e.target for e in self.edges)}
        if not named <= known:
            raise ValueError("a link names a shot that is not in the copy")
        return self


# -- copying -----------------------------------------------------------------------------------


def copy_shots(doc: Document, shot_ids: Sequence[str]) -> ShotClip:
    """The named shots (of one episode) in episode order, with the links among them."""
    if not shot_ids:
        raise ClipboardError("no shots are selected")
    if len(set(shot_ids)) > MAX_CLIP_SHOTS:
        raise ClipboardError(f"at most {MAX_CLIP_SHOTS:,} shots can be copied at once")
    episode = require(doc.index.shot_episode, shot_ids[0], "shot")
    shots = shots_in_order(doc, episode, shot_ids)
    members = {shot.id for shot in shots}
    edges = {e.id: e for s in members for e in doc.index.edges_of(s)}.values()
    inside = [ClipEdge(kind=e.kind, source=e.source, target=e.target) for e in edges
              if e.source in members and e.target in members]
    cuts = [e for e in edges if e.kind is EdgeKind.CUT]
    entries = {e.target for e in cuts if e.target in members and e.source not in members}
    exits = {e.source for e in cuts if e.source in members and e.target not in members}
    return ShotClip(shots=[shot.model_copy(deep=True) for shot in shots], edges=inside,
                    entries=[s.id for s in shots if s.id in entries], exits=[s.id for s in shots if s.id in exits])


def clip_to_bytes(clip: ShotClip) -> bytes:
    data = clip.model_dump_json(exclude_defaults=False).encode()
    if len(data) > MAX_CLIP_BYTES:
        raise ClipboardError(f"these shots are too large to copy at once (more than {MAX_CLIP_BYTES // 2**20} MB)")
    return data


def clip_from_bytes(data: bytes) -> ShotClip:
    """The shots in clipboard bytes, or a ClipboardError saying why they cannot be pasted."""
    if len(data) > MAX_CLIP_BYTES:
        raise ClipboardError(f"the clipboard holds more than {MAX_CLIP_BYTES // 2**20} MB")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ClipboardError("the clipboard does not hold ShotGraph shots (unreadable text)") from None
    if not isinstance(raw, dict) or raw.get("format") != CLIP_FORMAT:
        raise ClipboardError("the clipboard does not hold ShotGraph shots")
    try:
        return ShotClip.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise ClipboardError(f"the copied shots are damaged ({where}: {error['msg']})") from None
    except RecursionError:
        raise ClipboardError("the clipboard does not hold ShotGraph shots (nested too deeply)") from None


# -- pasting -----------------------------------------------------------------------------------


def fitted(doc: Document, shot: Shot) -> tuple[dict[str, Any], Counter[str]]:
    """The shot's data without the characters, looks, props and locations ``doc`` lacks,
    and how many of each kind were left out."""
    catalogue, left_out = doc.index.catalogue, Counter[str]()
    data = plain(shot.model_dump())
    cast = []
    for entry in data["characters"]:
        if entry["character_id"] not in catalogue["characters"]:
            left_out["characters"] += 1
            continue
        look = catalogue["wardrobe"].get(entry["wardrobe_id"]) if entry["wardrobe_id"] else None
        if entry["wardrobe_id"] and (look is None or look.character_id != entry["character_id"]):
            left_out["looks"] += 1
            entry["wardrobe_id"] = None
        cast.append(entry)
    data["characters"] = cast
    props = [entry for entry in data["props"] if entry["prop_id"] in catalogue["props"]]
    left_out["props"] += len(data["props"]) - len(props)
    data["props"] = props
    if data["location_id"] and data["location_id"] not in catalogue["locations"]:
        left_out["locations"] += 1
        data["location_id"] = None
    data["ai"]["refs"] = {k: v for k, v in data["ai"]["refs"].items() if k in catalogue["characters"]}
    return data, +left_out


class PasteShots(Compound):
    """New shots made from a copy at a slot, linked as the copies were, spliced into the cut."""

    def __init__(self, clip: ShotClip, slot: Slot) -> None:
        self.clip, self.slot = clip, slot
        self.name = counted_name(len(clip.shots), "Paste Shot", "Paste {n} Shots")
        self.new_ids = [new_id("sh") for _ in clip.shots]
        self.left_out: Counter[str] = Counter()
        """What the target project lacked, by kind (characters, looks, props, locations)."""

    def plan(self, doc: Document) -> list[Edit]:
        slot = self.slot
        episode = require(doc.index.episodes, slot.episode_id, "episode")
        if doc.index.scene_episode.get(slot.scene_id) is not episode:
            raise EditError(f"episode {episode.number} has no scene with id {slot.scene_id!r}")
        ids = dict(zip((shot.id for shot in self.clip.shots), self.new_ids, strict=True))
        codes = slot.codes(episode_codes(episode), len(ids))
        self.left_out = Counter()
        steps: list[Edit] = []
        for n, (shot, code) in enumerate(zip(self.clip.shots, codes, strict=True)):
            data, left_out = fitted(doc, shot)
            self.left_out += left_out
            data.update(id=ids[shot.id], scene_id=slot.scene_id, code=code, canvas=None)
            steps.append(AddShot(episode.id, data, index=slot.index + n))
        steps += [Link(edge.kind, ids[edge.source], ids[edge.target]) for edge in self.clip.edges]
        blocks = [self._ends(block) for block in self._blocks()]
        for (_, exits), (entries, _) in zip(blocks, blocks[1:], strict=False):
            steps += [Link(EdgeKind.CUT, ids[x], ids[e]) for x in exits for e in entries]
        first, last = [ids[s] for s in blocks[0][0]], [ids[s] for s in blocks[-1][1]]
        return steps + splice_group_steps(doc, slot, first, last)

    def _blocks(self) -> list[list[str]]:
        """The copied shots in groups joined by cuts and alternatives, in episode order: shots
        copied from far apart play one group after another (a plate link does not join them)."""
        group = {shot.id: shot.id for shot in self.clip.shots}

        def root(shot_id: str) -> str:
            while group[shot_id] != shot_id:
                group[shot_id] = group[group[shot_id]]  # halve the path on the way up
                shot_id = group[shot_id]
            return shot_id

        for edge in self.clip.edges:
            if edge.kind is not EdgeKind.PLATE:
                group[root(edge.source)] = root(edge.target)
        blocks: dict[str, list[str]] = {}
        for shot in self.clip.shots:
            blocks.setdefault(root(shot.id), []).append(shot.id)
        return list(blocks.values())

    def _ends(self, block: list[str]) -> tuple[list[str], list[str]]:
        """Where the cut enters and leaves a group: as in the copy, else its first shot without a
        cut in and its last without a cut out."""
        members = set(block)
        cuts = [e for e in self.clip.edges if e.kind is EdgeKind.CUT and e.source in members]
        cut_in, cut_out = {e.target for e in cuts}, {e.source for e in cuts}
        entries = [s for s in self.clip.entries if s in members]
        exits = [s for s in self.clip.exits if s in members]
        entries = entries or [next((s for s in block if s not in cut_in), block[0])]
        exits = exits or [next((s for s in reversed(block) if s not in cut_out), block[-1])]
        return entries, exits
