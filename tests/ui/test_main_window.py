"""The first editor window, driven as a user would: open the demo, pick an episode, pick a shot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """The texts of the error boxes the window shows, instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text))
    return shown


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_window_is_titled_with_the_project(window):
    assert "霓虹之下" in window.windowTitle()


def test_tree_lists_both_episodes_with_their_scenes(window):
    tree = window.tree
    assert tree.topLevelItemCount() == 2
    assert tree.topLevelItem(0).text(0) == "Episode 1 · 失踪的渡船"
    assert tree.topLevelItem(1).childCount() == len(window.project.episodes[1].scenes)


def test_selecting_an_episode_fills_the_grid_with_its_shots(qtbot, window):
    tree = window.tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(tree.topLevelItem(1)).center())
    shots = window.project.episodes[1].shots
    model = window.grid.model()
    assert model.rowCount() == len(shots)
    assert model.index(0, 0).data().startswith(shots[0].code)
    qtbot.waitUntil(lambda: not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull())


def test_selecting_a_scene_selects_its_shots(qtbot, window):
    tree = window.tree
    scene_item = tree.topLevelItem(0).child(2)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(scene_item).center())
    episode = window.project.episodes[0]
    expected = [s.code for s in episode.shots if s.scene_id == episode.scenes[2].id]
    model = window.grid.model()
    selected = sorted(index.row() for index in window.grid.selectedIndexes())
    assert [model.shot(row).code for row in selected] == expected
    assert [s.code for s in window.bridge.selected_shots()] == expected


def test_selecting_a_shot_shows_its_description(qtbot, window):
    click_row(qtbot, window.grid, 2)
    shot = window.project.episodes[0].shots[2]
    form = window.details.form
    assert form.description.toPlainText() == shot.description
    assert form.dialogue.toPlainText() == shot.dialogue
    assert form.mode.currentText() == "Hybrid"


def test_a_corrupt_project_shows_the_error_instead_of_raising(tmp_path, window, errors):
    broken = tmp_path / "broken.shotgraph"
    broken.write_text('{"schema_version": 1, "id": ', encoding="utf-8")
    assert not window.open_project(broken)
    assert len(errors) == 1 and "broken.shotgraph" in errors[0]
    assert "霓虹之下" in window.windowTitle()


def test_the_window_renders_with_the_demo_open(tmp_path, qtbot, window):
    window.resize(1400, 900)
    click_row(qtbot, window.grid, 2)
    picture = window.grab()
    assert (picture.width(), picture.height()) == (1400, 900)
    assert picture.save(str(tmp_path / "window.png"))
