"""The project tree: episodes and their scenes, the way a director finds a part of the series."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from shotgraph.core.changes import Changes
from shotgraph.core.model import Episode, Project, Scene

from .bridge import DocumentBridge

PlaceRole = Qt.ItemDataRole.UserRole + 1


class ProjectTree(QTreeWidget):
    """Episodes at the top level, scenes below; says which one the user picked."""

    place_selected = Signal(str, str)
    """Episode id and scene id ("" for the whole episode)."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
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
        if (changes.episodes or changes.scenes) and self._bridge.project is not None:
            self.show_project(self._bridge.project)
            self.select_episode_id(self._bridge.episode_id)

    def _on_place_selected(self, episode_id: str, scene_id: str) -> None:
        """The episode becomes current; a scene's shots become the selection."""
        self._bridge.set_episode(episode_id)
        if scene_id and self._bridge.document is not None:
            self._bridge.select([s.id for s in self._bridge.document.shots_of_scene(scene_id)], self)

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

    def select_episode(self, row: int) -> None:
        """Select the episode at ``row`` (its whole storyboard)."""
        if 0 <= row < self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(row))

    def select_episode_id(self, episode_id: str) -> None:
        """Select the episode with this id, unless it or one of its scenes is selected already."""
        current = self.currentItem()
        if current is not None and current.data(0, PlaceRole)[0] == episode_id:
            return
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item.data(0, PlaceRole) == (episode_id, ""):
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
