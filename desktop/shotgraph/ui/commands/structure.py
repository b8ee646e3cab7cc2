"""Scene and episode commands: add, edit, move up or down, delete.

The current scene is the current shot's, else the scene chosen in the episode tree or on a
scene band; the current episode is the one on show. Dialogs open without blocking and their OK
is one undo step; deleting asks first when shots would go.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from shotgraph.core.index import position
from shotgraph.core.model import Scene

from ..structure import (
    delete_episode,
    delete_scene,
    move_episode,
    move_scene,
    open_episode_dialog,
    open_scene_dialog,
)
from .registry import Command, CommandRegistry


class StructureCommands(QObject):
    """Defines the scene and episode commands on a registry."""

    def __init__(self, registry: CommandRegistry) -> None:
        super().__init__(registry)
        self._registry, self._bridge = registry, registry.bridge
        window, bridge = registry.window, registry.bridge
        scene, episode = self._scene_id, self._episode_id
        for command in (
            Command("add_episode", self.tr("&Add Episode…"), lambda: open_episode_dialog(bridge, window),
                    lambda: bridge.project is not None),
            Command("edit_episode", self.tr("Edi&t Episode…"),
                    lambda: open_episode_dialog(bridge, window, episode_id=episode()), self._has_episode),
            Command("move_episode_up", self.tr("Move Episode Up"), lambda: move_episode(bridge, episode(), -1),
                    lambda: self._episode_can_move(-1)),
            Command("move_episode_down", self.tr("Move Episode Down"), lambda: move_episode(bridge, episode(), 1),
                    lambda: self._episode_can_move(1)),
            Command("delete_episode", self.tr("Delete Episode"), lambda: delete_episode(bridge, window, episode()),
                    self._has_episode),
            Command("add_scene", self.tr("Add Sce&ne…"), self.add_scene, self._has_episode),
            Command("edit_scene", self.tr("Ed&it Scene…"), lambda: open_scene_dialog(bridge, window, scene_id=scene()),
                    self._has_scene),
            Command("move_scene_up", self.tr("Move Scene Up"), lambda: move_scene(bridge, scene(), -1),
                    lambda: self._scene_can_move(-1)),
            Command("move_scene_down", self.tr("Move Scene Down"), lambda: move_scene(bridge, scene(), 1),
                    lambda: self._scene_can_move(1)),
            Command("delete_scene", self.tr("Delete Scene"), lambda: delete_scene(bridge, window, scene()),
                    self._has_scene),
        ):
            registry.add(command)

    def _scene(self) -> Scene | None:
        """The current scene, or the episode's only scene (a new project's Scene 1) when none is."""
        episode = self._bridge.episode
        only = episode.scenes[0] if episode is not None and len(episode.scenes) == 1 else None
        return self._bridge.current_scene or only

    def _scene_id(self) -> str:
        scene = self._scene()
        return scene.id if scene is not None else ""

    def _episode_id(self) -> str:
        return self._bridge.episode_id

    def _has_episode(self) -> bool:
        return self._bridge.episode is not None

    def _has_scene(self) -> bool:
        return self._scene() is not None

    def _episode_can_move(self, step: int) -> bool:
        episode, project = self._bridge.episode, self._bridge.project
        return episode is not None and project is not None and 0 <= position(
            project.episodes, episode) + step < len(project.episodes)

    def _scene_can_move(self, step: int) -> bool:
        scene, episode = self._bridge.current_scene, self._bridge.episode
        return scene is not None and episode is not None and 0 <= position(
            episode.scenes, scene) + step < len(episode.scenes)

    def add_scene(self) -> None:
        """A new scene right after the current scene, else at the end of the episode."""
        scene, episode = self._bridge.current_scene, self._bridge.episode
        assert episode is not None
        index = position(episode.scenes, scene) + 1 if scene is not None else None
        open_scene_dialog(self._bridge, self._registry.window, episode_id=episode.id, index=index)
