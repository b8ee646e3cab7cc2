"""Edits of an episode's scenes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..changes import Changes
from ..model import Episode, Scene
from .base import Assign, Compound, Edit, EditError, check_new_id, require, validated, validated_new
from .checks import check_scene
from .records import checked_position
from .shots import RemoveShots

if TYPE_CHECKING:
    from ..document import Document


def _scene_changes(episode: Episode, scene: Scene) -> Changes:
    return Changes.of(scenes=[scene.id], episodes=[episode.id])


class InsertScene:
    """Step: put a scene into its episode's list at a position."""

    text = "Add Scene"

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

    text = "Remove Scene"

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


class AddScene(Compound):
    """Add a scene to an episode (at the end unless ``index`` says where)."""

    def __init__(self, episode_id: str, scene: Scene | Mapping[str, Any], index: int | None = None) -> None:
        self.episode_id, self.index = episode_id, index
        self.scene: Scene = validated_new(Scene, scene)
        self.text = "Add Scene"

    def plan(self, doc: Document) -> list[Edit]:
        episode = require(doc.index.episodes, self.episode_id, "episode")
        check_new_id(doc, self.scene.id)
        check_scene(doc, episode, self.scene)
        return [InsertScene(episode, checked_position(self.index, len(episode.scenes)), self.scene)]


class UpdateScene(Compound):
    """Change a scene's code, heading, location, INT/EXT, time of day, story day or notes."""

    def __init__(self, scene_id: str, changes: Mapping[str, Any]) -> None:
        self.scene_id, self.changes = scene_id, dict(changes)
        self.text = "Edit Scene"

    def plan(self, doc: Document) -> list[Edit]:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        values = validated(scene, self.changes)
        check_scene(doc, doc.index.scene_episode[scene.id], scene.model_copy(update=values))
        return [Assign(scene, values, Changes.of(scenes=[scene.id]))]


class RemoveScene(Compound):
    """Remove a scene; one with shots only when ``with_shots`` says to remove them too."""

    def __init__(self, scene_id: str, *, with_shots: bool = False) -> None:
        self.scene_id, self.with_shots = scene_id, with_shots
        self.text = "Remove Scene"

    def plan(self, doc: Document) -> list[Edit]:
        scene = require(doc.index.scenes, self.scene_id, "scene")
        shots = list(doc.index.scene_shots[scene.id])
        if shots and not self.with_shots:
            raise EditError(f"scene {scene.code!r} still has {len(shots)} shot(s)")
        steps: list[Edit] = [RemoveShots(shots)] if shots else []
        return [*steps, DeleteScene(scene.id)]
