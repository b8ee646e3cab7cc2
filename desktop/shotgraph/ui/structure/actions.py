"""What the scene and episode commands do: open the dialogs, move up and down, delete after asking.

Menus and context menus call these; each change is one undo step pushed through the bridge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from shotgraph.core.edits import MoveEpisode, MoveScene, RemoveEpisode, RemoveScene

from ..bridge import DocumentBridge
from . import confirm
from .episode_dialog import EpisodeDialog
from .scene_dialog import SceneDialog


def _tr(text: str) -> str:
    """Translate in the empty context, where the catalogue tool files module-level ``_tr`` texts."""
    return QCoreApplication.translate("", text)


def open_scene_dialog(bridge: DocumentBridge, parent: QWidget | None, *, scene_id: str | None = None,
                      episode_id: str | None = None, index: int | None = None) -> SceneDialog:
    """Open the scene dialog without blocking: on ``scene_id``, or on a new scene of ``episode_id``
    (the episode on show by default) at ``index`` of its scenes (the end by default)."""
    document = bridge.document
    if document is None:
        raise LookupError("no project is open")
    if scene_id is not None:
        dialog = SceneDialog(bridge, document.index.scene_episode[scene_id], parent, scene=document.scene(scene_id))
    else:
        dialog = SceneDialog(bridge, document.episode(episode_id or bridge.episode_id), parent, index=index)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_episode_dialog(bridge: DocumentBridge, parent: QWidget | None, *,
                        episode_id: str | None = None) -> EpisodeDialog:
    """Open the episode dialog without blocking: on ``episode_id``, or on a new episode."""
    document = bridge.document
    if document is None:
        raise LookupError("no project is open")
    episode = document.episode(episode_id) if episode_id is not None else None
    dialog = EpisodeDialog(bridge, parent, episode=episode)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def move_scene(bridge: DocumentBridge, scene_id: str, step: int) -> bool:
    """Move a scene ``step`` places up (negative) or down its episode; its shots play in the new place."""
    return bridge.push(MoveScene(scene_id, step))


def move_episode(bridge: DocumentBridge, episode_id: str, step: int) -> bool:
    """Move an episode up or down the list; it trades numbers with the episodes it passes."""
    return bridge.push(MoveEpisode(episode_id, step))


def delete_scene(bridge: DocumentBridge, parent: QWidget | None, scene_id: str) -> bool:
    """Delete a scene with its shots as one undo step, asking first when it has shots."""
    document = bridge.document
    if document is None or scene_id not in document.index.scenes:
        return False
    scene, episode = document.scene(scene_id), document.index.scene_episode[scene_id]
    shots = len(document.index.scene_shots[scene_id])
    question = (_tr("Delete scene {code} of episode {number} and its shot?") if shots == 1 else
                _tr("Delete scene {code} of episode {number} and its {count} shots?")).format(
        code=scene.code, number=episode.number, count=shots)
    if shots and not confirm.ask_to_delete(parent, _tr("Delete Scene"), question, _tr("Undo brings them back.")):
        return False
    return bridge.push(RemoveScene(scene_id, with_shots=True))


def delete_episode(bridge: DocumentBridge, parent: QWidget | None, episode_id: str) -> bool:
    """Delete an episode with its scenes and shots as one undo step, asking first when it has shots."""
    document = bridge.document
    if document is None or episode_id not in document.index.episodes:
        return False
    episode = document.episode(episode_id)
    shots = len(episode.shots)
    question = (_tr("Delete episode {number} and its shot?") if shots == 1 else
                _tr("Delete episode {number} and its {count} shots?")).format(number=episode.number, count=shots)
    detail = _tr("Scheduled shots are taken off the schedule. Undo brings everything back.")
    if episode.shots and not confirm.ask_to_delete(parent, _tr("Delete Episode"), question, detail):
        return False
    return bridge.push(RemoveEpisode(episode_id))
