"""Scene and episode commands from the Project menu: each acts on the current scene or episode and
is one step on Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from shotgraph.ui.structure import EpisodeDialog, SceneDialog


@pytest.fixture(autouse=True)
def say_yes(monkeypatch):
    """Deleting a scene or episode with shots asks first; the user answers Delete."""
    monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete", lambda *args: True)


@pytest.mark.parametrize("name", ["move_episode_down", "move_scene_down", "delete_scene", "delete_episode"])
def test_every_scene_and_episode_command_is_one_undo_step(window, name):
    window.bridge.choose_scene(window.bridge.episode.scenes[1].id)
    before = window.project.model_dump()
    assert window.commands.action(name) in window.project_menu.actions()
    window.commands.action(name).trigger()
    assert window.bridge.undo_stack.count() == 1 and window.project.model_dump() != before
    window.undo_action.trigger()
    assert window.project.model_dump() == before


def test_the_current_scene_is_the_current_shots_scene(window):
    shot = window.bridge.episode.shots[-1]
    window.bridge.select([shot.id])
    assert window.bridge.current_scene.id == shot.scene_id
    assert not window.commands.action("move_scene_down").isEnabled()
    assert window.commands.action("move_scene_up").isEnabled()
    window.commands.action("move_scene_up").trigger()
    assert window.bridge.episode.scenes[-2].id == shot.scene_id


def test_add_and_edit_open_their_dialogs_without_blocking(window):
    window.bridge.choose_scene(window.bridge.episode.scenes[0].id)
    for name, kind in (("add_scene", SceneDialog), ("edit_scene", SceneDialog), ("add_episode", EpisodeDialog),
                       ("edit_episode", EpisodeDialog)):
        window.commands.action(name).trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())
        dialog.reject()
    assert window.bridge.undo_stack.count() == 0


def test_a_new_projects_only_scene_can_be_edited_at_once(window):
    window.files.new_action.trigger()
    assert window.bridge.selected == () and window.bridge.current_scene is None
    edit = window.commands.action("edit_scene")
    window.project_menu.aboutToShow.emit()
    assert edit.isEnabled()
    edit.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SceneDialog) and w.isVisible())
    assert dialog.windowTitle().startswith("Scene 1")
    dialog.reject()
