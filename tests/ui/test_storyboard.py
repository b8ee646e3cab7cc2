"""The Storyboard tab as a director uses it: panels in cut order, selection shared with the other
views, drag and keyboard reordering as one undo step, and edits refreshing only their panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from shotgraph.core.edits import DuplicateShot, RemoveShots, UpdateShot
from shotgraph.core.graph import episode_order
from shotgraph.ui.storyboard.roles import BadgeRole


@pytest.fixture
def grid(window):
    window.tabs.setCurrentWidget(window.grid)
    window.resize(1400, 900)
    QApplication.processEvents()
    return window.grid


def codes_in_cut_order(window) -> list[str]:
    return [shot.code for shot in episode_order(window.bridge.episode)]


def panel_codes(grid) -> list[str]:
    model = grid.model()
    return [model.shot(row).code for row in range(model.rowCount())]


def click(qtbot, grid, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = grid.visualRect(grid.model().index(row, 0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def drop_on_viewport(grid, data, pos: QPointF) -> None:
    """Drag ``data`` in over the panels and let go at ``pos``, as the window system delivers it."""
    args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(pos.toPoint(), *args), QDragMoveEvent(pos.toPoint(), *args), QDropEvent(pos, *args)):
        QApplication.sendEvent(grid.viewport(), event)


def test_panels_show_the_episode_in_cut_order_with_their_codes(grid, window):
    assert panel_codes(grid) == codes_in_cut_order(window)
    for row, shot in enumerate(episode_order(window.bridge.episode)):
        assert grid.model().index(row, 0).data().startswith(shot.code)


def test_a_panel_carries_and_paints_its_description_and_dialogue(grid, window):
    model = grid.model()
    row = next(r for r in range(model.rowCount()) if model.shot(r).dialogue and model.shot(r).description)
    shot = model.shot(row)
    text = model.index(row, 0).data()
    assert shot.description in text and shot.dialogue in text
    rect = grid.visualRect(model.index(row, 0))
    lower_half = rect.adjusted(0, rect.height() * 2 // 3, 0, 0)
    with_text = grid.viewport().grab(lower_half).toImage()
    window.bridge.push(UpdateShot(shot.id, {"description": "", "dialogue": ""}))
    QApplication.processEvents()
    without_text = grid.viewport().grab(lower_half).toImage()
    assert with_text != without_text


def test_ctrl_clicked_panels_become_the_bridge_selection_and_back(qtbot, grid, window):
    click(qtbot, grid, 1)
    click(qtbot, grid, 4, Qt.KeyboardModifier.ControlModifier)
    model = grid.model()
    assert set(window.bridge.selected) == {model.shot(1).id, model.shot(4).id}
    window.bridge.select([model.shot(6).id, model.shot(2).id])
    assert sorted(index.row() for index in grid.selectedIndexes()) == [2, 6]
    assert grid.currentIndex().row() == 6


def test_dragging_two_panels_later_rewrites_the_cut_in_one_undo_step(qtbot, grid, window):
    before = codes_in_cut_order(window)
    click(qtbot, grid, 0)
    click(qtbot, grid, 1, Qt.KeyboardModifier.ShiftModifier)
    model = grid.model()
    data = model.mimeData(grid.selectedIndexes())
    target = grid.visualRect(model.index(4, 0))
    steps = window.bridge.undo_stack.count()
    drop_on_viewport(grid, data, QPointF(target.right() - 10, target.center().y()))
    assert codes_in_cut_order(window) == [*before[2:5], *before[:2], *before[5:]]
    assert panel_codes(grid) == codes_in_cut_order(window)
    assert window.bridge.undo_stack.count() == steps + 1
    assert sorted(i.row() for i in grid.selectedIndexes()) == [3, 4]
    window.bridge.undo_stack.undo()
    assert codes_in_cut_order(window) == before
    assert panel_codes(grid) == before


def test_dropping_panels_through_the_model_moves_them_before_the_target(grid, window):
    before = codes_in_cut_order(window)
    model = grid.model()
    data = model.mimeData([model.index(6, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(2, 0))
    assert codes_in_cut_order(window) == [*before[:2], before[6], *before[2:6], *before[7:]]
    window.bridge.undo_stack.undo()
    assert codes_in_cut_order(window) == before


def test_dropping_panels_where_they_are_changes_nothing(grid, window):
    model = grid.model()
    steps = window.bridge.undo_stack.count()
    assert not model.dropMimeData(model.mimeData([model.index(3, 0)]), Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert window.bridge.undo_stack.count() == steps


def test_ctrl_shift_arrows_move_the_selected_panels_one_place(qtbot, grid, window):
    before = codes_in_cut_order(window)
    click(qtbot, grid, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert codes_in_cut_order(window) == [*before[:2], before[4], before[2], before[3], *before[5:]]
    assert {s.code for s in window.bridge.selected_shots()} == {before[2], before[3]}
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert codes_in_cut_order(window) == before
    window.bridge.undo_stack.undo()
    window.bridge.undo_stack.undo()
    assert codes_in_cut_order(window) == before


def test_arrows_home_end_and_enter_pick_the_current_shot(qtbot, grid, window):
    click(qtbot, grid, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert window.bridge.current_shot.code == panel_codes(grid)[1]
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert window.bridge.current_shot.code == panel_codes(grid)[-1]
    qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.current_shot.code == panel_codes(grid)[-1]
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert [s.code for s in window.bridge.selected_shots()] == [panel_codes(grid)[1]]


def test_shift_arrows_extend_the_selection(qtbot, grid, window):
    click(qtbot, grid, 3)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert {s.code for s in window.bridge.selected_shots()} == set(panel_codes(grid)[3:6])


def test_a_description_edit_refreshes_only_its_panel(grid, window):
    model = grid.model()
    counts = {"data": [], "reset": 0, "layout": 0}
    model.dataChanged.connect(lambda top, bottom, *_: counts["data"].append((top.row(), bottom.row())))
    model.modelReset.connect(lambda: counts.__setitem__("reset", counts["reset"] + 1))
    model.layoutChanged.connect(lambda *_: counts.__setitem__("layout", counts["layout"] + 1))
    shot = model.shot(5)
    window.bridge.push(UpdateShot(shot.id, {"description": "雨夜，林晚独自站在码头。"}))
    assert counts == {"data": [(5, 5)], "reset": 0, "layout": 0}
    assert "雨夜，林晚独自站在码头。" in model.index(5, 0).data()


def test_a_duplicated_shot_is_inserted_after_its_original_and_removed_on_undo(grid, window):
    model = grid.model()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    original = model.shot(3)
    window.bridge.push(DuplicateShot(original.id))
    assert model.rowCount() == len(window.bridge.episode.shots)
    assert panel_codes(grid) == codes_in_cut_order(window)
    assert model.shot(4).description == original.description
    window.bridge.undo_stack.undo()
    assert panel_codes(grid) == codes_in_cut_order(window)
    window.bridge.push(RemoveShots([original.id]))
    assert original.code not in panel_codes(grid)
    assert resets == []


def test_panels_show_the_findings_badge_of_their_shot(grid, window):
    model = grid.model()
    badged = [r for r in range(model.rowCount()) if window.badges.badge(model.shot(r).id)]
    assert badged, "the demo has shots with findings"
    for row in range(model.rowCount()):
        assert model.index(row, 0).data(BadgeRole) == window.badges.badge(model.shot(row).id)
    changed = []
    model.dataChanged.connect(lambda top, *_: changed.append(top.row()))
    window.badges.badges_changed.emit({model.shot(badged[0]).id})
    assert changed == [badged[0]]
