"""The project tree: episodes and their scenes, the way a director finds a part of the series."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.model import Episode, Project, Scene

from .bridge import DocumentBridge
from .commands import CommandRegistry
from .commands.menus import EPISODE_ITEM_MENU, SCENE_ITEM_MENU, TREE_MENU, by_keyboard, opens_context_menu

PlaceRole = Qt.ItemDataRole.UserRole + 1


class ProjectTree(QTreeWidget):
    """Episodes at the top level, scenes below; says which one the user picked, and offers the
    episode and scene commands on each."""

    place_selected = Signal(str, str)
    """Episode id and scene id ("" for the whole episode)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.commands: CommandRegistry | None = None
        self.context_menu: QMenu | None = None
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName(self.tr("Episodes and scenes"))
        self.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.place_selected.connect(self._on_place_selected)
        bridge.opened.connect(self._on_bridge_opened)
        bridge.changed.connect(self._on_bridge_changed)
        bridge.episode_changed.connect(self.select_episode_id)

    def _on_bridge_opened(self) -> None:
        if self._bridge.project is not None:
            self.show_project(self._bridge.project)

    def _on_bridge_changed(self, changes: Changes) -> None:
        if changes.touches_places and self._bridge.project is not None:
            self.show_project(self._bridge.project)
            self.select_episode_id(self._bridge.episode_id)

    def _on_place_selected(self, episode_id: str, scene_id: str) -> None:
        """The episode becomes current; a scene becomes the place to work in, its shots the selection."""
        self._bridge.set_episode(episode_id)
        if scene_id and self._bridge.document is not None:
            self._bridge.choose_scene(scene_id, self)

    def _choose(self, episode_id: str, scene_id: str) -> None:
        """The item's episode or scene becomes what the commands act on, even if it was picked before."""
        if scene_id:
            if self._bridge.scene_id != scene_id:
                self._bridge.choose_scene(scene_id, self)
        else:
            self._bridge.set_episode(episode_id)
            self._bridge.select([], self)

    def use_commands(self, commands: CommandRegistry) -> None:
        """Offer the episode and scene commands on the items and answer the commands' keys here."""
        self.commands = commands
        commands.attach([self])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.open_context_menu(None if by_keyboard(event) else event.pos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self.commands.key_command(QKeySequence(event.keyCombination())) if self.commands else None
        if command is not None and self.commands is not None:
            self.commands.trigger(command)  # the shortcut map passed it on (a disabled command)
        elif opens_context_menu(event):
            self.open_context_menu(None)
        else:
            super().keyPressEvent(event)

    def open_context_menu(self, at: QPoint | None) -> QMenu | None:
        """The menu of the item at ``at`` (None: the current item, from the keyboard), chosen first."""
        if self.commands is None:
            return None
        item = self.currentItem() if at is None else self.itemAt(at)
        names: tuple[str, ...]
        if item is None:
            names, title = TREE_MENU, self.tr("Episodes menu")
        else:
            self.setCurrentItem(item)
            episode_id, scene_id = item.data(0, PlaceRole)
            self._choose(episode_id, scene_id)
            names = SCENE_ITEM_MENU if scene_id else EPISODE_ITEM_MENU
            title = self.tr("Scene menu") if scene_id else self.tr("Episode menu")
            at = self.visualItemRect(item).center()
        self.context_menu = self.commands.context_menu(names, self, title)
        self.context_menu.popup(self.viewport().mapToGlobal(at or QPoint(0, 0)))
        return self.context_menu

    def show_project(self, project: Project) -> None:
        """List the project's episodes and scenes, nothing selected."""
        self.blockSignals(True)
        self.clear()
        for episode in project.episodes:
            item = QTreeWidgetItem(self, [self._episode_text(episode)])
            item.setData(0, PlaceRole, (episode.id, ""))
            for scene in episode.scenes:
                child = QTreeWidgetItem(item, [self._scene_text(scene)])
                child.setData(0, PlaceRole, (episode.id, scene.id))
        self.expandAll()
        self.blockSignals(False)

    def select_episode_id(self, episode_id: str) -> None:
        """Select the episode with this id, unless it or one of its scenes is selected already."""
        current = self.currentItem()
        if current is not None and current.data(0, PlaceRole)[0] == episode_id:
            return
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, PlaceRole) == (episode_id, ""):
                self.setCurrentItem(item)

    def _episode_text(self, episode: Episode) -> str:
        number = self.tr("Episode {number}").format(number=episode.number)
        return f"{number} · {episode.title}" if episode.title else number

    def _scene_text(self, scene: Scene) -> str:
        scene_label = self.tr("Scene {code}").format(code=scene.code)
        return f"{scene_label}  {scene.heading}" if scene.heading else scene_label

    def _on_tree_selection_changed(self) -> None:
        items = self.selectedItems()
        if items:
            episode_id, scene_id = items[0].data(0, PlaceRole)
            self.place_selected.emit(episode_id, scene_id)
