"""The Schedule tab: a stripboard of the demo's days; drags are single undo steps that pin; Plan Days fills the rest."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from shotgraph.core.edits import SetMode
from shotgraph.core.model import Mode
from shotgraph.ui.schedule.column import SETUPS, SHOTS, StripTree, payload


def _drop(tree: StripTree, kind: str, ids: list[str], item=None, below: bool = False) -> None:
    """A real drop event on the tree, over ``item`` (its upper or lower half) or its empty space."""
    if item is None:
        last = tree.visualItemRect(tree.topLevelItem(tree.topLevelItemCount() - 1))
        point = QPointF(20, last.bottom() + 4)
        assert point.y() < tree.viewport().height() and tree.itemAt(point.toPoint()) is None
    else:
        rect = tree.visualItemRect(item)
        point = QPointF(rect.center().x(), rect.bottom() - 2 if below else rect.top() + 2)
    data = payload(kind, ids)
    event = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)


@pytest.fixture
def board(window, qtbot):
    """The Schedule tab shown in a window tall enough for every strip of the demo."""
    window.resize(1600, 1400)
    window.tabs.setCurrentWidget(window.schedule)
    qtbot.waitUntil(lambda: window.schedule.unscheduled.strips.viewport().height() > 400)
    return window.schedule


def _unscheduled_live(project) -> set[str]:
    placed = {i for day in project.days for setup in day.setups for i in setup.shot_ids}
    return {s.id for e in project.episodes for s in e.shots if s.mode is not Mode.AI and s.id not in placed}


def _setup_ids(tree: StripTree) -> list[str]:
    return [tree.topLevelItem(k).data(0, Qt.ItemDataRole.UserRole) for k in range(tree.topLevelItemCount())]


def test_board_shows_each_day_and_the_unscheduled_shots(window, board):
    window.tabs.setCurrentWidget(board)
    assert list(board.columns) == ["day_1", "day_2"]
    assert "Day 1 of 2" in board.columns["day_1"].title.text()
    assert "of 12 h" in board.columns["day_1"].length.text()
    assert board.unscheduled.strips.topLevelItemCount() == len(_unscheduled_live(window.bridge.project)) == 9
    first = board.columns["day_1"].strips.topLevelItem(0).text(0)
    assert "EXT D" in first and "[LIVE]" in first and "cast 1" in first
    assert board.plan_button.accessibleName() and board.unscheduled.strips.accessibleName()


def _plan(qtbot, board) -> None:
    """Plan Days… with what the dialog suggests."""
    qtbot.mouseClick(board.plan_button, Qt.MouseButton.LeftButton)
    dialog = board.operations.dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_plan_days_schedules_episode_two_in_one_undo_step(window, board, qtbot):
    stack = window.bridge.undo_stack
    _plan(qtbot, board)
    assert not _unscheduled_live(window.bridge.project)
    assert board.unscheduled.strips.topLevelItemCount() == 0
    assert len(board.columns) == 3 and "Day 3 of 3" in list(board.columns.values())[-1].title.text()
    assert "9" in board.status.text()
    stack.undo()
    assert len(_unscheduled_live(window.bridge.project)) == 9 and len(board.columns) == 2
    _plan(qtbot, board)
    planned_dates = sorted(day.date for day in window.bridge.project.days)
    assert planned_dates[-1] > dt.date(2026, 12, 3)


def test_dropping_an_unscheduled_shot_on_a_setup_pins_it_and_undoes_in_one_step(window, board):
    stack = window.bridge.undo_stack
    shot_id = board.unscheduled.strips.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    tree = board.columns["day_1"].strips
    target = tree.topLevelItem(2)
    setup_id = target.data(0, Qt.ItemDataRole.UserRole)
    count = stack.count()
    _drop(tree, SHOTS, [shot_id], target)
    setup = window.bridge.document.setup(setup_id)
    assert shot_id in setup.shot_ids and setup.pinned
    assert stack.count() == count + 1
    assert "pinned" in board.columns["day_1"].strips.topLevelItem(2).text(0)
    stack.undo()
    assert shot_id not in window.bridge.document.setup(setup_id).shot_ids
    assert not window.bridge.document.setup(setup_id).pinned


def test_dropping_shots_on_a_days_empty_space_makes_a_new_pinned_setup(window, board):
    shot_ids = [board.unscheduled.strips.topLevelItem(k).data(0, Qt.ItemDataRole.UserRole) for k in range(2)]
    tree = board.columns["day_2"].strips
    before = tree.topLevelItemCount()
    _drop(tree, SHOTS, shot_ids)
    day = window.bridge.document.day("day_2")
    assert len(day.setups) == before + 1 and day.setups[-1].shot_ids == shot_ids and day.setups[-1].pinned
    assert board.unscheduled.strips.topLevelItemCount() == 7


def test_dragging_a_setup_to_another_day_and_reordering_it(window, board):
    day_1, day_2 = board.columns["day_1"].strips, board.columns["day_2"].strips
    moving = _setup_ids(day_1)[0]
    _drop(day_2, SETUPS, [moving], day_2.topLevelItem(0))
    assert _setup_ids(day_2)[0] == moving and moving not in _setup_ids(day_1)
    assert window.bridge.document.setup(moving).pinned
    _drop(day_2, SETUPS, [moving], day_2.topLevelItem(2), below=True)
    assert _setup_ids(day_2)[2] == moving
    window.bridge.undo_stack.undo()
    window.bridge.undo_stack.undo()
    assert _setup_ids(day_1)[0] == moving


def test_dropping_a_setup_on_unscheduled_takes_its_shots_off_the_schedule(window, board):
    tree = board.columns["day_1"].strips
    setup_id = _setup_ids(tree)[0]
    shots = list(window.bridge.document.setup(setup_id).shot_ids)
    _drop(board.unscheduled.strips, SETUPS, [setup_id])
    assert set(shots) <= _unscheduled_live(window.bridge.project)
    assert setup_id not in _setup_ids(board.columns["day_1"].strips)


def test_an_overlong_day_is_marked_red_with_words(window, board):
    from shotgraph.core.edits.project import UpdateProjectSettings

    assert not board.columns["day_2"].over
    assert window.bridge.push(UpdateProjectSettings({"planning": {**window.bridge.project.planning.model_dump(),
                                                                  "max_day_hours": 6.0}}))
    column = board.columns["day_2"]
    assert column.over and "over by" in column.length.text() and "c62828" in column.length.styleSheet()


def test_dragging_a_strip_carries_its_setup_and_a_shot_row_carries_the_shot(window, board):
    from shotgraph.ui.schedule.column import read_payload

    tree = board.columns["day_1"].strips
    strip = tree.topLevelItem(0)
    assert read_payload(tree.mimeData([strip])) == (SETUPS, [_setup_ids(tree)[0]])
    shot_row = strip.child(0)
    assert read_payload(tree.mimeData([shot_row])) == (SHOTS, [shot_row.data(0, Qt.ItemDataRole.UserRole)])
    assert all(column.strips.accessibleName() for column in board.columns.values())


def test_an_edit_made_in_another_tab_shows_when_the_schedule_tab_opens(window, qtbot):
    """The board is filled when it is shown, not on every edit made while it is hidden."""
    window.tabs.setCurrentWidget(window.canvas)
    live = next(s for e in window.project.episodes for s in e.shots if s.id in _unscheduled_live(window.project))
    window.bridge.push(SetMode([live.id], Mode.AI))
    window.tabs.setCurrentWidget(window.schedule)
    qtbot.waitUntil(lambda: window.schedule.unscheduled.strips.topLevelItemCount() == 8)
