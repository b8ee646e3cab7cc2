"""Storyboard panel editor: sketch each panel in layers over a reference, with framing guides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..bridge import DocumentBridge
from ..storyboard.grid import ShotRole
from .editor import PanelEditor

__all__ = ["PanelEditor", "PanelEditors", "install_panel_editor"]


class PanelEditors(QObject):
    """The open panel editors of a window, one per shot; a newly opened project closes them."""

    def __init__(self, bridge: DocumentBridge, window: QMainWindow) -> None:
        super().__init__(window)
        self._bridge = bridge
        self._window = window
        self.editors: dict[str, PanelEditor] = {}
        bridge.opened.connect(self.close_all)

    def open(self, shot_id: str) -> PanelEditor | None:
        """Show the editor of a shot (bringing an open one to the front)."""
        if self._bridge.document is None or shot_id not in self._bridge.document.index.shots:
            return None
        editor = self.editors.get(shot_id)
        if editor is None:
            editor = PanelEditor(self._bridge, shot_id, self._window)
            editor.closed.connect(self._on_editor_closed)
            self.editors[shot_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def close_all(self) -> None:
        for editor in list(self.editors.values()):
            editor.close()

    def _on_editor_closed(self, shot_id: str) -> None:
        self.editors.pop(shot_id, None)

    def _on_grid_activated(self, index: QModelIndex) -> None:
        shot_id = index.data(ShotRole)
        if shot_id:
            self.open(shot_id)

    def _on_action_triggered(self) -> None:
        shot = self._bridge.current_shot
        if shot is not None:
            self.open(shot.id)


def install_panel_editor(window) -> PanelEditors:
    """Open a shot's panel editor on double-click or Enter in the storyboard, and from Edit ▸ Edit Panel…."""
    editors = PanelEditors(window.bridge, window)
    window.grid.activated.connect(editors._on_grid_activated)
    action = QAction(QCoreApplication.translate("PanelEditors", "Edit &Panel…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    action.triggered.connect(editors._on_action_triggered)
    window.edit_menu.addAction(action)
    window.edit_panel_action = action
    return editors
