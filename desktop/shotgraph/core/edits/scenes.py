"""Edits of an episode's scenes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..index import position
from ..model import Episode, Scene
from .base import Assign, Compound, Edit, EditError, EditName, check_new_id, require, validated, validated_new
from .checks import check_scene
from .records import checked_position
from .scene_order import follow_scene_order
from .shots import RemoveShots

if TYPE_CHECKING:
    from ..document import Document


def _scene_changes(episode: Episode, scene: Scene) -> Changes:
    return Changes.of(scenes=[scene.id], episodes=[episode.id])


class InsertScene:
    """Step: put a scene into its episode's list at a position."""

    name = EditName("Add Scene")

    def __init__(self, episode: Episode, position: int, scene: Scene) -> None:
        self.episode, self.position, self.scene = episode, position, scene

    def redo(self, doc: Document) -> Changes:
        doc.index.insert_scene(self.episode, self.position, self.scene)
        return _scene_changes(self.episode, self.scene)

    def undo(self, doc: Document) -> Changes:
        doc.index.remove_scene(self.scene.id)
        return _scene_changes(self.episode, self.scene)


class DeleteScene:
    """Step: take a scene without shots out of its episode; undo puts it back in its place."""

    name = EditName("Remove Scene")

    def __init__(self, scene_id: str) -> None:
        self.scene_id = scene_id
        self._removed: tuple[Episode, int, Scene] | None = None

    def redo(self, doc: Document) -> Changes:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        if doc.index.scene_shots[scene.id]:
            raise EditError(f"scene {scene.code!r} still has shots")
        episode = doc.index.scene_episode[scene.id]
        self._removed = (episode, doc.index.remove_scene(scene.id), scene)
        return _scene_changes(episode, scene)

    def undo(self, doc: Document) -> Changes:
        assert self._removed is not None
        episode, position, scene = self._removed
        doc.index.insert_scene(episode, position, scene)
        return _scene_changes(episode, scene)


class ShiftScene:
    """Step: put a scene, shots and all, at another place in its episode's list."""

    name = EditName("Move Scene")

    def __init__(self, episode: Episode, scene_id: str, to: int, concerned: list[str]) -> None:
        self.episode, self.scene_id, self.to, self.concerned = episode, scene_id, to, concerned
        self._from: int | None = None

    def redo(self, doc: Document) -> Changes:
        self._from = doc.index.move_scene(self.scene_id, self.to)
        return Changes.of(scenes=self.concerned, episodes=[self.episode.id])

    def undo(self, doc: Document) -> Changes:
        assert self._from is not None
        doc.index.move_scene(self.scene_id, self._from)
        return Changes.of(scenes=self.concerned, episodes=[self.episode.id])


class AddScene(Compound):
    """Add a scene to an episode (at the end unless ``index`` says where)."""

    def __init__(self, episode_id: str, scene: Scene | Mapping[str, Any], index: int | None = None) -> None:
        self.episode_id, self.index = episode_id, index
        self.scene: Scene = validated_new(Scene, scene)
        self.name = EditName("Add Scene {scene}", scene=self.scene.code)

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        check_new_id(doc, self.scene.id)
        check_scene(doc, episode, self.scene)
        return [InsertScene(episode, checked_position(self.index, len(episode.scenes)), self.scene)]


class UpdateScene(Compound):
    """Change a scene's code, heading, location, INT/EXT, time of day, story day, cast, extras or notes."""

    def __init__(self, scene_id: str, changes: Mapping[str, Any]) -> None:
        self.scene_id, self.changes = scene_id, dict(changes)
        self.name = EditName("Edit Scene")

    def plan(self, doc: Document) -> list[Edit]:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        values = validated(scene, self.changes)
        changed = scene.model_copy(update=values)
        check_scene(doc, doc.index.scene_episode[scene.id], changed)
        self.name = EditName("Edit Scene {scene}", scene=scene.code)
        return [Assign(scene, values, Changes.of(scenes=[scene.id]))]


class RemoveScene(Compound):
    """Remove a scene; one with shots only when ``with_shots`` says to remove them too."""

    def __init__(self, scene_id: str, *, with_shots: bool = False) -> None:
        self.scene_id, self.with_shots = scene_id, with_shots
        self.name = EditName("Delete Scene")

    def plan(self, doc: Document) -> list[Edit]:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        self.name = EditName("Delete Scene {scene}", scene=scene.code)
        shots = list(doc.index.scene_shots[scene.id])
        if shots and not self.with_shots:
            raise EditError(f"scene {scene.code!r} still has {len(shots)} shot(s)")
        steps: list[Edit] = [RemoveShots(shots)] if shots else []
        return [*steps, DeleteScene(scene.id)]


class MoveScene(Compound):
    """Move a scene ``step`` places up (negative) or down its episode's list of scenes.

    The cut path follows (see ``scene_order``), so the scene's shots play in the new place:
    the canvas bands and the storyboard move with the tree.
    """

    def __init__(self, scene_id: str, step: int) -> None:
        self.scene_id, self.step = scene_id, step
        self.name = EditName("Move Scene")

    def plan(self, doc: Document) -> list[Edit]:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        episode = doc.index.scene_episode[scene.id]
        old = position(episode.scenes, scene)
        new = old + self.step
        if self.step == 0 or not 0 <= new < len(episode.scenes):
            where = "first" if self.step < 0 else "last"
            raise EditError(f"scene {scene.code!r} is already the {where} scene of episode {episode.number}")
        self.name = EditName("Move Scene {scene} Up" if self.step < 0 else "Move Scene {scene} Down", scene=scene.code)
        ids = [s.id for s in episode.scenes]
        ids.insert(new, ids.pop(old))
        concerned = ids[min(old, new):max(old, new) + 1]
        return [ShiftScene(episode, scene.id, new, concerned), *follow_scene_order(doc, episode, concerned)]
