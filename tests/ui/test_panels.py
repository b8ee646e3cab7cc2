"""F6 and Shift+F6 move the keyboard between the window's parts, as in most desktop programs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def holder(window) -> str:
    focused = QApplication.focusWidget()
    for name, part in (("tree", window.tree), ("canvas", window.canvas), ("inspector", window.details),
                       ("findings", window.findings.table)):
        if focused is part or part.isAncestorOf(focused):
            return name
    return type(focused).__name__


def test_f6_goes_round_the_panels_and_shift_f6_comes_back(window, qtbot):
    window.bridge.select([window.bridge.episode.shots[0].id])
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        visited.append(holder(window))
    assert visited == ["inspector", "findings", "tree", "canvas"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert holder(window) == "tree"


def test_next_panel_is_in_the_view_menu_with_its_key(window):
    actions = {action.objectName(): action for action in window.view_menu.actions()}
    assert actions["next_panel"].shortcut().toString() == "F6"
    assert actions["previous_panel"].shortcut().toString() == "Shift+F6"
