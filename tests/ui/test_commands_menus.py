"""Context menus of every view show the very actions of the Edit and Project menus, open from the
mouse, the Menu key and Shift+F10, and act on the item they were opened on."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from shotgraph.core.graph import episode_order
from shotgraph.ui.main_window import MainWindow
from shotgraph.ui.storyboard.roles import ShotRole
from shotgraph.ui.structure import SceneDialog


def code_of(window, code: str) -> str:
    return next(shot.id for shot in window.bridge.episode.shots if shot.code == code)


def named(menu) -> dict:
    return {action.objectName(): action for action in menu.actions() if action.objectName()}


def right_click(widget, at: QPoint):
    """A right-click as the window system delivers it: a context menu event on the widget."""
    target = widget.viewport()
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, target.mapToGlobal(at)))
    return widget.context_menu


def card_point(canvas, shot_id: str) -> QPoint:
    card = canvas.graph_scene.cards[shot_id]
    centre = card.mapToScene(card.card_rect().center())
    canvas.centerOn(centre)
    return canvas.mapFromScene(centre)


def test_card_panel_and_edit_menu_show_the_same_actions(window):
    shot_id = code_of(window, "1-04")
    card_menu = right_click(window.canvas, card_point(window.canvas, shot_id))
    assert window.bridge.selected == (shot_id,)
    panel_menu = right_click(window.grid, window.grid.visualRect(window.grid.storyboard().index(3, 0)).center())
    edit = named(window.edit_menu)
    for name in ("cut", "copy", "paste", "duplicate", "delete", "add_shot", "add_shot_before"):
        assert named(card_menu)[name] is named(panel_menu)[name] is edit[name], name
    assert {"set_mode", "add_plate"} <= set(named(card_menu)) & set(named(panel_menu))
    card_menu.close()
    panel_menu.close()


def test_a_right_click_outside_the_selection_selects_the_item_first(window):
    kept = [code_of(window, "1-01"), code_of(window, "1-02")]
    window.bridge.select(kept)
    other = window.grid.storyboard().index(5, 0)
    menu = right_click(window.grid, window.grid.visualRect(other).center())
    clicked = other.data(ShotRole)
    assert window.bridge.selected == (clicked,)
    named(menu)["delete"].trigger()
    shots = {shot.id for shot in window.bridge.episode.shots}
    assert clicked not in shots and set(kept) <= shots and len(shots) == 23


def test_the_empty_canvas_of_a_new_project_offers_add_shot(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    assert window.files.new_project()
    menu = right_click(window.canvas, QPoint(20, 20))
    assert set(named(menu)) == {"add_shot", "add_scene", "paste"}
    named(menu)["add_shot"].trigger()
    assert [shot.code for shot in window.bridge.episode.shots] == ["1-1"]
    assert window.bridge.selected == (window.bridge.episode.shots[0].id,)


def test_a_scene_band_menu_adds_at_the_end_of_its_scene_and_moves_it(window):
    canvas, first = window.canvas, window.canvas.graph_scene.cards[code_of(window, "2-03")]
    band_point = first.mapToScene(first.card_rect().topLeft()) - QPoint(0, 14)
    canvas.centerOn(band_point)
    menu = right_click(canvas, canvas.mapFromScene(band_point))
    scene_2 = window.bridge.episode.scenes[1]
    assert window.bridge.current_scene is scene_2
    assert {"edit_scene", "move_scene_up", "move_scene_down", "delete_scene", "paste"} <= set(named(menu))
    named(menu)["add_shot"].trigger()
    order = [shot.code for shot in episode_order(window.bridge.episode)]
    assert order[order.index("2-05") + 1] == "2-06"
    window.bridge.choose_scene(scene_2.id)
    window.commands.action("move_scene_down").trigger()
    assert window.bridge.episode.scenes[2] is scene_2
    assert window.bridge.undo_stack.count() == 2


def test_tree_items_offer_their_episode_and_scene_commands(window):
    tree = window.tree
    episode_item = tree.topLevelItem(1)
    menu = right_click(tree, tree.visualItemRect(episode_item).center())
    assert window.bridge.episode_id == window.project.episodes[1].id and window.bridge.selected == ()
    assert list(named(menu)) == ["add_scene", "edit_episode", "move_episode_up", "move_episode_down",
                                 "delete_episode", "add_episode"]
    named(menu)["add_scene"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SceneDialog) and w.isVisible())
    dialog.reject()
    scene_item = tree.topLevelItem(0).child(2)
    menu = right_click(tree, tree.visualItemRect(scene_item).center())
    assert list(named(menu)) == ["add_shot", "edit_scene", "move_scene_up", "move_scene_down", "delete_scene"]
    assert named(menu)["add_shot"] is window.commands.action("add_shot")
    named(menu)["move_scene_up"].trigger()
    assert [scene.code for scene in window.bridge.episode.scenes] == ["1", "3", "2", "4"]


def test_menu_key_and_shift_f10_open_the_focused_items_menu(window, qtbot):
    window.grid.setFocus()
    window.grid.select_shot(code_of(window, "2-02"))
    qtbot.keyClick(window.grid, Qt.Key.Key_Menu)
    menu = window.grid.context_menu
    assert menu is not None and menu.isVisible() and menu.accessibleName() == "Panel menu"
    assert window.bridge.selected == (code_of(window, "2-02"),)
    menu.close()
    window.tree.setFocus()
    window.tree.setCurrentItem(window.tree.topLevelItem(0).child(0))
    qtbot.keyClick(window.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert window.tree.context_menu.isVisible() and "edit_scene" in named(window.tree.context_menu)
    window.tree.context_menu.close()
    window.canvas.setFocus()
    window.bridge.select([code_of(window, "1-05")])
    qtbot.keyClick(window.canvas, Qt.Key.Key_Menu)
    assert window.canvas.context_menu.accessibleName() == "Shot menu"
    window.canvas.context_menu.close()


def test_the_plate_picker_lists_only_shots_that_can_be_plates_with_their_mode(window):
    target = code_of(window, "1-03")  # 1-02 already supplies its plate
    window.bridge.select([target])
    picker = window.commands.action("add_plate").menu()
    picker.aboutToShow.emit()
    labels = [action.text() for action in picker.actions()]
    assert "1-04 · Live" in labels and not any(label.startswith(("1-02 ", "1-03 ")) for label in labels)
    assert len(labels) == len(window.bridge.episode.shots) - 2


def test_the_menu_key_through_the_window_opens_one_menu_at_the_focused_panel(window, qtbot):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu
    window.activateWindow()
    window.tabs.setCurrentWidget(window.grid)
    window.grid.setFocus()
    window.grid.select_shot(code_of(window, "3-03"))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Menu)
    menus = [menu for menu in window.grid.findChildren(QMenu) if menu.isVisible()]
    assert len(menus) == 1 and menus[0].accessibleName() == "Panel menu"
    panel = window.grid.visualRect(window.grid.currentIndex())
    assert panel.contains(window.grid.viewport().mapFromGlobal(menus[0].pos()))
    menus[0].close()
