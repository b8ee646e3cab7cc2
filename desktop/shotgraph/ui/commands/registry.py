"""The window's commands, each defined once: its text, keys, when it can run and what it does.

Every command is one QAction made once per main window. The menu bar, the context menus of
the canvas, storyboard, episode tree and schedule strips, and their keys all show these very actions, so a
command looks, is enabled and behaves the same everywhere. Keys work while the focus is in a
view the registry is attached to (canvas, storyboard, tree), never while typing in a field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ..bridge import DocumentBridge

SEPARATOR = "-"
"""In a list of command names: a line between groups."""


def _always() -> bool:
    return True


@dataclass(frozen=True)
class Command:
    """One user command: ``run`` does it (pushing edits on the bridge), ``enabled`` says when it can;
    a command that only opens a submenu (``menu``) has nothing to run."""

    name: str
    text: str
    run: Callable[[], object] | None
    enabled: Callable[[], bool] = _always
    keys: tuple[str, ...] = ()
    tip: str = ""
    menu: QMenu | None = None
    """A submenu shown in place of the command (Set Mode ▸, Add Plate From ▸)."""


class CommandRegistry(QObject):
    """The commands of one main window as QActions, kept enabled or disabled as the project,
    episode and selection change."""

    def __init__(self, window: QMainWindow, bridge: DocumentBridge) -> None:
        super().__init__(window)
        self.window, self.bridge = window, bridge
        self._commands: dict[str, Command] = {}
        self._actions: dict[str, QAction] = {}
        self._views: list[QWidget] = []
        self._labellers: list[Callable[[], None]] = []
        self._menu: QMenu | None = None
        bridge.opened.connect(self.refresh)
        bridge.episode_changed.connect(self._on_bridge_episode_changed)
        bridge.selection_changed.connect(self._on_bridge_selection_changed)
        bridge.changed.connect(self._on_bridge_changed)

    # -- defining -------------------------------------------------------------------------

    def add(self, command: Command) -> QAction:
        """Make the command's action (once: a name is defined only once)."""
        if command.name in self._commands:
            raise ValueError(f"the command {command.name!r} is defined twice")
        action = QAction(command.text, self.window)
        action.setObjectName(command.name)
        action.setShortcuts([QKeySequence(key) for key in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(command.tip or command.text)
        action.setStatusTip(command.tip)
        if command.menu is not None:
            action.setMenu(command.menu)
        action.triggered.connect(lambda _checked=False, name=command.name: self.trigger(name))
        self._commands[command.name], self._actions[command.name] = command, action
        for view in self._views:
            view.addAction(action)
        return action

    def relabel_with(self, labeller: Callable[[], None]) -> None:
        """Call ``labeller`` on every refresh, to say in an action's text what it acts on."""
        self._labellers.append(labeller)

    # -- using ----------------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self._commands)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def is_enabled(self, name: str) -> bool:
        return self.bridge.document is not None and bool(self._commands[name].enabled())

    def trigger(self, name: str) -> bool:
        """Run the command if it can run now; False when it cannot."""
        run = self._commands[name].run
        if run is None or not self.is_enabled(name):
            return False
        run()
        self.refresh()
        return True

    def fill_menu(self, menu: QMenu, names: Sequence[str], before: QAction | None = None) -> list[QAction]:
        """Put these commands' actions into ``menu`` (``SEPARATOR`` for a line), before ``before``."""
        placed = []
        for name in names:
            if name == SEPARATOR:
                placed.append(menu.insertSeparator(before) if before else menu.addSeparator())
                continue
            action = self._actions[name]
            menu.insertAction(before, action) if before else menu.addAction(action)
            placed.append(action)
        menu.aboutToShow.connect(self.refresh)
        return placed

    def context_menu(self, names: Sequence[str], parent: QWidget, title: str) -> QMenu:
        """A fresh context menu of these commands, deleted when it closes; one at a time, so a
        platform that also turns the Menu key into a menu event does not stack two."""
        if self._menu is not None and shiboken6.isValid(self._menu):
            self._menu.close()
        self.refresh()
        menu = self._menu = QMenu(parent)
        menu.setAccessibleName(title)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fill_menu(menu, names)
        return menu

    def attach(self, views: Iterable[QWidget]) -> None:
        """Let the commands' keys work while the focus is in these views."""
        for view in views:
            self._views.append(view)
            view.addActions(list(self._actions.values()))

    def key_command(self, pressed: QKeySequence) -> str | None:
        """The command whose key is ``pressed``, for views that receive keys directly."""
        for name, action in self._actions.items():
            if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()):
                return name
        return None

    # -- following the bridge -------------------------------------------------------------

    def refresh(self) -> None:
        """Enable each action that can run now; let the labellers say what they act on."""
        for name, action in self._actions.items():
            action.setEnabled(self.is_enabled(name))
        for labeller in self._labellers:
            labeller()

    def _on_bridge_episode_changed(self, _episode_id: str) -> None:
        self.refresh()

    def _on_bridge_selection_changed(self, _source: object) -> None:
        self.refresh()

    def _on_bridge_changed(self, _changes: object) -> None:
        self.refresh()
