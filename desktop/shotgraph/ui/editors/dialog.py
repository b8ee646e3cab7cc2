"""The Project menu and its editor window: one tab per kind of thing a project holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shotgraph.core.changes import Changes
from shotgraph.ui.translate_noop import QT_TRANSLATE_NOOP

from ..bridge import REDO_KEYS, DocumentBridge
from ..screen_layout import fit_to_screen
from .fields import tr
from .kinds import CHARACTERS, LOCATIONS, PEOPLE, PROPS
from .page import RecordPage
from .project_pages import EPISODES, ProjectPage

if TYPE_CHECKING:
    from ..main_window import MainWindow

TABS = (
    ("project", QT_TRANSLATE_NOOP("Editors", "Project")),
    ("episodes", QT_TRANSLATE_NOOP("Editors", "Episodes")),
    ("characters", QT_TRANSLATE_NOOP("Editors", "Characters")),
    ("props", QT_TRANSLATE_NOOP("Editors", "Props")),
    ("locations", QT_TRANSLATE_NOOP("Editors", "Locations")),
    ("people", QT_TRANSLATE_NOOP("Editors", "Cast and crew")),
)
_MENU_TEXTS = {
    "project": QT_TRANSLATE_NOOP("Editors", "Project &Settings…"),
    "episodes": QT_TRANSLATE_NOOP("Editors", "&Episodes…"),
    "characters": QT_TRANSLATE_NOOP("Editors", "&Characters and Looks…"),
    "props": QT_TRANSLATE_NOOP("Editors", "&Props…"),
    "locations": QT_TRANSLATE_NOOP("Editors", "&Locations…"),
    "people": QT_TRANSLATE_NOOP("Editors", "Cast and C&rew…"),
}


class ProjectEditor(QDialog):
    """Edits the project beside the main window; stays current through edits, undo and redo."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project"))
        self.project_page = ProjectPage(bridge, self)
        kinds = {"episodes": EPISODES, "characters": CHARACTERS, "props": PROPS, "locations": LOCATIONS,
                 "people": PEOPLE}
        self.pages: dict[str, QWidget] = {"project": self.project_page}
        self.pages.update({name: RecordPage(bridge, kind, self) for name, kind in kinds.items()})
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Project editor sections"))
        for name, title in TABS:
            self.tabs.addTab(self.pages[name], tr(title))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Why the last change was refused"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._add_undo_actions(bridge)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter confirms a field; it must not press Add or Close
        bridge.edit_failed.connect(self._on_bridge_edit_failed)
        bridge.changed.connect(self._on_bridge_changed)
        fit_to_screen(self, QSize(940, 720))

    def _add_undo_actions(self, bridge: DocumentBridge) -> None:
        """Ctrl+Z and its redo work here too, not only in the main window."""
        undo = bridge.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = bridge.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(REDO_KEYS)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def show_tab(self, name: str) -> None:
        """Bring the editor up on the tab ``name`` (project, episodes, characters, props, locations, people)."""
        self.tabs.setCurrentWidget(self.pages[name])
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_bridge_edit_failed(self, reason: str) -> None:
        self.message.setText(self.tr("Not changed: {reason}").format(reason=reason))

    def _on_bridge_changed(self, _changes: Changes) -> None:
        self.message.clear()


class ProjectMenu(QMenu):
    """The Project menu: each entry opens the one project editor on its tab."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge) -> None:
        super().__init__(tr("&Project"), window)
        self._window, self._bridge = window, bridge
        self.editor: ProjectEditor | None = None
        self.entries: dict[str, QAction] = {}
        for name, _title in TABS:
            action = self.addAction(tr(_MENU_TEXTS[name]))
            action.triggered.connect(lambda _checked=False, tab=name: self.open_editor(tab))
            self.entries[name] = action
        self.aboutToShow.connect(self._on_menu_about_to_show)

    def open_editor(self, tab: str) -> ProjectEditor:
        """The project editor, made on first use, shown on ``tab``."""
        if self.editor is None:
            self.editor = ProjectEditor(self._bridge, self._window)
        self.editor.show_tab(tab)
        return self.editor

    def _on_menu_about_to_show(self) -> None:
        for action in self.entries.values():
            action.setEnabled(self._bridge.project is not None)


def install_project_menu(window: MainWindow) -> ProjectMenu:
    """Put the Project menu in ``window``'s menu bar, before the View menu when there is one."""
    menu = ProjectMenu(window, window.bridge)
    view_menu = getattr(window, "view_menu", None)
    if view_menu is not None:
        window.menuBar().insertMenu(view_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu
