"""Edit ▸ Preferences…: the interface language and the appearance, applied at once.

A new language rebuilds the main window around the same open document, so every text is
made again in that language while the project, its unsaved changes and its undo history stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .appearance import APPEARANCE_KEY, appearance, appearance_setting, install_cjk_font
from .application import running_application
from .language import (
    LANGUAGE_KEY,
    current_language,
    install_language,
    language_setting,
    resolve_language,
    retranslate_undo_stack,
)
from .screen_layout import hide_stray_tab_bars

if TYPE_CHECKING:
    from .main_window import MainWindow

_windows: list[MainWindow] = []
"""Windows made by a language switch, kept alive until they close."""


def apply_saved_preferences(app: QApplication) -> None:
    """At start: the bundled Chinese font, the saved appearance and the saved language."""
    install_cjk_font(app)
    appearance(app).apply(appearance_setting())
    install_language(language_setting())


class PreferencesDialog(QDialog):
    """Language (System, English, 简体中文) and appearance (System, Light, Dark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(380)
        self.language = self._combo(self.tr("Language"), [
            ("system", self.tr("System")), ("en", "English"), ("zh_CN", "简体中文")], language_setting())
        self.appearance = self._combo(self.tr("Appearance"), [
            ("system", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))],
            appearance_setting())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        note = QLabel(self.tr("Changes apply at once; the open project and its undo history stay."), self)
        note.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Language:"), self.language)
        layout.addRow(self.tr("&Appearance:"), self.appearance)
        layout.addRow(note)
        layout.addRow(self.buttons)

    def _combo(self, name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for code, label in items:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo


def install_preferences_action(window: MainWindow) -> QAction:
    """Add Preferences… (Ctrl+,) to the window's Edit menu."""
    action = QAction(QCoreApplication.translate("PreferencesDialog", "Pr&eferences…"), window)
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_preferences(window))
    window.edit_menu.addAction(action)
    return action


def open_preferences(window: MainWindow) -> PreferencesDialog:
    """Show the dialog over ``window``; OK applies the choices."""
    dialog = PreferencesDialog(window)
    dialog.accepted.connect(lambda: apply_preferences(
        window, dialog.language.currentData(), dialog.appearance.currentData()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def apply_preferences(window: MainWindow, language: str, look: str) -> MainWindow:
    """Save and apply both choices; returns the window showing the project afterwards."""
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.setValue(APPEARANCE_KEY, look)
    appearance(running_application()).apply(look)
    if resolve_language(language) == current_language():
        return window
    install_language(language)
    return rebuild_window(window)


def rebuild_window(old: MainWindow) -> MainWindow:
    """A new main window in the installed language, around ``old``'s document, where ``old`` was.

    ``old`` and every view in it are deleted first, so nothing of theirs still follows the
    document (or costs time) once the new window shows it."""
    from .main_window import MainWindow

    bridge, state, tab = old.bridge, old.saveState(), old.tabs.currentIndex()
    geometry, window_state = old.geometry(), old.windowState()
    retranslate_undo_stack(bridge.undo_stack)
    bridge.setParent(None)
    for dialog in old.findChildren(PreferencesDialog):
        dialog.setParent(None)  # the dialog that asked for this is still returning; it goes when closed
    shiboken6.delete(old)
    window = MainWindow(bridge=bridge)
    window.setGeometry(geometry)
    window.setWindowState(window_state)
    window.tabs.setCurrentIndex(tab)
    _windows.append(window)
    window.destroyed.connect(lambda: _windows.remove(window) if window in _windows else None)
    window.show()
    window.restoreState(state)  # once shown: docks tabbed as before
    hide_stray_tab_bars(window)
    return window
