"""Every interactive control of the editor can be named by a screen reader."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from shotgraph.ui.preferences import PreferencesDialog

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QGraphicsView)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls under ``root`` that a screen reader could not name (Qt's own parts left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName() or _qt_part(widget):
            continue
        found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def _qt_part(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control: header views, a combo's list, a spin box's editor, corner buttons."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_of_the_main_window_has_an_accessible_name(window):
    assert unnamed_controls(window) == []


def test_every_control_of_the_preferences_has_an_accessible_name(window):
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_every_control_of_the_project_editor_has_an_accessible_name(window):
    editor = window.project_menu.open_editor("project")
    assert editor.isVisible() and unnamed_controls(editor) == []
    editor.close()


@pytest.mark.parametrize("command", ["add_episode", "edit_scene"])
def test_every_control_of_the_scene_and_episode_dialogs_has_an_accessible_name(window, command):
    window.bridge.select([window.bridge.episode.shots[0].id])
    assert window.commands.trigger(command)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(dialogs) == 1 and unnamed_controls(dialogs[0]) == []
    dialogs[0].reject()
