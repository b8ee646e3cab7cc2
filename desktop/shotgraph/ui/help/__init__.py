"""The Help menu: the user guide, the keyboard shortcut sheet and About ShotGraph."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from shotgraph import __version__

from ..language import current_language
from .guide import GuideWindow, guide_file
from .shortcuts import ShortcutSheet

if TYPE_CHECKING:
    from ..main_window import MainWindow

__all__ = ["HelpMenu", "install_help_menu"]


class HelpMenu(QObject):
    """The Help menu's commands for one window; the guide window is kept open between uses."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.guide: GuideWindow | None = None
        menu = window.help_menu
        self.guide_action = self._add(menu, self.tr("ShotGraph &User Guide"), QKeySequence.StandardKey.HelpContents,
                                      self.show_guide)
        self.shortcuts_action = self._add(menu, self.tr("&Keyboard Shortcuts"), QKeySequence("Ctrl+/"),
                                          self.show_shortcuts)
        menu.addSeparator()
        self.about_action = self._add(menu, self.tr("&About ShotGraph"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, menu, text: str, key, slot) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcut(key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_guide(self) -> GuideWindow | None:
        """Open the guide in the editor's language, or say where it is when it was not installed."""
        page = guide_file(current_language())
        if page is None:
            QMessageBox.information(self.window, self.tr("User Guide"), self.tr(
                "The user guide is not installed with this copy of ShotGraph. "
                "It is in the docs folder of ShotGraph's source."))
            return None
        if self.guide is None:
            self.guide = GuideWindow(page, self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def show_shortcuts(self) -> ShortcutSheet:
        sheet = ShortcutSheet(self.window)
        sheet.finished.connect(sheet.deleteLater)
        sheet.open()
        return sheet

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About ShotGraph"), self.tr(
            "<h3>ShotGraph {version}</h3>"
            "<p>Shot planning and storyboards for short dramas made with real actors and AI.</p>"
            "<p>Chinese text is shown in WenQuanYi Micro Hei (Apache License 2.0), "
            "bundled with ShotGraph.</p>").format(version=__version__))


def install_help_menu(window: MainWindow) -> HelpMenu:
    """Fill the window's Help menu (F1 opens the guide)."""
    return HelpMenu(window)
