"""Which commands each menu shows, by name; every view fills its context menus from these lists.

Context menus open with a right-click, the Menu key or Shift+F10; a view first makes the item
under the menu its selection (as file managers do), so the commands act on that item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent

from .registry import SEPARATOR as _

EDIT_MENU = ("cut", "copy", "paste", "duplicate", "delete", _, "add_shot", "add_shot_before")
PROJECT_MENU = ("add_episode", "edit_episode", "move_episode_up", "move_episode_down", "delete_episode", _,
                "add_scene", "edit_scene", "move_scene_up", "move_scene_down", "delete_scene")

SHOT_MENU = ("add_shot", "add_shot_before", _, "cut", "copy", "paste", "duplicate", "delete", _,
             "set_mode", "add_plate", _, "send_to_generator")
"""A card on the canvas, a panel of the storyboard."""
EMPTY_MENU = ("add_shot", "add_scene", _, "paste")
"""The empty canvas or storyboard."""
BAND_MENU = ("add_shot", _, "edit_scene", "move_scene_up", "move_scene_down", "delete_scene", _, "paste")
"""A scene's band on the canvas."""
STRIP_MENU = ("cut", "copy", "duplicate", "delete", _, "set_mode")
"""The shots of a strip on the Schedule tab, after the board's own Unschedule and Move to Day."""
EDGE_MENU = ("remove_link",)
EPISODE_ITEM_MENU = ("add_scene", _, "edit_episode", "move_episode_up", "move_episode_down", "delete_episode", _,
                     "add_episode")
SCENE_ITEM_MENU = ("add_shot", _, "edit_scene", "move_scene_up", "move_scene_down", "delete_scene")
TREE_MENU = ("add_episode",)
"""The empty part of the episode tree."""


def opens_context_menu(event: QKeyEvent) -> bool:
    """The Menu key or Shift+F10: open the focused item's context menu."""
    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10 and bool(shift))


def by_keyboard(event: QContextMenuEvent) -> bool:
    return event.reason() == QContextMenuEvent.Reason.Keyboard

