"""Help ▸ Keyboard Shortcuts: every key of the window's menus, read from the menus themselves,
and the keys that work inside the Graph, Storyboard and panel editor views."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

VIEW_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Graph"), "→ / ←", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Select the next / previous shot by cut")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Graph"), "↑ / ↓", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Select the branch or alternative take above / below")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Graph"), "L / A / H", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Make the selected shots live / AI / hybrid")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Everywhere"), "Menu / Shift+F10", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Open the context menu of the focused card, panel, tree item, day or strip")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Graph"), "Space", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Hold and drag to pan")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Graph"), "Esc", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Drop the link being dragged")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Storyboard"), "Return", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Open the panel in the panel editor")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Storyboard"), "Ctrl+Shift+← / Ctrl+Shift+→", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Move the selected panels one place earlier / later")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Storyboard"), "Home / End", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Go to the first / last panel")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Panel editor"), "P / N / B / E", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Pen / pencil / brush / eraser")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Panel editor"), "L / R / O / F", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Line / rectangle / ellipse / fill")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Panel editor"), "[ / ]", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Thinner / wider stroke")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Schedule"), "Return / F2", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Edit the focused shooting day")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Schedule"), "↑ / ↓", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Move between strips")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Date fields"), "F4 / Alt+↓", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Open the calendar at the field's date")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Inspector"), "Ctrl+Return", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Apply the text being typed in a text box")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Findings"), "Return", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Go to the shots of the finding")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Compare Takes"), "← / →", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Move between takes")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Compare Takes"), "Return / Space", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Choose the focused take")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Compare Takes"), "Del", QT_TRANSLATE_NOOP(
        "ShortcutSheet", "Remove the focused take")),
)
"""Keys handled inside a view rather than by a menu: (where, keys, what they do)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def plain(text: str) -> str:
    """A menu text without its mnemonic ("&Save", "保存(&S)") and trailing ellipsis."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".")


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, keys, command) for every menu command of ``window`` that has a key, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def visit(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if isinstance(submenu := action.menu(), QMenu):
                visit(submenu, where)
            elif keys := keys_of(action):
                rows.append((where, keys, plain(action.text())))

    for action in window.menuBar().actions():
        if isinstance(menu := action.menu(), QMenu):
            visit(menu, plain(action.text()))
    return rows


def keys_of(action: QAction) -> str:
    """The action's keys as this platform writes them ("Ctrl+S", "⌘S"), several joined by " / "."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(key.toString(native) for key in action.shortcuts() if not key.isEmpty())


class ShortcutSheet(QDialog):
    """A table of every key: menu commands first, then the keys of each view."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = menu_shortcuts(window) + [(_tr(where), keys, _tr(does)) for where, keys, does in VIEW_KEYS]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as text, row by row."""
        return [(self._text(r, 0), self._text(r, 1), self._text(r, 2)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when the sheet is made
        return item.text()
