"""Scenes and episodes made, changed, moved and deleted in the editor, driven by keyboard as a user would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from shotgraph.core.edits import AddShot
from shotgraph.core.model import Shot
from shotgraph.ui.canvas.scene import SceneBand
from shotgraph.ui.structure import (
    EpisodeDialog,
    SceneDialog,
    delete_episode,
    delete_scene,
    move_episode,
    move_scene,
    open_episode_dialog,
    open_scene_dialog,
)


def tab_to(qtbot, dialog: QWidget, widget: QWidget) -> None:
    """Press Tab once and check the focus landed on ``widget`` (the dialog's tab order)."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is widget or widget.isAncestorOf(focused), (focused, widget)


def commit(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method does: the composed text is committed to the focused field."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select what the focused field holds and type over it."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def scene_dialog(qtbot, window, **where) -> SceneDialog:
    dialog = open_scene_dialog(window.bridge, window, **where)
    activate(qtbot, dialog)
    return dialog


def activate(qtbot, dialog: QWidget) -> None:
    """Make the dialog the active window, as it is for a user, so keys and focus go to it."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def tree_rows(window) -> list[tuple[str, list[str]]]:
    """The Episodes tree as its text: each episode with its scenes."""
    tree = window.tree
    rows = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        rows.append((item.text(0), [item.child(i).text(0) for i in range(item.childCount())]))
    return rows


def bands(window) -> dict[str, SceneBand]:
    return {item.scene_id: item for item in window.canvas.graph_scene.items() if isinstance(item, SceneBand)}


def board_codes(window) -> list[str]:
    model = window.grid.storyboard()
    return [model.shot(row).code for row in range(model.rowCount())]


def test_a_scene_typed_by_keyboard_shows_everywhere_and_one_undo_takes_it_back(window, qtbot):
    bridge = window.bridge
    episode = bridge.episode
    locations, characters = len(bridge.project.locations), len(bridge.project.characters)
    dialog = scene_dialog(qtbot, window)
    assert dialog.code.text() == "5"
    assert QApplication.focusWidget() is dialog.code
    tab_to(qtbot, dialog, dialog.int_ext)
    qtbot.keyClick(dialog.int_ext, Qt.Key.Key_Down)  # INT
    tab_to(qtbot, dialog, dialog.location)
    commit(QApplication.focusWidget(), "天台")
    tab_to(qtbot, dialog, dialog.time_of_day)
    for _ in range(4):
        qtbot.keyClick(dialog.time_of_day, Qt.Key.Key_Down)  # Night
    tab_to(qtbot, dialog, dialog.heading)
    assert dialog.heading.text() == "INT. 天台 — 夜"
    tab_to(qtbot, dialog, dialog.story_day)
    retype(qtbot, dialog.story_day, "3")
    tab_to(qtbot, dialog, dialog.cast.list)
    qtbot.keyClick(dialog.cast.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.cast.list, Qt.Key.Key_Space)  # the second character is present
    tab_to(qtbot, dialog, dialog.cast.entry)
    commit(dialog.cast.entry, "保安")
    qtbot.keyClick(dialog.cast.entry, Qt.Key.Key_Return)  # adds the new character, the dialog stays
    assert dialog.isVisible() and dialog.cast.entry.text() == ""
    tab_to(qtbot, dialog, dialog.cast.add_button)
    tab_to(qtbot, dialog, dialog.extras)
    retype(qtbot, dialog.extras, "12")
    tab_to(qtbot, dialog, dialog.notes)
    commit(dialog.notes, "雨夜")
    dialog.code.setFocus()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter is OK

    assert not dialog.isVisible()
    scene = episode.scenes[-1]
    assert (scene.code, scene.heading, scene.int_ext, scene.time_of_day, scene.story_day, scene.extras,
            scene.notes) == ("5", "INT. 天台 — 夜", "INT", "NIGHT", 3, 12, "雨夜")
    assert bridge.document.index.catalogue["locations"][scene.location_id].name == "天台"
    names = [bridge.document.index.catalogue["characters"][c].name for c in scene.cast]
    assert names == [bridge.project.characters[1].name, "保安"]
    assert tree_rows(window)[0][1][-1] == "Scene 5  INT. 天台 — 夜"
    assert scene.id in bands(window)
    assert bridge.undo_stack.undoText() == "Add Scene 5"

    bridge.undo_stack.undo()
    assert [s.code for s in episode.scenes] == ["1", "2", "3", "4"]
    assert (len(bridge.project.locations), len(bridge.project.characters)) == (locations, characters)
    assert len(tree_rows(window)[0][1]) == 4 and scene.id not in bands(window)


def test_a_new_project_takes_a_second_scene_with_the_next_code(window, qtbot):
    assert window.files.new_project()
    dialog = scene_dialog(qtbot, window)
    assert dialog.code.text() == "2" and dialog.windowTitle() == "New Scene in Episode 1"
    tab_to(qtbot, dialog, dialog.int_ext)
    tab_to(qtbot, dialog, dialog.location)
    commit(QApplication.focusWidget(), "仓库")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter in the location is OK too
    assert not dialog.isVisible()
    assert [s.code for s in window.bridge.episode.scenes] == ["1", "2"]
    assert [location.name for location in window.bridge.project.locations] == ["仓库"]
    assert tree_rows(window) == [("Episode 1", ["Scene 1", "Scene 2  仓库"])]
    assert set(bands(window)) == {s.id for s in window.bridge.episode.scenes}
    window.bridge.undo_stack.undo()
    assert tree_rows(window) == [("Episode 1", ["Scene 1"])] and len(bands(window)) == 1
    assert window.bridge.project.locations == []


def test_a_scene_can_be_put_at_a_place_in_the_list(window, qtbot):
    episode = window.bridge.episode
    dialog = scene_dialog(qtbot, window, episode_id=episode.id, index=1)
    retype(qtbot, dialog.code, "1A")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert [s.code for s in episode.scenes] == ["1", "1A", "2", "3", "4"]


def test_a_scene_added_to_another_episode_brings_that_episode_on_show(window, qtbot):
    other = window.bridge.project.episodes[1]
    dialog = scene_dialog(qtbot, window, episode_id=other.id)
    assert dialog.code.text() == "5" and dialog.windowTitle() == "New Scene in Episode 2"
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert window.bridge.episode is other and other.scenes[-1].id in bands(window)


def test_a_code_already_used_or_empty_is_refused_beside_the_field(window, qtbot):
    bridge = window.bridge
    steps = bridge.undo_stack.count()
    dialog = scene_dialog(qtbot, window)
    retype(qtbot, dialog.code, "2")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.code_problem.isVisible()
    assert dialog.code_problem.text() == "Episode 1 already has a scene 2."
    assert bridge.undo_stack.count() == steps and QApplication.focusWidget() is dialog.code
    qtbot.keyClick(dialog.code, Qt.Key.Key_Backspace)
    assert not dialog.code_problem.isVisible()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.code_problem.text() == "Give the scene a code, such as 3 or 3A."
    qtbot.keyClicks(dialog.code, "2A")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert not dialog.isVisible() and bridge.episode.scenes[-1].code == "2A"


def test_escape_cancels_and_changes_nothing(window, qtbot):
    bridge = window.bridge
    before = bridge.project.model_dump()
    dialog = scene_dialog(qtbot, window)
    qtbot.keyClicks(dialog.code, "9")
    dialog.cast.add_name("路人甲")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert bridge.project.model_dump() == before and bridge.undo_stack.count() == 0


def test_editing_a_scene_changes_only_what_was_changed(window, qtbot):
    bridge = window.bridge
    scene = bridge.episode.scenes[1]
    heading = scene.heading
    dialog = scene_dialog(qtbot, window, scene_id=scene.id)
    assert dialog.code.text() == "2" and dialog.heading.text() == heading
    dialog.story_day.setFocus()
    retype(qtbot, dialog.story_day, "7")
    qtbot.keyClick(dialog.story_day, Qt.Key.Key_Return)
    assert scene.story_day == 7 and scene.heading == heading
    assert bridge.undo_stack.undoText() == "Edit Scene 2"
    bridge.undo_stack.undo()
    assert scene.story_day != 7


def test_deleting_a_scene_with_shots_asks_first_and_removes_them(window, monkeypatch):
    bridge = window.bridge
    scene = bridge.episode.scenes[1]
    shots = len(bridge.document.shots_of_scene(scene.id))
    asked: list[str] = []

    def answer(reply):
        monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete",
                            lambda parent, title, question, detail: asked.append(question) or reply)

    answer(False)
    assert not delete_scene(bridge, window, scene.id)
    assert asked == [f"Delete scene 2 of episode 1 and its {shots} shots?"]
    assert scene in bridge.episode.scenes
    answer(True)
    before = board_codes(window)
    assert delete_scene(bridge, window, scene.id)
    assert scene not in bridge.episode.scenes and not any(code.startswith("2-") for code in board_codes(window))
    assert len(board_codes(window)) == len(before) - shots and scene.id not in bands(window)
    assert bridge.undo_stack.undoText() == "Delete Scene 2"
    bridge.undo_stack.undo()
    assert board_codes(window) == before and len(tree_rows(window)[0][1]) == 4


def test_deleting_an_empty_scene_does_not_ask(window, qtbot, monkeypatch):
    monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete", _no_question_expected)
    dialog = scene_dialog(qtbot, window)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert delete_scene(window.bridge, window, window.bridge.episode.scenes[-1].id)
    assert len(window.bridge.episode.scenes) == 4


def _no_question_expected(*_args) -> bool:
    raise AssertionError("no question was expected")


def test_moving_a_scene_moves_its_tree_row_band_and_storyboard_cards(window):
    bridge = window.bridge
    first, second = bridge.episode.scenes[0], bridge.episode.scenes[1]
    assert bands(window)[first.id].rect().left() < bands(window)[second.id].rect().left()
    assert move_scene(bridge, second.id, -1)
    assert tree_rows(window)[0][1][0].startswith("Scene 2")
    assert bands(window)[second.id].rect().left() < bands(window)[first.id].rect().left()
    assert board_codes(window)[0] == "2-01" and bridge.undo_stack.undoText() == "Move Scene 2 Up"
    assert not move_scene(bridge, second.id, -1)  # already first
    bridge.undo_stack.undo()
    assert tree_rows(window)[0][1][0].startswith("Scene 1") and board_codes(window)[0] == "1-01"


def test_a_new_episode_starts_with_scene_1_and_is_shown(window, qtbot):
    bridge = window.bridge
    dialog = open_episode_dialog(bridge, window)
    assert isinstance(dialog, EpisodeDialog)
    activate(qtbot, dialog)
    assert dialog.number.value() == 3 and QApplication.focusWidget() is dialog.number
    tab_to(qtbot, dialog, dialog.title)
    commit(dialog.title, "真相")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    episode = bridge.episode
    assert (episode.number, episode.title, [s.code for s in episode.scenes]) == (3, "真相", ["1"])
    assert tree_rows(window)[-1] == ("Episode 3 · 真相", ["Scene 1"])
    assert bridge.undo_stack.undoText() == "Add Episode 3"
    dialog = scene_dialog(qtbot, window)
    assert dialog.code.text() == "2" and dialog.episode is episode
    dialog.reject()
    bridge.undo_stack.undo()
    assert len(bridge.project.episodes) == 2 and bridge.episode.number == 1


def test_an_episode_number_in_use_is_refused(window, qtbot):
    dialog = open_episode_dialog(window.bridge, window, episode_id=window.bridge.project.episodes[1].id)
    activate(qtbot, dialog)
    retype(qtbot, dialog.number, "1")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.number_problem.text() == "There is already an episode 1."
    assert window.bridge.undo_stack.count() == 0
    retype(qtbot, dialog.number, "7")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.bridge.project.episodes[1].number == 7


def test_moving_an_episode_trades_numbers_and_rows(window):
    bridge = window.bridge
    second = bridge.project.episodes[1]
    assert move_episode(bridge, second.id, -1)
    assert [row[0] for row in tree_rows(window)] == [f"Episode 1 · {second.title}",
                                                    f"Episode 2 · {bridge.project.episodes[1].title}"]
    assert bridge.undo_stack.undoText() == "Move Episode 2 Up"
    bridge.undo_stack.undo()
    assert tree_rows(window)[1][0] == f"Episode 2 · {second.title}"


def test_deleting_an_episode_asks_then_removes_it_with_its_shots(window, monkeypatch):
    bridge = window.bridge
    episode = bridge.project.episodes[0]
    asked: list[str] = []
    monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete",
                        lambda parent, title, question, detail: asked.append(question) or True)
    assert delete_episode(bridge, window, episode.id)
    assert asked == [f"Delete episode 1 and its {len(episode.shots)} shots?"]
    assert [row[0] for row in tree_rows(window)] == [f"Episode 2 · {bridge.project.episodes[0].title}"]
    assert bridge.episode is bridge.project.episodes[0] and board_codes(window)[0] == "1-01"
    bridge.undo_stack.undo()
    assert len(tree_rows(window)) == 2


def test_number_boxes_ignore_the_wheel_until_focused(window, qtbot):
    dialog = scene_dialog(qtbot, window)
    day = dialog.story_day.value()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(dialog.story_day, wheel)
    QApplication.sendEvent(dialog.time_of_day, wheel)
    assert dialog.story_day.value() == day and dialog.time_of_day.currentIndex() == 0
    dialog.story_day.setFocus()
    QApplication.sendEvent(dialog.story_day, wheel)
    assert dialog.story_day.value() == day + 1


def test_every_field_has_a_mnemonic(window, qtbot):
    dialog = scene_dialog(qtbot, window)
    for key, field in ((Qt.Key.Key_L, dialog.location), (Qt.Key.Key_D, dialog.story_day),
                       (Qt.Key.Key_S, dialog.cast.list), (Qt.Key.Key_X, dialog.extras), (Qt.Key.Key_O, dialog.notes),
                       (Qt.Key.Key_H, dialog.heading), (Qt.Key.Key_C, dialog.code)):
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        assert focused is field or field.isAncestorOf(focused), (key, focused)


def test_the_dialogs_fit_a_small_laptop_screen(window, qtbot):
    for dialog in (scene_dialog(qtbot, window), open_episode_dialog(window.bridge, window)):
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700, hint
        dialog.reject()


def test_a_location_or_character_typed_as_one_that_exists_is_that_one(window, qtbot):
    bridge = window.bridge
    location, character = bridge.project.locations[0], bridge.project.characters[0]
    locations, characters = len(bridge.project.locations), len(bridge.project.characters)
    dialog = scene_dialog(qtbot, window)
    dialog.location.setEditText(f" {location.name} ")
    dialog.cast.add_name(character.name)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    scene = bridge.episode.scenes[-1]
    assert scene.location_id == location.id and scene.cast == [character.id]
    assert (len(bridge.project.locations), len(bridge.project.characters)) == (locations, characters)


def test_ok_on_an_unchanged_scene_adds_no_undo_step(window, qtbot):
    dialog = scene_dialog(qtbot, window, scene_id=window.bridge.episode.scenes[0].id)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert not dialog.isVisible() and window.bridge.undo_stack.count() == 0


def test_deleting_a_scene_of_one_shot_says_so(window, qtbot, monkeypatch):
    assert window.files.new_project()
    bridge = window.bridge
    scene = bridge.episode.scenes[0]
    assert bridge.push(AddShot(bridge.episode.id, Shot(id="only", code="1", scene_id=scene.id)))
    asked: list[str] = []
    monkeypatch.setattr("shotgraph.ui.structure.confirm.ask_to_delete",
                        lambda parent, title, question, detail: asked.append(question) or True)
    assert delete_scene(bridge, window, scene.id)
    assert asked == ["Delete scene 1 of episode 1 and its shot?"] and bridge.episode.scenes == []
    assert tree_rows(window) == [("Episode 1", [])] and board_codes(window) == []
