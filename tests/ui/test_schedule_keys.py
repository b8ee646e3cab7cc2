"""The Schedule tab by keyboard and in step with the other views: selection, Tab order, moves from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from shotgraph.ui.schedule.column import ID_ROLE, StripTree


@pytest.fixture
def board(window, qtbot):
    window.resize(1600, 1200)
    window.tabs.setCurrentWidget(window.schedule)
    qtbot.waitUntil(lambda: window.schedule.columns["day_1"].strips.viewport().height() > 300)
    return window.schedule


def _click(qtbot, tree: StripTree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def _entry(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _setup_shots(window, tree: StripTree, row: int) -> list[str]:
    return list(window.bridge.document.setup(tree.topLevelItem(row).data(0, ID_ROLE)).shot_ids)


def test_clicking_a_shot_row_shows_it_in_the_inspector_and_selects_its_card(window, board, qtbot):
    tree = board.columns["day_1"].strips
    strip = tree.topLevelItem(0)
    strip.setExpanded(True)
    row = strip.child(0)
    shot_id = row.data(0, ID_ROLE)
    _click(qtbot, tree, row)
    assert window.bridge.selected == (shot_id,)
    shot = window.bridge.document.shot(shot_id)
    assert shot.code in window.details.header.text()
    assert window.canvas.graph_scene.cards[shot_id].isSelected()


def test_clicking_a_strip_selects_all_its_shots_and_arrows_move_to_the_next(window, board, qtbot):
    tree = board.columns["day_2"].strips
    _click(qtbot, tree, tree.topLevelItem(0))
    assert set(window.bridge.selected) == set(_setup_shots(window, tree, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert set(window.bridge.selected) == set(_setup_shots(window, tree, 1))
    cards = window.canvas.graph_scene.cards
    assert all(cards[s].isSelected() for s in window.bridge.selected if s in cards)


def test_a_strip_in_another_day_takes_over_the_selection(window, board, qtbot):
    first, second = board.columns["day_1"].strips, board.columns["day_2"].strips
    _click(qtbot, first, first.topLevelItem(0))
    _click(qtbot, second, second.topLevelItem(1))
    assert not first.selectedItems() and set(window.bridge.selected) == set(_setup_shots(window, second, 1))


def test_shots_selected_elsewhere_highlight_their_strips(window, board, qtbot):
    tree = board.columns["day_2"].strips
    whole = _setup_shots(window, tree, 2)
    window.bridge.select(whole)
    assert tree.topLevelItem(2).isSelected() and tree.currentItem() is tree.topLevelItem(2)
    assert board.columns["day_1"].strips.selectedItems() == []
    pooled = board.unscheduled.strips.topLevelItem(3)
    window.bridge.select([pooled.data(0, ID_ROLE)])
    assert pooled.isSelected() and not tree.selectedItems()


def test_a_shot_selected_while_the_tab_is_hidden_is_highlighted_when_it_shows(window, board, qtbot):
    tree = board.columns["day_1"].strips
    window.tabs.setCurrentWidget(window.canvas)
    shot_id = tree.topLevelItem(1).child(0).data(0, ID_ROLE)
    window.bridge.select([shot_id])
    window.tabs.setCurrentWidget(board)
    assert [item.data(0, ID_ROLE) for item in tree.selectedItems()] in ([shot_id],
                                                                        [tree.topLevelItem(1).data(0, ID_ROLE)])


def test_tab_goes_from_the_plan_button_through_each_day_heading_and_its_strips(window, board, qtbot):
    board.plan_button.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    day_1, day_2 = board.columns["day_1"], board.columns["day_2"]
    assert order == [board.unscheduled.strips, day_1.header, day_1.strips, day_2.header, day_2.strips]


def test_a_strip_moves_to_another_day_by_keyboard_alone(window, board, qtbot):
    tree = board.columns["day_1"].strips
    tree.setFocus()  # the first strip becomes current
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    moving = tree.currentItem().data(0, ID_ROLE)
    assert moving == tree.topLevelItem(1).data(0, ID_ROLE)
    qtbot.keyClick(tree, Qt.Key.Key_Menu)
    menu = board.menus.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions() if a.text()][:3] == ["&Unschedule", "&Move to Day", "&Select in Graph"]
    submenu = _entry(menu, "Move to Day").menu()
    assert [a.text() for a in submenu.actions()] == ["Day &2 · 2026-12-03"]  # not its own day
    count = window.bridge.undo_stack.count()
    qtbot.keyClick(menu, Qt.Key.Key_M)  # the submenu's mnemonic opens it
    qtbot.waitUntil(submenu.isVisible)
    qtbot.keyClick(submenu, Qt.Key.Key_2)
    day_2 = window.bridge.document.day("day_2")
    assert day_2.setups[-1].id == moving and day_2.setups[-1].pinned
    assert window.bridge.undo_stack.count() == count + 1
    assert QApplication.focusWidget() is board.columns["day_2"].strips
    assert board.columns["day_2"].strips.currentItem().data(0, ID_ROLE) == moving


def test_unschedule_from_the_strip_menu_and_schedule_from_the_pool(window, board, qtbot):
    tree = board.columns["day_2"].strips
    _click(qtbot, tree, tree.topLevelItem(0))
    shots = set(window.bridge.selected)
    board._on_strips_menu_requested(tree, QPoint(0, 0), True)
    _entry(board.menus.menu, "Unschedule").trigger()
    pool = board.unscheduled.strips
    pooled = {pool.topLevelItem(k).data(0, ID_ROLE) for k in range(pool.topLevelItemCount())}
    assert shots <= pooled
    _click(qtbot, pool, pool.topLevelItem(0))
    shot_id = window.bridge.selected[0]
    board._on_strips_menu_requested(pool, QPoint(0, 0), True)
    menu = board.menus.menu
    assert "Unschedule" not in [a.text().replace("&", "") for a in menu.actions()]
    _entry(_entry(menu, "Move to Day").menu(), "Day 1 · 2026-12-02").trigger()
    assert shot_id in window.bridge.document.day("day_1").setups[-1].shot_ids


def test_select_in_graph_brings_the_graph_forward_on_the_shots(window, board, qtbot):
    tree = board.columns["day_1"].strips
    _click(qtbot, tree, tree.topLevelItem(0))
    board._on_strips_menu_requested(tree, QPoint(0, 0), True)
    _entry(board.menus.menu, "Select in Graph").trigger()
    assert window.tabs.currentWidget() is window.canvas
    cards = window.canvas.graph_scene.cards
    assert window.bridge.selected and all(cards[s].isSelected() for s in window.bridge.selected)


def test_shot_commands_from_elsewhere_join_the_strip_menu(window, board, qtbot):
    seen = []
    board.menus.shot_menu_fillers.append(lambda menu, ids: (seen.append(ids), menu.addAction("Extra")))
    tree = board.columns["day_1"].strips
    _click(qtbot, tree, tree.topLevelItem(0))
    menu = board.menus.strip_menu(tree)
    assert menu.actions()[-1].text() == "Extra" and seen == [list(window.bridge.selected)]


def test_a_strip_menu_shows_the_editors_own_shot_commands(window, board, qtbot):
    tree = board.columns["day_1"].strips
    _click(qtbot, tree, tree.topLevelItem(0))
    shots = set(window.bridge.selected)
    menu = board.menus.strip_menu(tree)
    edit_menu = {action.objectName(): action for action in window.edit_menu.actions()}
    strip = {action.objectName(): action for action in menu.actions() if action.objectName()}
    assert strip["duplicate"] is edit_menu["duplicate"] and strip["delete"] is edit_menu["delete"]
    strip["duplicate"].trigger()
    assert len(window.bridge.selected) == len(shots) and not set(window.bridge.selected) & shots


def test_the_empty_space_of_a_day_opens_the_day_menu(window, board, qtbot):
    tree = board.columns["day_2"].strips
    board._on_strips_menu_requested(tree, QPoint(0, 0), False)
    assert _entry(board.menus.menu, "Edit Day…")


def test_a_menu_the_system_opens_from_the_keyboard_is_for_the_current_strip(window, board, qtbot):
    from PySide6.QtGui import QContextMenuEvent

    tree = board.columns["day_2"].strips
    _click(qtbot, tree, tree.topLevelItem(1))
    far_below = QPoint(10, tree.viewport().height() - 2)  # empty space, where the mouse happens to be
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, far_below,
                                                              tree.viewport().mapToGlobal(far_below)))
    assert _entry(board.menus.menu, "Unschedule")
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, far_below,
                                                              tree.viewport().mapToGlobal(far_below)))
    assert _entry(board.menus.menu, "Edit Day…")


def test_tabbing_to_a_day_out_of_sight_scrolls_it_into_view(window, qtbot):
    window.resize(900, 700)
    window.tabs.setCurrentWidget(window.schedule)
    board = window.schedule
    header = board.columns["day_2"].header
    qtbot.waitUntil(lambda: board.columns["day_1"].header.isVisible())
    assert header.visibleRegion().isEmpty()
    board.columns["day_1"].strips.setFocus()
    qtbot.keyClick(board.columns["day_1"].strips, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is header
    qtbot.waitUntil(lambda: not header.visibleRegion().isEmpty())
