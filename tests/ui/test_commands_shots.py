"""Shot commands driven by their keys and menus: an episode built from nothing, inserts in cut order,
Add Shot Before, Duplicate, Delete, each one step on Edit ▸ Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from shotgraph.core.document import Document
from shotgraph.core.graph import episode_order
from shotgraph.core.model import Episode, Project
from shotgraph.ui.main_window import MainWindow

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def code_of(window, code: str) -> str:
    return next(shot.id for shot in window.bridge.episode.shots if shot.code == code)


def cut_codes(window) -> list[str]:
    return [shot.code for shot in episode_order(window.bridge.episode)]


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def new_window(qtbot) -> MainWindow:
    """File ▸ New: an untitled project with Episode 1 and its Scene 1, nothing else."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.new_project()
    return window


def test_insert_in_a_new_project_makes_shots_one_after_another(new_window, qtbot):
    window = new_window
    assert window.commands.action("add_shot").isEnabled()
    press(qtbot, window.canvas, Qt.Key.Key_Insert)
    first = window.bridge.selected[0]
    assert window.document.shot(first).code == "1-1"
    assert first in window.canvas.graph_scene.cards
    assert window.grid.storyboard().shot_ids() == [first]
    press(qtbot, window.canvas, Qt.Key.Key_Insert)
    assert cut_codes(window) == ["1-1", "1-2"]
    assert window.bridge.selected != (first,)
    assert window.undo_action.text().startswith("Undo Add Shot")
    window.undo_action.trigger()
    assert cut_codes(window) == ["1-1"]


def test_add_shot_in_an_episode_without_scenes_brings_scene_1_in_the_same_step(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.bridge.open(Document(Project(id="pr", episodes=[Episode(id="ep", number=1)])), None)
    window.commands.action("add_shot").trigger()
    episode = window.bridge.episode
    assert [scene.code for scene in episode.scenes] == ["1"] and len(episode.shots) == 1
    assert window.tree.topLevelItem(0).childCount() == 1
    assert window.bridge.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.bridge.episode.scenes == [] and window.bridge.episode.shots == []


def test_insert_after_a_shot_puts_an_insert_between_it_and_the_next(window, qtbot):
    window.bridge.select([code_of(window, "1-04")])
    press(qtbot, window.canvas, Qt.Key.Key_Insert)
    added = window.bridge.selected[0]
    assert window.document.shot(added).code == "1-04A"
    order = cut_codes(window)
    assert order[order.index("1-04"):order.index("1-04") + 3] == ["1-04", "1-04A", "1-05"]
    assert window.grid.storyboard().shot_ids().index(added) == order.index("1-04A")


def test_shift_insert_adds_before_the_current_shot(window, qtbot):
    window.bridge.select([code_of(window, "1-05")])
    press(qtbot, window.grid, Qt.Key.Key_Insert, SHIFT)
    order = cut_codes(window)
    assert order[order.index("1-04"):order.index("1-04") + 3] == ["1-04", "1-04A", "1-05"]
    window.bridge.select([code_of(window, "1-01")])
    window.commands.action("add_shot_before").trigger()
    assert cut_codes(window)[:2] == ["A1-01", "1-01"]
    assert window.bridge.undo_stack.count() == 2


def test_ctrl_d_copies_each_selected_shot_right_after_itself_with_insert_codes(window, qtbot):
    window.bridge.select([code_of(window, "2-01"), code_of(window, "2-03")])
    press(qtbot, window.grid, Qt.Key.Key_D, CTRL)
    order = cut_codes(window)
    assert order[order.index("2-01") + 1] == "2-01A" and order[order.index("2-03") + 1] == "2-03A"
    assert not any("copy" in code for code in order)
    assert window.bridge.undo_stack.count() == 1


def test_delete_in_the_storyboard_removes_the_selected_shots_in_one_step(window, qtbot):
    ids = [code_of(window, "3-02"), code_of(window, "3-03")]
    window.bridge.select(ids)
    press(qtbot, window.grid, Qt.Key.Key_Delete)
    assert not set(ids) & set(window.grid.storyboard().shot_ids())
    window.undo_action.trigger()
    assert set(ids) <= set(window.grid.storyboard().shot_ids())


def test_add_shot_on_a_scene_chosen_in_the_tree_goes_at_its_end(window):
    scene_item = window.tree.topLevelItem(0).child(1)  # Scene 2 of episode 1
    window.tree.setCurrentItem(scene_item)
    assert window.commands.action("add_shot").text() == "Add Shot to Scene 2"
    window.commands.action("add_shot").trigger()
    order = cut_codes(window)
    assert order[order.index("2-05"):order.index("2-05") + 3] == ["2-05", "2-06", "3-01"]
    assert window.document.shot(window.bridge.selected[0]).scene_id == window.bridge.episode.scenes[1].id


def test_typing_in_a_field_keeps_delete_and_copy_for_the_text(window, qtbot):
    shot_id = code_of(window, "1-04")
    window.bridge.select([shot_id])
    field = next(edit for edit in window.details.findChildren(QLineEdit) if edit.isVisible() and edit.isEnabled())
    field.setFocus()
    field.setText("abc")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Insert)
    assert field.text() == "bc"
    assert shot_id in window.document.index.shots and window.bridge.undo_stack.count() == 0


@pytest.mark.parametrize("name", ["add_shot", "add_shot_before", "duplicate", "delete", "mode_ai", "cut"])
def test_every_shot_command_is_one_undo_step(window, name):
    window.bridge.select([code_of(window, "2-02"), code_of(window, "2-04")])
    before = window.project.model_dump()
    assert window.commands.trigger(name)
    assert window.bridge.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.project.model_dump() == before


def test_shift_insert_adds_before_even_with_shots_on_the_clipboard(window, qtbot):
    window.bridge.select([code_of(window, "2-02")])
    window.commands.action("copy").trigger()
    assert window.commands.action("paste").isEnabled()
    press(qtbot, window.canvas, Qt.Key.Key_Insert, SHIFT)
    order = cut_codes(window)
    assert order[order.index("2-01"):order.index("2-01") + 3] == ["2-01", "2-01A", "2-02"]
    assert window.bridge.undo_stack.count() == 1


def test_no_other_action_of_the_window_answers_a_commands_key(window):
    from PySide6.QtGui import QAction
    commands = {window.commands.action(name) for name in window.commands.names()}
    taken = {key.toString() for action in window.findChildren(QAction) if action not in commands
             for key in action.shortcuts()}
    keys = [key.toString() for action in commands for key in action.shortcuts()]
    assert len(keys) == len(set(keys)) and not set(keys) & taken
