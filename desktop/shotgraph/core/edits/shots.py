"""Edits of shots: add, remove, change fields, duplicate, set mode, move between scenes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..index import position
from ..model import CanvasPos, Episode, Mode, Shot, new_id
from .base import (
    Assign,
    Compound,
    Edit,
    EditError,
    EditName,
    check_new_id,
    counted_name,
    listed,
    require,
    shot_codes,
    validated,
    validated_new,
)
from .checks import check_shot
from .codes import episode_codes, inserted_code
from .days import unschedule_steps
from .edges import Unlink, splice_steps
from .naming import changed_parts, update_name
from .records import checked_position

if TYPE_CHECKING:
    from ..document import Document


def _shot_changes(episode: Episode, shot: Shot, *, added: bool) -> Changes:
    which = "shots_added" if added else "shots_removed"
    return Changes.of(settings=False, **{which: [shot.id]}, episodes=[episode.id], scenes=[shot.scene_id])


class InsertShot:
    """Step: put a shot into its episode's list at a position."""

    name = EditName("Add Shot")

    def __init__(self, episode: Episode, position: int, shot: Shot) -> None:
        self.episode, self.position, self.shot = episode, position, shot

    def redo(self, doc: Document) -> Changes:
        doc.index.insert_shot(self.episode, self.position, self.shot)
        return _shot_changes(self.episode, self.shot, added=True)

    def undo(self, doc: Document) -> Changes:
        doc.index.remove_shot(self.shot.id)
        return _shot_changes(self.episode, self.shot, added=False)


class DeleteShot:
    """Step: take a shot without edges or setup out of its episode; undo puts it back."""

    name = EditName("Remove Shot")

    def __init__(self, shot_id: str) -> None:
        self.shot_id = shot_id
        self._removed: tuple[Episode, int, Shot] | None = None

    def redo(self, doc: Document) -> Changes:
        shot = doc.index.shots[self.shot_id]
        episode = doc.index.shot_episode[shot.id]
        self._removed = (episode, doc.index.remove_shot(shot.id), shot)
        return _shot_changes(episode, shot, added=False)

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        episode, position, shot = self._removed
        doc.index.insert_shot(episode, position, shot)
        return _shot_changes(episode, shot, added=True)


class AddShot(Compound):
    """Add a shot to an episode: at ``index`` of its list (the end by default), and with
    ``after`` also into the cut path right after that shot (its cuts now leave the new one)."""

    def __init__(self, episode_id: str, shot: Shot | Mapping[str, Any], *, index: int | None = None,
                 after: str | None = None) -> None:
        self.episode_id, self.index, self.after = episode_id, index, after
        self.shot: Shot = validated_new(Shot, shot)
        self.name = EditName("Add Shot {shots}", shots=self.shot.code)

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        check_new_id(doc, self.shot.id)
        check_shot(doc, episode, self.shot)
        steps: list[Edit] = [InsertShot(episode, checked_position(self.index, len(episode.shots)), self.shot)]
        if self.after is not None:
            if require(doc.index.shot_episode, self.after, "shot") is not episode:
                raise EditError("a shot can only follow a shot of its own episode")
            steps += splice_steps(doc, self.after, self.shot.id)
        return steps


class RemoveShots(Compound):
    """Remove shots with their edges, taking them off the schedule; undo restores it all."""

    def __init__(self, shot_ids: Iterable[str]) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.name = counted_name(len(self.shot_ids), "Remove Shot", "Remove {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        for shot_id in self.shot_ids:
            require(doc.index.shots, shot_id, "shot")
        self.name = listed(shot_codes(doc, self.shot_ids), "Remove Shots {shots}", "Remove {n} Shots",
                           one="Remove Shot {shots}")
        edges = dict.fromkeys(e.id for s in self.shot_ids for e in doc.index.edges_of(s))
        steps: list[Edit] = unschedule_steps(doc, self.shot_ids)
        steps += [Unlink(edge_id) for edge_id in edges]
        return steps + [DeleteShot(shot_id) for shot_id in self.shot_ids]


class UpdateShot(Compound):
    """Change fields of a shot; nested parts (``camera``, ``ai``) are given whole.

    Unless given a name, it is named by what changes: "Set Size to MS on 3A".
    """

    def __init__(self, shot_id: str, changes: Mapping[str, Any], name: EditName | None = None) -> None:
        self.shot_id, self.changes = shot_id, dict(changes)
        self.name = name or EditName("Edit Shot")
        self._named = name is not None
        self.parts: dict[str, Any] = {}

    def plan(self, doc: Document) -> list[Edit]:
        shot = require(doc.index.shots, self.shot_id, "shot")
        values = validated(shot, self.changes)
        check_shot(doc, doc.index.shot_episode[shot.id], shot.model_copy(update=values))
        self.parts = changed_parts(shot, values)
        if not self._named:
            self.name = update_name(shot_codes(doc, [shot.id]), [self.parts])
        scenes = {shot.scene_id, values.get("scene_id", shot.scene_id)}
        changes = Changes.of(shots=[shot.id], scenes=scenes if len(scenes) > 1 else ())
        return [Assign(shot, values, changes)]


class UpdateShots(Compound):
    """Give several shots the same values at once (the inspector with a multiple selection).

    It is named by what changes: "Set Size to MS on 1-03, 1-04".
    """

    def __init__(self, shot_ids: Iterable[str], changes: Mapping[str, Any]) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.changes = dict(changes)
        self.name = counted_name(len(self.shot_ids), "Edit Shot", "Edit {n} Shots")

    def plan(self, doc: Document) -> list[Edit]:
        if not self.shot_ids:
            raise EditError("no shots are selected")
        return [UpdateShot(shot_id, self.changes) for shot_id in self.shot_ids]

    def redo(self, doc: Document) -> Changes:
        codes = shot_codes(doc, self.shot_ids)
        changes = super().redo(doc)
        self.name = self.named(doc, codes, [step.parts for step in self._steps or [] if isinstance(step, UpdateShot)])
        return changes

    def named(self, doc: Document, codes: list[str], parts: list[dict[str, Any]]) -> EditName:
        """The name once the shots are changed, from their codes and what changed in each."""
        return update_name(codes, parts)


class SetMode(UpdateShots):
    """Make shots live, AI or hybrid: "Set Mode to AI on 12"."""

    def __init__(self, shot_ids: Iterable[str], mode: Mode | str) -> None:
        try:
            mode = Mode(mode)
        except ValueError:
            raise EditError(f"{mode!r} is not a shot mode") from None
        super().__init__(shot_ids, {"mode": mode})


class MoveShotsToScene(UpdateShots):
    """Move shots to another scene of their episode: "Move Shots 3, 4 to Scene 2"."""

    def __init__(self, shot_ids: Iterable[str], scene_id: str) -> None:
        super().__init__(shot_ids, {"scene_id": scene_id})

    def named(self, doc: Document, codes: list[str], parts: list[dict[str, Any]]) -> EditName:
        scene = doc.index.scenes[self.changes["scene_id"]].code
        return listed(codes, "Move Shots {shots} to Scene {scene}", "Move {n} Shots to Scene {scene}",
                      one="Move Shot {shots} to Scene {scene}", scene=scene)


class DuplicateShot(Compound):
    """Copy a shot right after the original in the list and, with ``in_cut_path``, on the cut
    path right after it; the copy takes the next insert code (after 3 comes 3A, then 3B)."""

    def __init__(self, shot_id: str, *, in_cut_path: bool = True, new_shot_id: str | None = None) -> None:
        self.shot_id, self.in_cut_path = shot_id, in_cut_path
        self.new_shot_id = new_shot_id or new_id("sh")
        self.name = EditName("Duplicate Shot")

    def plan(self, doc: Document) -> list[Edit]:
        shot = require(doc.index.shots, self.shot_id, "shot")
        episode = doc.index.shot_episode[shot.id]
        canvas = shot.canvas and CanvasPos(x=shot.canvas.x + 24, y=shot.canvas.y + 24)
        code = inserted_code(episode_codes(doc, episode.id), shot.code)
        data = {**shot.model_dump(), "id": self.new_shot_id, "canvas": canvas and canvas.model_dump(), "code": code}
        self.name = EditName("Duplicate Shot {shots} as {code}", shots=shot_codes(doc, [shot.id])[0], code=code)
        after = shot.id if self.in_cut_path else None
        at = position(episode.shots, shot) + 1
        return AddShot(episode.id, data, index=at, after=after).plan(doc)


def next_free_code(doc: Document, episode_id: str, code: str) -> str:
    """``code`` if no shot of the episode has it, else the next insert code after it (3 → 3A)."""
    taken = episode_codes(doc, episode_id)
    return code if code not in taken else inserted_code(taken, code)
