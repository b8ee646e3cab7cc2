"""View ▸ Next Panel (F6) and Previous Panel (Shift+F6): the keyboard's quick way between the
window's parts — the Episodes tree, the tab in the centre, the Inspector and the Findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_panel_keys(window: MainWindow) -> list[QAction]:
    """Add Next Panel and Previous Panel to the window's View menu."""
    actions = []
    for name, text, key, step in (("next_panel", QT_TRANSLATE_NOOP("Panels", "Next &Panel"), "F6", 1),
                                  ("previous_panel", QT_TRANSLATE_NOOP("Panels", "Previous Pa&nel"), "Shift+F6", -1)):
        action = QAction(QCoreApplication.translate("Panels", text), window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, step=step: focus_panel(window, step))
        window.view_menu.addAction(action)
        actions.append(action)
    return actions


def panels(window: MainWindow) -> list[QWidget]:
    """The parts F6 visits, in order, those on screen."""
    parts = [window.tree, window.tabs.currentWidget(), window.details, window.findings.table]
    return [part for part in parts if part is not None and part.isVisible()]


def focus_panel(window: MainWindow, step: int) -> QWidget | None:
    """Move the keyboard to the part ``step`` places after (or before) the one holding it now."""
    parts = panels(window)
    if not parts:
        return None
    focused = QApplication.focusWidget()
    here = next((n for n, part in enumerate(parts)
                 if focused is part or (focused is not None and part.isAncestorOf(focused))), -1 if
                step > 0 else 0)
    target = _focus_target(parts[(here + step) % len(parts)])
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def _focus_target(part: QWidget) -> QWidget | None:
    """The part itself when it takes the keyboard, else its first visible control that does."""
    if part.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return part
    return next((child for child in part.findChildren(QWidget)
                 if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisible() and child.isEnabled()),
                None)
