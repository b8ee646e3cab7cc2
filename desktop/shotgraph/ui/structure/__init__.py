"""Scenes and episodes made and changed in the editor: their dialogs, moving them, deleting them."""

from .actions import (
    delete_episode,
    delete_scene,
    move_episode,
    move_scene,
    open_episode_dialog,
    open_scene_dialog,
)
from .episode_dialog import EpisodeDialog
from .scene_dialog import SceneDialog

__all__ = ["EpisodeDialog", "SceneDialog", "delete_episode", "delete_scene", "move_episode", "move_scene",
           "open_episode_dialog", "open_scene_dialog"]
