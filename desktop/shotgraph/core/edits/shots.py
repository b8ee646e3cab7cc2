"""Edits of shots: add, remove, change fields, duplicate, set mode, move between scenes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..index import position
from ..model import CanvasPos, Episode, Mode, Shot, new_id
from .base import Assign, Compound, Edit, EditError, check_new_id, counted, require, validated, validated_new
from .checks import check_shot
from .days import unschedule_steps
from .edges import Unlink, splice_steps
from .records import checked_position

if TYPE_CHECKING:
    from ..document import Document

_MODE_NAMES = {Mode.LIVE: "Live", Mode.AI: "AI", Mode.HYBRID: "Hybrid"}


def _shot_changes(episode: Episode, shot: Shot, *, added: bool) -> Changes:
    which = "shots_added" if added else "shots_removed"
    return Changes.of(**{which: [shot.id]}, episodes=[episode.id], scenes=[shot.scene_id])


class InsertShot:
    """Step: put a shot into its episode's list at a position."""

    text = "Add Shot"

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

    text = "Remove Shot"

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
                 after: str | None = None, text: str = "Add Shot") -> None:
        self.episode_id, self.index, self.after, self.text = episode_id, index, after, text
        self.shot: Shot = validated_new(Shot, shot)

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
        self.text = f"Remove {counted(len(self.shot_ids), 'Shot')}"

    def plan(self, doc: Document) -> list[Edit]:
        for shot_id in self.shot_ids:
            require(doc.index.shots, shot_id, "shot")
        edges = dict.fromkeys(e.id for s in self.shot_ids for e in doc.index.edges_of(s))
        steps: list[Edit] = unschedule_steps(doc, self.shot_ids)
        steps += [Unlink(edge_id) for edge_id in edges]
        return steps + [DeleteShot(shot_id) for shot_id in self.shot_ids]


class UpdateShot(Compound):
    """Change fields of a shot; nested parts (``camera``, ``ai``) are given whole."""

    def __init__(self, shot_id: str, changes: Mapping[str, Any], text: str = "Edit Shot") -> None:
        self.shot_id, self.changes, self.text = shot_id, dict(changes), text

    def plan(self, doc: Document) -> list[Edit]:
        shot = require(doc.index.shots, self.shot_id, "shot")
        values = validated(shot, self.changes)
        check_shot(doc, doc.index.shot_episode[shot.id], shot.model_copy(update=values))
        scenes = {shot.scene_id, values.get("scene_id", shot.scene_id)}
        changes = Changes.of(shots=[shot.id], scenes=scenes if len(scenes) > 1 else ())
        return [Assign(shot, values, changes)]


class UpdateShots(Compound):
    """Give several shots the same values at once (the inspector with a multiple selection)."""

    def __init__(self, shot_ids: Iterable[str], changes: Mapping[str, Any], text: str | None = None) -> None:
        self.shot_ids = list(dict.fromkeys(shot_ids))
        self.changes = dict(changes)
        self.text = text or f"Edit {counted(len(self.shot_ids), 'Shot')}"

    def plan(self, doc: Document) -> list[Edit]:
        if not self.shot_ids:
            raise EditError("no shots are selected")
        return [UpdateShot(shot_id, self.changes) for shot_id in self.shot_ids]


class SetMode(UpdateShots):
    """Make shots live, AI or hybrid."""

    def __init__(self, shot_ids: Iterable[str], mode: Mode | str) -> None:
        ids = list(shot_ids)
        try:
            name = _MODE_NAMES[Mode(mode)]
        except ValueError:
            raise EditError(f"{mode!r} is not a shot mode") from None
        super().__init__(ids, {"mode": mode}, f"Set {counted(len(dict.fromkeys(ids)), 'Shot')} to {name}")


class MoveShotsToScene(UpdateShots):
    """Move shots to another scene of their episode."""

    def __init__(self, shot_ids: Iterable[str], scene_id: str) -> None:
        ids = list(dict.fromkeys(shot_ids))
        super().__init__(ids, {"scene_id": scene_id}, f"Move {counted(len(ids), 'Shot')} to Scene")


class DuplicateShot(Compound):
    """Copy a shot under a free code, right after the original in the list and, with
    ``in_cut_path``, on the cut path right after it."""

    def __init__(self, shot_id: str, *, in_cut_path: bool = True, new_shot_id: str | None = None) -> None:
        self.shot_id, self.in_cut_path = shot_id, in_cut_path
        self.new_shot_id = new_shot_id or new_id("sh")
        self.text = "Duplicate Shot"

    def plan(self, doc: Document) -> list[Edit]:
        shot = require(doc.index.shots, self.shot_id, "shot")
        episode = doc.index.shot_episode[shot.id]
        canvas = shot.canvas and CanvasPos(x=shot.canvas.x + 24, y=shot.canvas.y + 24)
        data = {**shot.model_dump(), "id": self.new_shot_id, "canvas": canvas and canvas.model_dump(),
                "code": next_free_code(doc, episode.id, f"{shot.code}-copy")}
        after = shot.id if self.in_cut_path else None
        at = position(episode.shots, shot) + 1
        return AddShot(episode.id, data, index=at, after=after).plan(doc)


def next_free_code(doc: Document, episode_id: str, code: str) -> str:
    """``code`` if no shot of the episode has it, else ``code-2``, ``code-3`` …"""
    candidate, number = code, 1
    while (episode_id, candidate) in doc.index.codes:
        number += 1
        candidate = f"{code}-{number}"
    return candidate
